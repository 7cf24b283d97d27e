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
import { openIndex, writeFileAtomic } from '../../src/index/store.js';
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
    const counts: number[] = [];
    const indexes = () => fs.readdirSync(indexDir).filter((n) => n.startsWith('index-'));
    for (let v = 0; v < 10; v++) {
      const opened = await openIndex({ corpus: await buildCorpus(articles(v)), embedder: local(), indexDir });
      dirs.push(path.basename(opened.dir));
      counts.push(indexes().length);
      // Distinct modification times, oldest first.
      const t = new Date(Date.UTC(2025, 0, 1, 0, v));
      fs.utimesSync(opened.dir, t, t);
    }
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 8, 8]);
    const left = indexes();
    expect(left.sort()).toEqual(dirs.slice(2).sort());
    expect(fs.readdirSync(indexDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('index reads and races', () => {
  it('two builds at once in one process: one builds, the other uses its index; one folder, no temporary files', async () => {
    const indexDir = tempDir('dealbot-race-');
    const corpus = await buildCorpus(articles());
    const { lines, logger } = capture();
    const [a, b] = await Promise.all([
      openIndex({ corpus, embedder: local(), indexDir, logger }),
      openIndex({ corpus, embedder: local(), indexDir, logger }),
    ]);
    expect([a.status, b.status].sort()).toEqual(['built', 'loaded']);
    expect(a.dir).toBe(b.dir);
    expect(fs.readdirSync(indexDir).sort()).toEqual(['embeddings', path.basename(a.dir)]);
    expect(lines.join('')).toContain('first; using its index');
    for (const o of [a, b]) expect(o.store.index.getCurrentCount()).toBe(corpus.chunks.length);
  });

  it('rebuilds an index whose manifest names other articles, another embedder or a missing file', async () => {
    const indexDir = tempDir('dealbot-manifest-');
    const corpus = await buildCorpus(articles());
    const built = await openIndex({ corpus, embedder: local(), indexDir });
    const manifestFile = path.join(built.dir, 'manifest.json');
    const original = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ corpus: 'other' }, 'index was built for other articles or another embedder'],
      [{ embedder: 'other' }, 'index was built for other articles or another embedder'],
      [{ chunks: 1 }, 'index was built for other articles or another embedder'],
      [{ files: { 'hnswlib.index': (original.files as Record<string, string>)['hnswlib.index'] } }, 'manifest lists no docstore.json'],
      [{ files: undefined }, 'manifest lists no hnswlib.index'],
    ];
    for (const [change, reason] of cases) {
      fs.writeFileSync(manifestFile, JSON.stringify({ ...original, ...change }));
      const { lines, logger } = capture();
      const again = await openIndex({ corpus, embedder: local(), indexDir, logger });
      expect(again.status, reason).toBe('rebuilt');
      expect(lines.join('')).toContain(`(${reason}); rebuilding it`);
      // The rebuilt index is valid: the next open loads it.
      expect((await openIndex({ corpus, embedder: local(), indexDir })).status).toBe('loaded');
    }
  });

  it('vectors read back from the cache are the vectors written: the nearest passage to a sentence is that sentence', async () => {
    const indexDir = tempDir('dealbot-roundtrip-');
    const corpus = await buildCorpus(articles());
    await openIndex({ corpus, embedder: local(), indexDir });
    const cached = await openIndex({ corpus, embedder: local(), indexDir, force: true });
    expect(cached.embedded).toBe(0);
    for (const sentence of SENTENCES) {
      const [hit] = await cached.store.similaritySearchVectorWithScore(await local().embeddings.embedQuery(sentence), 1);
      expect(hit?.[0].pageContent).toContain(sentence);
    }
  });

  it('a cache entry with the wrong number of vectors is recomputed', async () => {
    const indexDir = tempDir('dealbot-count-');
    const corpus = await buildCorpus(articles());
    await openIndex({ corpus, embedder: local(), indexDir });
    const cacheDir = path.join(indexDir, 'embeddings', local().id.replace(/[^\w.@-]+/g, '_'));
    for (const name of fs.readdirSync(cacheDir)) {
      const entry = JSON.parse(fs.readFileSync(path.join(cacheDir, name), 'utf8')) as { dims: number; count: number; data: string };
      // Well-formed, but one vector more than the article has passages.
      const extra = Buffer.concat([Buffer.from(entry.data, 'base64'), Buffer.alloc(entry.dims * 4)]);
      fs.writeFileSync(
        path.join(cacheDir, name),
        JSON.stringify({ dims: entry.dims, count: entry.count + 1, data: extra.toString('base64') }),
      );
    }
    const again = await openIndex({ corpus, embedder: local(), indexDir, force: true });
    expect(again.embedded).toBe(2);
    expect(again.store.index.getCurrentCount()).toBe(corpus.chunks.length);
  });

  it('an embedder that fails or returns the wrong number of vectors fails with one IndexError', async () => {
    const corpus = await buildCorpus(articles());
    const failing = {
      id: 'failing',
      embeddings: Object.assign(new LocalHashEmbeddings(), {
        embedDocuments: async () => {
          throw Object.assign(new Error('upstream'), { status: 500 });
        },
      }),
    };
    const err = await openIndex({ corpus, embedder: failing, indexDir: tempDir() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexError);
    expect((err as Error).message).toBe('The embeddings server failed while indexing a.txt (HTTP 500).');
    const extra = {
      id: 'extra',
      embeddings: Object.assign(new LocalHashEmbeddings(), {
        embedDocuments: async (texts: string[]) => [...texts, 'one more'].map(() => [1, 2, 3]),
      }),
    };
    const chunks = corpus.chunks.filter((c) => c.source === 'a.txt').length;
    await expect(openIndex({ corpus, embedder: extra, indexDir: tempDir() })).rejects.toThrow(
      `The embedder returned ${chunks + 1} vectors for ${chunks} passages.`,
    );
  });

  it('a failed save names the folder and the error code', async () => {
    const corpus = await buildCorpus(articles());
    const indexDir = tempDir('dealbot-enospc-');
    vi.spyOn(HNSWLib.prototype, 'save').mockRejectedValueOnce(Object.assign(new Error('no space left'), { code: 'ENOSPC' }));
    await expect(openIndex({ corpus, embedder: local(), indexDir })).rejects.toThrow(`Cannot write the index to ${indexDir} (ENOSPC).`);
    vi.spyOn(HNSWLib.prototype, 'save').mockRejectedValueOnce(new Error('odd failure'));
    await expect(openIndex({ corpus, embedder: local(), indexDir })).rejects.toThrow(
      `Cannot write the index to ${indexDir} (odd failure).`,
    );
  });

  it('writeFileAtomic leaves no temporary file when the rename fails, and replaces a file whole', async () => {
    const dir = tempDir('dealbot-atomic-');
    const target = path.join(dir, 'occupied');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'x'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['occupied']);
    const file = path.join(dir, 'f.txt');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(dir).sort()).toEqual(['f.txt', 'occupied']);
  });
});
