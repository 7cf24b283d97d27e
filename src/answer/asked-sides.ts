import type { Corpus } from '../corpus/corpus.js';
import {
  findDateMentions,
  isoOf,
  isWeekdayWord,
  MONTH_NAMES,
  MONTH_WORD,
  monthOfWord,
  parseYmd,
  resolveDate,
  WEEKDAY_NAMES,
} from '../corpus/dates.js';
import { isEnglishWord } from '../text/dictionary.js';
import { findParties, questionPlaces } from '../text/entities.js';
import { goodsOf } from '../text/goods.js';
import { escapeRegExp, normalizeInformal } from '../text/lexicon.js';
import { NUMBER_WORD_VALUES, ORDINAL_WORDS } from '../text/numbers.js';
import { STOPWORDS, tokenize } from '../text/tokenize.js';
import { END_ASKED_RE, END_MARKER_RE, MIN_COVERAGE, type ScoredSentence } from './extractive.js';
import { WEEKDAY_ASKED_RE } from './kinds/weekday.js';
import type { Disagreement, Position } from './types.js';

/**
 * The sides a question offers ("halvorsen surcharge — 12 or 15%?", "was that on bloomberg or cnbc?", "WH or
 * bangkok?"): when the asker names two values and the articles state each one, in sentences about what is asked
 * and in different articles, that is a disagreement between them, each side quoted. Nothing here knows a value: the
 * sides are the question's, and each is only a side where an article states it.
 */

/** "X or Y?" at a question's end, each side one or two words (a figure with its unit, a name; "100/kg"). */
// (A date side may take its year: "nov 10 2026 or nov 27 2026?".)
const SIDES_RE =
  /(?:^|[\s(—–-])([\p{L}\p{N}$][\p{L}\p{N}.,%$’'-]*(?:\s[\p{L}\p{N}.,%$’'-]+)?(?:,?\s(?:19|20)\d\d)?)\s+or\s+([\p{L}\p{N}$][\p{L}\p{N}.,%$’'-]*(?:\s[\p{L}\p{N}.,%$’'-]+)?(?:,?\s(?:19|20)\d\d)?(?:\/[a-z]{1,3})?)\s*\?/giu;
/**
 * "X says A, Y says B": what each account is said to say, a word or two after "says" ("feld column says may, the bot
 * article says april??", "one Q&A says 28, that digest says 29"), or the asker's own ("one wire says lutnick, i thought
 * it was bessent"); a day with its month ("my notes say 3 jul"). Group 1 the value. (Not "has": "china has 90% and
 * the us 10%" offers no sides.)
 */
const SAYS_RE =
  /\b(?:says?|said|puts? it (?:at|in|on)|reports?|claims?|thought|heard|was told)\s+(?:it(?:'s| is| was)\s+)?(?:the\s+)?([\p{L}\p{N}$][\p{L}\p{N}.,%$’'-]*(?:\s\d[\p{N}%]*|(?<=\d)\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![\p{L}]))?)/giu;
/** The coverage a sentence stating a side offered needs to join a dispute found in the articles (`withOfferedSide`). */
const EXTENDING_SIDE_COVERAGE = 0.2;
/** Words for a figure of none ("the hedge letter says zero"). */
const ZERO_WORDS = new Set(['zero', 'nil']);
/** A figure an account gives: "trump says 57", "cnbc had ~40", "reuters puts it at 46t". Group 1 the figure. */
const ACCOUNT_FIGURE_RE =
  /\b\p{L}[\p{L}&.'’-]*\s+(?:says?|said|has|had|has it at|had it at|puts? it at|reports?|reported|cites?|cited|quotes?|quoted)\s+(?:it\s+at\s+)?(?:about\s+|around\s+|roughly\s+|~\s?)?([$]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:%|percent|t|tonnes?|tons?|bn|b|billion|m|million)\b|%)?)(?![\d.,]*\s*(?:[-/]|days?|weeks?|months?|years?|am|pm)\b)/giu;
/**
 * A second account's figure with its verb left out, after a first's: "telegraph has 5,774 and asia city 5,773",
 * "reuters says 6150, bloomberg 6958". Group 1 the account's words, group 2 the figure. (Read from where the first
 * account's figure ends.)
 */
const GAPPED_ACCOUNT_RE =
  /^\s*(?:,|;)?\s*(?:and|but|while|whereas|vs\.?|versus)?\s*(?:the\s+)?((?:[\p{L}&.'’-]+\s+){1,3}?)(?:about\s+|around\s+|roughly\s+|~\s?)?([$]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:%|percent|t|tonnes?|tons?|bn|b|billion|m|million)\b|%)?)(?![\d.,]*\s*(?:[-/]|days?|weeks?|months?|years?|am|pm)\b)/iu;
/** What the question asks for is a rate (a percentage, however its figures are typed). */
const RATE_ASKED_RE = /\b(?:tariffs?|rates?|duty|duties|share|percent(?:age)?)\b/i;
/** A word or two set off in quotes or asterisks ("'ethylene'", "*chinese goods*"). */
const QUOTED_SIDE_RE = /(?:^|\s)['‘"“*]([\p{L}\p{N}$][\p{L}\p{N}.,%$-]*(?:\s[\p{L}\p{N}.,%$-]+)?)['’"”*](?=[\s,.;:!?]|$)/u;
/** "was it X or Y …", "is it X or Y …": a choice of two single words, whatever follows it. */
const CHOICE_FIRST_RE =
  /\b(?:was|is|were|are)\s+it\s+([\p{L}\p{N}$][\p{L}\p{N}.,%$’'-]*)\s+or\s+([\p{L}\p{N}$][\p{L}\p{N}.,%$’'-]*)(?=[\s?!.,]|$)/iu;
/** "…or was it ethane?", "or is it the 47%?": a value offered against the one an account is said to give (group 1). */
const OR_WAS_IT_RE =
  /\bor\s+(?:was|is|were|are)\s+(?:it|that|they)\s+(?:actually\s+|really\s+)?(?:the\s+)?([\p{L}\p{N}$][\p{L}\p{N}.,%$’'-]*)\s*\?+\s*$/iu;
/** Two sides that are each a move and the level it reached ("+12.5% to 9.26 or +11.8% to 9.20?"): the moves. */
const MOVE_PAIR_RE =
  /(?:^|[\s(:—–-])[+-]?(\$?\d[\d,]*(?:\.\d+)?\s?(?:%|percent))\s+(?:to|at)\s+(?:[a-z]{0,3}\$)?\d[\d,]*(?:\.\d+)?\s+or\s+[+-]?(\$?\d[\d,]*(?:\.\d+)?\s?(?:%|percent))\s+(?:to|at)\s+(?:[a-z]{0,3}\$)?\d[\d,]*(?:\.\d+)?\s*\?/i;
/**
 * Two days of one month written once, anywhere in the question: "the 7th or the 9th of nov", "7 or 9 november", "nov
 * 7 or 9", "june 24th or the 25th", "may 11 or 12?". Groups: days then month (1–3), or month then days (4–6). (Not "may"
 * right after the days: a verb too, "12 may be"; before them, or after "of", "the 11th or the 12th of may", it is the
 * month.)
 */
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const DAY_PAIR_RE = new RegExp(
  String.raw`\b(?:the\s+)?${DAY}\s+or\s+(?:the\s+)?${DAY}(?:\s+of\s+|\s+(?!may\b))(${MONTH_WORD})\.?(?![a-z])|\b(${MONTH_WORD})\.?\s+${DAY}\s+or\s+(?:the\s+)?${DAY}(?![\d.,]*\s*(?:%|percent|t|tons?|tonnes?|days?|weeks?|months?|years?|pm|am|[a-z]+\s+(?:19|20)\d\d)\b)(?![\d.,:])`,
  'i',
);
/** Two figures the asker has from two places: "i have 1,238 in one deck and 2,117 in another", "…in the other". */
const ONE_AND_ANOTHER_RE =
  /\b([$]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|t|tons?|tonnes?|bn|b|billion|m|million))?)\s+in\s+one\b[^,;?!]{0,40}?\band\s+([$]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|t|tons?|tonnes?|bn|b|billion|m|million))?)\s+in\s+(?:another|the other)\b/i;
/**
 * Two figures the asker has seen, joined: "seen 70 and 80", "i've got 45 and 47", "heard 3 or 4". (A figure of a
 * date is no such side: a month's name after it is not allowed.) What may follow them: the end of a clause, a word
 * placing them, or chat that goes on to ask ("seeing 3188 and 3808 lol which is it").
 */
const SEEN_PAIR_RE =
  /\b(?:seen|seeing|heard|hearing|got|getting)\s+(?:both\s+)?([$]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|t|tons?|tonnes?|bn|b|billion|m|million)\b)?)\s+(?:and|&|vs\.?|or|\/)\s+([$]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|t|tons?|tonnes?|bn|b|billion|m|million)\b)?)(?=\s*(?:[?!.,;:—–-]|$|(?:in|from|floating|around|across|quoted|cited|lol|lmao|haha|tbh|idk|tho|though|which|what|but|so|pls|plz)\b))/i;
/** A question for a share ("how much of china's … market do they have"): its figures are percentages however typed. */
const SHARE_ASKED_RE = /\bhow much of\b|\bshare\b|\bper ?cent(?:age)?\b/i;
/** Second sides that are no value: "…or not?", "or nah", "or something?" */
const NOT_A_SIDE_RE =
  /^(?:not|nah|no|nope|what|something|so|anything|else|otherwise|both|neither|either|none|more|less|later|earlier|sooner)$/i;
/** Words of the asker's emphasis or doubt, which name nothing a side's sentence must hold. */
const EMPHASIS = new Set(['actually', 'really', 'exactly', 'truly', 'even', 'correct', 'right', 'true', 'anyway']);
/** The coverage of the question a sentence naming a good offered as a side needs (any other side: MIN_COVERAGE). */
const GOODS_SIDE_COVERAGE = 0.1;
/** …and a sentence giving a count offered of what the question counts ("four magnet makers"). */
const COUNTED_SIDE_COVERAGE = 0.2;
/** …and a sentence giving a figure in the unit of one heard, or asked for where the accounts are said to differ. */
const OTHER_FIGURE_COVERAGE = 0.25;
/** How many of the best sentences are read for a side. */
const SIDE_WINDOW = 32;

export interface Side {
  label: string;
  re: RegExp;
  /** A month offered ("london in june? the tv guy says may"). */
  month?: boolean;
  /** The days of a part of a month offered ("mid dec": 11–20), and that month. */
  days?: [number, number];
  monthNumber?: number;
  /** A bare count met only before the noun the question counts ("seven major announcements"). */
  counted?: boolean;
}

