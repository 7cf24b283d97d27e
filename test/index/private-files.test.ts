import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { LocalHashEmbeddings } from '../../src/index/embeddings.js';
import { openIndex } from '../../src/index/store.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';

afterAll(removeTempDirs);

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
    const corpus = await buildCorpus(SEEDS_DIR);
    const opened = await openIndex({ corpus, embedder: { embeddings, id: embeddings.id }, indexDir });
    expect(fs.statSync(indexDir).mode & 0o777).toBe(0o700);
    const all = modes(indexDir);
    // The docstore (article text), the vectors and the embedding cache are all there.
    expect(all.map(([p]) => path.basename(p))).toEqual(expect.arrayContaining(['docstore.json', 'hnswlib.index', 'manifest.json']));
    expect(all.filter(([p]) => p.startsWith('embeddings') && p.endsWith('.json'))).toHaveLength(5);
    for (const [p, kind, mode] of all) expect([p, mode]).toEqual([p, kind === 'dir' ? 0o700 : 0o600]);
    expect(fs.statSync(opened.dir).mode & 0o777).toBe(0o700);
  });
});
