import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/corpus.js';
import { LocalHashEmbeddings } from '../../src/index/embeddings.js';
import { openIndex } from '../../src/index/store.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';

afterAll(removeTempDirs);

// A permissive umask, so that a file or folder created with default modes shows up as 0644 or 0755. Worker
// threads (the mutation-testing runner) cannot set it; there the process's own umask (022 by default) holds.
let umask: number | null = null;
beforeEach(() => {
  try {
    umask = process.umask(0o022);
  } catch {
    umask = null;
  }
});
afterEach(() => {
  if (umask !== null) process.umask(umask);
});

/** Every file and folder under `dir`, with its permission bits. */
function modes(dir: string): Array<[string, 'file' | 'dir', number]> {
  const out: Array<[string, 'file' | 'dir', number]> = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    out.push([path.relative(dir, full), entry.isDirectory() ? 'dir' : 'file', fs.statSync(full).mode & 0o777]);
  }
  return out;
}

describe('the cache holds article text, so only its owner can read it', () => {
  it('creates the index folder 0700, every folder in it 0700 and every file 0600', async () => {
    const indexDir = path.join(tempDir('dealbot-private-'), 'cache');
    const embeddings = new LocalHashEmbeddings();
    const embedder = { embeddings, id: embeddings.id };
    // The index store creates the folder when nothing else has yet (the articles analysed in memory only)…
    const opened = await openIndex({ corpus: await loadCorpus(SEEDS_DIR, { indexDir: null }), embedder, indexDir });
    expect(fs.statSync(indexDir).mode & 0o777).toBe(0o700);
    // …and the per-article records (article text analysed) go into it next to the index, as the pipeline does.
    const corpus = await loadCorpus(SEEDS_DIR, { indexDir });
    expect(corpus.stats.analysed).toHaveLength(5);
    expect((await openIndex({ corpus, embedder, indexDir })).dir).toBe(opened.dir);
    const all = modes(indexDir);
    // The graph and its manifest, the embedding cache and the stored analyses are all there.
    const inIndex = all.filter(([p]) => p.startsWith(`${path.basename(opened.dir)}${path.sep}`)).map(([p]) => path.basename(p));
    expect(inIndex.sort()).toEqual(['hnswlib.index', 'hnswlib.index.verified', 'manifest.json']);
    expect(all.filter(([p, kind]) => p.startsWith('embeddings') && kind === 'file' && p.endsWith('.f32'))).toHaveLength(5);
    expect(all.filter(([p, kind]) => p.startsWith('analysis') && kind === 'file' && p.endsWith('.json'))).toHaveLength(5);
    for (const [p, kind, mode] of all) expect([p, mode]).toEqual([p, kind === 'dir' ? 0o700 : 0o600]);
    expect(fs.statSync(opened.dir).mode & 0o777).toBe(0o700);
  });
});