/** Any month's name, as `monthSide` reads one. */
const ANY_MONTH_RE = new RegExp(
  String.raw`\b(?:${MONTH_NAMES.map((m) => String.raw`${m}|${m.slice(0, 3)}\.?(?=\s+\d)`).join('|')})\b`,
  'g',
);
/**
 * The same, without the global flag, for testing: a global expression's `test` starts where its last match ended, so
 * the answer for one question had depended on the one asked before it ("…sign the 90 day extension order, 11th or 12th
 * aug?" was read as a series of rounds after a question whose month ended further on).
 */
const NAMES_A_MONTH_RE = new RegExp(ANY_MONTH_RE.source);

/**
 * A sentence that states a month side plainly: it names no other month ("…to implement their May Geneva understanding"
 * beside "London on 9-10 June" gives no month of London), and it names a place the question names, when it names one
 * ("met in Geneva in May" is no month of the London talks).
 */
function plainMonth(side: Side, places: readonly string[]): (s: ScoredSentence) => boolean {
  return (s) => {
    if (!side.month) return true;
    const months = [...s.sentence.text.matchAll(ANY_MONTH_RE)].map((m) => m[0]);
    if (months.some((m) => !side.re.test(m))) return false;
    const said = s.sentence.text.toLowerCase();
    return places.length === 0 || places.some((p) => said.includes(p));
  };
}

/** A figure as articles write it: "15%" as "15%", "15 percent" or "15 per cent"; "353t" as "353 tonnes". */
function figureSide(value: string, percent: boolean, counted?: string): Side | null {
  // A figure typed as a word: "zero" (met as articles write none, "were zero", "fell to nil"), "four" (as a count).
  const word = value.trim().toLowerCase();
  if (ZERO_WORDS.has(word)) return { label: word, re: /\b(?:zero|nil)\b/i };
  if (NUMBER_WORD_VALUES[word] !== undefined && word !== 'dozen') return figureSide(String(NUMBER_WORD_VALUES[word]), percent, counted);
  // (A price's "per" unit is no part of the figure: "100/kg", "110 per kg" are written "$US100 per kilo", "$110/kg".)
  const bare = value.trim().replace(/\s*(?:\/|per\s+)(?:kg|kilo(?:gram)?s?|lbs?|pounds?|t|tonnes?|tons?|mt|oz|ounces?|barrels?|bbl)$/i, '');
  const m = /^\$?(\d[\d,]*(?:\.\d+)?)\s*(%|percent|t|tonnes?|tons?|bn|b|billion|m|million)?$/i.exec(bare);
  if (!m) return null;
  const digits = (m[1] as string).replace(/,/g, '');
  // A figure typed with decimals is met as articles write it more or less precisely: "12.5%" by "12.52%" (the asker
  // rounds), "9.20" by "9.2" (a trailing zero says nothing), but not "9.20" by "9.26".
  const [whole = '', decimals] = digits.split('.');
  const kept = decimals?.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',?');
  const number =
    decimals === undefined
      ? grouped
      : kept
        ? `${grouped}\\.${kept}${kept.length < decimals.length ? '0*(?!\\d)' : '\\d*'}`
        : `${grouped}(?:\\.0+)?(?!\\d)`;
  const unit = (m[2] ?? (percent ? '%' : '')).toLowerCase();
  const after =
    unit === '%' || unit === 'percent'
      ? String.raw`\s?(?:%|％|percent|per cent)`
      : /^t|^ton/.test(unit)
        ? // (And as pages in other languages write tonnes: "3187トン", "3 188 吨", "353 tấn".)
          String.raw`\s?(?:(?:t|tonnes?|tons?|metric tons?)\b|トン|吨|噸|톤|tấn)`
        : /^(?:bn|b|billion)$/.test(unit)
          ? String.raw`\s?(?:bn|b|billion)\b`
          : /^(?:m|million)$/.test(unit)
            ? String.raw`\s?(?:m|million)\b`
            : '(?![\\d%])';
  // A small count typed bare ("i've seen 2, 6 and 7") is met as articles spell it too ("issued six announcements"), and
  // never by a day of a month ("July 2", "2 July") or a year.
  const spelled =
    decimals === undefined && unit === '' && !/^\$/.test(value.trim())
      ? Object.keys(NUMBER_WORD_VALUES).find((w) => w !== 'dozen' && NUMBER_WORD_VALUES[w] === Number(whole))
      : undefined;
  if (spelled) {
    const months = MONTH_NAMES.map((m) => `${m}|${m.slice(0, 3)}`).join('|');
    const notDay = String.raw`(?<!\b(?:${months})\.?\s+)(?<![\d.,])${number}(?![.,]?\d|\s+(?:${months})\b)`;
    // (Of what the question counts, when it says: "how many announcements … 2, 6 and 7" is met by "issued seven major
    // announcements", not by "seven elements".)
    const of = counted ? String.raw`(?=(?:[\s-]+[a-z]+){0,2}?[\s-]+${escapeRegExp(counted.replace(/(?:es|s)$/i, ''))}[a-z]*\b)` : '';
    return {
      label: value.trim(),
      re: new RegExp(String.raw`(?:${notDay}(?![\d%])|\b${spelled}\b)${of}`, 'i'),
      ...(counted ? { counted: true } : {}),
    };
  }
  // (A whole figure of three digits or more is met by one written with decimals, which the asker left off: "4343" by
  // "4,343.5 tonnes". A smaller one is not: "3" is not "3.5".)
  const fraction = decimals === undefined && whole.length >= 3 ? String.raw`(?:\.\d+)?` : String.raw`(?!\.\d)`;
  return { label: value.trim(), re: new RegExp(String.raw`(?<![\d.,])${number}${fraction}${after}`, 'i') };
}

/**
 * A month side ("may", "sept"): the month's name (or its short form) as articles write it, capitalised ("may" is also
 * a verb).
 */
function monthSide(value: string): Side | null {
  const month = monthOfWord(value.trim());
  if (!month) return null;
  const name = MONTH_NAMES[month - 1] as string;
  const short = name.slice(0, 3);
  return { label: value.trim(), re: new RegExp(String.raw`\b(?:${name}|${short}\.?(?=\s+\d))\b`), month: true };
}

/**
 * A day of the month as a side ("27th or the 28th?", "one Q&A says 28"): the day written next to a month's name ("June
 * 28", "28 June") or as an ordinal ("the 28th"), never a bare number (28 percent, 28 tonnes).
 */
