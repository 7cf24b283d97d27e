import * as chrono from 'chrono-node/en';
import { NUMBER_WORD_VALUES } from '../text/numbers.js';

/**
 * Dates as news articles write them, resolved against a reference date (the article's publication date,
 * or a date the same sentence gives, as in "said on the 26th: 'we signed yesterday'").
 *
 * chrono-node parses absolute dates ("June 25", "9-10 June", "Jun. 27, 2025"); the parsers here add what it
 * lacks or gets wrong for news: "on the 26th", "mid-May", "earlier this month", "two days prior",
 * weekday names in past-tense reports, and bare years. A bare month keeps month precision.
 */

export type Precision = 'day' | 'month' | 'year';

/** A calendar value at some precision; `year` is null when neither the text nor a reference gives it. */
export interface DateValue {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Last day of a range such as "9-10 June". */
  endDay?: number | null;
  precision: Precision;
  /** "early", "mid" or "late" part of a month, when written. */
  part?: 'early' | 'mid' | 'late' | null;
  /** True when the year was not written and came from the reference date. */
  yearImplied?: boolean;
}

/** How a date expression relates to its reference, so it can be resolved against another anchor later. */
export type DateExpr =
  | {
      kind: 'absolute';
      year: number | null;
      month: number;
      day: number | null;
      endDay?: number | null;
      part?: 'early' | 'mid' | 'late' | null;
      /** "April next year", "April of last year": the year counted from the reference date's. */
      yearOffset?: number;
      /** "next April", "last March": the first such month after the reference date, or the last one before it. */
      direction?: 1 | -1;
    }
  | { kind: 'year'; year: number }
  | { kind: 'offsetDays'; days: number }
  /** (`sameDay`: a plan may be for the day the article is written, "are expected to meet on Thursday" on a Thursday.) */
  | { kind: 'weekday'; weekday: number; direction: -1 | 1; sameDay?: boolean; lastWeek?: boolean }
  | { kind: 'dayOfMonth'; day: number }
  | { kind: 'relativeMonth'; offset: number; part?: 'early' | 'mid' | 'late' | null }
  | { kind: 'relativeYear'; offset: number };

export interface DateMention {
  start: number;
  end: number;
  /** The expression exactly as written. */
  text: string;
  expr: DateExpr;
  /** True for expressions whose meaning depends on a reference date ("yesterday", "on the 26th"). */
  relative: boolean;
  /** True for offsets such as "two days prior" that count from the time the sentence is talking about. */
  anchored: boolean;
  /** An offset that counts from the date the event after it is given ("two days before his remarks on June 26"). */
  forward?: boolean;
  /** An offset from an event after it that it does not date ("a day after the two countries confirmed a deal"). */
  prepositional?: boolean;
}

/** A reference date: year, month (1-12), day. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The month names, January first (the one list of them; other modules derive theirs from it). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_RE_SRC =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The days of the week as articles write them ("Saturday"). */
export const WEEKDAY_NAMES = WEEKDAYS.map((d) => `${d.charAt(0).toUpperCase()}${d.slice(1)}`);
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, ...NUMBER_WORD_VALUES, several: Number.NaN };

/**
 * The month (1–12) a single word names, whole or shortened to three letters or more ("may", "Sept", "dec."), or null:
 * "mayor" and "market" name none (unlike `monthIndex`, which reads only the first three letters of a known month).
 */
export function monthOfWord(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i >= 0 ? i + 1 : null;
}

/**
 * True when a question names the month May, which is also the modal verb: "May" capitalised, or "may" after a word
 * that makes it a time ("in may", "the may low", "since may", "may or april"), before "numbers/figures/data", or with its
 * year or its day after it ("may 2025 magnet exports", "may 12 statement"; not "may 2 of them").
 */
export function namesMay(text: string): boolean {
  return (
    /\bMay\b/.test(text) ||
    /\b(?:in|the|of|since|until|from|by|vs|and|or) may\b|\bmay (?:numbers|figures|data)\b/i.test(text) ||
    /\bmay,? (?:19|20)\d\d\b|\bmay \d{1,2}(?:st|nd|rd|th)?(?![\w%])(?! (?:of|percent|per|more|tons?|tonnes?|people|firms|companies)\b)/i.test(
      text,
    )
  );
}

