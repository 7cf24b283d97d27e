import type { Corpus } from '../../corpus/corpus.js';
import { monthOfWord, WEEKDAY_NAMES } from '../../corpus/dates.js';
import type { Article } from '../../corpus/types.js';
import { humanDate, sourceLabel } from '../sources.js';
import type { Citation } from '../types.js';
import { type AnswerEnv, type Built, citeSentence, passageOf } from './env.js';

/**
 * A day of the week written beside a date that the calendar gives another weekday: "on Wednesday (Oct. 30)" of a
 * meeting on Thursday, 30 October 2025. The calendar is no source that can be wrong: such a slip is an error as
 * published, whatever the other articles say.
 */
export interface CalendarSlip {
  sentence: number;
  source: string;
  /** The weekday as the page writes it ("Wednesday"). */
  written: string;
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** The weekday the calendar gives that date ("Thursday"). */
  actual: string;
}

const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.?`;
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(20\d\d))?`;
/**
 * A weekday and the date it is given (case as written: "Sat" is a day, "sat" a verb): "Wednesday (Oct. 30)", "Thursday,
 * October 30, 2025", "Thu 30 Oct", "on Friday (June 27)", and the date first, "Oct. 30 (Wednesday)".
 */
const WEEKDAY_DATE_RES: readonly { re: RegExp; order: 'wmd' | 'wdm' | 'mdw' }[] = [
  { re: new RegExp(String.raw`\b${WEEKDAY},?\s*\(?\s*${MONTH}\s+${DAY}\b${YEAR}`, 'g'), order: 'wmd' },
  { re: new RegExp(String.raw`\b${WEEKDAY},?\s*\(?\s*${DAY}\s+(?:of\s+)?${MONTH}${YEAR}`, 'g'), order: 'wdm' },
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY}${YEAR}\s*\(\s*${WEEKDAY}\s*\)`, 'g'), order: 'mdw' },
];

/** A weekday just before, joined to the one matched: "Monday and ", "Sat-". */
const LISTED_DAY_RE = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*(?:,|and|&|or|to|through|thru|-|–|\/)\s*$/;

/** Whether text ends inside a quotation: an odd number of straight double quotes, or a “ not closed. */
function insideQuotation(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  return straight % 2 === 1 || text.lastIndexOf('“') > text.lastIndexOf('”');
}

/** A report's own date stands for the year of a date it gives without one, unless that falls this long after it. */
const AHEAD_DAYS = 45;

const cache = new WeakMap<Corpus, CalendarSlip[]>();

/** The weekday a word names ("Weds", "Thu."), as articles write it, or null. */
export function weekdayOf(word: string): string | null {
  const w = word.replace(/\.$/, '').toLowerCase();
  return WEEKDAY_NAMES.find((d) => d.toLowerCase().startsWith(w.slice(0, 3))) ?? null;
}

/** The year of a date a page gives without one: the page's own, or the one before when that would be far ahead of it. */
function yearOf(article: Article, month: number, day: number): number | null {
  const published = article.meta.published;
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const year = Number(published.slice(0, 4));
  const at = Date.UTC(year, month - 1, day);
  return at - Date.parse(`${published.slice(0, 10)}T00:00:00Z`) > AHEAD_DAYS * 86_400_000 ? year - 1 : year;
}

/** Every weekday of the folder written beside a date the calendar gives another weekday, in folder order. */
export function calendarSlips(corpus: Corpus): CalendarSlip[] {
  let slips = cache.get(corpus);
  if (slips) return slips;
  slips = [];
  for (const s of corpus.sentences) {
    // (Most sentences name no weekday: one cheap test first.)
    if (!/(?:day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/.test(s.text)) continue;
    const article = corpus.byId.get(s.source);
    if (!article) continue;
    for (const { re, order } of WEEKDAY_DATE_RES) {
      for (const m of s.text.matchAll(re)) {
        const before = s.text.slice(0, m.index);
        // (Not the last of a run of days given a run of dates, "on Monday and Tuesday, June 9 and 10"; nor a slip
        // quoted from another page, "Plataforma says "Wednesday (Oct. 30)"": whose it is, that page says.)
        // (Nor a name that is a day's short form, "The Sun (June 5)".)
        if (LISTED_DAY_RE.test(before) || insideQuotation(before) || /\bthe\s+$/i.test(before)) continue;
        const [w, a, b, y] = order === 'mdw' ? [m[4], m[1], m[2], m[3]] : [m[1], m[2], m[3], m[4]];
        const [monthWord, dayText] = order === 'wdm' ? [b, a] : [a, b];
        const written = weekdayOf(w as string);
        const month = monthOfWord(monthWord as string);
        const day = Number(dayText);
        if (!written || month === null || !(day >= 1 && day <= 31)) continue;
        const year = y ? Number(y) : yearOf(article, month, day);
        if (year === null) continue;
        const at = new Date(Date.UTC(year, month - 1, day));
        // (Not a day the month does not have, "June 31": a typo of another kind.)
        if (at.getUTCDate() !== day) continue;
        const actual = WEEKDAY_NAMES[at.getUTCDay()] as string;
        if (actual !== written) slips.push({ sentence: s.id, source: s.source, written, date: at.toISOString().slice(0, 10), actual });
      }
    }
  }
  cache.set(corpus, slips);
  return slips;
}

/** "writes Wednesday for 30 October 2025, a Thursday" */
export function slipText(slip: CalendarSlip): string {
  return `writes ${slip.written} for ${humanDate(slip.date) ?? slip.date}, a ${slip.actual}`;
}

/**
 * "Which outlet got the weekday of the meeting wrong?": the pages that write a weekday the calendar does not give the
 * date beside it, each quoted, with the weekday the calendar gives.
 */
export function answerCalendarSlips(env: AnswerEnv): Built {
  const slips = calendarSlips(env.corpus);
  const n = env.corpus.articles.length;
  if (slips.length === 0) {
    const text = `None of the ${n} articles writes a day of the week that the calendar does not give the date beside it.`;
    return { answer: text, summary: text, abstained: false, citations: [], disagreements: [], retrieved: [] };
  }
  const pages = new Set(slips.map((s) => s.source));
  const head = `${pages.size} of the ${n} articles ${pages.size === 1 ? 'writes' : 'write'} a day of the week that the calendar does not give the date beside it:`;
  const citations: Citation[] = [];
  const lines = slips.map((slip) => {
    const c = citeSentence(env.corpus, slip.sentence);
    citations.push(c);
    const article = env.corpus.byId.get(slip.source) as Article;
    return `• ${sourceLabel(article)}: “${c.quote.replace(/\s+/g, ' ').trim()}” — it ${slipText(slip)}.`;
  });
  const note = '(dealbot checks each weekday written beside a date against the calendar; one with no date beside it is not checked.)';
  return {
    answer: [head, ...lines, note].join('\n'),
    summary: [head, ...lines].join('\n'),
    abstained: false,
    citations,
    disagreements: [],
    retrieved: slips.flatMap((s) => {
      const p = passageOf(env.corpus, s.sentence, 1);
      return p ? [p] : [];
    }),
  };
}