function daySide(value: string, ordinalOnly: boolean): Side | null {
  const m = /^(?:the\s+)?(\d{1,2})(st|nd|rd|th)?$/i.exec(value.trim());
  if (!m || (ordinalOnly && !m[2])) return null;
  const day = Number(m[1]);
  if (day < 1 || day > 31) return null;
  const month = String.raw`(?:${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;
  // (With a leading zero, as logs write it: "05 Nov".)
  const d = `0?${day}(?:st|nd|rd|th)?`;
  return {
    label: value.trim(),
    re: new RegExp(String.raw`\b${month}\s+${d}(?![\d%])|(?<![\d.,])${d}\s+${month}|\bthe\s+${day}(?:st|nd|rd|th)\b`),
  };
}

/**
 * A date as a side ("may 11 or may 12?", "24 june or 25 june"): that month with that day, as articles write it ("May
 * 11", "11 May", "May 11th"; the month capitalised, "may" being a verb too).
 */
function dateSide(value: string): Side | null {
  // (Its year, if written, is not matched: an article may give the day without it.)
  const m = /^(?:([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?)(?:,?\s+(?:19|20)\d\d)?$/i.exec(
    value.trim(),
  );
  if (!m) return null;
  const month = monthOfWord((m[1] ?? m[4]) as string);
  const day = Number(m[2] ?? m[3]);
  if (!month || day < 1 || day > 31) return null;
  const name = MONTH_NAMES[month - 1] as string;
  // (September also as "Sept.", as `daySide` reads it.)
  const written = String.raw`(?:${name}|${name.slice(0, 3)}${name === 'September' ? 't?' : ''}\.?)`;
  // (With a leading zero, as logs write it: "05 Nov".)
  const d = `0?${day}(?:st|nd|rd|th)?`;
  return { label: value.trim(), re: new RegExp(String.raw`\b${written}\s+${d}(?![\d%])|(?<![\d.,])${d}\s+${written}\b`) };
}

/**
 * A part of a month as a side ("dec 2 or mid dec?", "early june or late june"): the days of that part (early: 1–10,
 * mid: 11–20, late or the end: 21–31) with the month, as articles write a date.
 */
function partOfMonthSide(value: string): Side | null {
  const m = /^(early|mid|late|end of|start of|beginning of)[\s-]+([a-z]+)\.?$/i.exec(value.trim());
  if (!m) return null;
  const month = monthOfWord(m[2] as string);
  if (!month) return null;
  const part = (m[1] as string).toLowerCase();
  const [from, to] = part === 'mid' ? [11, 20] : part === 'late' || part === 'end of' ? [21, 31] : [1, 10];
  const name = MONTH_NAMES[month - 1] as string;
  const written = String.raw`(?:${name}|${name.slice(0, 3)}${name === 'September' ? 't?' : ''}\.?)`;
  const days = Array.from({ length: to - from + 1 }, (_, i) => String(from + i)).join('|');
  const d = `(?:${days})(?:st|nd|rd|th)?`;
  return {
    label: value.trim(),
    re: new RegExp(String.raw`\b${written}\s+${d}(?![\d%])|(?<![\d.,])${d}\s+${written}\b`),
    days: [from, to],
    monthNumber: month,
  };
}

/** Whether two sides, one of them a part of a month, can be the same day ("dec 18" is in "mid dec"). */
function overlaps(a: Side, b: Side): boolean {
  const range = (x: Side): [number, number, number] | null => {
    if (x.days && x.monthNumber) return [x.monthNumber, x.days[0], x.days[1]];
    const m = /^(?:([a-z]+)\.?\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+))/i.exec(x.label);
    const month = m ? monthOfWord((m[1] ?? m[4]) as string) : null;
    const day = Number(m?.[2] ?? m?.[3]);
    return month ? [month, day, day] : null;
  };
  const [ra, rb] = [range(a), range(b)];
  if (!ra || !rb) return true;
  return ra[0] === rb[0] && ra[1] <= rb[2] && rb[1] <= ra[2];
}

const ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)`;
const ORDINAL_PAIR_RE = new RegExp(String.raw`\b(${ORDINAL})\s+or\s+(?:the\s+)?(${ORDINAL})\b`, 'i');
/**
 * A place in a series typed as a number after its noun: "round 5 or round 6?", "meeting #4 or 5", "session no. 3 or 4".
 * Groups 1 and 2 the numbers.
 */
const NUMBERED_PAIR_RE =
  /\b(?:rounds?|meetings?|sessions?|summits?|calls?|extensions?)\s+(?:no\.?\s*|#\s*)?(\d{1,2})\s+or\s+(?:(?:the\s+)?(?:rounds?|meetings?|sessions?|summits?|calls?|extensions?)\s+)?(?:no\.?\s*|#\s*)?(\d{1,2})(?![\d.,%]|\s*(?:%|percent|t\b|tons?|tonnes?|days?|weeks?|months?|years?))/i;
/** What an ordinal counts when it is no day: a round, a meeting, a time ("the 4th or 5th round", "5th time"). */
const SERIES_RE =
  /\b(?:rounds?|times?|meetings?|sessions?|talks|face[- ]to[- ]face|in[- ]person|sit[- ]?downs?|summits?|calls?|extensions?)\b/i;

/**
 * A place in a series as a side ("was KL the 4th or 5th round?", "fourth or fifth time"): the ordinal as articles write
 * it, in words or figures ("the fifth round", "5th").
 */
function ordinalSide(value: string): Side | null {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  const figure = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(v);
  const n = figure ? Number(figure[1]) : ORDINAL_WORDS.indexOf(v);
  if (!(n >= 1 && n < ORDINAL_WORDS.length)) return null;
  const suffix = n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
  return { label: value.trim(), re: new RegExp(String.raw`\b(?:${ORDINAL_WORDS[n]}|${n}${suffix})\b`, 'i') };
}

/**
 * Days of the week as a side ("sat-sun", "sat/sun", "thursday"): any of them as articles write them, whole ("the talks
 * began on Saturday").
 */
function weekdaySide(value: string): Side | null {
  const words = value
    .trim()
    .split(/\s*(?:-|–|\/|&|\band\b|\bto\b|\bthru\b|\bthrough\b)\s*/i)
    .filter(Boolean);
  if (words.length === 0 || !words.every((w) => isWeekdayWord(w))) return null;
  const names = words.map((w) => WEEKDAY_NAMES.find((d) => d.toLowerCase().startsWith(w.toLowerCase().replace(/\.$/, '').slice(0, 3))));
  if (names.some((n) => !n)) return null;
  return { label: value.trim(), re: new RegExp(String.raw`\b(?:${names.join('|')})\b`) };
}

/** A named side ("cnbc", "Bangkok", "White House"): its words as written, whole, any case. */
function nameSide(value: string): Side | null {
  const words = tokenize(value).map((t) => t.norm);
  // (Not one letter: "R or D?" asks for a party, which sentences write "(R-Ind.)", not for two sides.)
  if (words.length === 0 || words.some((w) => STOPWORDS.has(w)) || NOT_A_SIDE_RE.test(value.trim()) || value.trim().length < 2) return null;
  const written = value.trim().split(/\s+/);
  // (Or goods, which are English words: "was it ethane or ethylene that washington let back in?", data/lexicon/goods.txt.)
  if (
    !written.every((w) => /^\p{Lu}/u.test(w) || !isEnglishWord(w.toLowerCase()) || questionPlaces(w).length > 0) &&
    !(written.length === 1 && goodsOf(words).size > 0)
  )
    return null;
  return { label: value.trim(), re: new RegExp(String.raw`\b${escapeRegExp(value.trim()).replace(/\s+/g, '\\s+')}\b`, 'i') };
}

/** What a question counts: "how many announcements did mofcom publish" (not "how many tonnes", a unit). */
const COUNTED_RE = /\bhow many\s+(?!(?:of|more|times|tons?|tonnes?|percent|days?|weeks?|months?|years?)\b)([a-z]{4,})\b/i;
/** …or what it asks to be listed, when the counts it offers are both heard ("which magnet makers got … ? heard 3, heard 4"). */
const LISTED_RE =
  /\b(?:how many|which|what)\s+(?!(?:of|more|times|tons?|tonnes?|percent|days?|weeks?|months?|years?|date|day|share|kind|sort|type)\b)([a-z]{4,})\b/i;
/** A figure in a list of them, as chat writes it ("600", "+18%", "1,000", "1500/kg", "3.2bn"). */
const LISTED_FIGURE = String.raw`[$+]?\d(?:\d|[,.]\d)*(?:\s?(?:%|percent|bn|b|billion|m|million|t|tonnes?|tons?))?(?:\/[a-z]{1,3})?`;
/**
 * Three figures or more the asker has heard, listed after the word for hearing them: "ppl in the team quote 600, 1000,
 * even 1500/kg", "i've seen +18%, +14% and +22% in diff places". Each is a side.
 */
const LISTED_FIGURES_RE = new RegExp(
  String.raw`\b(?:quote|quotes|quoting|quoted|say|says|saying|seen|seeing|see|heard|hear|hearing|got|getting|numbers?|figures?)\b[^.?!\d]{0,24}?(${LISTED_FIGURE}(?:\s*,\s*(?:(?:and|or|even|maybe)\s+)*${LISTED_FIGURE}){1,}(?:\s*,?\s*(?:and|or|even|maybe)(?:\s+even)?\s+${LISTED_FIGURE})?)`,
  'i',
);

/**
 * Sides the question has accounts give, each after its own "says" ("the bloomberg repost says … 'ethylene' …, cnn says
 * ethane") or the second's verb left out ("the ledger has 5,774 and tarn wire 5,773"), or sides offered beside pages set against each other ("he yadong or he yongqian? our transcript vs harbour
 * herald"): the pages it names are two of those to compare, not the only pages to read.
 */
export function sidesSaidByAccounts(question: string): boolean {
  const text = normalizeInformal(question);
  return (
    ([...text.matchAll(SAYS_RE)].length >= 2 || /\b(?:vs\.?|versus)\s/i.test(text) || gappedFigures(text) !== null) &&
    askedSides(question) !== null
  );
}

/**
 * The asker says the accounts differ, offering no values ("…? wion vs the gulf coast newsletter", "the thai paper and
 * CNA dont seem to match"): the pages it names are two of those to compare, not the only pages to read.
 */
export function accountsSaidToDiffer(question: string): boolean {
  return SOURCES_DIFFER_SAID_RE.test(normalizeInformal(question));
}

/** The asker doubts what a page claims: "…legit or garbage?", "is that right?", "accurate?", "fact-check this". */
export const CLAIM_DOUBTED_RE =
  /\b(?:legit|garbage|bs|bogus|made up|accurate|correct|true)\s*(?:or\s+(?:not|garbage|legit|bs|made up|wrong)\s*)?\?+\s*$|\b(?:is|was)\s+(?:that|this|it|that number|that figure)\s+(?:right|true|correct|accurate|legit)\b|\bfact[- ]?check\b/i;

/**
 * The asker says the sources differ only after a question of its own ("GE engines to comac - when were they cleared
 * again? reuters vs flightglobal give me diff days", "when did the EDA ban get pulled? i've got 3 diff dates in my
 * notes"): a complaint about that answer, not a question about where the sources disagree.
 */
export function differenceComplainedAfter(question: string): boolean {
  const parts = question.match(/[^?!.]+[?!.]*/g) ?? [question];
  const at = parts.findIndex((part) => SOURCES_DIFFER_SAID_RE.test(normalizeInformal(part)));
  // (Not a question of its own, "…? hows it differ", "where do they differ?".)
  const asks = (part: string) =>
    /\?\s*$/.test(part) || /^\s*(?:how|hows|how's|what|whats|what's|where|which|who|why|when|do|does|did|is|are|was|were)\b/i.test(part);
  return (
    at > 0 &&
    !asks(parts[at] as string) &&
    parts.slice(0, at).some((part) => /\?\s*$/.test(part) && !SOURCES_DIFFER_SAID_RE.test(normalizeInformal(part)))
  );
}

/**
 * Two accounts' figures, the second's verb left out ("telegraph has 5,774 and asia city 5,773"), or null. (Not of
 * parties, "china has 90% and the us 10%": shares, no accounts.)
 */
function gappedFigures(text: string): [string, string] | null {
  const first = [...text.matchAll(ACCOUNT_FIGURE_RE)][0];
  const gapped = first ? GAPPED_ACCOUNT_RE.exec(text.slice((first.index ?? 0) + first[0].length)) : null;
  if (!first || !gapped) return null;
  const words = [first[0].split(/\s+/)[0] as string, ...(gapped[1] as string).trim().split(/\s+/)];
  if (words.some((w) => findParties(w).length > 0 || STOPWORDS.has(w.toLowerCase()))) return null;
  return [first[1] as string, gapped[2] as string];
}

/** The sides a question offers (two; or more, listed), or null. */
// (Read once per text: a question's sides are asked for by retrieval, the page restriction, abstention and the
// disputes; its sides' expressions test without state, so they are shared.)
export function askedSides(question: string): Side[] | null {
  const known = sidesOf.get(question);
  if (known !== undefined) return known;
  const sides = readSides(question);
  if (sidesOf.size > 1000) sidesOf.clear();
  sidesOf.set(question, sides);
  return sides;
}
const sidesOf = new Map<string, Side[] | null>();

function readSides(question: string): Side[] | null {
  const text = normalizeInformal(question);
  // (Read as typed too: chat rewriting drops "i've seen" as filler.)
  const heardList = LISTED_FIGURES_RE.exec(text) ?? LISTED_FIGURES_RE.exec(question);
  // (Not days of a month, "i've seen june 9, 10 and 11": a month's name before them.)
  const lead = heardList ? heardList[0].slice(0, heardList[0].length - (heardList[1] as string).length) : '';
  const ofMonth = lead.split(/[^\p{L}.]+/u).some((w) => w.length >= 3 && monthOfWord(w.replace(/\.$/, '')) !== null);
  const list = ofMonth ? undefined : heardList?.[1];
  const figures = list?.match(new RegExp(LISTED_FIGURE, 'gi')) ?? [];
  if (figures.length >= 3) {
    const percent = figures.some((f) => /%|percent/i.test(f));
    const counted = COUNTED_RE.exec(text)?.[1];
    // (A unit of time typed once after the list, "i've got 18, 22 and 26 wks floating around": each is a figure in
    // it, "26 weeks", and states its side wherever it ranks, as a count does.)
    const read = heardList?.input ?? '';
    const after = heardList ? /^\s*([a-z]+)\b/i.exec(read.slice(heardList.index + heardList[0].length))?.[1] : undefined;
    const unit = after ? HEARD_UNITS.find((u) => !u.asked.test('%') && u.asked.test(after)) : undefined;
    const listed = figures.map((f) =>
      unit && /^\d{1,4}$/.test(f) ? unitSide(f, unit.written) : figureSide(f.replace(/^\+/, ''), percent, counted),
    );
    const distinct = listed.filter((x, i): x is Side => x !== null && listed.findIndex((y) => y?.re.source === x.re.source) === i);
    if (distinct.length >= 3) return distinct;
  }
  // (What an account is said to say may be set off in quotes further on in its clause: "the bloomberg repost says
  // washington promised to allow 'ethylene' exports, cnn says ethane": the quoted word is its side, not the first.)
  // Three figures or more, each after its own account ("trump says 57, cnbc had ~40, and some think tank says 32??"):
  // each is a side. (A rate the question asks for, a tariff or a share, is a percentage however typed.)
  const accounted = [...text.matchAll(ACCOUNT_FIGURE_RE)].map((m) => m[1] as string);
  if (accounted.length >= 3) {
    const percent = accounted.some((f) => /%|percent/i.test(f)) || RATE_ASKED_RE.test(text);
    const counted = COUNTED_RE.exec(text)?.[1];
    const sides = accounted.map((f) => figureSide(f, percent, counted));
    const distinct = sides.filter((x, i): x is Side => x !== null && sides.findIndex((y) => y?.re.source === x.re.source) === i);
    if (distinct.length >= 3) return distinct;
  }
  // Two, the second's verb left out ("telegraph has 5,774 and asia city 5,773"): each a side.
  const gapped = gappedFigures(text);
  if (gapped) {
    const percent = gapped.some((f) => /%|percent/i.test(f)) || RATE_ASKED_RE.test(text);
    const [a, b] = gapped.map((f) => figureSide(f, percent));
    if (a && b && a.re.source !== b.re.source) return [a, b];
  }
  const saying = [...text.matchAll(SAYS_RE)];
  const ownWord = (m: RegExpMatchArray) => /^(?:thought|heard|was told)$/i.test(m[0].split(/\s+/)[0] as string);
  // (Figures the asker heard, each, are counts offered: "which magnet makers got … ? heard 3, heard 4".)
  const heardOnly = saying.length === 2 && saying.every(ownWord);
  const said = saying
    // (What the asker thought or heard offers a name against an account's, "one wire says lutnick, i thought it was
    // bessent"; a figure the asker thought, "trump says 55% … but i thought it was 30%??", may be a part of the other.)
    .filter((m) => heardOnly || !ownWord(m) || !/\d/.test(m[1] as string))
    .map((m) => {
      const clause = text
        .slice(m.index, m.index + m[0].length + 80)
        .split(/[,;.!?](?:\s|$)|\s(?:but|while|whereas)\s|\s[-–—]\s/)[0] as string;
      const quoted = QUOTED_SIDE_RE.exec(clause)?.[1];
      return { value: (quoted ?? (m[1] as string)).replace(/[.,;:!?]+$/, ''), clause };
    })
    // (A month said further on in its clause, against a month the other account gives: "monexus says the original
    // restrictions were imposed in march 2025 - i thought it was april?".)
    .map((x, _, all) => {
      const month = (v: string) => monthSide(v) !== null && !/^may$/i.test(v);
      if (month(x.value) || !all.some((y) => y !== x && month(y.value))) return x.value;
      // (After the verb of saying: the clause's own words.)
      const words = x.clause.replace(/^\S+\s+/, '');
      // (With its part, "reached in late may": late May.)
      const later = new RegExp(String.raw`\b(?:in|since|from|on|by|until|till)\s+((?:(?:early|mid|late)[\s-]+)?${MONTH_WORD})\b`, 'i').exec(
        words,
      )?.[1];
      return later ?? x.value;
    });
  // Two days of a month written once ("the 7th or the 9th of nov?"): each a date of that month.
  const days = DAY_PAIR_RE.exec(text);
  if (days) {
    const month = (days[3] ?? days[4]) as string;
    const [a, b] = [days[1] ?? days[5], days[2] ?? days[6]].map((d) => dateSide(`${month} ${d}`));
    if (a && b && a.re.source !== b.re.source) return [a, b];
  }
  const pairs: [string, string][] = [...text.matchAll(SIDES_RE)].map((m) => [m[1] as string, m[2] as string]);
  // ("i have 1,238 in one deck and 2,117 in another": a figure in one place, another in another.)
  const places = ONE_AND_ANOTHER_RE.exec(text);
  if (places) pairs.unshift([places[1] as string, places[2] as string]);
  // ("seen 70 and 80": two figures the asker has seen, each a side; of a share, each a percentage.)
  const seen = SEEN_PAIR_RE.exec(question) ?? SEEN_PAIR_RE.exec(text);
  if (seen) {
    // (Of a rate, a tariff or a duty, too: "overall us tariff … i've seen 47 and 45" is met by "about 45%".)
    const percent = /%|percent/i.test(seen[0]) || SHARE_ASKED_RE.test(text) || RATE_ASKED_RE.test(text);
    const [a, b] = [figureSide(seen[1] as string, percent), figureSide(seen[2] as string, percent)];
    if (a && b && a.re.source !== b.re.source) return [a, b];
  }
  // Two accounts' values, each after its own "says": months, figures or names as below.
  // ("it says may be delayed": the verb, not the month.)
  if (said.length === 2 && !/\bmay\s+(?:be|have|not|also|well|still|soon|need|take|get|come|want|seem|go|see)\b/i.test(text))
    pairs.push([said[0] as string, said[1] as string]);
  // ("the 4th or 5th round of talks?", "4th or 5th since may?": two ordinals anywhere, the series named after them.)
  const ordinals = SERIES_RE.test(text) ? ORDINAL_PAIR_RE.exec(text) : null;
  if (ordinals) pairs.unshift([ordinals[1] as string, ordinals[2] as string]);
  // ("KL talks — was that round 5 or round 6?": the numbers are places in the series, as "the fifth round" is.)
  const numbered = NUMBERED_PAIR_RE.exec(text);
  if (numbered) {
    const nth = (d: string) => {
      const n = Number(d);
      return `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
    };
    const [a, b] = [ordinalSide(nth(numbered[1] as string)), ordinalSide(nth(numbered[2] as string))];
    if (a && b && a.re.source !== b.re.source) return [a, b];
  }
  // (A choice put before the rest of the question: "was it ethane or ethylene that washington let back into china?".)
  // (Goods only: "was it bessent or lutnick who said…" asks who said it, which its own sentences tell.)
  const choice = CHOICE_FIRST_RE.exec(text);
  if (choice && [choice[1], choice[2]].every((w) => goodsOf([w as string]).size > 0))
    pairs.push([choice[1] as string, choice[2] as string]);
  // (One account's value doubted, the other offered after it: "the fcglobal piece says … 'ethylene' exports — is that
  // right or was it ethane?".)
  const doubted = said.length === 1 ? OR_WAS_IT_RE.exec(text) : null;
  if (doubted && !NOT_A_SIDE_RE.test(doubted[1] as string)) pairs.push([said[0] as string, doubted[1] as string]);
  // (A move and the level it reached, each side: "+12.5% to 9.26 or +11.8% to 9.20?": the moves are the sides.)
  const moves = MOVE_PAIR_RE.exec(text);
  if (moves) pairs.unshift([moves[1] as string, moves[2] as string]);
  for (const [a, b] of pairs) {
    // Places in a series ("the 4th or 5th round?", "fourth or fifth time"), when the question counts rounds or times
    // and names no month: never days.
    if (SERIES_RE.test(text) && !NAMES_A_MONTH_RE.test(text.replace(/\bmay\b/g, ''))) {
      const [oa, ob] = [ordinalSide(a.split(/\s+/).at(-1) as string), ordinalSide(b.split(/\s+/)[0] as string)];
      if (oa && ob) {
        if (oa.re.source !== ob.re.source) return [oa, ob];
        continue;
      }
    }
    // Days ("27th or the 28th?"): when one side is an ordinal, or both are said to be what a source gives.
    const ordinal = /\d(?:st|nd|rd|th)\b/i.test(`${a} ${b}`);
    const da = ordinal || said.includes(a) ? daySide(a, false) : null;
    const db = ordinal || said.includes(b) ? daySide(b, false) : null;
    if (da && db && ordinal) {
      if (da.re.source !== db.re.source) return [da, db];
      continue;
    }
    const ta = dateSide(a);
    const tb = dateSide(b);
    if (ta && tb) {
      if (ta.re.source !== tb.re.source) return [ta, tb];
      continue;
    }
    // (A date against a part of a month, or two parts: "dec 2 or mid dec?". Sides that overlap offer no choice.)
    const pa = ta ?? partOfMonthSide(a);
    const pb = tb ?? partOfMonthSide(b);
    if (pa && pb && (pa.days || pb.days)) {
      if (!overlaps(pa, pb)) return [pa, pb];
      continue;
    }
    const ma = monthSide(a) ?? monthSide(a.split(/\s+/).at(-1) as string);
    const mb = monthSide(b);
    if (ma && mb) {
      if (ma.re.source !== mb.re.source) return [ma, mb];
      continue;
    }
    if (NOT_A_SIDE_RE.test(b.split(/\s+/)[0] as string)) continue;
    const percent = /%|percent/i.test(a) || /%|percent/i.test(b);
    // (The value is the last word of a side of two after a word that is no part of it: "was it 12.5% or 11.8%?". Not
    // "june 24 or wednesday?": a day of a month.)
    const afterWord =
      /^(?:it|is|was|were|be|at|to|by|of|like|maybe|about|around|roughly|approx|approximately|nearly|almost)\s+(\S+)$/i.exec(a)?.[1];
    // (Counts both heard are of what the question lists: "heard 3, heard 4" of "which magnet makers…".)
    const counted = heardOnly && said.includes(a) && said.includes(b) ? LISTED_RE.exec(text)?.[1] : undefined;
    const fa = figureSide(a, percent, counted) ?? (afterWord ? figureSide(afterWord, percent) : null);
    const fb = figureSide(b, percent, counted);
    if (fa && fb) return fa.re.source === fb.re.source ? null : [fa, fb];
    if (fa || fb) continue;
    // Days of the week against a date ("anadolu says sat-sun but lumen asia says oct 24-27"): each as articles write it.
    const wa = weekdaySide(a);
    const wb = weekdaySide(b);
    if ((wa && (wb ?? tb)) || (wb && ta)) return [(wa ?? ta) as Side, (wb ?? tb) as Side];
    // Names: a word or two each side ("White House or bangkok"), written as a name or no English word ("bloomberg
    // or cnbc"); not verbs or common nouns ("did they sign or just agree", "a breakthrough or a modest step").
    const wordsA = a.split(/\s+/);
    const na = nameSide(wordsA.length > 1 && !wordsA.every((w) => /^\p{Lu}/u.test(w)) ? (wordsA.at(-1) as string) : a);
    // (A second side of two words, one of them a stopword, is its last: "he yadong or he yongqian?", "He" a surname.)
    const wordsB = b.split(/\s+/);
    const nb = nameSide(b) ?? (wordsB.length > 1 ? nameSide(wordsB.at(-1) as string) : null);
    if (na && nb && na.label.toLowerCase() !== nb.label.toLowerCase()) return [na, nb];
    // (A name typed in lower case, two words against a name: "white house or bangkok?" is "White House" as articles
    // write a name, capitalised.)
    const ta2 = !na && nb && wordsA.length === 2 ? titledSide(a) : null;
    const tb2 = na && !nb && wordsB.length === 2 ? titledSide(b) : null;
    if ((ta2 ?? na) && (tb2 ?? nb) && (ta2 || tb2)) return [(ta2 ?? na) as Side, (tb2 ?? nb) as Side];
  }
  // Two figures of one noun anywhere, asked with no question mark: "is the loan the biggest in 90 or 92 years of
  // history lol" is met by "its 90-year history" and "its 92-year history", each figure with its noun.
  const nouned = NOUN_PAIR_RE.exec(text);
  if (nouned && monthOfWord(nouned[3] as string) === null && !STOPWORDS.has((nouned[3] as string).toLowerCase())) {
    const [a, b] = [nouned[1], nouned[2]].map((f) => figureWithNoun(f as string, nouned[3] as string));
    if (a && b && a.re.source !== b.re.source) return [a, b];
  }
  return null;
}

/** Two bare figures and the noun they share: "90 or 92 years", "3 or 4-year". Groups: the figures, the noun. */
const NOUN_PAIR_RE = /(?<![\d.,$])(\d[\d,]*(?:\.\d+)?)\s+or\s+(\d[\d,]*(?:\.\d+)?)[\s-]+([a-z]{3,})\b/i;

/** A figure with its noun, as articles write the two together: "92 years", "92-year". */
function figureWithNoun(value: string, noun: string): Side | null {
  const figure = figureSide(value, false);
  if (!figure) return null;
  const singular = noun.toLowerCase().replace(/(?:es|s)$/, '');
  return {
    label: value,
    re: new RegExp(
      String.raw`(?<![\d.,])${escapeRegExp(value).replace(/,/g, ',?')}(?![.,]?\d)[\s-]+${escapeRegExp(singular)}[a-z]{0,2}\b`,
      'i',
    ),
  };
}

/** A name typed in lower case ("white house"), met only as articles write a name, each word capitalised. */
function titledSide(value: string): Side | null {
  const words = value.trim().split(/\s+/);
  if (words.some((w) => STOPWORDS.has(w.toLowerCase()) || !/^\p{L}+$/u.test(w))) return null;
  const titled = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  return { label: titled.join(' '), re: new RegExp(String.raw`\b${titled.map(escapeRegExp).join('\\s+')}\b`) };
}

/**
 * The first of the best sentences (about what is asked) that states this side and not the other; further down, one
 * that states a month side plainly of the place asked about ("…sat down in London in May", in a transcript the many
 * reports of the June round outrank).
 */
function statedBy(
  scored: readonly ScoredSentence[],
  side: Side,
  others: readonly Side[],
  also: (s: ScoredSentence) => boolean = () => true,
  places: readonly string[] = [],
  /** The coverage a sentence needs, where the caller knows better (`EXTENDING_SIDE_COVERAGE`). */
  atLeast?: number,
): ScoredSentence | undefined {
  // (A sentence that names another side only to reject it states its own: "…at about 45% after the cut, not 47%".)
  const states = (s: ScoredSentence) =>
    side.re.test(s.sentence.text) &&
    !rejects(s.sentence.text, side) &&
    !others.some((other) => other.re.test(s.sentence.text) && !rejects(s.sentence.text, other)) &&
    also(s);
  // (A good offered as a side, "'ethylene' … cnn says ethane", is what is asked itself: a sentence among the best that
  // names it states it, however few of a long message's other words it holds.)
  // (Nor does a count of what the question counts, "it was four magnet makers: JL Mag, …", whose list words the rest.)
  const bar =
    atLeast ??
    (goodsOf(tokenize(side.label).map((t) => t.norm)).size > 0 ? GOODS_SIDE_COVERAGE : side.counted ? COUNTED_SIDE_COVERAGE : MIN_COVERAGE);
  const best = scored.slice(0, SIDE_WINDOW).find((s) => s.coverage >= bar && states(s));
  if (best) return best;
  // (A count of what the question counts, "issued seven major announcements", states its side wherever it ranks.)
  if (side.counted) return scored.slice(SIDE_WINDOW).find((s) => s.coverage >= bar && states(s));
  if (!side.month || places.length === 0) return best;
  // (There the place and the month are what make it a side, whatever else of the question it words otherwise.)
  return scored.slice(SIDE_WINDOW).find((s) => states(s) && plainMonth(side, places)(s));
}

/** Words just before a value that reject it: "not 47%", "rather than 47%", "instead of the 47%". */
const REJECTING_RE = /\b(?:not|rather than|instead of)\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+)?$/i;

/** Whether every mention of a side in a text rejects it ("…at about 45% after the cut, not 47%"). */
function rejects(text: string, side: Side): boolean {
  const re = new RegExp(side.re.source, side.re.flags.includes('g') ? side.re.flags : `${side.re.flags}g`);
  const found = [...text.matchAll(re)];
  return found.length > 0 && found.every((m) => REJECTING_RE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)));
}

/** A page's name in an answer: its outlet, else its title in quotes, else its file. */
function pageLabel(corpus: Corpus, source: string): string {
  const meta = corpus.byId.get(source)?.meta;
  return meta?.outlet ?? (meta?.title ? `“${meta.title}”` : source);
}

/** A side's position, quoted from the sentence that states it, the side as the article writes it ("CNBC", "15%"). */
function sidePosition(sentence: ScoredSentence['sentence'], side: Side, summary: (written: string) => string): Position {
  const written = monthInFull(side.re.exec(sentence.text)?.[0] ?? side.label);
  return {
    claim: written,
    summary: summary(written),
    sources: [sentence.source],
    quote: sentence.text,
    start: sentence.start,
    end: sentence.end,
    speaker: null,
  };
}

/**
 * The disagreement between the sides a question offers, when the best sentences about it state each side in a
 * different article (a sentence stating both is no side); null otherwise.
 */
export function askedSidesDisagreement(
  question: string,
  scored: readonly ScoredSentence[],
  corpus: Corpus,
  shown: readonly Disagreement[] = [],
): Disagreement | null {
  const sides = askedSides(question);
  if (!sides) return null;
  // (Not again when a disagreement found in the articles already quotes both sides.)
  const quotes = (d: Disagreement) => d.positions.map((p) => `${p.claim} ${p.quote}`);
  if (shown.some((d) => sides.every((side) => quotes(d).some((q) => side.re.test(q))))) return null;
  // Names offered as sides ("bessent or lutnick?") are stated by a sentence about what is asked ("…led the us side in
  // london"): one with a word of it besides the name and the parties ("Bessent said the initial purchase…" is no side
  // of who led).
  // (Goods offered as sides, "ethane or ethylene", are what is asked about themselves: a sentence stating one is a side.)
  const named =
    sides.every((side) => !/\d/.test(side.label) && monthOfWord(side.label) === null) &&
    !sides.every((side) => goodsOf(tokenize(side.label).map((t) => t.norm)).size > 0);
  // (Not the asker's emphasis: "who was it actually, raman or holm?" names nothing a sentence must hold.)
  const about = new Set(
    tokenize(topicOf(question, sides))
      .filter((t) => !STOPWORDS.has(t.norm) && !EMPHASIS.has(t.norm) && t.norm.length > 2 && findParties(t.norm).length === 0)
      .map((t) => t.stem),
  );
  // (Or, for sides that are words, the sentence next to it in its article, which names what the two share: "Trump said on
  // Thursday (October 30) he had agreed with President Xi…" before "Trump's face-to-face talks with Xi in … Busan…".
  // Not for figures and dates, "the 2nd or the 4th?", which a sentence about something else holds as often.)
  const holds = (id: number, source: string) => {
    const near = corpus.sentences[id];
    return near !== undefined && near.source === source && tokenize(near.text).some((t) => about.has(t.stem));
  };
  const mentions = (s: ScoredSentence) =>
    tokenize(s.sentence.text).some((t) => about.has(t.stem)) ||
    (named && (holds(s.sentence.id - 1, s.sentence.source) || holds(s.sentence.id + 1, s.sentence.source)));
  const onTopic = (s: ScoredSentence) => !named || about.size === 0 || mentions(s);
  const places = questionPlaces(topicOf(question, sides));
  const stated = (also: (s: ScoredSentence) => boolean, atLeast?: number) =>
    sides.map((side, i) =>
      statedBy(
        scored,
        side,
        sides.filter((_, j) => j !== i),
        (s) => also(s) && plainMonth(side, places)(s),
        places,
        atLeast,
      ),
    );
  // Figures and days offered ("GE engines to COMAC — the 3rd or the 7th?") are stated, where sentences naming what
  // is asked state both, by those: not by any sentence with a "7th" in it ("On the 7th, the Ministry of Commerce…").
  // (A sentence naming what is asked and a figure offered states it holding less of a message whose other words tell
  // who gave which: "October exports of rare earth magnets … registered approx. 4,343.5 metric tons" of "october
  // magnet exports? the bulletin says 5473 but someone's got 4343".)
  const aboutBoth =
    named || about.size === 0 ? null : stated(mentions, sides.some((side) => /\d/.test(side.label)) ? COUNTED_SIDE_COVERAGE : undefined);
  const found = aboutBoth?.every(Boolean) ? aboutBoth : stated(onTopic);
  // A side an account is said to give ("anadolu says sat-sun but lumen asia says oct 24-27") is stated by that account's
  // page, wherever its sentence ranks: not by another page's sentence that happens to name a Sunday.
  sides.forEach((side, i) => {
    const pages = accountPages(question, side, corpus);
    if (pages.size === 0 || (found[i] && pages.has(found[i].sentence.source))) return;
    const others = sides.filter((_, j) => j !== i);
    // (Among the sentences retrieved for the question, however little of a long message one holds: "On Saturday and
    // Sunday, Bessent will meet…" of "KL talks — which days exactly?? anadolu says sat-sun…".)
    const own = scored.find(
      (s) => pages.has(s.sentence.source) && side.re.test(s.sentence.text) && !others.some((o) => o.re.test(s.sentence.text)),
    );
    if (own) found[i] = own;
  });
  // Two sides must each be stated, in different articles; of more sides offered ("ppl quote 600, 1000, even
  // 1500/kg"), those stated, when two or more are, each by an article of its own.
  const kept: [ScoredSentence, Side][] = [];
  found.forEach((s, i) => {
    if (s && !kept.some(([k]) => k.sentence.source === s.sentence.source)) kept.push([s, sides[i] as Side]);
  });
  if (kept.length < 2 || (sides.length === 2 && !found.every(Boolean))) return null;
  // (Nor when those it finds are all quoted by one found already: of "2, 6 and 7", a dispute of 6 against 2.)
  if (shown.some((d) => kept.every(([, side]) => quotes(d).some((q) => side.re.test(q))))) return null;
  const numeric = sides.every((s) => /\d/.test(s.label));
  const topic = topicOf(question, sides) || (numeric ? 'the figure asked about' : 'what the question asks about');
  return statedSides(
    corpus,
    topic,
    numeric ? 'number' : 'description',
    kept.map(([s, side]) => ({ s, written: monthInFull(side.re.exec(s.sentence.text)?.[0] ?? side.label) })),
  );
}

/** The first word of every outlet's name, lower case, per corpus (`opensOutlet`). */
const outletFirstWords = new WeakMap<Corpus, Set<string>>();

/** Whether some article's outlet name begins with this word (lower case). */
function opensOutlet(corpus: Corpus, word: string): boolean {
  let words = outletFirstWords.get(corpus);
  if (!words) {
    words = new Set(corpus.articles.map((a) => (a.meta.outlet ?? '').toLowerCase().split(/\s+/)[0] ?? ''));
    outletFirstWords.set(corpus, words);
  }
  return words.has(word);
}

/** "the 9th" said of a date side of that day ("nov 9"): the day alone, its month given by the other side. */
function sameDayOrdinal(said: string, side: Side): boolean {
  const day = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/i.exec(said.trim())?.[1];
  if (!day || !new RegExp(String.raw`\b(?:${MONTH_WORD})\b`, 'i').test(side.label)) return false;
  return new RegExp(String.raw`(?<![\d,])${day}(?:st|nd|rd|th)?(?![\d,])`).test(side.label.replace(/\b(?:19|20)\d\d\b/g, ''));
}

/**
 * The pages of the account a side is said to come from ("anadolu says sat-sun": the pages whose outlet or file name
 * has "anadolu"): the words before its "says" that are no English word.
 */
function accountPages(question: string, side: Side, corpus: Corpus): Set<string> {
  const text = normalizeInformal(question);
  const pages = new Set<string>();
  for (const m of text.matchAll(/((?:[\p{L}&'’.-]+\s+){1,3})(?:says?|said|reports?|reported|has it)\s+([^,;?!]{1,40})/giu)) {
    if (
      !new RegExp(side.re.source, 'i').test(m[2] as string) &&
      !(m[2] as string).toLowerCase().startsWith(side.label.toLowerCase()) &&
      !sameDayOrdinal(m[2] as string, side)
    )
      continue;
    // (A name in the possessive is the name: "meridian's advisory says the 9th".)
    const words = (m[1] as string)
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/['’]s$/, ''))
      // (An English word that opens an outlet's name is that outlet: "meridian" of "Meridian Crest Shipping".)
      .filter((w) => w.length >= 4 && !STOPWORDS.has(w) && (!isEnglishWord(w) || opensOutlet(corpus, w)));
    if (words.length === 0) continue;
    for (const a of corpus.articles) {
      const name = `${a.meta.outlet ?? ''} ${a.id}`.toLowerCase();
      if (words.some((w) => name.includes(w))) pages.add(a.id);
    }
  }
  return pages;
}

/**
 * A date side with its month in full, as the other disagreements give theirs ("9 Oct" of a timeline's "9 Oct 2025 —
 * MOFCOM announces…" is "9 October"; the quote keeps the page's own writing). Any other side as written.
 */
function monthInFull(written: string): string {
  return written.replace(
    /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?(?=\s+\d{1,2}(?:st|nd|rd|th)?\b|$)/,
    (abbr, name: string) => {
      if (!/\d/.test(written)) return abbr;
      const month = monthOfWord(name);
      return month ? (MONTH_NAMES[month - 1] as string) : abbr;
    },
  );
}

/** The disagreement between sides each stated by a sentence, each quoted, its value as the sentence writes it. */
function statedSides(
  corpus: Corpus,
  topic: string,
  kind: Disagreement['kind'],
  stated: readonly { s: ScoredSentence; written: string }[],
): Disagreement {
  const label = (source: string) => pageLabel(corpus, source);
  const positions: Position[] = stated.map(({ s, written }) => ({
    claim: written,
    summary: `${label(s.sentence.source)}: ${written}`,
    sources: [s.sentence.source],
    quote: s.sentence.text,
    start: s.sentence.start,
    end: s.sentence.end,
    speaker: null,
  }));
  return {
    topic,
    difficulty: 'normal',
    kind,
    positions,
    explanation: `The sources disagree on ${topic}: ${positions.map((p) => `${label(p.sources[0] as string)} says ${p.claim}`).join('; ')}.`,
  };
}

/**
 * A side the asker offers that a disagreement shown with the answer lacks ("the feld column says may, the bot article
 * says april??" when the articles' dispute is June against April): the disagreement with that side added as a
 * further position, quoted from the best sentence of another article that states it; null when there is none.
 */
export function withOfferedSide(
  question: string,
  scored: readonly ScoredSentence[],
  corpus: Corpus,
  shown: Disagreement,
): Disagreement | null {
  // (Or the one figure or day the asker heard, "maarten keeps telling people 3 hrs", when the dispute is over figures
  // or days and none of its sides is it.)
  const offered = askedSides(question);
  const heardDay = offered || shown.kind !== 'date' ? null : heardDate(question);
  const heardFig = offered || shown.kind !== 'number' ? null : heardFigure(question);
  const heard = heardDay ?? heardFig?.side ?? null;
  const sides = offered ?? (heard ? [heard] : null);
  if (!sides) return null;
  const quotes = shown.positions.map((p) => `${p.claim} ${p.quote}`);
  const has = sides.map((side) => quotes.some((q) => side.re.test(q)));
  // Some sides are the dispute's already, others are not.
  if ((sides.length > 1 && !has.some(Boolean)) || has.every(Boolean)) return null;
  const sources = new Set(shown.positions.flatMap((p) => p.sources));
  const places = questionPlaces(topicOf(question, sides));
  const added: Position[] = [];
  const says: string[] = [];
  sides.forEach((missing, i) => {
    if (has[i]) return;
    const plain = plainMonth(missing, places);
    const others = sides.filter((other) => other !== missing);
    // (The dispute found says what the sides are of: a sentence among the best that states one needs less of a long
    // message's words, "ive seen 30, 40 and 57 percent in diff places wtf" of "the tariff rate on chinese goods".)
    const best = statedBy(scored, missing, others, (s) => !sources.has(s.sentence.source) && plain(s), places, EXTENDING_SIDE_COVERAGE);
    if (!best) return;
    sources.add(best.sentence.source);
    const label = pageLabel(corpus, best.sentence.source);
    // (As the dispute's positions read: the value, then who gives it, as written.)
    const position = sidePosition(best.sentence, missing, (written) => `${written}: ${label} (“${written}”)`);
    added.push(position);
    says.push(`${label} says ${position.claim}.`);
  });
  if (added.length === 0) return null;
  return {
    ...shown,
    positions: [...shown.positions, ...added],
    explanation: `${shown.explanation} ${says.join(' ')}`,
  };
}

/** What the sides are of: the question's own words before them, less its question words ("the halvorsen surcharge"). */
/** Who asks, named first ("kavya – till what date…", "hetal here: …"): a name no dictionary has, before a dash or colon. */
const ASKER_FIRST_RE = /^\s*([\p{L}'’.-]+)(?:\s+here)?\s*[–—:,-]\s+/u;

function topicOf(asked: string, sides: readonly Side[]): string {
  // (Not who asks: "kavya – till what date…" is not about Kavya. A topic put first, "ethane: when did…", is kept.)
  const asker = ASKER_FIRST_RE.exec(asked);
  const question = asker && !isEnglishWord((asker[1] as string).toLowerCase()) ? asked.slice(asker[0].length) : asked;
  // (The level a move reached is part of its side: "+12.5% to 9.26 or +11.8% to 9.20?" is about the move.)
  const before = (normalizeInformal(question).split(/[?—–]|\s-\s/)[0] ?? '').replace(
    /\s+(?:to|at)\s+(?:[a-z]{0,3}\$)?\d[\d,]*(?:\.\d+)?(?=\s+or\b|\s*$)/gi,
    '',
  );
  // A remark quoted on its own ("\"we're moving as quickly as we can\" — lutnick or greer??") is asked of its speaker,
  // whole (not cut at six words).
  const remark = /^\s*["“‘](.+?)["”’]\s*$/.exec(before)?.[1];
  if (remark) return `who said “${remark}”`;
  // Sides accounts are said to give ("the bloomberg repost says washington promised to allow 'ethylene' exports, cnn
  // says ethane"): what the first account says, up to its side ("washington promised to allow").
  const account = /^\s*(?:the\s+)?(?:[\p{L}\p{N}&.'’-]+\s+){0,3}?(?:says?|said|reports?|reported|claims?)\s+(.+)$/u.exec(before)?.[1];
  // (A month typed in lower case: "…were imposed in march 2025".)
  const upTo = account ? sides.map((side) => account.search(new RegExp(side.re.source, 'i'))).filter((at) => at > 0) : [];
  const said = upTo.length > 0 ? account?.slice(0, Math.min(...upTo)).replace(/\s*['‘"“*]+$/, '') : undefined;
  if (said !== undefined) {
    const told = said
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 6)
      .join(' ')
      .replace(/[,:;]+$/, '')
      .replace(/\s+(?:in|on|at|by|since|from|until|till)$/i, '');
    if (told) return `what ${told}`;
  }
  const words = before.split(/\s+/).filter(
    (w) =>
      w &&
      // (Nor a word of a side of two, "white house or bangkok": "White House" is one side.)
      !sides.some(
        (s) =>
          s.re.test(w) ||
          s.label
            .toLowerCase()
            .split(/\s+/)
            .includes(w.toLowerCase().replace(/[,:;!]+$/, '')),
      ) &&
      !/^(?:or|was|is|it|that|this|the|a|what|which|did|does|how|much|many|when|where|who)$/i.test(w),
  );
  return words
    .slice(0, 6)
    .join(' ')
    .replace(/[,:;]+$/, '')
    .replace(/(?:\s+(?:in|on|at|of|by|for|to))+$/i, '');
}

/**
 * The asker says the sources differ ("the ledger date and the supplier newsletter date look diff", "two of our clips
 * disagree", "seeing both"): told as a complaint about the sources, never as a value.
 */
// (Or sets two accounts against each other in a clause of its own at the end, "…? wion vs the gulf coast
// newsletter", naming no figure; or says they don't seem to match.)
const SOURCES_DIFFER_SAID_RE =
  /\b(?:look|looks|seem|seems|are|is)\s+(?:(?:a bit|kinda|totally|completely)\s+)?(?:diff|different)\b|\b(?:disagree|disagrees|(?:don'?t|doesn'?t|dont|doesnt|do not|does not)\s+(?:(?:seem|appear)\s+to\s+|really\s+|quite\s+)?(?:match|agree|line up)|conflicting|contradict|contradicts|seeing both|seeing two|(?:say|says|give|gives|have|has|got)\s+(?:me\s+|us\s+)?(?:(?:\d+|two|three|four|five|several|multiple|a few|a couple(?: of)?)\s+)?(?:(?:slightly|a bit|a little|kinda|totally|completely)\s+)?(?:diff|different)(?:\s+(?:numbers?|figures?|dates?|days?|versions?|things?))?|differ|differs)\b|(?:^\s*|[?!.:;—–]\s*)(?:per\s+)?[\p{L}'’&.-]+(?:\s+[\p{L}'’&.-]+){0,4}\s+(?:vs\.?|versus)\s+[\p{L}'’&.-]+(?:\s+[\p{L}'’&.-]+){0,4}\s*[?!.]*\s*$/iu;

/**
 * Where the asker heard one day from someone ("…? our july advisory says 7 july but that seems late", "…? the ai thing
 * says gyeongju on oct 31", "…? piseth has 9 july in his draft"): up to six words after the word for saying it.
 */
const HEARD_RE =
  /\b(?:says?|said|saying|has it (?:as|at|on)|puts? it (?:at|on)|has|had|keeps? (?:saying|telling (?:people|everyone|us))|reckons?|claims?|claimed|wrote|writes)\s+((?:[\p{L}\p{N}.,'’-]+\s*){1,6})/giu;

/** The end of a year heard: "end of 2026", "the end of the year", "year-end 2026", "end-2026". */
const YEAR_END_HEARD_RE =
  /^(?:the\s+)?(?:(?:very\s+)?end|close)\s+of\s+(?:the\s+year|(?:19|20)\d\d)\b|^(?:year-?end|end-)\s*(?:19|20)\d\d\b/i;

/** Months as articles write them, capitalised (chat types "7 july", "march 2"), so that dates are read in them. */
function monthsCapitalised(text: string): string {
  return text.replace(
    /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi,
    (w) => `${w[0]?.toUpperCase()}${w.slice(1).toLowerCase()}`,
  );
}

/** The one day the asker heard, as a side ("7 july" as articles write 7 July), when exactly one is heard; else null. */
export function heardDate(question: string): Side | null {
  const text = normalizeInformal(question);
  const days: Side[] = [];
  for (const m of text.matchAll(HEARD_RE)) {
    // (Months as articles write them, capitalised: chat types "7 july".)
    const heard = monthsCapitalised(m[1] as string);
    // (Or the end of a year, "the AI piece says end of 2026": late December, as an article writes that day.)
    const yearEnd = YEAR_END_HEARD_RE.exec(heard);
    const endSide = yearEnd ? partOfMonthSide('end of December') : null;
    if (yearEnd && endSide && !days.some((x) => x.re.source === endSide.re.source)) days.push({ ...endSide, label: yearEnd[0] });
    for (const d of findDateMentions(heard)) {
      const v = d.relative ? null : resolveDate(d.expr, null);
      if (v?.precision !== 'day' || !v.month || !v.day) continue;
      const side = dateSide(`${MONTH_NAMES[v.month - 1]} ${v.day}`);
      if (side && !days.some((x) => x.re.source === side.re.source)) days.push({ ...side, label: d.text });
    }
  }
  return days.length === 1 ? (days[0] as Side) : null;
}

/**
 * The things a "how many" question counts, as the unit of a figure heard for it ("how many announcements did no. 70
 * suspend? the AI article says 4": "suspending four of its October announcements"); null for no plural noun.
 */
function countedUnit(noun: string): { written: string } | null {
  if (!/^[a-z]{4,}s$/i.test(noun) || STOPWORDS.has(noun.toLowerCase())) return null;
  const root = escapeRegExp(noun.toLowerCase().replace(/(?:es|s)$/, ''));
  return { written: String.raw`(?:of\s+(?:its|the|their|these|those)\s+)?(?:[\w'’-]+\s+){0,2}?${root}\w*\b` };
}

/** Units of a figure heard, as chat and articles write them (the first pattern reads the asker's, the second an article's). */

const HEARD_UNITS: { asked: RegExp; written: string }[] = [
  { asked: /^(?:hrs?|hours?|h)$/i, written: String.raw`(?:hours?|hrs?)\b` },
  { asked: /^(?:mins?|minutes?)$/i, written: String.raw`(?:minutes?|mins?)\b` },
  { asked: /^(?:days?)$/i, written: String.raw`days?\b` },
  { asked: /^(?:wks?|weeks?)$/i, written: String.raw`(?:weeks?|wks?)\b` },
  { asked: /^(?:mos?|months?)$/i, written: String.raw`months?\b` },
  { asked: /^(?:t|tons?|tonnes?|mt)$/i, written: String.raw`(?:t|tons?|tonnes?|metric tons?)\b` },
  { asked: /^(?:%|percent|pct)$/i, written: String.raw`(?:%|percent\b|per cent\b)` },
];

/** A figure in a unit of time as articles write it ("26 weeks", "twenty-six weeks"), as a side stated wherever it ranks. */
function unitSide(value: string, written: string): Side {
  const n = Number(value);
  const words = Object.entries(NUMBER_WORD_VALUES)
    .filter(([, v]) => v === n)
    .map(([w]) => w);
  const number = [escapeRegExp(value), ...words].join('|');
  return { label: value, re: new RegExp(String.raw`(?<![\d.,])\b(?:${number})(?:[\s-]+|\s?)${written}`, 'i'), counted: true };
}

/**
 * The one figure with a unit the asker heard ("maarten keeps telling people 3 hrs", "the customer letter says 16"
 * after "how many weeks…"), as a side: the number in figures or words before its unit; and the unit's pattern, which
 * the other side's figure must have. Null when none, or more than one, is heard.
 */
export function heardFigure(question: string): { side: Side; unit: string } | null {
  const text = normalizeInformal(question);
  const askedUnit = /\bhow many\s+(\w+)/i.exec(text)?.[1] ?? '';
  const found: { side: Side; unit: string }[] = [];
  for (const m of text.matchAll(HEARD_RE)) {
    // (With its thousands written apart: "3,188 tonnes".)
    const f = /^(?:about\s+|around\s+|like\s+)?(\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d)?)\s*(%|[a-z]+)?/i.exec(m[1] as string);
    if (!f) continue;
    // (A word after the figure that is no unit, "says 16 but…", leaves the unit the question asks in.)
    const written = HEARD_UNITS.find((u) => u.asked.test(f[2] ?? ''));
    const unit = written ?? HEARD_UNITS.find((u) => u.asked.test(askedUnit)) ?? countedUnit(askedUnit);
    if (!unit) continue;
    const n = Number((f[1] as string).replace(/,/g, ''));
    const words = Object.entries(NUMBER_WORD_VALUES)
      .filter(([, v]) => v === n)
      .map(([w]) => w);
    const number = [String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '[,\\s]?'), ...words].join('|');
    found.push({
      side: {
        label: `${f[1]}${written && f[2] ? ` ${f[2]}` : ''}`,
        re: new RegExp(String.raw`(?<![\d.,])\b(?:${number})(?:[\s-]+|\s?)${unit.written}`, 'i'),
      },
      unit: unit.written,
    });
  }
  return found.length === 1 ? (found[0] as { side: Side; unit: string }) : null;
}

/**
 * The unit of the figure a question asks for, as articles write it: a rate's percent ("what share of…", "what % …",
 * "how much of china's … market do they control"),
 * or the unit after "how many" ("how many weeks"); else null.
 */
export function unitAsked(question: string): string | null {
  const text = normalizeInformal(question);
  if (/%|\bpercent|\bpct\b|\bshare\b|\brate\b|\bhow much of\b/i.test(text))
    return HEARD_UNITS.find((u) => u.asked.test('%'))?.written ?? null;
  const asked = /\bhow many\s+(\w+)/i.exec(text)?.[1] ?? '';
  return HEARD_UNITS.find((u) => u.asked.test(asked))?.written ?? null;
}

/**
 * "how long was the trump xi sit-down in busan actually? maarten keeps telling people 3 hrs": the article that states the
 * figure heard is one side, the first best sentence about it in another article that gives another figure in that
 * unit the other, each quoted; or null.
 */
export function heardFigureDisagreement(
  question: string,
  scored: readonly ScoredSentence[],
  corpus: Corpus,
  about: ReadonlySet<string>,
): Disagreement | null {
  const heard = heardFigure(question);
  const unit = heard?.unit ?? (SOURCES_DIFFER_SAID_RE.test(normalizeInformal(question)) ? unitAsked(question) : null);
  if (!unit || about.size === 0) return null;
  const anyFigure = new RegExp(
    String.raw`(?<![\d.,])\b(?:\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d)?|${Object.keys(NUMBER_WORD_VALUES).join('|')})(?:[\s-]+|\s?)(?:\*\*)?${unit}`,
    'i',
  );
  const aboutIt = (s: ScoredSentence) => tokenize(s.sentence.text).some((t) => about.has(t.stem));
  // (A figure in that unit about what is asked answers it however few of a long message's words it holds: "the
  // tradepulse brief says 3,188 tonnes … went to the US in june. legit or garbage?" of "…353 tonnes … to the United
  // States in June".)
  const window = scored.slice(0, SIDE_WINDOW).filter((s) => s.coverage >= OTHER_FIGURE_COVERAGE && aboutIt(s));
  // (The asker heard none, but says the accounts differ: the first figure in that unit is one side, the first other
  // figure another article gives the other.)
  const figureOf = (s: ScoredSentence) =>
    /[\d.,]*\d|[a-z]+/i
      .exec(anyFigure.exec(s.sentence.text)?.[0] ?? '')?.[0]
      ?.toLowerCase()
      .replace(/,/g, '');
  const stating = heard ? window.find((s) => heard.side.re.test(s.sentence.text)) : window.find((s) => anyFigure.test(s.sentence.text));
  if (!stating) return null;
  const other = window.find(
    (s) =>
      s.sentence.source !== stating.sentence.source &&
      (heard ? !heard.side.re.test(s.sentence.text) : figureOf(s) !== figureOf(stating)) &&
      anyFigure.test(s.sentence.text),
  );
  if (!other) return null;
  // (What an account is said to give the figure of, "…says 3,188 tonnes of magnets went to the US in june": "magnets
  // went to the US in june".)
  const given = heard
    ? new RegExp(String.raw`${heard.side.re.source}\s+(?:of\s+)?([^?!.;]+)`, 'i')
        .exec(normalizeInformal(question))?.[1]
        ?.split(/\s+/)
        .slice(0, 8)
        .join(' ')
    : undefined;
  const topic = given || topicOf(differingSaidApart(question), [NO_SIDE, NO_SIDE]) || 'the figure asked about';
  return statedSides(corpus, topic, 'number', [
    { s: other, written: anyFigure.exec(other.sentence.text)?.[0] ?? '' },
    { s: stating, written: (heard?.side.re ?? anyFigure).exec(stating.sentence.text)?.[0] ?? heard?.side.label ?? '' },
  ]);
}

/**
 * The place in a series the asker heard for what a "which round" question asks ("which round was kuala lumpur? the
 * witness told the committee it was the 4th"): the ordinal after a word for saying it, as a side; null for none.
 * (Right after the saying, or after "it was": "told reporters on the 4th" gives a day, not a round.)
 */
const HEARD_ORDINAL_RE = new RegExp(
  String.raw`\b(?:says?|said|told\b[^?.!;]{0,40}?|has it as|puts? it at|reckons?|claims?|claimed|wrote|writes)\s+(?:(?:that\s+)?it\s+(?:was|is|'s|’s)\s+)?(?:the\s+)?(${ORDINAL})\b(?!\s+of\b)`,
  'i',
);
/** Words after a day that make it a name ("October 9 controls", "March 2 levy rules"), as questions name measures. */
const NAMES_BY_DAY_RE =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:controls?|rules?|measures?|announcements?|package|curbs?|restrictions?|regulations?|list|levy|levies|notice|order|decree|framework|truce|deal)\b/iu;
/** How much of the question a sentence giving a day must hold when it has none of the question's own words. */
const STATED_DAY_COVERAGE = 0.4;
/** How much of the question a sentence giving the place in the series heard must hold. */
const HEARD_SIDE_COVERAGE = 0.1;
/** An ordinal a sentence gives a place in a series by ("a fifth round of in-person discussions"), the ordinal in group 1. */
const SERIES_ORDINAL_RE = new RegExp(
  String.raw`\b(${ORDINAL})\s+(?:[\p{L}-]+\s+){0,3}?(?:rounds?|meetings?|sessions?|summits?|calls?|talks|time)\b`,
  'iu',
);

export function heardOrdinal(question: string): Side | null {
  return SERIES_RE.test(normalizeInformal(question)) ? ordinalHeardIn(question) : null;
}

/** The ordinal heard in a part of a question (its series may be named in another part). */
function ordinalHeardIn(text: string): Side | null {
  const m = HEARD_ORDINAL_RE.exec(normalizeInformal(text));
  return m ? ordinalSide(m[1] as string) : null;
}

/**
 * "which round was kuala lumpur? the witness told the committee it was the 4th": the article that gives the place in
 * the series heard against the best other one that gives another, each quoted; or null.
 */
export function heardOrdinalDisagreement(
  question: string,
  scored: readonly ScoredSentence[],
  corpus: Corpus,
  about: ReadonlySet<string>,
): Disagreement | null {
  const heard = heardOrdinal(question);
  if (!heard || about.size === 0) return null;
  const aboutIt = (s: ScoredSentence) => tokenize(s.sentence.text).some((t) => about.has(t.stem));
  const ordinalOf = (s: ScoredSentence) => SERIES_ORDINAL_RE.exec(s.sentence.text)?.[1] ?? '';
  const window = scored.slice(0, SIDE_WINDOW).filter((s) => aboutIt(s) && ordinalOf(s) !== '');
  // (The side heard is met with fewer of the question's words, most of which tell who said it: "the witness told the
  // committee" of "DR WHITCOMBE: Kuala Lumpur was the fourth round…"; the other side must be about the question.)
  const stating = window.find((s) => s.coverage >= HEARD_SIDE_COVERAGE && heard.re.test(ordinalOf(s)));
  const other = window.find(
    (s) => s.coverage >= OTHER_FIGURE_COVERAGE && s.sentence.source !== stating?.sentence.source && !heard.re.test(ordinalOf(s)),
  );
  if (!stating || !other) return null;
  const topic = topicOf(differingSaidApart(question), [NO_SIDE, NO_SIDE]) || 'the place in the series asked about';
  return statedSides(corpus, topic, 'number', [
    { s: other, written: SERIES_ORDINAL_RE.exec(other.sentence.text)?.[0] ?? '' },
    { s: stating, written: SERIES_ORDINAL_RE.exec(stating.sentence.text)?.[0] ?? heard.label },
  ]);
}

/**
 * The question without the sentence that says the sources differ ("…? the ledger and the newsletter look diff"), or
 * the one that gives the day the asker heard ("…? our july advisory says 7 july but that seems late").
 */
export function differingSaidApart(question: string): string {
  const heard = heardDate(question) ?? heardFigure(question) ?? heardOrdinal(question);
  const parts = question.match(/[^?!.]+[?!.]*/g) ?? [question];
  const kept = parts.filter(
    (part) => !SOURCES_DIFFER_SAID_RE.test(part) && !(heard && (heardDate(part) ?? heardFigure(part) ?? ordinalHeardIn(part))),
  );
  // (Unless the sentence giving the figure heard is the question itself, "the tradepulse brief says 3,188 tonnes of
  // magnets went to the US in june. legit or garbage?": its words less the figure.)
  // (A part left that only doubts it, "legit or garbage?", or says little, "thx", asks nothing of its own.)
  if (heard && kept.every((part) => CLAIM_DOUBTED_RE.test(part) || !part.split(/\s+/).some((w) => w.replace(/\W/g, '').length > 4)))
    return parts
      .filter((part) => !SOURCES_DIFFER_SAID_RE.test(part))
      .join(' ')
      .replace('re' in heard ? heard.re : heard.side.re, ' ');
  return kept.join(' ');
}

/** A day of the week as articles write it, whole. */
const WEEKDAY_RE = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.join('|')})\b`);

/**
 * "When did calder go back to 3 shifts? the ledger date and the supplier newsletter date look diff": where the asker
 * says the sources differ on when something happened and offers no value, the day each article's best sentence about
 * it gives (a sentence holding a word of what is asked besides the story's own, and writing a day), when two articles
 * give different days, each side quoted; or null.
 */
export function statedDatesDisagreement(
  question: string,
  scored: readonly ScoredSentence[],
  corpus: Corpus,
  about: ReadonlySet<string>,
): Disagreement | null {
  // (Or the asker heard one day and doubts it: "when was GE told … again? our july advisory says 7 july but that
  // seems late". The article that states it is one side, the first that gives another day the other.)
  const heard = SOURCES_DIFFER_SAID_RE.test(question) ? null : heardDate(question);
  if (!heard && (!SOURCES_DIFFER_SAID_RE.test(question) || about.size === 0)) return null;
  const sides: { s: ScoredSentence; value: string; written: string; heard: boolean }[] = [];
  const weekdayAsked = !heard && WEEKDAY_ASKED_RE.test(question);
  const endAsked = END_ASKED_RE.test(question);
  // The days the question names something by ("the oct 9 controls", "the march 2 levy rules"): no side.
  const asked = monthsCapitalised(normalizeInformal(question));
  const named = new Set(
    findDateMentions(asked)
      .filter((m) => !m.relative && NAMES_BY_DAY_RE.test(asked.slice(m.end, m.end + 40)))
      .flatMap((m) => {
        const v = resolveDate(m.expr, null);
        return v?.precision === 'day' ? [`${v.month}-${v.day}`] : [];
      }),
  );
  for (const s of scored.slice(0, SIDE_WINDOW)) {
    if (sides.some((x) => x.s.sentence.source === s.sentence.source)) continue;
    // (Or holds much of the question where its own words are the story's, all but one at most: "President Donald Trump
    // announced Oct. 10 the US would impose a 100% tariff" of "what date did trump announce the 100% tariff on china?".)
    if (!tokenize(s.sentence.text).some((t) => about.has(t.stem)) && (about.size > 1 || s.coverage < STATED_DAY_COVERAGE)) continue;
    const published = corpus.byId.get(s.sentence.source)?.meta.published;
    const reference = published ? parseYmd(published) : null;
    // (Asked until when, "till what date are the oct 9 controls suspended? the AI explainer says nov 30 2026": the day
    // each gives as an end, "until November 10, 2026", not the day that names the controls.)
    const mentions = findDateMentions(s.sentence.text).filter(
      (m) =>
        !m.relative &&
        (!endAsked || /^(?:until|till|through|thru)\b/i.test(m.text) || END_MARKER_RE.test(s.sentence.text.slice(0, m.start))),
    );
    // (Asked for the day of the week, "on which weekday did trump…? the thai paper and CNA dont seem to match": the
    // weekday each gives, written whole.)
    if (weekdayAsked) {
      const day = WEEKDAY_RE.exec(s.sentence.text)?.[0];
      if (day) sides.push({ s, value: day.toLowerCase(), written: day, heard: false });
      continue;
    }
    // (A sentence that states the day heard is that side, whatever other days it gives.)
    const stating = heard ? mentions.find((m) => heard.re.test(m.text)) : undefined;
    for (const m of stating ? [stating] : mentions) {
      const v = resolveDate(m.expr, reference);
      if (v?.precision !== 'day') continue;
      // (Not a day the question itself names something by, "when do the oct 9 controls kick in? memo says 1 dec":
      // October 9 is no side.)
      if (!stating && named.has(`${v.month}-${v.day}`)) continue;
      sides.push({ s, value: isoOf(v), written: m.text, heard: stating !== undefined });
      break;
    }
  }
  const first = heard ? sides.find((x) => x.heard) : sides[0];
  const other = sides.find((x) => first && x.value !== first.value && !x.heard);
  if (!first || !other) return null;
  const topic = topicOf(question, [NO_SIDE, NO_SIDE]) || 'the date asked about';
  // (The day the asker heard last: the other is what the best sentence about it gives.)
  return statedSides(corpus, topic, 'date', heard ? [other, first] : [first, other]);
}

/** No side: for `topicOf` where the question offers none. */
const NO_SIDE: Side = { label: '', re: /$^/ };
