import type { Claim } from '../../corpus/claims.js';
import type { Corpus } from '../../corpus/corpus.js';
import { MONTH_NAMES, monthOfWord } from '../../corpus/dates.js';
import type { Article } from '../../corpus/types.js';
import { findParties } from '../../text/entities.js';
import { escapeRegExp } from '../../text/lexicon.js';
import { tokenize } from '../../text/tokenize.js';
import { quantityScope } from '../conflicts.js';
import type { AnalyzedQuestion } from '../question.js';
import type { QuestionFocus } from '../relevance.js';
import { listed, sourceNames } from '../sources.js';

/**
 * A series of monthly figures asked for: "can u give me the monthly magnet export series for 2025, may through
 * december", "US-bound magnet tonnage month by month", "ethane to china by month pls - may, june, july". The figures
 * are spread over many articles, one month here, three there; the claims date each figure to its month (`claims.ts`),
 * so the answer gives every month asked with the figures the sources give for it, each month's best sentence quoted.
 */
export interface MonthSeries {
  /** "Month by month (tonnes): May 2025: 1,238 (…); June 2025: 3,188 (…); … No figure found for: …" */
  line: string;
  /** The sentences quoted for the months, in month order (one per month, fewer when one sentence gives several). */
  sentences: number[];
  /** Months asked for which no claim gives a figure (the other quotes of the answer may). */
  missing: number;
}

/** Words that ask for the figures month by month, with or without the months named. */
const BY_MONTH_RE = /\bmonth[\s-]+(?:by|on|to)[\s-]+month\b|\b(?:each|every|per|by|a)\s+month\b|\bmonthly\b|\bseries\b/i;
/** A month typed as a word (three letters or more). */
const MONTH_TYPED_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b\.?/gi;
/** May listed with other months ("may, june, july", "june/may"). */
const LISTED_MAY_RE =
  /\bmay\s*[,/&]\s*(?:and\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[,/&]\s*(?:and\s+)?may\b/i;
/** A span typed with a dash ("jan–sep"), a period of its own. */
const DASHED_SPAN_RE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*[–—-]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*/gi;
/**
 * A span's two ends, typed as words or an arrow ("may through december", "may thru oct", "may → dec"); not with a dash,
 * "the jan–sep total", a period of its own.
 */
const SPAN_ENDS_RE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:to|through|thru|till|until|→|->)\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** The number of a month from its first three letters (0 for none). */
function monthNumber(word: string): number {
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(word.toLowerCase().slice(0, 3)) && word.length >= 3) + 1;
}
/** A span summed, or one figure of it asked: not a series ("the cumulative jan-jun figure", "the most recent monthly number"). */
const NOT_SERIES_RE =
  /\b(?:cumulative|cumulatively|year[- ]to[- ]date|ytd|in total|combined|altogether|summed|most recent|latest|newest|current)\b/i;
/** A story told ("timeline", "summarize"): a series only with a measure named ("timeline of monthly … tonnage"). */
const STORY_RE = /\b(?:timeline|chronology|summar(?:y|ise|ize)|tl;?dr|recap|saga|story)\b/i;
const MEASURE_RE = /\b(?:tonnage|tonnes?|tons?|barrels?|numbers|figures|volumes|stats|data)\b/i;
/** Words that ask for figures: without one, months named are a time, not a series of figures. */
const FIGURES_RE =
  /\b(?:numbers?|figures?|data|stats?|tonnage|tonnes?|tons?|volumes?|totals?|exports?|imports?|shipments?|shipped|barrels?|series|trend|how much|how many)\b/i;
/**
 * A figure of another year, compared with: "…higher than 5,278 tons shipped in the same month last year", "up 15.8% from
 * 4,725 tons in the same month" (not "to 619 tons, 4.8% higher than the same month in 2024", this year's figure).
 */
const COMPARED_BEFORE_RE = /\b(?:than|from|versus|vs\.?|against|compared (?:with|to))\s+(?:the\s+)?$/i;
const OTHER_YEAR_AFTER_RE = /^[^.;]{0,40}?\b(?:same month|last year|year earlier|a year ago|previous year|prior year|year before)\b/i;
/** A figure its sentence compares with, of the year before ("higher than 5,280 tons shipped in the same month last year"). */
export function ofYearBefore(c: Claim): boolean {
  const at = c.quote.indexOf(c.asWritten);
  return (
    at >= 0 &&
    COMPARED_BEFORE_RE.test(c.quote.slice(Math.max(0, at - 30), at)) &&
    OTHER_YEAR_AFTER_RE.test(c.quote.slice(at + c.asWritten.length))
  );
}