/**
 * True when "May" at `start` of a sentence of an article is the month: capitalised, and, opening the sentence, not
 * followed by the subject of a wish or a request ("May I add…", "May the talks succeed"). Articles capitalise the
 * month and only the month ("May — Geneva talks", "in May"), so it is indexed as a word (the modal verb is a stopword).
 */
export function isMonthMay(sentence: string, start: number): boolean {
  if (sentence.slice(start, start + 3) !== 'May') return false;
  const opening = sentence.slice(0, start).replace(/[\s"“‘'([*_]+/gu, '') === '';
  return (
    !opening ||
    !/^May\s+(?:I|we|you|he|she|it|they|the|this|that|these|those|our|your|their|his|her|its|God|be|not)\b/.test(sentence.slice(start))
  );
}

/** True when a single word names a day of the week, whole, plural or shortened to three letters or more ("Thu."). */
export function isWeekdayWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return w.length >= 3 && WEEKDAYS.some((d) => d.startsWith(w) || `${d}s` === w);
}

/** The month (1–12) a month name or its abbreviation names ("Sept", "aug."), or null. */
export function monthIndex(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
  return i >= 0 ? i + 1 : null;
}

function toNumber(word: string): number {
  const n = Number(word);
  if (!Number.isNaN(n)) return n;
  return NUMBER_WORDS[word.toLowerCase()] ?? Number.NaN;
}

interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray) => { expr: DateExpr; anchored?: boolean; forward?: boolean; prepositional?: boolean } | null;
}

const PART_RE_SRC = '(early|mid|late|the (?:beginning|start|middle|end) of|(?:beginning|start|middle|end) of)';
function partOf(word: string | undefined): 'early' | 'mid' | 'late' | null {
  if (!word) return null;
  if (/early|beginning|start/i.test(word)) return 'early';
  if (/mid|middle/i.test(word)) return 'mid';
  if (/late|end/i.test(word)) return 'late';
  return null;
}

/**
 * Words of a plan before a weekday in the same clause ("are due to meet on Thursday", "will sign on Friday", "would
 * comment after technical talks are held … on Friday": the future of reported speech).
 */
const FUTURE_BEFORE_RE =
  /\b(?:will|would|shall|due to|set to|expected to|scheduled(?: to| for)?|plan(?:s|ned)? to|slated to|to be held)\b[^.;!?]*$/i;

/**
 * What follows an ordinal that is a place in a series, not a day of the month: "4th round", "the 4th or 5th round",
 * "3rd largest", "2nd straight", "3rd quarter" (read by the day parser here and by the answer's `DAY_WORDS_RE`).
 */
export const SERIES_AFTER_ORDINAL = String.raw`(?:(?:or|and|to|-)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+)?(?:rounds?|meetings?|sessions?|times?|largest|biggest|straight|consecutive|quarters?|anniversary|century|editions?|episodes?|place)\b`;

