/**
 * Small updates of a large graph are written as deltas (a manifest naming the full generation whose graph it
 * updates), not as a rewrite of the whole graph. The size thresholds are lowered here so that a handful of
 * articles count as a large graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { LocalHashEmbeddings } from '../../src/index/embeddings.js';
import { deltaSettings, type OpenedIndex, openIndex } from '../../src/index/store.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';

afterAll(removeTempDirs);
const defaults = { ...deltaSettings };
beforeEach(() => Object.assign(deltaSettings, { minVectors: 1, maxShare: 1 }));
afterEach(() => Object.assign(deltaSettings, defaults));

const local = () => {
  const embeddings = new LocalHashEmbeddings();
  return { embeddings, id: embeddings.id };
};

const TEXTS: Record<string, string> = {
  'a.txt': 'Officials said the agreement was signed on June 25 after talks in London. The deal covers rare earth magnets.',
  'b.txt': 'Beijing confirmed on June 27 that it would review export applications for controlled items quickly.',
  'c.txt': 'Analysts said tariffs on Chinese goods would stay at 55 percent while the truce holds this summer.',
  'd.txt': 'The commerce secretary said licences for magnets would be granted within weeks, according to officials.',
};
const NEW = 'Negotiators will meet in Zanzibar next month to discuss quotas on gallium and germanium exports.';

function folder(files: Record<string, string>): string {
  const dir = tempDir('dealbot-delta-');
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), `${text}\n`);
  return dir;
}

const generations = (indexDir: string) => fs.readdirSync(indexDir).filter((n) => n.startsWith('index-'));
const manifestOf = (opened: OpenedIndex) => JSON.parse(fs.readFileSync(path.join(opened.dir, 'manifest.json'), 'utf8'));

async function nearest(opened: OpenedIndex, text: string): Promise<string[]> {
  const hits = await opened.store.similaritySearchVectorWithScore(await local().embeddings.embedQuery(text), 3);
  return hits.map(([doc]) => doc.metadata.source);
}

describe('delta generations', () => {
  it('an added article is written as a delta of the full graph; loaded again it finds what the updated graph finds', async () => {
    const articles = folder(TEXTS);
    const indexDir = tempDir('dealbot-index-');
    const first = await openIndex({ corpus: await buildCorpus(articles), embedder: local(), indexDir });
    expect(fs.readdirSync(first.dir).sort()).toEqual(['hnswlib.index', 'hnswlib.index.verified', 'manifest.json']);
    fs.writeFileSync(path.join(articles, 'e.txt'), `${NEW}\n`);
    const corpus = await buildCorpus(articles);
    const updated = await openIndex({ corpus, embedder: local(), indexDir, base: first });
    expect([updated.status, updated.inserted]).toEqual(['built', 1]);
    // No graph of its own: the manifest names the full generation and its graph's checksum.
    expect(fs.readdirSync(updated.dir)).toEqual(['manifest.json']);
    expect(manifestOf(updated).graph).toEqual({ dir: path.basename(first.dir), checksum: manifestOf(first).files['hnswlib.index'] });
    const loaded = await openIndex({ corpus, embedder: local(), indexDir });
    expect(loaded.status).toBe('loaded');
    expect(loaded.store.size).toBe(corpus.chunks.length);
    expect(loaded.graphRef).toEqual(updated.graphRef);
    for (const q of [NEW, TEXTS['a.txt'] as string, 'magnets licences'])
      expect(await nearest(loaded, q)).toEqual(await nearest(updated, q));
    expect((await nearest(loaded, NEW))[0]).toBe('e.txt');
  });

  it('a removed or edited article is gone from a loaded delta; further deltas build on the same full graph', async () => {
    const articles = folder(TEXTS);
    const indexDir = tempDir('dealbot-index-');
    const first = await openIndex({ corpus: await buildCorpus(articles), embedder: local(), indexDir });
    fs.rmSync(path.join(articles, 'c.txt'));
    const removed = await openIndex({ corpus: await buildCorpus(articles), embedder: local(), indexDir });
    expect(manifestOf(removed).graph.dir).toBe(path.basename(first.dir));
    fs.writeFileSync(path.join(articles, 'b.txt'), `${NEW}\n`);
    const corpus = await buildCorpus(articles);
    const edited = await openIndex({ corpus, embedder: local(), indexDir });
    expect(edited.inserted).toBe(1);
    expect(manifestOf(edited).graph.dir).toBe(path.basename(first.dir));
    const loaded = await openIndex({ corpus, embedder: local(), indexDir });
    expect(loaded.status).toBe('loaded');
    expect(loaded.store.size).toBe(corpus.chunks.length);
    const sources = await nearest(loaded, TEXTS['c.txt'] as string);
    expect(sources).not.toContain('c.txt');
    expect((await nearest(loaded, NEW))[0]).toBe('b.txt');
    // The full generation is kept while a kept delta needs it; older deltas go.
    expect(generations(indexDir).sort()).toEqual([path.basename(first.dir), path.basename(removed.dir), path.basename(edited.dir)].sort());
    fs.appendFileSync(path.join(articles, 'a.txt'), 'Another sentence was added.\n');
    const again = await openIndex({ corpus: await buildCorpus(articles), embedder: local(), indexDir });
    expect(generations(indexDir).sort()).toEqual([path.basename(first.dir), path.basename(edited.dir), path.basename(again.dir)].sort());
  });

  it('too many vectors added since the full graph, or a small graph: the graph is written whole', async () => {
    const articles = folder(TEXTS);
    const indexDir = tempDir('dealbot-index-');
    const first = await openIndex({ corpus: await buildCorpus(articles), embedder: local(), indexDir });
    fs.writeFileSync(path.join(articles, 'e.txt'), `${NEW}\n`);
    deltaSettings.maxShare = 0;
    const whole = await openIndex({ corpus: await buildCorpus(articles), embedder: local(), indexDir, base: first });
    expect(fs.readdirSync(whole.dir).sort()).toEqual(['hnswlib.index', 'hnswlib.index.verified', 'manifest.json']);
    Object.assign(deltaSettings, defaults);
    fs.writeFileSync(path.join(articles, 'f.txt'), `${TEXTS['a.txt']} And more.\n`);
    const small = await openIndex({ corpus: await buildCorpus(articles), embedder: local(), indexDir, base: whole });
    expect(fs.readdirSync(small.dir).sort()).toEqual(['hnswlib.index', 'hnswlib.index.verified', 'manifest.json']);
  });

  it('a delta whose full graph is gone or changed, or whose vectors left the cache, is rebuilt, never used', async () => {
    for (const damage of ['graph gone', 'graph changed', 'vectors gone'] as const) {
      const articles = folder(TEXTS);
      const indexDir = tempDir('dealbot-index-');
      const first = await openIndex({ corpus: await buildCorpus(articles), embedder: local(), indexDir });
      fs.writeFileSync(path.join(articles, 'e.txt'), `${NEW}\n`);
      const corpus = await buildCorpus(articles);
      const updated = await openIndex({ corpus, embedder: local(), indexDir });
      expect(fs.readdirSync(updated.dir)).toEqual(['manifest.json']);
      if (damage === 'graph gone') fs.rmSync(first.dir, { recursive: true });
      if (damage === 'graph changed') fs.appendFileSync(path.join(first.dir, 'hnswlib.index'), 'x');
      if (damage === 'vectors gone') fs.rmSync(path.join(indexDir, 'embeddings'), { recursive: true });
      const again = await openIndex({ corpus, embedder: local(), indexDir });
      expect(again.status, damage).toBe('rebuilt');
      expect(again.store.size).toBe(corpus.chunks.length);
      expect(fs.readdirSync(again.dir).sort()).toEqual(['hnswlib.index', 'hnswlib.index.verified', 'manifest.json']);
      expect((await nearest(again, NEW))[0]).toBe('e.txt');
    }
  });
});