/** Units of amounts a series is in: measures, not shares, lengths of time or counts of jobs. */
const SERIES_UNITS = new Set(['tonnes', 'barrels', 'barrels a day', 'kilograms', 'dollars']);
/** Words of the question that are no part of what is counted: the series' own words and figure words. */
const FRAME_WORDS = new Set(
  'month months monthly series number numbers figure figures data stat stats tonnage tonne tonnes ton tons volume volumes total totals trend list table chart pls please give need want'.split(
    ' ',
  ),
);
/** Whether every page giving the figure is labelled as written by AI. */
function machineOnly(corpus: Corpus, e: { claims: readonly Claim[] }): boolean {
  return e.claims.every((c) => corpus.byId.get(c.source)?.meta.aiGenerated === true);
}

/** Sentences quoted for a series at most. */
const SERIES_QUOTES = 8;

/** Whether the question asks for a series of monthly figures (months named as a span or three or more, or "monthly"). */
export function asksMonthSeries(q: AnalyzedQuestion, focus: QuestionFocus): boolean {
  const text = q.topic.toLowerCase();
  if (NOT_SERIES_RE.test(text) || !FIGURES_RE.test(text) || (STORY_RE.test(text) && !MEASURE_RE.test(text))) return false;
  // (Three months or more, each typed: "may, june, july, sept, dec".)
  const listedMonths = (text.replace(DASHED_SPAN_RE, ' ').match(MONTH_TYPED_RE) ?? []).filter(
    (w) => w !== 'may' || focus.months.includes('May') || LISTED_MAY_RE.test(text),
  );
  return BY_MONTH_RE.test(text) || SPAN_ENDS_RE.test(text) || listedMonths.length >= 3;
}

interface Entry {
  year: number | null;
  month: number;
  value: string;
  display: string;
  claims: Claim[];
  /** Words of what is counted that the figure's clause or page title gives. */
  hits: number;
}

/** The one month a sentence names in full (0 when it names none or several). */
function soleMonth(text: string): number {
  const named = new Set(MONTH_NAMES.map((m, i) => (new RegExp(`\\b${m}\\b`).test(text) ? i + 1 : 0)).filter((i) => i > 0));
  return named.size === 1 ? ([...named][0] as number) : 0;
}

/** The commonest of some years. */
function modal(list: readonly number[]): number | undefined {
  return [...new Set(list)].sort((a, b) => list.filter((y) => y === b).length - list.filter((y) => y === a).length)[0];
}

/** The year its sentence writes right after the figure's month ("in May 2025"), if any. */
function writtenYear(c: Claim, month: number): number | null {
  const name = MONTH_NAMES[month - 1] as string;
  // (Only where the sentence names the month once: "July was the first month above last year's level … July 2024".)
  if ((c.quote.match(new RegExp(`\\b${name.slice(0, 3)}[a-z]*\\b`, 'gi')) ?? []).length > 1) return null;
  const written = new RegExp(`\\b${name.slice(0, 3)}[a-z]*\\.?,?\\s+(20\\d\\d)\\b`, 'i').exec(c.quote);
  return written ? Number(written[1]) : null;
}

/** The year a month's figure is of: the year written after the month in its sentence, else the one before publication. */
function yearOf(c: Claim, month: number, article: Article | undefined): number | null {
  const written = writtenYear(c, month);
  if (written !== null) return written;
  const published = /^(\d{4})-(\d{2})/.exec(article?.meta.published ?? '');
  if (!published) return null;
  const year = Number(published[1]);
  return month <= Number(published[2]) ? year : year - 1;
}

/**
 * The month-by-month figures for a series question, from the quantity claims of the whole corpus: for each month asked
 * (every month the claims give, when none is named), the figures in the series' unit whose clause (or page title) names
 * what the question counts, going where it asks (all destinations when it names none). Null when fewer than two months
 * have a figure.
 */