/** Our parsers, tried before chrono; their matches win over chrono's where they overlap. */
const RULES: Rule[] = [
  // "two days prior", "three days earlier", "a day before", "two days ago"
  // ("Before"/"after" with an event after it counts from that event, below.)
  {
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(prior|earlier|before|ago|later|after)\b/gi,
    make: (m) => {
      const n = toNumber(m[1] as string);
      if (Number.isNaN(n)) return null;
      const rest = m.input.slice(m.index + m[0].length);
      if (/^(?:before|after)$/i.test(m[2] as string) && /^\s+(?!that\b|then\b|this\b)[\p{L}\d]/u.test(rest)) {
        // …unless the event after it is dated right there ("inked two days before his remarks on June 26"), which it
        // counts from; not a date reported inside it ("a day after Trump announced the deal was signed on June 25").
        const dated = new RegExp(
          `^[^.;!?]{0,80}?\\b${MONTH_RE_SRC}\\.?\\s+\\d{1,2}\\b|^[^.;!?]{0,80}?\\b\\d{1,2}\\s+${MONTH_RE_SRC}`,
          'i',
        ).exec(rest);
        const days = (/after/i.test(m[2] as string) ? 1 : -1) * n;
        if (dated && !/\b(?:that|which|who|said|says|announced|told|reported|when)\b/i.test(dated[0]))
          return { expr: { kind: 'offsetDays', days }, anchored: true, forward: true };
        // Else it counts from the event after it, which only the sentences before can have dated ("Five days after the
        // Pentagon announcement, Apple committed…"), never from a date earlier in its own sentence, which is the
        // event it dates ("said on Friday…, a day after the two countries confirmed a deal").
        return { expr: { kind: 'offsetDays', days }, anchored: true, prepositional: true };
      }
      const dir = /later|after/i.test(m[2] as string) ? 1 : -1;
      return { expr: { kind: 'offsetDays', days: dir * n }, anchored: !/ago/i.test(m[2] as string) };
    },
  },
  {
    re: /\bthe (?:day|night) (before|after)\b|\bthe (previous|following|next) day\b/gi,
    make: (m) => ({ expr: { kind: 'offsetDays', days: /before|previous/i.test(m[0]) ? -1 : 1 }, anchored: true }),
  },
  // "the same day", "hours later": the day the text was just talking about.
  {
    re: /\b(?:(?:on\s+)?(?:that\s+)?(?:the\s+)?same\s+(?:day|evening|morning)|later\s+that\s+(?:day|evening)|hours\s+later|that\s+(?:evening|afternoon))\b/gi,
    make: () => ({ expr: { kind: 'offsetDays', days: 0 }, anchored: true }),
  },
  { re: /\byesterday\b/gi, make: () => ({ expr: { kind: 'offsetDays', days: -1 } }) },
  { re: /\btoday\b/gi, make: () => ({ expr: { kind: 'offsetDays', days: 0 } }) },
  { re: /\btomorrow\b/gi, make: () => ({ expr: { kind: 'offsetDays', days: 1 } }) },
  // "earlier this month", "this month", "late last month", "next month", "the end of last month"
  {
    re: new RegExp(`\\b(?:${PART_RE_SRC}\\s+)?(earlier|later)?\\s*(this|last|next|the previous|the past)\\s+month\\b`, 'gi'),
    make: (m) => {
      const which = (m[3] as string).toLowerCase();
      const offset = which === 'this' ? 0 : which === 'next' ? 1 : -1;
      return { expr: { kind: 'relativeMonth', offset, part: partOf(m[1]) } };
    },
  },
  {
    re: /\b(earlier|later)?\s*(this|last|next)\s+year\b/gi,
    make: (m) => {
      const which = (m[2] as string).toLowerCase();
      return { expr: { kind: 'relativeYear', offset: which === 'this' ? 0 : which === 'next' ? 1 : -1 } };
    },
  },
  // "on the 26th", "the 24th" (not "the 11th of June": a full date, read by chrono below; nor a place in a series,
  // "the 4th or 5th round", "the 3rd largest": `SERIES_AFTER_ORDINAL`)
  {
    re: new RegExp(
      String.raw`\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:${SERIES_AFTER_ORDINAL}|(?:of\s+)?(?:century|percent|day of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))`,
      'gi',
    ),
    make: (m) => {
      const day = Number(m[1]);
      return day >= 1 && day <= 31 ? { expr: { kind: 'dayOfMonth', day } } : null;
    },
  },
  // "mid-May", "early June", "the end of May", "late September" (no day number following)
  {
    re: new RegExp(`\\b${PART_RE_SRC}[-\\s]+(${MONTH_RE_SRC})(?:\\s+(\\d{4}))?(?![\\w-]|\\s+\\d)`, 'gi'),
    make: (m) => {
      const month = monthIndex(m[2] as string);
      if (!month) return null;
      return {
        expr: { kind: 'absolute', year: m[3] ? Number(m[3]) : null, month, day: null, part: partOf(m[1]) },
      };
    },
  },
  // Weekdays in reports: "on Thursday", "Thursday's", "last Friday"
  {
    re: /\b(?:(last|next|this)\s+|on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['’]s)?\b/g,
    make: (m) => {
      const weekday = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
      // "are due to meet on Thursday", "will sign on Friday": a weekday in a plan is the next one, not the last.
      const which = m[1]?.toLowerCase();
      const planned = which !== 'last' && FUTURE_BEFORE_RE.test(m.input.slice(Math.max(0, m.index - 100), m.index));
      if (which !== 'next' && planned) return { expr: { kind: 'weekday', weekday, direction: 1, sameDay: true } };
      // ("last Thursday" written on a Thursday is a week before; "on Thursday" that day is the day itself.)
      return { expr: { kind: 'weekday', weekday, direction: which === 'next' ? 1 : -1, ...(which === 'last' ? { lastWeek: true } : {}) } };
    },
  },
  // Bare years: "in 2024", "since 2018", "by 2027"
  {
    re: /\b(?:in|since|by|during|until|through|of)\s+((?:19|20)\d{2})\b(?!\s*[-–/]\d)/gi,
    make: (m) => ({ expr: { kind: 'year', year: Number(m[1]) } }),
  },
];

/**
 * chrono-node restricted to the parsers for written dates ("June 25", "9-10 June", "2025-06-27", "Jun. 27,
 * 2025"): relative expressions are ours, and the full casual parser set is several times slower.
 */
const ABSOLUTE_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
]);
const absoluteChrono: chrono.Chrono = (() => {
  const config = (
    chrono.configuration as unknown as {
      createCasualConfiguration(littleEndian: boolean): { parsers: chrono.Parser[]; refiners: chrono.Refiner[] };
    }
  ).createCasualConfiguration(false);
  const parsers = config.parsers.filter((p) => ABSOLUTE_PARSERS.has(p.constructor.name));
  // If a chrono release renames its parsers, fall back to the full casual parser rather than parse nothing.
  return parsers.length >= 4 ? new chrono.Chrono({ parsers, refiners: config.refiners }) : chrono.casual;
})();

