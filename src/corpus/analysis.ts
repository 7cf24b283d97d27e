import { glossaryEnglish, writtenLanguage } from '../text/lexicon.js';
import { QUESTION_WORDS, STOPWORDS, tokenize } from '../text/tokenize.js';
import { castLinesOf } from './cast-lines.js';
import { chunkParagraph } from './chunk.js';
import { extractArticleClaims, namedParties, otherPair, topicWords } from './claims.js';
import { cleanArticle } from './clean.js';
import { isMonthMay, MONTH_NAMES } from './dates.js';
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

/** Stems of the months by their first three letters ("jul" → the stem of "july"). */
const MONTH_BY_ABBREVIATION = new Map(MONTH_NAMES.map((m) => [m.slice(0, 3).toLowerCase(), tokenize(m)[0]?.stem ?? m]));
/** A month written short, capitalised as a month is ("Jul 2025", "Oct. 30", "Sept"); not "May", already whole. */
const MONTH_ABBREVIATION_RE = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?/g;
/** A row of a table written as text: three cells or more between pipes. */
const TABLE_ROW_RE = /^[^|\n]*\|[^|\n]*\|/;

/**
 * Runs of table rows (`[first, end)` sentence indices) whose first row is a header: cells of words, not figures
 * ("Month | Total (t) | Total m/m | To US (t)").
 */
function tableRuns(sentences: Sentence[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < sentences.length; ) {
    if (!TABLE_ROW_RE.test((sentences[i] as Sentence).text)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < sentences.length && TABLE_ROW_RE.test((sentences[end] as Sentence).text)) end++;
    const head = (sentences[i] as Sentence).text;
    const letters = (head.match(/\p{L}/gu) ?? []).length;
    const digits = (head.match(/\d/g) ?? []).length;
    if (end - i >= 2 && letters > 3 * digits) runs.push([i, end]);
    i = end;
  }
  return runs;
}

/**
 * The heading just above a table ("## Table 1 — Monthly magnet exports, all destinations vs. United States",
 * "**Table 2: …**", "Table 3. …"), within the three lines before it (past a code fence or a blank), or ''.
 */
function tableHeading(raw: string, at: number): string {
  const lines = raw.slice(Math.max(0, at - 600), at).split('\n');
  lines.pop();
  let looked = 0;
  for (let i = lines.length - 1; i >= 0 && looked < 3; i--) {
    const line = (lines[i] as string).trim();
    if (line === '' || /^(?:```|~~~)/.test(line)) continue;
    looked++;
    if (/^#{1,6}\s/.test(line) || /^\*\*[^*]+\*\*$/.test(line) || /^(?:table|chart|figure|exhibit)\s+\d/i.test(line)) return line;
  }
  return '';
}

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
  // (The month May is a word of its sentence, though the modal verb is a stopword: `isMonthMay`.)
  const t = sentences.map((x) =>
    tokenize(x.text)
      .filter((tok) => !STOPWORDS.has(tok.norm) || (tok.norm === 'may' && isMonthMay(x.text, tok.start)))
      .map((tok) => {
        if (!seenWords.has(tok.norm)) {
          seenWords.add(tok.norm);
          words.push(tok.norm);
        }
        return termIndex(tok.stem);
      }),
  );
  // The title's words are the article's too ("Brightwater Aerostructures Corp.: Q2 2025 earnings call", a company no
  // sentence names): a question naming one asks about something an article mentions.
  // So are the label lines above the body ("Company: Tamrock Drive Systems Inc." over call notes that say "the company").
  for (const tok of tokenize(`${meta.title ?? ''} ${castLinesOf({ raw, body: clean.body }).join(' ')}`))
    if (!STOPWORDS.has(tok.norm) && !seenWords.has(tok.norm)) {
      seenWords.add(tok.norm);
      words.push(tok.norm);
    }
  // Months written short ("Jul 2025", "Oct. 30") are also indexed as the month ("july"), as questions ask.
  sentences.forEach((x, i) => {
    const extra: number[] = [];
    for (const m of x.text.matchAll(MONTH_ABBREVIATION_RE)) {
      const full = MONTH_BY_ABBREVIATION.get((m[1] as string).slice(0, 3).toLowerCase());
      if (full) extra.push(termIndex(full));
    }
    if (extra.length) (t[i] as number[]).push(...extra);
  });
  // An article in another language is indexed with the English of the glossary phrases each sentence uses, and the
  // figures inside unspaced text ("353トン"): an English question ("june magnet shipments to the us") finds
  // "6月の米国向け磁石の輸出は353トン". (The sentence's own words stay as they are.)
  const language = writtenLanguage(
    sentences
      .slice(0, 20)
      .map((x) => x.text)
      .join(' '),
  );
  const translated: number[][] = sentences.map(() => []);
  if (language && language !== 'English') {
    sentences.forEach((x, i) => {
      const own = t[i] as number[];
      const have = new Set(own);
      for (const english of glossaryEnglish(x.text, language))
        for (const tok of tokenize(english)) {
          if (STOPWORDS.has(tok.norm) || QUESTION_WORDS.has(tok.norm)) continue;
          const term = termIndex(tok.stem);
          if (have.has(term)) continue;
          have.add(term);
          own.push(term);
          (translated[i] as number[]).push(term);
        }
    });
  }
  // A row of a table written as text ("Jul 2025 | 5,577 | +75% | 619") says what its figures are only in the table's
  // header row ("Month | Total (t) | To US (t)") and the heading above it ("Table 1 — Monthly magnet exports"): its
  // index terms include theirs, so that "july magnet shipments to the us" finds the row.
  for (const [first, end] of tableRuns(sentences)) {
    const header = sentences[first] as Sentence;
    const headerTerms = t[first] as number[];
    const headingTerms = tokenize(tableHeading(raw, header.start))
      .filter((tok) => !STOPWORDS.has(tok.norm))
      .map((tok) => termIndex(tok.stem));
    for (let i = first + 1; i < end; i++) {
      const own = t[i] as number[];
      const have = new Set(own);
      for (const x of [...headerTerms, ...headingTerms])
        if (!have.has(x)) {
          have.add(x);
          own.push(x);
        }
    }
  }
  const ct: Record<string, number[]> = {};
  for (let i = 0; i < c.length; i += 2) {
    const first = c[i] as number;
    const end = c[i + 1] as number;
    const text = raw.slice((sentences[first] as Sentence).start, (sentences[end - 1] as Sentence).end);
    const own = tokenize(text)
      .filter((tok) => !STOPWORDS.has(tok.norm))
      .map((tok) => termIndex(tok.stem));
    for (let j = first; j < end; j++) own.push(...(translated[j] as number[]));
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
