/**
 * Quote verification, the last gate before an answer leaves the pipeline: whatever produced a citation or a
 * disagreement position, only text that is verbatim at its offsets gets through.
 */
import { describe, expect, it } from 'vitest';
import { citationForQuote, isVerbatim, locateQuote, verifyCitations, verifyDisagreements } from '../../src/answer/quotes.js';
import type { Citation, Disagreement, Position } from '../../src/answer/types.js';
import type { Corpus } from '../../src/corpus/corpus.js';
import type { Article } from '../../src/corpus/types.js';

const A = 'WASHINGTON — US President Donald Trump said the deal was signed on June 25, two days after the talks.';
const B = 'Beijing said the “framework” was agreed on the 24th.\nOfficials  declined   to comment.';

function article(id: string, raw: string): Article {
  return {
    id,
    path: `/x/${id}`,
    raw,
    hash: id,
    body: [{ start: 0, end: raw.length }],
    meta: { title: `Title ${id}`, outlet: `Outlet ${id}`, published: '2025-06-27', url: `https://e.org/${id}` },
  } as unknown as Article;
}
const corpus = {
  byId: new Map([
    ['a.txt', article('a.txt', A)],
    ['b.txt', article('b.txt', B)],
  ]),
} as unknown as Corpus;

const at = (source: string, raw: string, quote: string): { source: string; quote: string; start: number; end: number } => {
  const start = raw.indexOf(quote);
  if (start < 0) throw new Error('fixture quote not in text');
  return { source, quote, start, end: start + quote.length };
};
const cite = (c: { source: string; quote: string; start: number; end: number }): Citation =>
  ({ ...c, title: null, outlet: null, published: null }) as Citation;

describe('isVerbatim', () => {
  const good = at('a.txt', A, 'the deal was signed on June 25');

  it('accepts a quote that is exactly the text at its offsets', () => {
    expect(isVerbatim(corpus, good)).toBe(true);
    expect(isVerbatim(corpus, at('a.txt', A, A))).toBe(true);
  });

  it('rejects an invented quote, a changed word, and a true quote at the wrong offsets', () => {
    expect(isVerbatim(corpus, { ...good, quote: 'Reuters reports the deal was cancelled' })).toBe(false);
    expect(isVerbatim(corpus, { ...good, quote: 'the deal was signed on June 24' })).toBe(false);
    expect(isVerbatim(corpus, { ...good, start: good.start + 1, end: good.end + 1 })).toBe(false);
    expect(isVerbatim(corpus, { ...good, end: good.end - 1 })).toBe(false);
  });

  it('rejects a quote attributed to another article, or to one that does not exist', () => {
    expect(isVerbatim(corpus, { ...good, source: 'b.txt' })).toBe(false);
    expect(isVerbatim(corpus, { ...good, source: 'nope.txt' })).toBe(false);
  });

  it('rejects an empty quote and offsets outside the text', () => {
    expect(isVerbatim(corpus, { source: 'a.txt', quote: '', start: 3, end: 3 })).toBe(false);
    // slice() clamps: a quote of the text's end with an end past it, or a negative start, must not pass.
    const tail = A.slice(-20);
    expect(isVerbatim(corpus, { source: 'a.txt', quote: tail, start: A.length - 20, end: A.length })).toBe(true);
    expect(isVerbatim(corpus, { source: 'a.txt', quote: tail, start: A.length - 20, end: A.length + 5 })).toBe(false);
    expect(isVerbatim(corpus, { source: 'a.txt', quote: A.slice(0, 15), start: -A.length, end: 15 })).toBe(false);
    // A quote shorter than the answer contract's 12 characters is no evidence, verbatim or not.
    expect(isVerbatim(corpus, { source: 'a.txt', quote: A.slice(0, 7), start: 0, end: 7 })).toBe(false);
  });
});

describe('verifyCitations', () => {
  it('keeps the verbatim citations in order and counts the dropped ones', () => {
    const one = cite(at('a.txt', A, 'US President Donald Trump'));
    const two = cite(at('b.txt', B, 'Beijing said'));
    const invented = cite({ ...at('a.txt', A, 'the deal was signed'), quote: 'the deal was cancelled' });
    const moved = cite({ ...at('b.txt', B, 'Beijing said'), source: 'a.txt' });
    expect(verifyCitations(corpus, [one, invented, two, moved])).toEqual({ kept: [one, two], dropped: 2 });
    expect(verifyCitations(corpus, [])).toEqual({ kept: [], dropped: 0 });
  });
});

describe('verifyDisagreements', () => {
  const pos = (source: string, raw: string, quote: string, claim: string): Position => ({
    claim,
    summary: claim,
    sources: [source],
    ...at(source, raw, quote),
  });
  const dispute = (positions: Position[]): Disagreement => ({
    topic: 'signing date',
    difficulty: 'normal',
    kind: 'date',
    positions,
    explanation: 'a says 25 June; b says 24 June.',
  });
  const p25 = pos('a.txt', A, 'signed on June 25', '2025-06-25');
  const p24 = pos('b.txt', B, 'agreed on the 24th', '2025-06-24');

  it('keeps a disagreement whose sides are all verbatim, unchanged', () => {
    const d = dispute([p25, p24]);
    expect(verifyDisagreements(corpus, [d])).toEqual([d]);
  });

  it('drops a position whose quote is not verbatim in its first source, and keeps the disagreement if two sides remain', () => {
    const fake: Position = { ...p24, claim: '2025-07-01', quote: 'cancelled on July 1' };
    const other = pos('b.txt', B, 'Officials  declined', '2025-06-26');
    expect(verifyDisagreements(corpus, [dispute([p25, fake, other])])).toEqual([dispute([p25, other])]);
  });

  it('drops a disagreement left with one side, and one whose quote is true of another source only', () => {
    const invented: Position = { ...p24, quote: 'Beijing said the deal was cancelled' };
    expect(verifyDisagreements(corpus, [dispute([p25, invented])])).toEqual([]);
    const wrongSource: Position = { ...p24, sources: ['a.txt', 'b.txt'] };
    expect(verifyDisagreements(corpus, [dispute([p25, wrongSource])])).toEqual([]);
    const noSource: Position = { ...p24, sources: [] };
    expect(verifyDisagreements(corpus, [dispute([p25, noSource])])).toEqual([]);
  });
});

