import type { Corpus } from '../corpus/corpus.js';
import type { Span } from '../corpus/types.js';
import { citationOf } from './sources.js';
import type { Citation, Disagreement } from './types.js';

/**
 * Quote verification: the last gate before an answer leaves the pipeline. A citation whose text is not
 * exactly `raw.slice(start, end)` of its source is dropped, whoever produced it.
 */

/**
 * The shortest quote an answer gives (the answer contract's, as the scorer checks it): a fragment shorter than this,
 * a transcript's "Victor?" or a "Yes.", says too little to stand as evidence on its own.
 */
export const MIN_QUOTE_CHARS = 12;

/** True when the citation's quote is verbatim at its offsets, and long enough to stand as a quote. */
export function isVerbatim(corpus: Corpus, c: { source: string; quote: string; start: number; end: number }): boolean {
  const article = corpus.byId.get(c.source);
  return (
    !!article &&
    c.quote.length >= MIN_QUOTE_CHARS &&
    c.start >= 0 &&
    c.end <= article.raw.length &&
    article.raw.slice(c.start, c.end) === c.quote
  );
}

/** Keeps only verbatim citations; returns how many were dropped. */
export function verifyCitations(corpus: Corpus, citations: Citation[]): { kept: Citation[]; dropped: number } {
  const kept = citations.filter((c) => isVerbatim(corpus, c));
  return { kept, dropped: citations.length - kept.length };
}

/** Keeps only disagreement positions whose quotes are verbatim, and disagreements that still have two sides. */
export function verifyDisagreements(corpus: Corpus, list: Disagreement[]): Disagreement[] {
  return list
    .map((d) => ({
      ...d,
      positions: d.positions.filter((p) => isVerbatim(corpus, { source: p.sources[0] ?? '', quote: p.quote, start: p.start, end: p.end })),
    }))
    .filter((d) => d.positions.length >= 2);
}

const fold = (s: string) =>
  s
    .replace(/[“”„‟]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ');

/**
 * Finds a quote a model produced inside one article, tolerating differences in whitespace, curly quotes and
 * dashes, and returns the exact raw span. Returns null when the words are not there.
 */
export function locateQuote(raw: string, quote: string, within?: Span): Span | null {
  const q = fold(quote.trim())
    .replace(/^["']|["']$/g, '')
    .trim();
  // (A quote shorter than an answer may give is never looked for: it would be dropped at the gate.)
  if (q.length < MIN_QUOTE_CHARS) return null;
  const from = within?.start ?? 0;
  const to = within?.end ?? raw.length;
  const exact = raw.indexOf(quote.trim(), from);
  if (exact >= 0 && exact + quote.trim().length <= to) return { start: exact, end: exact + quote.trim().length };
  // Map folded text back to raw offsets.
  const map: number[] = [];
  let folded = '';
  let prevSpace = false;
  for (let i = from; i < to; i++) {
    const ch = raw[i] as string;
    const f = fold(ch);
    if (f === ' ') {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    folded += f;
    map.push(i);
  }
  const at = folded.indexOf(q);
  if (at < 0) return null;
  const start = map[at] as number;
  const end = (map[at + q.length - 1] as number) + 1;
  return { start, end };
}

/** A verbatim citation for a model's quote from one source, or null. */
export function citationForQuote(corpus: Corpus, source: string, quote: string, within?: Span): Citation | null {
  const article = corpus.byId.get(source);
  if (!article) return null;
  const span = locateQuote(article.raw, quote, within);
  return span ? citationOf(article, span.start, span.end) : null;
}
