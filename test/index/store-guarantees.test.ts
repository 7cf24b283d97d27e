/**
 * What the persisted index promises, tested from outside: a crash while writing never leaves a broken index
 * in use, a corrupted cache entry is recomputed, an unusable INDEX_DIR fails with one clear error, and old
 * indexes are pruned.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { IndexError } from '../../src/errors.js';
import { LocalHashEmbeddings } from '../../src/index/embeddings.js';
import { openIndex } from '../../src/index/store.js';
import { createLogger } from '../../src/log.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';

afterAll(removeTempDirs);
afterEach(() => {
  vi.restoreAllMocks();
});

const local = () => {
  const embeddings = new LocalHashEmbeddings();
  return { embeddings, id: embeddings.id };
};

const SENTENCES = [
  'Officials said the agreement was signed on June 25 after talks in London.',
  'The deal restores exports of rare earth magnets to American manufacturers.',
  'Analysts said the framework leaves tariffs on many goods unchanged for now.',
];

/** A small articles folder; `variant` changes one article so the corpus hash changes. */
function articles(variant = 0): string {
  const dir = tempDir('dealbot-guarantee-seeds-');
  fs.writeFileSync(path.join(dir, 'a.txt'), `${SENTENCES.join(' ')}\n`);
  fs.writeFileSync(path.join(dir, 'b.txt'), `${SENTENCES.slice().reverse().join(' ')} Variant ${variant} of the report.\n`);
  return dir;
}

function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', (l) => lines.push(l)) };
}

describe('index writes', () => {
  it('a crash while saving leaves no index folder and no temporary files; the next run builds cleanly', async () => {
    const indexDir = tempDir('dealbot-crash-');
    const corpus = await buildCorpus(articles());
    const save = HNSWLib.prototype.save;
    // The files are written, then the process "dies" before the manifest and the rename.
    vi.spyOn(HNSWLib.prototype, 'save').mockImplementationOnce(async function (this: HNSWLib, dir: string) {
      await save.call(this, dir);
      throw new Error('killed mid-write');
    });
    await expect(openIndex({ corpus, embedder: local(), indexDir })).rejects.toBeInstanceOf(IndexError);
    expect(fs.readdirSync(indexDir).filter((n) => n !== 'embeddings')).toEqual([]);
    const { lines, logger } = capture();
    const next = await openIndex({ corpus, embedder: local(), indexDir, logger });
    expect(next.status).toBe('built');
    expect(lines.filter((l) => l.includes('warn'))).toEqual([]);
    expect(fs.existsSync(path.join(next.dir, 'manifest.json'))).toBe(true);
  });

  it('a corrupted embedding-cache entry is recomputed, not used', async () => {
    const indexDir = tempDir('dealbot-cache-');
    const seeds = articles();
    const corpus = await buildCorpus(seeds);
    const first = await openIndex({ corpus, embedder: local(), indexDir });
    expect(first.embedded).toBe(2);
    const cacheDir = path.join(indexDir, 'embeddings', local().id.replace(/[^\w.@-]+/g, '_'));
    const [entry, other] = fs.readdirSync(cacheDir);
    fs.writeFileSync(path.join(cacheDir, entry as string), '{"dims": 4, "count": 1, "data": "AAAA"}');
    fs.writeFileSync(path.join(cacheDir, other as string), 'not json');
    const again = await openIndex({ corpus, embedder: local(), indexDir, force: true });
    expect(again.status).toBe('rebuilt');
    expect(again.embedded).toBe(2);
    expect(again.store.index.getCurrentCount()).toBe(corpus.chunks.length);
    // And the cache is whole again: a third build embeds nothing.
    const third = await openIndex({ corpus, embedder: local(), indexDir, force: true });
    expect(third.embedded).toBe(0);
  });

  it('an INDEX_DIR that cannot be created fails with one IndexError naming it', async () => {
    const parent = tempDir('dealbot-unwritable-');
    const file = path.join(parent, 'a-file');
    fs.writeFileSync(file, 'x');
    const corpus = await buildCorpus(articles());
    const indexDir = path.join(file, 'cache');
    const err = await openIndex({ corpus, embedder: local(), indexDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexError);
    expect((err as Error).message).toBe(`Cannot create the index folder ${indexDir} (ENOTDIR).`);
  });

  it('keeps the eight most recent indexes and the one in use', async () => {
    const indexDir = tempDir('dealbot-prune-');
    const dirs: string[] = [];
    for (let v = 0; v < 10; v++) {
      const opened = await openIndex({ corpus: await buildCorpus(articles(v)), embedder: local(), indexDir });
      dirs.push(path.basename(opened.dir));
      // Distinct modification times, oldest first.
      const t = new Date(Date.UTC(2025, 0, 1, 0, v));
      fs.utimesSync(opened.dir, t, t);
    }
    const left = fs.readdirSync(indexDir).filter((n) => n.startsWith('index-'));
    expect(left.sort()).toEqual(dirs.slice(2).sort());
    expect(fs.readdirSync(indexDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