describe('locateQuote', () => {
  it('finds an exact quote and returns its span', () => {
    const q = 'the deal was signed on June 25';
    expect(locateQuote(A, q)).toEqual({ start: A.indexOf(q), end: A.indexOf(q) + q.length });
    expect(locateQuote(A, `  ${q}  `)).toEqual({ start: A.indexOf(q), end: A.indexOf(q) + q.length });
  });

  it('tolerates straight for curly quotes, hyphens for dashes and folded whitespace, returning the raw span', () => {
    const span = locateQuote(B, 'the "framework" was agreed');
    expect(span && B.slice(span.start, span.end)).toBe('the “framework” was agreed');
    const ws = locateQuote(B, 'Officials declined to comment.');
    expect(ws && B.slice(ws.start, ws.end)).toBe('Officials  declined   to comment.');
    const dash = locateQuote(A, 'WASHINGTON - US President');
    expect(dash && A.slice(dash.start, dash.end)).toBe('WASHINGTON — US President');
    const across = locateQuote(B, 'on the 24th. Officials');
    expect(across && B.slice(across.start, across.end)).toBe('on the 24th.\nOfficials');
  });

  it('folds curly apostrophes and runs of spaces in the quote too', () => {
    const raw = 'The minister said: “We don’t expect delays,” before leaving.';
    const span = locateQuote(raw, "We don't expect delays");
    expect(span && raw.slice(span.start, span.end)).toBe('We don’t expect delays');
    const spaced = locateQuote(A, 'US  President   Donald Trump');
    expect(spaced && A.slice(spaced.start, spaced.end)).toBe('US President Donald Trump');
  });

  it('strips quotation marks a model wraps the quote in', () => {
    const padded = locateQuote(A, '" Donald Trump said the deal "');
    expect(padded && A.slice(padded.start, padded.end)).toBe('Donald Trump said the deal');
    const span = locateQuote(A, '"Donald Trump said the deal"');
    expect(span && A.slice(span.start, span.end)).toBe('Donald Trump said the deal');
    const single = locateQuote(A, "'Donald Trump said the deal'");
    expect(single && A.slice(single.start, single.end)).toBe('Donald Trump said the deal');
  });

  it("returns null for words that are not there and for quotes under 12 characters (the answer contract's minimum)", () => {
    expect(locateQuote(A, 'Reuters reports the deal was cancelled')).toBeNull();
    expect(locateQuote(A, 'Trump')).toBeNull();
    expect(locateQuote(A, '"Trump"')).toBeNull();
    expect(locateQuote(A, 'June 25,')).toBeNull();
    const twelve = A.slice(A.indexOf('June 25,'), A.indexOf('June 25,') + 12);
    expect(locateQuote(A, twelve)).toEqual({ start: A.indexOf('June 25,'), end: A.indexOf('June 25,') + 12 });
  });

  it('looks only within the given span', () => {
    const start = A.indexOf('said');
    expect(locateQuote(A, 'US President Donald', { start, end: A.length })).toBeNull();
    expect(locateQuote(A, 'the deal was signed', { start, end: A.indexOf('signed') + 3 })).toBeNull();
    const inside = locateQuote(A, 'the deal was signed', { start, end: A.length });
    expect(inside && A.slice(inside.start, inside.end)).toBe('the deal was signed');
    // Also when only the folded search finds it.
    const bStart = B.indexOf('Officials');
    expect(locateQuote(B, 'the "framework" was', { start: bStart, end: B.length })).toBeNull();
    const folded = locateQuote(B, 'Officials declined to', { start: bStart, end: B.length });
    expect(folded && B.slice(folded.start, folded.end)).toBe('Officials  declined   to');
    expect(locateQuote(B, 'Officials declined to', { start: 0, end: bStart + 5 })).toBeNull();
  });
});

describe('citationForQuote', () => {
  it('turns a model quote into a verbatim citation of that source with its metadata', () => {
    const c = citationForQuote(corpus, 'b.txt', 'Officials declined to comment.');
    expect(c).toEqual({
      source: 'b.txt',
      quote: 'Officials  declined   to comment.',
      start: B.indexOf('Officials'),
      end: B.length,
      title: 'Title b.txt',
      outlet: 'Outlet b.txt',
      published: '2025-06-27',
      url: 'https://e.org/b.txt',
    });
    expect(c && isVerbatim(corpus, c)).toBe(true);
  });

  it('gives null for an unknown source or words not in that source', () => {
    expect(citationForQuote(corpus, 'nope.txt', 'Officials declined to comment.')).toBeNull();
    expect(citationForQuote(corpus, 'a.txt', 'Officials declined to comment.')).toBeNull();
  });
});