export function monthSeries(
  corpus: Corpus,
  claims: readonly Claim[],
  q: AnalyzedQuestion,
  focus: QuestionFocus,
  /** The rank of a sentence among the question's scored sentences (lower is better; Infinity when not scored). */
  rankOf: (sentence: number) => number,
): MonthSeries | null {
  const asked = new Set(focus.months.map((m) => MONTH_NAMES.findIndex((x) => x.toLowerCase() === m.toLowerCase()) + 1));
  // (May in a list of months is the month: "may, june, july, sept, dec".)
  if (LISTED_MAY_RE.test(q.topic)) asked.add(5);
  // (A span's ends however typed, "may→dec", "may -> nov": every month between them.)
  const ends = SPAN_ENDS_RE.exec(q.topic);
  const from = monthNumber(ends?.[1] ?? '');
  const to = monthNumber(ends?.[2] ?? '');
  if (from > 0 && to > from) for (let m = from; m <= to; m++) asked.add(m);
  const years = new Set([...q.topic.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1])));
  // What is counted: the question's own content words, less the months, the parties and the series' words.
  const thing = new Set(
    q.terms
      .filter((t) => t.salient && !t.frame && !t.name && !/\d/.test(t.word) && !FRAME_WORDS.has(t.word.toLowerCase()))
      .filter((t) => monthOfWord(t.word) === null)
      .map((t) => t.stem)
      .filter((s) => focus.ownStems.has(s)),
  );
  const unitAsked = /\bbarrels?\b|\bbpd\b/i.test(q.topic) ? 'barrels' : /\b(?:tonnage|tonnes?|tons?)\b/i.test(q.topic) ? 'tonnes' : null;
  // The claims that can be of the series (unit, month, not a year before's), with their words and destination.
  const candidates: { c: Claim; month: number; words: Set<string>; article: Article | undefined; scope: string | null }[] = [];
  for (const c of claims) {
    if (c.event !== 'quantity') continue;
    const [unit = '', monthWord = '', near = '', clause = ''] = (c.qualifier ?? '').split('|');
    if (!SERIES_UNITS.has(unit) || (unitAsked && !unit.startsWith(unitAsked))) continue;
    // (A figure the claims date to no month, in a sentence naming one month only, is of it: "46 tonnes by May 2025".)
    const month = MONTH_NAMES.findIndex((m) => m.toLowerCase() === monthWord) + 1 || (monthWord === '' ? soleMonth(c.quote) : 0);
    if (month === 0 || (asked.size > 0 && !asked.has(month))) continue;
    if (ofYearBefore(c)) continue;
    const article = corpus.byId.get(c.source);
    candidates.push({
      c,
      month,
      article,
      scope: quantityScope(c),
      words: new Set(tokenize(`${near} ${clause} ${article?.meta.title ?? ''}`).map((t) => t.stem)),
    });
  }
  // Where the figures go: where the question says ("to the US", "US-bound"), or a party it names that some of these
  // figures go to ("US magnet export numbers month by month from china"); all destinations otherwise.
  // (A party by any of its names, "U.S.", "american"; another country as the pages' clauses give it, "Norway".)
  const scopes = [...new Set(candidates.map((x) => x.scope).filter((x): x is string => !!x))];
  const named = [
    ...findParties(q.topic.replace(/\b(?:us|u\.s\.?)\b/gi, 'US')).map((p) => p.party),
    ...scopes.filter((x) => new RegExp(`\\b${escapeRegExp(x.replace(/^the\s+/i, ''))}\\b`, 'i').test(q.topic)),
  ];
  const going = (p: string) => candidates.filter((x) => x.scope === p).length;
  const destination = focus.destination ?? named.filter((p) => going(p) > 0).sort((a, b) => going(b) - going(a))[0] ?? null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const scope = candidates[i]?.scope ?? null;
    if (destination ? scope !== destination : scope !== null && scope !== '') candidates.splice(i, 1);
  }
  // (One unit: the one most months' figures are in, when the question names none: not barrels a day among tonnes.)
  const monthsIn = (unit: string) => new Set(candidates.filter((x) => x.c.unit === unit).map((x) => x.month)).size;
  const unit = [...new Set(candidates.map((x) => x.c.unit ?? ''))].sort((a, b) => monthsIn(b) - monthsIn(a))[0];
  for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i]?.c.unit !== unit) candidates.splice(i, 1);
  // (Only the words of what is counted that some such figure's words hold: "can someone pull the monthly totals" counts
  // no "pull".)
  const counted = [...thing].filter((s) => candidates.some((x) => x.words.has(s)));
  // The year of a figure whose sentence writes none is read from its page's date; a page looking back ("46 tonnes in
  // May", in a note of 2026) may be of the year most figures are of, when it was published after that month of it.
  const written = candidates.map((x) => yearOf(x.c, x.month, x.article));
  const modalYear = modal(written.filter((y): y is number => y !== null));
  const entries = new Map<string, Entry>();
  for (const [i, { c, month, words, article }] of candidates.entries()) {
    const hits = counted.filter((s) => words.has(s)).length;
    if (counted.length > 0 && hits === 0) continue;
    let year = written[i] ?? null;
    if (year !== null && modalYear !== undefined && year !== modalYear && writtenYear(c, month) === null) {
      const published = article?.meta.published ?? '';
      if (published >= `${modalYear}-${String(month).padStart(2, '0')}`) year = modalYear;
    }
    if (years.size > 0 && year !== null && !years.has(year)) continue;
    const key = `${year ?? ''}-${month}-${c.value}`;
    const known = entries.get(key);
    if (known) {
      known.claims.push(c);
      known.hits = Math.max(known.hits, hits);
    } else entries.set(key, { year, month, value: c.value, display: c.display || c.value, claims: [c], hits });
  }
  // (A figure of a page with no date is of the year the other figures of its month are of, or the one asked.)
  const yearsOfMonth = new Map<number, number[]>();
  for (const e of entries.values()) if (e.year !== null) yearsOfMonth.set(e.month, [...(yearsOfMonth.get(e.month) ?? []), e.year]);
  // Each month's figures, the same figure from several pages as one.
  const byMonth = new Map<string, Entry[]>();
  for (const e of entries.values()) {
    const year = e.year ?? modal(yearsOfMonth.get(e.month) ?? []) ?? (years.size === 1 ? ([...years][0] as number) : null);
    const key = `${year ?? ''}-${String(e.month).padStart(2, '0')}`;
    const list = byMonth.get(key) ?? [];
    const same = list.find((x) => x.value === e.value);
    if (same) {
      same.claims.push(...e.claims);
      same.hits = Math.max(same.hits, e.hits);
    } else list.push({ ...e, year });
    byMonth.set(key, list);
  }
  if (byMonth.size < 2) return null;
  const sourcesOf = (e: Entry) => new Set(e.claims.filter((c) => !corpus.byId.get(c.source)?.meta.aiGenerated).map((c) => c.source)).size;
  const months = [...byMonth.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  const parts: string[] = [];
  const sentences: number[] = [];
  const bestRank = (e: Entry) => Math.min(...e.claims.map((c) => rankOf(c.sentenceId)));
  for (const [, list] of months) {
    // The month's figure: the one whose clause names more of what is counted, then the one more pages give, then the one
    // in the sentence that answers the question best. (Another page's other figure for the month is a dispute, which
    // the disagreements state.)
    list.sort((a, b) => b.hits - a.hits || sourcesOf(b) - sourcesOf(a) || bestRank(a) - bestRank(b));
    // (A page labelled as written by AI gives a month's figure only when no other page does.)
    list.sort((a, b) => Number(machineOnly(corpus, a)) - Number(machineOnly(corpus, b)));
    const top = list[0] as Entry;
    const shown = [top];
    const label = `${MONTH_NAMES[top.month - 1]}${top.year ? ` ${top.year}` : ''}`;
    const figures = shown.map(
      (e) =>
        `${e.display} (${sourceNames(
          corpus,
          e.claims.map((c) => c.source),
        )})`,
    );
    parts.push(`${label}: ${figures.join('; ')}`);
    for (const e of shown) {
      // The best-ranked sentence giving the figure (a sentence already quoted for another month serves this one too).
      const ids = e.claims.map((c) => c.sentenceId);
      if (ids.some((id) => sentences.includes(id))) continue;
      const best = ids.reduce((a, b) => (rankOf(b) < rankOf(a) ? b : a));
      sentences.push(best);
    }
  }
  const missing = [...asked]
    .sort((a, b) => a - b)
    .filter((m) => !months.some(([, list]) => list[0]?.month === m))
    .map((m) => MONTH_NAMES[m - 1] as string);
  const gap = missing.length > 0 ? ` No figure dated to ${listed(missing, 'or')} was found.` : '';
  return {
    line: `Month by month: ${parts.join('; ')}.${gap}`,
    sentences: sentences.slice(0, SERIES_QUOTES),
    missing: missing.length,
  };
}
