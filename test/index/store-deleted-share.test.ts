/**
 * When an update deletes many vectors, the store builds the generation anew instead of carrying them: more than
 * 2,000 deleted vectors and more than a quarter of the larger of the old and the new index. Thousands of passages
 * are needed to cross those lines, so the corpus is synthetic (articles of numbered passages) and the embedder
 * a tiny deterministic one.
 */
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/corpus.js';
import type { Article, Chunk } from '../../src/corpus/types.js';
import { openIndex } from '../../src/index/store.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';

afterAll(removeTempDirs);

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A corpus of articles `[name, passages]`; an article's version changes its bytes (and hash). */
function corpusOf(spec: Array<[name: string, passages: number, version?: number]>): Corpus {
  const articles: Article[] = [];
  const chunks: Chunk[] = [];
  for (const [name, passages, version = 0] of spec) {
    const texts = Array.from({ length: passages }, (_, i) => `${name} passage ${i} version ${version}.`);
    const raw = texts.join('\n');
    const article = { id: name, path: name, raw, hash: sha(raw), body: [], meta: {} } as unknown as Article;
    articles.push(article);
    let start = 0;
    for (const text of texts) {
      chunks.push({ source: name, text, start, end: start + text.length, sentenceIds: [], id: chunks.length });
      start += text.length + 1;
    }
  }
  const hash = sha(articles.map((a) => `${a.id}\0${a.hash}`).join('\n'));
  return { articles, chunks, byId: new Map(articles.map((a) => [a.id, a])), hash } as unknown as Corpus;
}

/** Two numbers per passage, from its text. */
const embedder = {
  id: 'tiny-2d',
  embeddings: {
    embedDocuments: async (texts: string[]) =>
      texts.map((t) => {
        const h = createHash('md5').update(t).digest();
        return [1 + (h[0] as number), 1 + (h[1] as number)];
      }),
  },
} as unknown as Parameters<typeof openIndex>[0]['embedder'];

/** Opens `before`, then `after` in the same folder; what the second open did. */
async function update(before: Corpus, after: Corpus) {
  const indexDir = tempDir('dealbot-deleted-share-');
  await openIndex({ corpus: before, embedder, indexDir });
  const opened = await openIndex({ corpus: after, embedder, indexDir });
  expect(opened.status).toBe('built');
  expect(opened.store.size).toBe(after.chunks.length);
  expect((await openIndex({ corpus: after, embedder, indexDir })).status).toBe('loaded');
  return { inserted: opened.inserted, deleted: opened.manifest.deleted };
}

describe('an update that would carry many deleted vectors builds anew', () => {
  it('3,000 of 4,000 passages replaced: built anew, no deleted vectors carried', async () => {
    const before = corpusOf([
      ['a', 1000],
      ['b', 1000],
      ['c', 1000],
      ['d', 1000],
    ]);
    const after = corpusOf([
      ['a', 1000],
      ['b', 1000, 1],
      ['c', 1000, 1],
      ['d', 1000, 1],
    ]);
    expect(await update(before, after)).toEqual({ inserted: 4, deleted: 0 });
  });

  it('exactly 2,000 of 4,000 replaced: updated, the 2,000 carried as deleted', async () => {
    const before = corpusOf([
      ['a', 1000],
      ['b', 1000],
      ['c', 1000],
      ['d', 1000],
    ]);
    const after = corpusOf([
      ['a', 1000],
      ['b', 1000],
      ['c', 1000, 1],
      ['d', 1000, 1],
    ]);
    expect(await update(before, after)).toEqual({ inserted: 2, deleted: 2000 });
  });

  it('2,010 of 8,040 removed (exactly a quarter of the old index, more than a quarter of the new): updated', async () => {
    const before = corpusOf([
      ['a', 2010],
      ['b', 2010],
      ['c', 2010],
      ['d', 2010],
    ]);
    const after = corpusOf([
      ['a', 2010],
      ['b', 2010],
      ['c', 2010],
    ]);
    expect(await update(before, after)).toEqual({ inserted: 0, deleted: 2010 });
  });
});
