import type { Corpus } from '../corpus/corpus.js';
import { mapRange, mapSpan } from '../corpus/filemap.js';
import type { Answer, Citation, Disagreement, Position, RetrievedPassage, SourceQuote, TimelineEntry } from './types.js';

/**
 * What the pipeline gives out indexes the files themselves. Inside, every offset indexes an article's text;
 * for a saved page that is the extracted text, not the file. Here, at the way out, such quotes and passages
 * are moved to the file: a quote keeps its longest part that the file holds verbatim (markup or a character
 * reference can interrupt a sentence in the page), and one with no such part is left out rather than given
 * with offsets that do not hold. Articles read as they are (`.txt`, `.md`) pass through unchanged.
 */

type Quoted = { source: string; quote: string; start: number; end: number };

function mapQuote<T extends Quoted>(corpus: Corpus, q: T, source = q.source): T | null {
  const article = corpus.byId.get(source);
  if (!article?.fileMap) return q;
  // The longest unbroken part; a short one (the scorer's and the renderers' floor is 12 characters) only if
  // nothing longer is left.
  const m = mapRange(article.fileMap, q.start, q.end) ?? mapRange(article.fileMap, q.start, q.end, 12);
  if (!m) return null;
  // A part cut inside a word ("company" + "&#8217;" + "s shares") starts and ends at whole words, without the
  // spaces left at a cut.
  const raw = article.raw;
  const word = /[\p{L}\p{N}'’]/u;
  let s = m.textStart;
  let e = m.textEnd;
  if (s > q.start && word.test(raw[s - 1] ?? '')) while (s < e && !/\s/.test(raw[s] as string)) s++;
  if (e < q.end && word.test(raw[e] ?? '')) while (e > s && !/\s/.test(raw[e - 1] as string)) e--;
  while (s < e && /\s/.test(raw[s] as string)) s++;
  while (e > s && /\s/.test(raw[e - 1] as string)) e--;
  if (e - s < 12) return null;
  const offset = m.fileStart - m.textStart;
  return { ...q, quote: raw.slice(s, e), start: s + offset, end: e + offset };
}

function mapPassage(corpus: Corpus, p: RetrievedPassage): RetrievedPassage | null {
  const article = corpus.byId.get(p.source);
  if (!article?.fileMap) return p;
  const span = mapSpan(article.fileMap, p.start, p.end);
  return span ? { ...p, ...span } : null;
}

function mapPosition(corpus: Corpus, p: Position): Position {
  const source = p.sources[0];
  if (!source) return p;
  const mapped = mapQuote(corpus, { ...p, source }, source);
  if (!mapped) return p;
  const { source: _source, ...position } = mapped;
  return position;
}

export function disagreementsInFiles(corpus: Corpus, list: readonly Disagreement[]): Disagreement[] {
  return list.map((d) => ({ ...d, positions: d.positions.map((p) => mapPosition(corpus, p)) }));
}

export function timelineInFiles(corpus: Corpus, list: readonly TimelineEntry[]): TimelineEntry[] {
  return list.map((e) => ({
    ...e,
    quotes: e.quotes.map((q) => mapQuote<SourceQuote>(corpus, q)).filter((q): q is SourceQuote => q !== null),
  }));
}

export function answerInFiles(corpus: Corpus, answer: Answer): Answer {
  if (!corpus.articles.some((a) => a.fileMap)) return answer;
  return {
    ...answer,
    citations: answer.citations.map((c) => mapQuote<Citation>(corpus, c)).filter((c): c is Citation => c !== null),
    disagreements: disagreementsInFiles(corpus, answer.disagreements),
    retrieved: answer.retrieved.map((p) => mapPassage(corpus, p)).filter((p): p is RetrievedPassage => p !== null),
  };
}
