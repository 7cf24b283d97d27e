import { createHash } from 'node:crypto';
import { chunkParagraph } from './chunk.js';
import { type LoadResult, loadArticles } from './load.js';
import { splitSentences } from './sentences.js';
import type { Article, Chunk, Sentence, SkippedFile } from './types.js';

/** Everything the pipeline knows about a folder of articles, before any index. */
export interface Corpus {
  dir: string;
  articles: Article[];
  byId: Map<string, Article>;
  sentences: Sentence[];
  chunks: Chunk[];
  /** Changes whenever any article's bytes, name or the set of articles changes. */
  hash: string;
  skipped: SkippedFile[];
  warnings: SkippedFile[];
}

/** Splits loaded articles into sentences and chunks. */
export async function corpusFromArticles(dir: string, loaded: LoadResult): Promise<Corpus> {
  const sentences: Sentence[] = [];
  const chunks: Chunk[] = [];
  const h = createHash('sha256');
  for (const article of loaded.articles) {
    h.update(`${article.id}\0${article.hash}\n`);
    let position = 0;
    for (const [paragraph, span] of article.body.entries()) {
      const para: Sentence[] = splitSentences(article.raw, span).map((s) => ({
        ...s,
        source: article.id,
        text: article.raw.slice(s.start, s.end),
        position: position++,
        paragraph,
        id: sentences.length + 0,
      }));
      for (const s of para) {
        s.id = sentences.length;
        sentences.push(s);
      }
      chunks.push(...(await chunkParagraph(article.raw, para, chunks.length)));
    }
  }
  return {
    dir,
    articles: loaded.articles,
    byId: new Map(loaded.articles.map((a) => [a.id, a])),
    sentences,
    chunks,
    hash: h.digest('hex'),
    skipped: loaded.skipped,
    warnings: loaded.warnings,
  };
}

/** Loads and splits a folder of articles. */
export async function buildCorpus(dir: string): Promise<Corpus> {
  return corpusFromArticles(dir, await loadArticles(dir));
}