const mentionCache = new Map<string, DateMention[]>();

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every date expression in `text`, in order, unresolved (cached: sentences are read many times). */
export function findDateMentions(text: string): DateMention[] {
  let cached = mentionCache.get(text);
  if (!cached) {
    cached = scanDateMentions(text);
    if (mentionCache.size > 50_000) mentionCache.clear();
    mentionCache.set(text, cached);
  }
  return cached;
}

function scanDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const made = rule.make(m);
      if (!made) continue;
      const lead = m[0].length - m[0].trimStart().length;
      const mention: DateMention = {
        start: m.index + lead,
        end: m.index + m[0].trimEnd().length,
        text: m[0].trim(),
        expr: made.expr,
        relative: made.expr.kind !== 'absolute' && made.expr.kind !== 'year',
        anchored: made.anchored ?? false,
        ...(made.forward ? { forward: true } : {}),
        ...(made.prepositional ? { prepositional: true } : {}),
      };
      if (!found.some((f) => overlaps(f, mention))) found.push(mention);
    }
  }
  // chrono for absolute dates (only when a month name or numeric date is there: chrono is the slow part);
  // a fixed reference so that nothing depends on today's date.
  const ref = new Date(Date.UTC(2000, 0, 1, 12));
  const hasDate =
    /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)|\d{4}[-./]\d{1,2}/.test(
      text,
    );
  for (const r of hasDate ? absoluteChrono.parse(text, ref) : []) {
    const s = r.start;
    if (!s.isCertain('month')) continue;
    // A month name must be written: chrono also reads "now" or times of day as dates.
    if (!new RegExp(`\\b${MONTH_RE_SRC}`, 'i').test(r.text) && !/\d{4}[-./]\d{1,2}/.test(r.text)) continue;
    const mention: DateMention = {
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      expr: {
        kind: 'absolute',
        year: s.isCertain('year') ? (s.get('year') as number) : null,
        month: s.get('month') as number,
        day: s.isCertain('day') ? (s.get('day') as number) : null,
        endDay: r.end?.isCertain('day') && r.end.get('month') === s.get('month') ? (r.end.get('day') as number) : null,
      },
      relative: false,
      anchored: false,
    };
    // "June 9 and 10", "June 9 to 11", "June 9–10" (an en dash, which chrono does not read as a range; an em dash
    // only when closed up, since a spaced one sets off a clause): a span of days chrono reads as its first day only.
    if (mention.expr.kind === 'absolute' && mention.expr.day != null && mention.expr.endDay == null) {
      const span =
        /^(?:\s*(?:and|&|to|through|thru)\s+|\s?–\s?|—)(\d{1,2})(?:st|nd|rd|th)?(?![\w%])(?!\s+(?:percent|per|tonnes?|tons?|barrels?|people|days|weeks|months|years|of)\b)/i.exec(
          text.slice(mention.end),
        );
      const last = span ? Number(span[1]) : 0;
      if (span && last > mention.expr.day && last - mention.expr.day <= 7) {
        mention.expr.endDay = last;
        mention.end += span[0].length;
        mention.text = text.slice(mention.start, mention.end);
      }
    }
    // "May" the modal verb: chrono only reads it as a month when capitalised or preceded by a preposition.
    if (/^may$/i.test(r.text) && !/^May$/.test(r.text)) continue;
    if (!found.some((f) => overlaps(f, mention))) found.push(mention);
  }
  found.sort((a, b) => a.start - b.start);
  yearWords(text, found);
  // A weekday written with its date ("on Monday June 9", "Wednesday (Oct. 30)", "Thursday, June 26") is that date, not
  // a weekday counted from the day of writing; and a relative date glossed by a written one ("signed "yesterday," that
  // is, on Wednesday, June 25") is the written one.
  const glossed = (m: DateMention, i: number): boolean => {
    const next = found.slice(i + 1).find((f) => f.expr.kind === 'absolute' && f.expr.day != null);
    if (!next) return false;
    const gap = text.slice(m.end, next.start);
    if (m.expr.kind === 'weekday') return /^[\s,(]{0,3}$/.test(gap);
    return /^["'”’]?\s*,?\s*["'”’]?\s*(?:that is|i\.e\.|namely|meaning)\s*,?\s*(?:on\s+)?(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day\s*,?\s*\(?\s*)?$/i.test(
      gap,
    );
  };
  return found.filter((m, i) => !m.relative || !glossed(m, i));
}

