import { STOPWORDS, tokenize } from '../text/tokenize.js';
import { chunkParagraph } from './chunk.js';
import { extractArticleClaims, namedParties, otherPair, topicWords } from './claims.js';
import { cleanArticle } from './clean.js';
import { parseFrontMatter } from './frontmatter.js';
import { buildMetadata } from './metadata.js';
import { ANALYSER_VERSION, type ArticleRecord, sentencesOf } from './records.js';
import { splitSentences } from './sentences.js';
import type { Article, Sentence } from './types.js';

/**
 * The analysis of one article: everything derived from its bytes alone (metadata, body spans, sentences,
 * chunks, index terms, claims), computed once per content hash and stored (see `records.ts`). This module
 * holds the NLP (cleaning, sentence splitting, LangChain chunking, chrono dates, claims) and is imported
 * only when an article has no valid record, so a restart over an unchanged folder never loads it.
 */

/** How many articles this process analysed and how many claim sets it extracted (tests count these). */
export const analysisCounters = { articles: 0, claims: 0 };

/** Analyses one article's text: everything but its claims (they need the corpus's dominant parties). */
export async function analyseArticle(raw: string, hash: string): Promise<ArticleRecord> {
  analysisCounters.articles++;
  const fm = parseFrontMatter(raw);
  const clean = cleanArticle(raw, fm.bodyStart);
  if (clean.body.length === 0) return { v: ANALYSER_VERSION, hash, reason: 'no article text found (only menus, lists or boilerplate)' };
  const meta = buildMetadata(raw, clean, fm.data);
  const s: number[] = [];
  const c: number[] = [];
  const sentences: Sentence[] = [];
  let position = 0;
  for (const [paragraph, span] of clean.body.entries()) {
    const para: Sentence[] = splitSentences(raw, span).map((x) => ({
      source: '',
      text: raw.slice(x.start, x.end),
      start: x.start,
      end: x.end,
      position,
      paragraph,
      id: position++,
    }));
    for (const x of para) {
      s.push(x.start, x.end, paragraph);
      sentences.push(x);
    }
    for (const chunk of await chunkParagraph(raw, para, 0)) {
      c.push(chunk.sentenceIds[0] as number, (chunk.sentenceIds[chunk.sentenceIds.length - 1] as number) + 1);
    }
  }
  const vocab: string[] = [];
  const vocabIndex = new Map<string, number>();
  const termIndex = (stem: string) => {
    let i = vocabIndex.get(stem);
    if (i === undefined) {
      i = vocab.length;
      vocab.push(stem);
      vocabIndex.set(stem, i);
    }
    return i;
  };
  const words: string[] = [];
  const seenWords = new Set<string>();
  const t = sentences.map((x) =>
    tokenize(x.text)
      .filter((tok) => !STOPWORDS.has(tok.norm))
      .map((tok) => {
        if (!seenWords.has(tok.norm)) {
          seenWords.add(tok.norm);
          words.push(tok.norm);
        }
        return termIndex(tok.stem);
      }),
  );
  const ct: Record<string, number[]> = {};
  for (let i = 0; i < c.length; i += 2) {
    const first = c[i] as number;
    const end = c[i + 1] as number;
    const text = raw.slice((sentences[first] as Sentence).start, (sentences[end - 1] as Sentence).end);
    const own = tokenize(text)
      .filter((tok) => !STOPWORDS.has(tok.norm))
      .map((tok) => termIndex(tok.stem));
    const joined = t.slice(first, end).flat();
    if (own.length !== joined.length || own.some((x, j) => x !== joined[j])) ct[String(i / 2)] = own;
  }
  return {
    v: ANALYSER_VERSION,
    hash,
    ...(fm.warning ? { warning: fm.warning } : {}),
    meta,
    body: clean.body,
    s,
    c,
    vocab,
    t,
    ...(Object.keys(ct).length ? { ct } : {}),
    words,
    topic: [...topicWords(sentences)],
    parties: [...namedParties(sentences)],
    claims: null,
  };
}

/** Extracts (or re-extracts) a record's claims for the given dominant parties. */
export function claimRecord(record: ArticleRecord, article: Article, dominant: readonly string[]): NonNullable<ArticleRecord['claims']> {
  analysisCounters.claims++;
  const sentences = sentencesOf(record, article.raw, article.id, 0);
  const other = otherPair(article.meta.title ?? '', sentences, dominant);
  if (other) return { dominant: [...dominant], list: [], other };
  const list = extractArticleClaims(article, sentences, dominant).map(({ source: _s, quote: _q, start: _a, end: _b, ...rest }) => rest);
  return { dominant: [...dominant], list };
}
