import type { Claim } from '../../corpus/claims.js';
import type { Corpus } from '../../corpus/corpus.js';
import { WEEKDAY_NAMES } from '../../corpus/dates.js';
import type { ScoredSentence } from '../extractive.js';
import { humanDate, sourceNames } from '../sources.js';
import type { Disagreement, Position } from '../types.js';
import { calendarSlips, weekdayOf } from './calendar.js';
import { citeSentence } from './env.js';

/**
 * "What day of the week was busan? plataforma says wednesday": the day the sources date the event to, its weekday by
 * the calendar (which no source can get wrong), and the weekdays the pages write for that day, each quoted: where one
 * writes another weekday ("on Wednesday (Oct. 30)") and another the calendar's ("met … on Thursday"), that is a
 * disagreement, stated with the calendar's verdict.
 */
export interface WeekdayAnswer {
  line: string;
  disagreement: Disagreement | null;
  /** The sentences that write a weekday for the day, the calendar's first. */
  sentences: number[];
}

/** A question for the day of the week ("which weekday", "what day of the week"). */
export const WEEKDAY_ASKED_RE = /\b(?:week\s?day|day of (?:the )?week)\b/i;
/** A weekday as articles and chat write it ("Thursday", "Thu.", "weds"; not "months"). */
export const WRITTEN_WEEKDAY_RE = /\b(Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|sday|urday)?\b\.?/i;
/** The leading sentences whose dates say which day the question is about, and how much of it they must hold. */
const DATING_SENTENCES = 12;
const DATING_COVERAGE = 0.34;

/**
 * The weekday answer, from the dates the best sentences' claims give (the day most of their pages give) and every
 * claim of that day that writes a weekday (`asWritten`), with the weekdays written beside the day's date
 * (`calendarSlips`). Null when no best sentence dates a day.
 */
export function weekdayAnswer(
  corpus: Corpus,
  claims: readonly Claim[],
  claimsOfSentence: (id: number) => readonly Claim[] | undefined,
  scored: readonly ScoredSentence[],
): WeekdayAnswer | null {
  const pagesOf = new Map<string, Set<string>>();
  const firstAt = new Map<string, number>();
  scored.slice(0, DATING_SENTENCES).forEach((s, i) => {
    if (s.coverage < DATING_COVERAGE) return;
    for (const c of claimsOfSentence(s.sentence.id) ?? []) {
      // (A day written out, "October 30": not one read from a weekday, "on Wednesday", which may be the slip asked about.)
      if (c.attribute !== 'date' || !/^\d{4}-\d{2}-\d{2}$/.test(c.value) || !/\d/.test(c.asWritten)) continue;
      pagesOf.set(c.value, (pagesOf.get(c.value) ?? new Set()).add(c.source));
      if (!firstAt.has(c.value)) firstAt.set(c.value, i);
    }
  });
  const day = [...pagesOf.keys()].sort(
    (a, b) => (pagesOf.get(b)?.size ?? 0) - (pagesOf.get(a)?.size ?? 0) || (firstAt.get(a) ?? 0) - (firstAt.get(b) ?? 0),
  )[0];
  if (!day) return null;
  const actual = WEEKDAY_NAMES[new Date(`${day}T00:00:00Z`).getUTCDay()] as string;
  // The weekdays the pages write for the day: a claim of it written as a weekday ("on Thursday"), or a weekday beside
  // its date that the calendar does not give it ("Wednesday (Oct. 30)").
  const written = new Map<string, number[]>();
  const add = (weekday: string, sentence: number) => {
    const list = written.get(weekday) ?? [];
    if (!list.includes(sentence)) written.set(weekday, [...list, sentence]);
  };
  for (const c of claims) {
    if (c.attribute !== 'date' || c.value !== day) continue;
    const w = WRITTEN_WEEKDAY_RE.exec(c.asWritten)?.[1];
    const name = w ? weekdayOf(w) : null;
    if (name) add(name, c.sentenceId);
  }
  for (const slip of calendarSlips(corpus)) if (slip.date === day) add(slip.written, slip.sentence);
  const date = humanDate(day) ?? day;
  const pages = [...(pagesOf.get(day) ?? [])];
  const line = `${actual}: ${date} was a ${actual} by the calendar (the day ${sourceNames(corpus, pages)} ${pages.length === 1 ? 'gives' : 'give'}).`;
  const others = [...written.keys()].filter((w) => w !== actual);
  const ordered = [actual, ...others].filter((w) => written.has(w));
  const sentences = ordered.flatMap((w) => (written.get(w) ?? []).slice(0, 2));
  if (others.length === 0 || !written.has(actual)) {
    // (A weekday no page writes as the calendar's is no dispute between pages: the slip is said, and quoted.)
    const slipped = others.map((w) => {
      const writing = pagesWriting(corpus, written.get(w) ?? []);
      return `${sourceNames(corpus, writing)} ${writing.length === 1 ? 'writes' : 'write'} ${w}`;
    });
    return { line: slipped.length > 0 ? `${line} ${slipped.join('; ')} for it.` : line, disagreement: null, sentences };
  }
  const positions: Position[] = ordered.map((w) => {
    const ids = written.get(w) ?? [];
    const quote = citeSentence(corpus, ids[0] as number);
    return {
      claim: w.toLowerCase(),
      summary: w,
      sources: pagesWriting(corpus, ids),
      quote: quote.quote,
      start: quote.start,
      end: quote.end,
    };
  });
  const sides = ordered.map((w) => `${w}: ${sourceNames(corpus, pagesWriting(corpus, written.get(w) ?? []))}`).join('. ');
  const explanation = `The sources disagree on the weekday of ${date}. ${sides}. The calendar makes ${date} a ${actual}.`;
  return {
    line,
    disagreement: { topic: `the weekday of ${date}`, difficulty: 'normal', kind: 'date', positions, explanation },
    sentences,
  };
}

/** The pages of some sentences, each once. */
function pagesWriting(corpus: Corpus, ids: readonly number[]): string[] {
  return [...new Set(ids.map((id) => corpus.sentences[id]?.source ?? ''))];
}