/**
 * A month without its year but with the year in words: "in April next year", "April of last year" (the year counted
 * from the reference date's; the "next year" beside it is no mention of its own), "next April", "last March" (the
 * first such month after the reference date, the last one before it). Changes `found` in place.
 */
function yearWords(text: string, found: DateMention[]): void {
  for (let i = 0; i < found.length; i++) {
    const m = found[i] as DateMention;
    if (m.expr.kind !== 'absolute' || m.expr.year != null) continue;
    const after = /^,?\s+(?:of\s+)?(next|last|this)\s+year\b/i.exec(text.slice(m.end));
    const before = /\b(next|last|this)\s+$/i.exec(text.slice(Math.max(0, m.start - 6), m.start));
    const which = (after?.[1] ?? before?.[1])?.toLowerCase();
    if (!which) continue;
    if (after) m.expr.yearOffset = which === 'next' ? 1 : which === 'last' ? -1 : 0;
    else if (which === 'this') m.expr.yearOffset = 0;
    else m.expr.direction = which === 'next' ? 1 : -1;
    if (after) {
      const end = m.end + after[0].length;
      const merged = found.findIndex((f) => f !== m && f.start >= m.end && f.start < end);
      if (merged >= 0) found.splice(merged, 1);
      m.end = end;
    } else if (before) {
      m.start -= before[0].length;
    }
    m.text = text.slice(m.start, m.end);
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(ref: Ymd, days: number): Ymd {
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * Resolves an expression against a reference date. Returns null when it cannot be resolved honestly
 * (a relative expression with no reference).
 */
/**
 * The year that puts a month and day nearest the reference date, as a reader takes "October 30" in a February
 * article (last October) or "January 5" in a late-December one (next January); a date up to about five months after
 * the reference keeps its year ("September 9" in a June article is that September, even when described as past).
 */
function nearestYear(ref: Ymd, month: number, day: number): number {
  // News reports mostly what has happened: a day as far ahead as behind ("May 10" in a November timeline) is the
  // one behind; a future day must be clearly nearer (a third) to win.
  const at = (y: number) => {
    const gap = Date.UTC(y, month - 1, day) - Date.UTC(ref.year, ref.month - 1, ref.day);
    return gap > 0 ? gap * 1.5 : -gap;
  };
  let best = ref.year;
  for (const y of [ref.year - 1, ref.year + 1]) if (at(y) < at(best)) best = y;
  return best;
}

export function resolveDate(expr: DateExpr, ref: Ymd | null): DateValue | null {
  switch (expr.kind) {
    case 'absolute': {
      if (expr.year != null) {
        return {
          year: expr.year,
          month: expr.month,
          day: expr.day,
          endDay: expr.endDay ?? null,
          precision: expr.day ? 'day' : 'month',
          part: expr.part ?? null,
        };
      }
      if (expr.yearOffset != null || expr.direction != null) {
        if (!ref) return null;
        const year =
          expr.direction == null
            ? ref.year + (expr.yearOffset ?? 0)
            : expr.direction < 0
              ? ref.year - (expr.month >= ref.month ? 1 : 0)
              : ref.year + (expr.month <= ref.month ? 1 : 0);
        return {
          year,
          month: expr.month,
          day: expr.day,
          endDay: expr.endDay ?? null,
          precision: expr.day ? 'day' : 'month',
          part: expr.part ?? null,
        };
      }
      return {
        year: ref ? nearestYear(ref, expr.month, expr.day ?? 15) : null,
        month: expr.month,
        day: expr.day,
        endDay: expr.endDay ?? null,
        precision: expr.day ? 'day' : 'month',
        part: expr.part ?? null,
        yearImplied: ref != null,
      };
    }
    case 'year':
      return { year: expr.year, month: null, day: null, precision: 'year' };
    case 'offsetDays': {
      if (!ref) return null;
      const d = addDays(ref, expr.days);
      return { ...d, precision: 'day' };
    }
    case 'weekday': {
      if (!ref) return null;
      const refDow = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
      let delta = expr.weekday - refDow;
      if (expr.direction < 0 && (delta > 0 || (delta === 0 && expr.lastWeek))) delta -= 7;
      if (expr.direction > 0 && (delta < 0 || (delta === 0 && !expr.sameDay))) delta += 7;
      return { ...addDays(ref, delta), precision: 'day' };
    }
    case 'dayOfMonth': {
      if (!ref) return null;
      // "on the 26th" in a report means the most recent 26th on or before the reference date.
      let { year, month } = ref;
      if (expr.day > ref.day) {
        month -= 1;
        if (month === 0) {
          month = 12;
          year -= 1;
        }
      }
      if (expr.day > daysInMonth(year, month)) return null;
      return { year, month, day: expr.day, precision: 'day' };
    }
    case 'relativeMonth': {
      if (!ref) return null;
      let month = ref.month + expr.offset;
      let year = ref.year;
      while (month < 1) {
        month += 12;
        year -= 1;
      }
      while (month > 12) {
        month -= 12;
        year += 1;
      }
      return { year, month, day: null, precision: 'month', part: expr.part ?? null };
    }
    case 'relativeYear':
      return ref ? { year: ref.year + expr.offset, month: null, day: null, precision: 'year' } : null;
  }
}

/** Parses an ISO `YYYY-MM-DD` into a reference date. */
export function parseYmd(iso: string | null | undefined): Ymd | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Converts a resolved day-precision value back to a reference. */
export function toYmd(v: DateValue | null): Ymd | null {
  if (!v || v.year == null || v.month == null || v.day == null) return null;
  return { year: v.year, month: v.month, day: v.day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO form at the value's precision: `2025-06-25`, `2025-06`, `2025`, or `--06-25` when the year is unknown. */
export function isoOf(v: DateValue): string {
  const y = v.year == null ? '-' : String(v.year);
  if (v.precision === 'year') return y;
  if (v.precision === 'month') return `${y}-${pad(v.month as number)}`;
  return `${y}-${pad(v.month as number)}-${pad(v.day as number)}`;
}

/** Human form: "25 June 2025", "9–10 September 2025", "mid-May 2025", "June (year not given)". */
export function displayOf(v: DateValue): string {
  const year = v.year == null ? '' : ` ${v.year}`;
  if (v.precision === 'year') return String(v.year);
  const month = MONTH_NAMES[(v.month as number) - 1];
  if (v.precision === 'month') {
    const part = v.part ? `${v.part === 'mid' ? 'mid-' : `${v.part} `}` : '';
    return `${part}${month}${year}`.trim();
  }
  const days = v.endDay && v.endDay !== v.day ? `${v.day}–${v.endDay}` : String(v.day);
  return `${days} ${month}${year}`;
}

/**
 * Are two values compatible at their common precision? June and June 9 are; 24 and 25 June are not;
 * an unknown year matches any year. A range matches any day inside it.
 */
export function compatible(a: DateValue, b: DateValue): boolean {
  if (a.year != null && b.year != null && a.year !== b.year) return false;
  if (a.precision === 'year' || b.precision === 'year') return true;
  if (a.month !== b.month) return false;
  if (a.precision === 'month' || b.precision === 'month') return true;
  // Two spans each give the whole event ("June 9 and 10" vs "June 10 and 11"): only the same span agrees.
  if (a.endDay != null && b.endDay != null) return a.day === b.day && a.endDay === b.endDay;
  const aEnd = a.endDay ?? a.day;
  const bEnd = b.endDay ?? b.day;
  return (a.day as number) <= (bEnd as number) && (b.day as number) <= (aEnd as number);
}

/**
 * Order for grouping dates into compatible buckets: most precise first, and among days, spans first. A span gives
 * the whole event ("June 9–10" against "June 9 to June 11"), so spans that differ make buckets of their own; a single
 * day inside one ("starting June 9") then joins it, and "June" joins the day.
 */
export function byGroupingOrder(a: DateValue, b: DateValue): number {
  const order = { day: 0, month: 1, year: 2 } as const;
  return order[a.precision] - order[b.precision] || Number(b.endDay != null) - Number(a.endDay != null);
}

/** Sort key: unknown parts sort first within their bracket. */
export function sortKey(v: DateValue): string {
  const y = v.year == null ? '9999' : String(v.year);
  return `${y}-${pad(v.month ?? 0)}-${pad(v.day ?? (v.part === 'mid' ? 15 : v.part === 'late' ? 25 : 0))}`;
}

/** ISO `YYYY-MM-DD` of a date string such as "2025-06-27", "Jun 27, 2025" or "Friday, Jun 27, 2025 2:14 pm ET". */
export function normalizeDateString(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  // Dates written with dots are day first wherever they are written so ("05.06.2025" in a Turkish or German page
  // header is 5 June; chrono's English parser reads it the American way, as May 6).
  const dotted = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])/.exec(text);
  if (dotted) {
    const [day, month] = [Number(dotted[1]), Number(dotted[2])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${dotted[3]}-${pad(month)}-${pad(day)}`;
  }
  const r = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1, 12)))[0];
  if (!r?.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  // A year must be written: chrono counts a relative day as certain ("20 days after Madrid" is no date of its own).
  if (!/\d{4}|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/.test(r.text)) return null;
  return `${r.start.get('year')}-${pad(r.start.get('month') as number)}-${pad(r.start.get('day') as number)}`;
}

/** A month's name as chat and pages write it, whole or shortened ("jan", "sept", "june"; a dot after it is not part of it). */
export const MONTH_WORD =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** The months of a span the question names ("from may thru october", "Jun–Sep"), first to last, or null. */
export function monthSpan(text: string): string[] | null {
  const name = `(${MONTH_WORD})\\.?`;
  const m = new RegExp(`\\b${name}\\s*(?:-|–|—|to|through|thru|till|until|and)\\s*${name}(?![a-z])`, 'i').exec(text);
  if (!m || (m[0].includes(' and ') && !/\bbetween\s*$/i.test(text.slice(0, m.index)))) return null;
  const at = (abbr: string) => MONTH_NAMES.findIndex((x) => x.toLowerCase().startsWith(abbr.toLowerCase()));
  const from = at(m[1] as string);
  const to = at(m[2] as string);
  if (from < 0 || to <= from) return null;
  return MONTH_NAMES.slice(from, to + 1);
}

/** A span of months counted from the start or the end of a year ("the first two months", "Q3", "the first half"). */
const MONTH_SPAN_RE =
  /\b(?:(first|last|final)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q([1-4])|(first|second)\s+half|H([12]))\b/i;
/** A quarter's ordinal in words. */
const SPAN_ORDINALS = ['first', 'second', 'third', 'fourth'];

/**
 * The months (1–12) a span of a year holds, as figures are reported for it ("the first two months of 2026": January and
 * February; "Q3": July to September; "January-February" as `monthSpan` reads it), or [] when the text names none.
 */
export function spanMonths(text: string): number[] {
  const m = MONTH_SPAN_RE.exec(text);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  if (m?.[1]) {
    const n = NUMBER_WORD_VALUES[(m[2] as string).toLowerCase()] ?? Number(m[2]);
    return /^first$/i.test(m[1]) ? range(1, n) : range(13 - n, 12);
  }
  if (m?.[3] || m?.[4]) {
    // ("1st" by its figure, "first" by its place.)
    const quarter = m[4] ? Number(m[4]) : Number.parseInt(m[3] as string, 10) || SPAN_ORDINALS.indexOf((m[3] as string).toLowerCase()) + 1;
    return range(quarter * 3 - 2, quarter * 3);
  }
  if (m?.[5] || m?.[6]) {
    const half = m[6] ? Number(m[6]) : /^first$/i.test(m[5] as string) ? 1 : 2;
    return range(half * 6 - 5, half * 6);
  }
  return (monthSpan(text) ?? []).map((name) => MONTH_NAMES.indexOf(name) + 1);
}
