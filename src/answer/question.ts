import { MONTH_WORD, monthOfWord, monthSpan, namesMay } from '../corpus/dates.js';
import { isEnglishWord } from '../text/dictionary.js';
import { citiesOf, lowerCasePlaceCandidates, lowerCasePlacePairs, questionPlaces } from '../text/entities.js';
import { escapeRegExp, lexiconLines, lexiconPairs, lexiconWords, normalizeInformal } from '../text/lexicon.js';
import { nlp } from '../text/nlp.js';
import { NUMBER_WORD_VALUES, ORDINAL_WORDS } from '../text/numbers.js';
import { synonymsOf } from '../text/synonyms.js';
import { lexiconEntry, preparedTagging, type TaggedTerm, type Tagging } from '../text/tagger.js';
import { isTitleWord, TITLE_ALIASES } from '../text/titles.js';
import { editDistance, QUESTION_WORDS, STOPWORDS, stem, type Token, tokenize } from '../text/tokenize.js';

/** What kind of answer a question wants; drives the answer-type bonus and abstention rules. */
export type QuestionType = 'when' | 'who' | 'where' | 'howmany' | 'why' | 'yesno' | 'what';

/** The vocabulary of the indexed article bodies (stems and surface words with document frequencies). */
export interface Vocabulary {
  stems: ReadonlyMap<string, number>;
  /** Surface word → stem, for spelling correction. */
  words: ReadonlyMap<string, string>;
  /** Stems of the outlets' and authors' names and of section headings, which the articles use outside their sentences. */
  names?: ReadonlySet<string>;
  /**
   * The headlines as sets of stems, by each stem they hold: a topic word only a headline uses is still the article's
   * ("the chamber flash survey" of "Flash survey: …", "the tidewater radio segment" of "TIDEWATER RADIO — …").
   */
  headlines?: ReadonlyMap<string, readonly Headline[]>;
  /**
   * Lower-case acronym → the name the articles spell out ("kl" → "Kuala Lumpur", "bis" → "Bureau of Industry and
   * Security"): for acronyms no article uses, and to tell an acronym typed in lower case from a typo.
   */
  acronyms?: ReadonlyMap<string, string>;
  /**
   * Lower-case abbreviation → the words an article defines it as ("smco" → "samarium-cobalt" of "samarium-cobalt
   * (SmCo)"): for the articles that write the words instead.
   */
  abbreviations?: ReadonlyMap<string, string>;
  /** Lower-case words of the names of people the articles quote or name in a role ("lutnick", "greer"). */
  people?: ReadonlySet<string>;
  /**
   * A given name → the surname of the one person of the articles who has it ("margaux" → "thibodeau"): articles name a
   * person in full once, then by surname ("Thibodeau: …"), while colleagues ask by the given name.
   */
  surnames?: ReadonlyMap<string, string>;
  /** A word of the name of the one person who holds a title with a short form → that form ("thibodeau" → "cio"). */
  shortTitles?: ReadonlyMap<string, string>;
}

/** A headline's words: its stems, and those of the countries it names that are none of the story's parties. */
export interface Headline {
  stems: ReadonlySet<string>;
  /** (Read when first asked.) */
  others(): readonly string[];
}

/** The most sentences that may use an acronym typed in capitals for it to be read as the name it stands for too. */
const RARE_ACRONYM_SENTENCES = 2;

/** One content word of the question and how it was matched to the articles. */
export interface QuestionTerm {
  word: string;
  stem: string;
  /** The stems that stand for this word in the articles: itself, synonyms, or a spelling correction. */
  matches: string[];
  /** True when the word (or a synonym or correction) occurs in the articles. */
  present: boolean;
  /** True for nouns and names: an absent salient word means the articles are about something else. */
  salient: boolean;
  /** True for names (people, places, organisations, countries): answers should mention them. */
  name: boolean;
  /** Words joined by "or" share a group: a sentence needs only one of them ("a breakthrough or a modest step"). */
  group?: number;
  /**
   * True for a word that frames the question rather than naming its topic ("agree" in "what did China agree
   * to do?"): answers rarely repeat it, so it does not count towards coverage.
   */
  frame: boolean;
  corrected?: string;
}

export interface AnalyzedQuestion {
  text: string;
  /** What the question is about: the question itself, or a follow-up together with the question before it. */
  topic: string;
  type: QuestionType;
  terms: QuestionTerm[];
  /** One weighted set of alternative stems per content word (and per word of earlier questions), for lexical scoring. */
  concepts: Map<string, number>[];
  /** The question with corrections and synonyms appended, for the embedder. */
  expanded: string;
  /** The question tries to give the bot instructions. */
  injection: boolean;
  /** The question asks what someone agreed, promised or will do ("What did China agree to do?"). */
  commitment: boolean;
  /** The question asks what people said or think ("What did experts say?"). */
  views: boolean;
  /** The question asks for several items, likely spread over several articles ("which companies…", "list…"). */
  list: boolean;
  /** How many items a list question asks for ("name the 7 rare earths": 7), when it says. */
  listCount?: number;
}

/**
 * The phrases a question puts in quotation marks, of two to eight words ("a 'certain country'", "“three different
 * clocks”") or one hyphenated word ("'hard-won'"), lower-cased with single spaces; an apostrophe inside a word ("didn't") opens none.
 */
export function quotedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])['‘"“]([^'‘’"“”]{3,80}?)['’"”](?![\p{L}\p{N}])/gu)) {
    const phrase = (m[1] as string).replace(/\s+/g, ' ').trim().toLowerCase();
    const words = phrase.split(' ').length;
    // (Or one hyphenated word, a coinage of its own: "'hard-won'"; not a plain word, "mofcom says 'remove'", which
    // the articles may put in any form.)
    if ((words >= 2 && words <= 8) || (words === 1 && /\p{L}-\p{L}/u.test(phrase))) out.push(phrase);
  }
  return out;
}

/**
 * Words the asker recalls as they were said, without quotation marks, before "thing", "bit", "line", "remark" or "quip"
 * (not "comment", a verb too: "did the embassy in washington comment"): "what did trump rate the busan meeting, the out
 * of ten thing" ("out of ten"), "the we just signed line". Two to six words, one of them a function word (a fragment of
 * speech, not the name of a topic: "the soybean thing" recalls no words).
 */
export function recalledPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(RECALLED_PHRASE_RE)) {
    // (From the last "the" on: "the story w the soybean thing" recalls "soybean", no phrase.)
    const all = (m[1] as string).split(' ');
    const words = all.slice(all.lastIndexOf('the') + 1);
    if (words.length >= 2 && words.length <= 6 && words.some((w) => STOPWORDS.has(w)) && !STOPWORDS.has(words.at(-1) as string))
      out.push(words.join(' '));
  }
  return out;
}
const RECALLED_PHRASE_RE = /\bthe ((?:[a-z0-9'’-]+ ){1,5}[a-z0-9'’-]+) (?:thing|bit|line|remark|quip)\b/g;

/**
 * True when a text (lower case, spaces folded) holds a quoted phrase as written: its parts in order when the asker
 * cut it short with an ellipsis ("'full magnets... up front'" of "full magnets, and any necessary rare earths, will
 * be supplied, up front").
 */
export function holdsPhrase(text: string, phrase: string): boolean {
  let at = 0;
  for (const part of phrase.split(/\s*(?:\.{2,}|…)\s*/)) {
    if (!part) continue;
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return true;
}
/** Questions that want a list: "which companies…", "what measures…", "list…", "everything…", "what kinds of…". */
/** Agent nouns that close compounds ("chipmaker", "shipbuilder", "soybean buyers"), and the verb each names. */
const AGENT_VERBS: Record<string, string> = {
  maker: 'make',
  builder: 'build',
  producer: 'produce',
  buyer: 'buy',
  seller: 'sell',
  shipper: 'ship',
  grower: 'grow',
  miner: 'mine',
  supplier: 'supply',
  exporter: 'export',
  importer: 'import',
};
const AGENT_COMPOUND_RE = new RegExp(`^([a-z]{3,}?)(${Object.keys(AGENT_VERBS).join('|')})s?$`);
/**
 * A closed compound of a size or degree prefix and a noun ("megafactory", "superchips", "micro-plants"): the noun
 * is what is meant when no article writes the compound (the prefixes of English word formation, not a lexicon).
 */
const PREFIX_COMPOUND_RE = /^(?:mega|giga|super|ultra|mini|micro|hyper|mega-|giga-|super-|mini-|micro-)([a-z]{5,})$/;

const LIST_RE =
  /\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|makers|producers|manufacturers|vendors|suppliers|carmakers|automakers|measures|products|items|goods|restrictions|controls|curbs|steps|sectors|industries|countries|elements|earths|metals|materials|minerals|officials|people|uses|applications|concessions|commitments|things|analysts|economists|experts|executives|execs|ceos|spokespeople|spokespersons|spokesmen|negotiators|ministers|lawmakers|groups|associations)\b|\bevery\s+(?:[\w-]+\s+){0,3}?(?:officials?|analysts?|economists?|experts?|executives?|execs?|ceos?|spokespeople|spokespersons?|spokesm[ae]n|negotiators?|ministers?|lawmakers?|companies|company|firms?|groups?|associations?|quotes?)\b|\blist\b|\broundup\b|\b(?:key|main|big|headline|important)\s+(?:numbers|figures|facts|points|takeaways|terms|dates)\b|\beverything\b|\ball (?:the|of the)\b|\bwhat kinds? of\b|\bwhat sorts? of\b|\bname (?:the|all|every)\b/i;

/** "name the 7 rare earths", "what are the three measures", "which 5 elements": how many items are asked for (not units: "what 10 percent"). */
const LIST_COUNT_RE =
  /\b(?:(?:name|list|names of|what are|which are|what were|which were)\s+(?:the|all|all the|those|these)?\s*|(?:which|what)\s+)(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?!(?:percent|per|pct|days?|weeks?|months?|years?|hours?|minutes?|tons?|tonnes?|million|billion|points?)\b)[a-z]/i;

function listCountOf(text: string): { listCount?: number } {
  const m = LIST_COUNT_RE.exec(text);
  if (!m) return {};
  const word = (m[1] as string).toLowerCase();
  const n = /^\d/.test(word) ? Number(word) : (NUMBER_WORD_VALUES[word] ?? 0);
  return n >= 2 && n <= 30 ? { listCount: n } : {};
}

const COMMITMENT_RE =
  /\b(?:agree[ds]?|agreed|agreeing|promis(?:e[ds]?|ing)|pledg(?:e[ds]?|ing)|commit(?:s|ted|ting)?|undert(?:ake|akes|ook|aking)|offer(?:ed|s|ing)?)\s+to\b|\bwhat\s+(?:will|would|is|are|does|did|has|have|must|should)\s+.{1,50}\b(?:do|offer|give|provide|lift|change|get)\b|\bin (?:return|exchange)\b/i;
/** Verbs that frame a commitment question. */
const FRAME_STEMS = new Set([
  'agre',
  'promis',
  'pledg',
  'commit',
  'undertak',
  'offer',
  'do',
  'give',
  'provid',
  'return',
  'exchang',
  'get',
  'gain',
  'receiv',
  'win',
  'obtain',
]);
/** Asks what someone said or thinks (not "get a say", "the final say": a part in deciding). */
const VIEWS_RE =
  /\b(?:(?<!\b(?:a|any|no|the|final|more|less|some) )say|said|says|tell|tells|told|think|thinks|react(?:ed|ion|ions)?|comment(?:ed|s)?|views?|quotes?(?=\s+(?:from|on|about|abt|re)\b|\s*\?*$)|opinions?|believe|warn(?:ed)?|describe[ds]?|assess(?:ment)?|take on|stance|verdict|thoughts|argu(?:e|es|ed|ment|ments)|complain(?:t|ts|s|ed)?|gripes?|grievances?|objections?|criticis[em]s?|criticize[sd]?|main point|(?:his|her|their) point|position|mean(?:s|t)? by|expects?|predicts?|anticipates?|reckons?|(?:asking|asks?|asked|calls?|called|calling) for|urges?|urged|recommends?|recommended|label(?:l?ed|s)?|dub(?:bed|s)?|characteri[sz]e[ds]?)\b|\bwhat\s+(?:did|does|do|has|have|had)\s+(?:[\w'’.-]+\s+){1,4}?(?:call(?:ed)?\s+(?!for\b)|find|found|conclude|observe)\b/i;
/**
 * "What has szalai been saying", "what's the ford boss saying": what someone is saying, asked (not "like oduya is
 * saying", the asker's source, nor "the rule on saying the deal was signed").
 */
const SAYING_ASKED_RE =
  /\bwhat(?:'s|’s|s|\s+(?:is|was|are|were|has|have|had))\s+(?:[\w'’.-]+\s+){1,5}?(?:been\s+)?(?<!\b(?:on|about|by|for|of|from|without|in|after|before|against)\s)saying\b/i;

/**
 * "per halvorsen when does the foreign-made part kick in": a question put as someone's account (a person the
 * articles quote or name, not an outlet, put first) asks what they said, as "what did halvorsen say…" does.
 */
function perPerson(plain: string, people: ReadonlySet<string> | undefined): boolean {
  // (The name, or a first name or title and the name: "per june halvorsen", "according to analyst otero".)
  // (Put first, as what the question is asked of: "…signed per vargasson?" at the end cites a source, as before.)
  // (The articles' people are read only for a question put so.)
  const m = /^\s*(?:so\s+|ok\s+)?(?:per|according to)\s+([\p{L}'’.-]+)(?:\s+([\p{L}'’.-]+))?/iu.exec(plain);
  if (!m || !people) return false;
  return [m[1], m[2]].some((w) => w !== undefined && people.has(w.toLowerCase().replace(/['’]s$/, '')));
}

/** "What did X put out / publish / release / post…": a question for what a statement said (the verb in group 1). */
export const STATEMENT_ASKED_RE =
  /\bwhat\s+(?:did|does|do|has|have|will)\s+(?:[\w'’.-]+\s+){1,5}?(put\s+out|publish|release|issue|post|tweet|write|announce)\b/;

/** "after the Korea summit", "since the London talks", "two days after trump met xi": an event that dates the question. */
export const TIME_ANCHOR_RE =
  /\b(?:after|before|since|following|ahead of|prior to)\s+(?:the\s+|their\s+|that\s+)?(?:[\w'’-]+\s+){0,3}?(?:talks?|meeting|summit|round|call|sit-?down|met|spoke|talked)\b/gi;

/**
 * "…before Busan", "…after kuala lumpur": a place that ends a question or its clause ("the tariff after busan, 10%?"),
 * or that what is asked about follows ("what did trump post after london re magnets"), the round held there timing it.
 */
// (The round may be said to start or end: "did hassett say anything before london kicked off?".)
export const PLACE_ANCHOR_RE =
  /\b(?:after|before|since|following|ahead of|prior to)\s+(?:the\s+)?([\p{L}'’-]+(?=\s+(?:kick(?:ed|s)?\s+off|start(?:ed|s)?|beg[au]n|begins|open(?:ed|s)?|wrap(?:ped|s)?(?:\s+up)?|end(?:ed|s)?|finish(?:ed|es)?|conclude[ds]?|close[ds]?)\s*(?:[,;:?.!—–]|\s-\s|$))|[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?=\s*(?:[,;:?.!—–]|\s-\s|$)|\s+(?:re|about|abt|on|regarding|concerning|rare\s+earths?)\s))/iu;

/** A length of time that places an event ("four months after London", "two days before"): no length asked for. */
export const TIME_OFFSET_RE =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?few|several|(?:a\s+)?couple(?:\s+of)?)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?=(?:after|before|later|earlier|prior|since)\b)/gi;

/** The adjectives of "how big…", "how bad…": the measure a figure question asks for. */
const HOW_MEASURES = new Set(
  'big bigger large larger high higher steep deep severe bad low far long huge small tall heavy expensive pricey costly'.split(' '),
);

/** Nouns that ask for a figure ("the June numbers", "the data"): frame words of a figure question. */
const FIGURE_NOUNS = new Set([
  'number',
  'numbers',
  'figure',
  'figures',
  'data',
  'stat',
  'stats',
  'statistics',
  'total',
  'totals',
  'volume',
  'volumes',
  // "what share of…", "what percentage": the figure is a share
  'share',
  'percentage',
  'percent',
  'proportion',
  'fraction',
  'portion',
  // "whats the real US tariff rate…", "what level…": the figure is a rate or a level, which a sentence gives as "30%"
  'rate',
  'rates',
  'level',
  'levels',
  'amount',
  // "the latest monthly number", "the annual total": the period a figure is of, which a sentence gives by naming the
  // month or the year ("in March … 406 tonnes"), not by the word
  'monthly',
  'weekly',
  'quarterly',
  'yearly',
  'annual',
  'daily',
  // "the trend of US-bound shipments from may through july, numbers pls": the figures over time asked, which a
  // sentence gives month by month ("surged to 353 tonnes in June"), never by the word
  'trend',
  'trends',
  'trajectory',
  // ("the monthly magnet export series": the same, as a data desk names it)
  'series',
]);

/** Nouns that name the kind of answer a where/when question wants. */
const ANSWER_SHAPE: Partial<Record<QuestionType, Set<string>>> = {
  where: new Set(['building', 'buildings', 'venue', 'venues', 'location', 'locations', 'place', 'places', 'spot', 'site', 'city']),
  when: new Set(['date', 'dates', 'day', 'days', 'weekday', 'weekdays', 'week', 'time', 'month', 'exact']),
  who: new Set(['title', 'titles', 'role', 'roles', 'position', 'job', 'name', 'names']),
};

/**
 * A figure the asker types ("what's this 0.1% thing", "the 3,188 t number", "why 47 percent"): what it is about is
 * asked, and sentences that give it are the evidence. A decimal, a share or a figure with a thousands separator; not
 * a day, a year or a small count ("the 7 metals", read through `countSpelledOtherwise`).
 */
function typedFigure(asked: string, tok: { norm: string; start: number; end: number }, figures: number): boolean {
  if (!/^\d/.test(tok.norm)) return false;
  // (One figure only, `figures` being how many the question types: two are sides the asker offers, "i've got 3,188
  // from one place and 7,742 from another", or a range, which the evidence need not hold both of.)
  if (figures !== 1) return false;
  const typed = asked.slice(tok.start, tok.end);
  return /^\d+\.\d+$/.test(typed) || /^\s*(?:%|percent\b|per cent\b|pct\b)/i.test(asked.slice(tok.end));
}
/**
 * A figure as a question types it: a decimal, a share, a number with thousands separators, one of three digits or
 * more that is no year, "7.7k" (not a day or a small count: "oct 9", "the 7 metals").
 */
const FIGURE_TYPED_RE =
  /\b\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b|pct\b)|\b\d+\.\d+k?\b|\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{3,}\b|\b\d+k\b/gi;

/** What the asker already knows of a list asked for: "not just the eda stuff", "besides 61 and 62", "other than ethane". */
const KNOWN_ITEMS_RE =
  /\b(?:not just|not only|besides|other than|apart from|aside from|except(?: for)?)\s+((?:the\s+)?[\w'’.-]+(?:\s*(?:,|\band\b|&|\/|\+)\s*[\w'’.-]+){0,3})/gi;

/** Which end of a span a date asked is at: "start/end dates", "the start and end date", "opening day", "final day". */
const SPAN_END_WORD = '(?:start(?:ing)?|end(?:ing)?|begin(?:ning)?|finish(?:ing)?|opening|closing|first|last|final)';
const SPAN_END_RE = new RegExp(
  `\\b${SPAN_END_WORD}(?:\\s*(?:/|&|\\+|\\band\\b|\\bor\\b|-)\\s*${SPAN_END_WORD})?\\s+(?:date|dates|day|days)\\b`,
  'gi',
);
const SPAN_END_WORD_RE = new RegExp(`\\b${SPAN_END_WORD}\\b`, 'g');

/** "…- list w/ partners & volumes": the words after "list with" name what each item gives (its columns). */
const LIST_COLUMNS_RE = /\blist\s+(?:w\/|with)\s+([\w\s,&+/-]+?)\s*(?:[?.!]|$)/i;

const HOW_WORK_RE = /\bhow (?:does|did|do|will|would|is|was) .{1,60}? work(?:s|ed|ing)?\b/i;

/** "How does that compare with oct?", "compared to may": the question asks for a comparison. */
const COMPARISON_ASKED_RE =
  /\bhow\s+(?:does|did|do|is|was|would|will)\s+(?:[\w'’.-]+\s+){0,8}?compare\b|\bcompar(?:e|ed|es|ing)\s+(?:with|to|against)\b/i;
/** What a comparison is with, in group 1: "…compare with oct", "compared to the may number". */
const COMPARED_WITH_RE = /\bcompar(?:e|ed|es|ing)\s+(?:with|to|against)\s+(?:the\s+)?([\p{L}]+)/giu;
/** A span of months typed in words, "from may through july", "may thru oct", "june to november": a series asked. */
const SERIES_SPAN_RE = new RegExp(`\\b${MONTH_WORD}\\.?\\s+(?:to|through|thru|till|until)\\s+${MONTH_WORD}(?![a-z])`, 'i');
/** A span summed: "the cumulative jan-jun figure", "year-to-date", "in total", "combined". */
const SUMMED_SPAN_RE = /\b(?:cumulative|cumulatively|year[- ]to[- ]date|ytd|in total|combined|altogether|all together|summed)\b/i;

/**
 * "…export controls — what was the condition?", "on what conditions", "what's the catch": the noun asks for the
 * condition something was put on, which the articles state with "once", "if" or "provided", seldom with the noun.
 */
const CONDITION_ASKED_RE =
  /\b(?:what(?:'s|’s|s|\s+(?:is|was|are|were))\s+(?:the\s+)?|(?:on|under|with)\s+what\s+|any\s+)(conditions?|preconditions?|prerequisites?|catch|provisos?)\b/gi;

/** Nouns that stand for "it" in chat ("this thing", "the whole thing", "stuff"): never a topic, never a frame to match. */
const FILLER = new Set(['thing', 'things', 'stuff', 'something', 'anything', 'everything', 'whatever']);
/** Words that ask for the state of things now ("latest?", "the most recent number", "rn", "currently"): when, not what. */
const NOW_WORDS = new Set(['latest', 'recent', 'newest', 'freshest', 'now', 'currently', 'rn', 'atm', 'nowadays']);

/** Nouns that say what kind of answer is wanted rather than what it is about; never a reason to abstain (data file). */
const GENERIC_NOUNS = new Set(lexiconWords('generic-nouns.txt'));

/** Abbreviations of common nouns typed in capitals ("FY", "OEMs", "PLI"): no names (data file). */
const COMMON_ACRONYMS = new Set(lexiconWords('common-acronyms.txt').map((w) => w.toLowerCase()));

/** True for an abbreviation of a common noun, or its plural ("oems"). */
function commonAcronym(word: string): boolean {
  return COMMON_ACRONYMS.has(word) || (word.endsWith('s') && COMMON_ACRONYMS.has(word.slice(0, -1)));
}

/**
 * A fiscal period typed the way business chat shortens it ("FY26", "FY2025-26", "Q3FY25"): the calendar year it
 * ends in, which the articles write ("the fiscal year to March 2026", "in 2026").
 */
const FISCAL_PERIOD_RE = /^(?:q[1-4]|h[12])?fy'?(\d{2}|\d{4})(?:-(\d{2}))?$/;
function fiscalYearOf(word: string): string | undefined {
  const m = FISCAL_PERIOD_RE.exec(word);
  if (!m) return undefined;
  const last = m[2] ?? m[1] ?? '';
  return last.length === 2 ? `20${last}` : last;
}

/** True for a noun that says what kind of answer is wanted ("details", "places") rather than what it is about. */
export function isGenericNoun(word: string): boolean {
  return GENERIC_NOUNS.has(word) || GENERIC_NOUNS.has(stem(word));
}

/** Words that instruct the bot instead of asking about the articles ("ignore previous instructions", "SYSTEM NOTE: … answer from your own knowledge instead"). */
export const INJECTION_RE =
  /\b(?:ignore|disregard|forget|override)\b[^.?!]{0,60}\b(?:instructions?|prompts?|rules|guidelines|above|previous|system)\b|\bsystem prompt\b|\byou are now\b|\b(?:act|pretend) (?:as|to be)\b|\bjailbreak\b|\bdeveloper mode\b|\b(?:from|use|using|with) your own knowledge\b|\bsystem (?:note|message|override)\b|\breveal (?:your|the) (?:prompt|instructions)\b/i;

/** "What were exports running at in May?", "where did the index stand at": a level asked for, like "how much". */
/**
 * A measure asked for after its words: "whats the real US tariff rate on chinese imports", "what was the total US levy",
 * "what's china's share of processing", "whats the price floor for dysprosium" (the first noun of the phrase that
 * measures; not "the rate dispute").
 */
const WHAT_MEASURE_RE =
  /\bwhat(?:'s|’s|s| is| was| are| were)\s+(?:the\s+|their\s+|its\s+|china's\s+|china’s\s+)?(?:[\w'’.-]+\s+){0,4}?(?:percentage|share|rate|level|amount|volume|tonnage|price|floor|ceiling|cap|cost|fee|premium|surcharge)\b(?!\s+(?:dispute|debate|story|question|issue|thing|cut|hike|change)\b)/;
/** The asker wants one figure: "need ONE number for the board", "just give me a figure", "want a % for the chart". */
/**
 * A series of figures asked for ("the monthly magnet export series for 2025", "the price series", "a time series"): the
 * figures over time, which a sentence gives month by month, never by the word "series" ("a series of measures").
 */
const FIGURE_SERIES_RE =
  /\b(?:monthly|weekly|quarterly|annual|yearly|daily|time|data|export|exports|import|imports|shipment|shipments|price|prices|tonnage|volume|volumes|customs)\s+series\b/;
/** What something came to, as an amount: "what did china's magnet exports come to in july", "what does it add up to". */
const AMOUNTED_TO_RE =
  /\bwhat (?:did|does|do|will|would|has|have|had)\b[^?]{1,60}?\b(?:come|came|amount(?:ed)?|add(?:ed)? up|work(?:ed)? out)\s+to\b/;
const WANTS_NUMBER_RE =
  /\b(?:need|want|give me|just)\s+(?:one|a|the|1|a single)\s+(?:hard\s+|exact\s+|precise\s+|firm\s+|real\s+)?(?:number|figure|%|percentage)\b|^\W*(?:the\s+)?(?:exact|precise|total|actual|overall)\s+(?:number|count|tally)\s+of\b/;
/**
 * Where things stand: "where do X stand", "where are we at with…", "where does that leave us" (not "where were the talks
 * held at", a place).
 */
const STANDING_RE =
  /\bwhere\s+(?:do|does|did|will|would)\s+(?:[\w'’-]+\s+){1,5}?(?:stand|stands|standing)\b|\bwhere\s+(?:are|is)\s+(?:we|things|it|this|that)\s+at\b|\bwhere\s+(?:does|did|do)\s+(?:that|this|it)\s+leave\b/;
/** A percentage asked for by its sign: "what's the % cutoff", "what % of it", "what percent". */
const PERCENT_ASKED_RE = /\bwhat(?:'s|’s|s| is| was| are| were)?\s+(?:the\s+)?(?:%|percent\b|per cent\b)/;
export const ASKS_LEVEL_RE = /\b(?:running|ran|stood|standing|averag(?:e|ed|ing)|came in|coming in)\s+at\b/;

/** A figure's noun opening the question, with when it is of: "ndpr price in march 2026?", "us tariff rate as of now?". */
const BARE_FIGURE_RE = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:[\w'’/.-]+\s+){0,3}?(?:price|prices|rate|rates|tonnage|volumes?|costs?|figures?|numbers?)\s+(?:in|for|on|as of)\s+(?:(?:early|mid|late|the end of)\s+)?(?:${MONTH_WORD}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s*(?:(?:19|20)\d\d)?|q[1-4](?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|now|today)\s*\?`,
);
/** A figure the asker has to have or find: "do we have the aug 2025 figure for…", "need the july number on…". */
const HAVE_FIGURE_RE =
  /\b(?:have|got|find|get|need|give me)\s+(?:the|a|an|any)\s+(?:[\w'’.-]+\s+){0,3}?(?:figures?|numbers?|stats?|tonnage|total|price|prices)\s+(?:for|on|of)\b/;
/** "…say when…", "…react when…": a "when" that opens a clause of time, after the verb the question asks about. */
const WHEN_CLAUSE_RE =
  /\b(?:what|how|who)\b.*\b(?:say|said|says|tell|told|tells|react(?:ed|s)?|respond(?:ed|s)?|do|did|does|think|thought|feel|felt|happen(?:ed|s)?|change[ds]?)\s+when\b/;

/** True when the question's "when" asks for a time (not "what did X say when the meeting started"; lower case). */
export function asksWhen(lower: string): boolean {
  const when = lower.search(/\bwhen\b/);
  // ("Where was Trump when he said it was signed?": a "when" after "where" times the place asked for.)
  const where = lower.search(/\bwhere\b/);
  return when >= 0 && !WHEN_CLAUSE_RE.test(lower) && !(where >= 0 && where < when);
}

/** How many of the articles' longer words a clipped word may stand for (`longerStems`). */
const CLIPPED_MATCHES = 3;

/**
 * The articles' stems that begin with a clipped word and go on for two letters or more ("radiopharma" →
 * "radiopharmaceut"): a clipped word stands for a few words of one family, so none when more than three do.
 */
function longerStems(clipped: string, vocab: { stems: ReadonlyMap<string, number> }): string[] {
  const found: string[] = [];
  for (const st of vocab.stems.keys()) if (st.length >= clipped.length + 2 && st.startsWith(clipped)) found.push(st);
  return found.length > CLIPPED_MATCHES ? [] : found;
}

/** Classifies the question by the answer it wants. */
export function questionType(text: string): QuestionType {
  const q = text.toLowerCase();
  // ("How long did it last?": a length, a figure; not "how long ago", a time.)
  if (
    /\bhow (?:many|much)\b|\bwhat (?:percentage|share|amount|number|level|rate)\b|\bhow (?:high|large|big)\b|\bhow long\b(?!\s+ago\b)/.test(
      q,
    ) ||
    ASKS_LEVEL_RE.test(q) ||
    WHAT_MEASURE_RE.test(q) ||
    WANTS_NUMBER_RE.test(q) ||
    PERCENT_ASKED_RE.test(q) ||
    // ("ndpr price in march 2026?", "do we have the aug 2025 figure for magnet shipments…": a figure asked for by its
    // noun, with what it is of or when.)
    BARE_FIGURE_RE.test(q) ||
    HAVE_FIGURE_RE.test(q) ||
    FIGURE_SERIES_RE.test(q) ||
    AMOUNTED_TO_RE.test(q)
  )
    return 'howmany';
  // ("What did Xi say when the meeting started?": a "when" after the verb of what/how/who asks when it was said,
  // not for a date.)
  if (
    asksWhen(q) ||
    // ("exact date of the april controls?", "date of the geneva agreement?")
    /^(?:the\s+)?(?:exact\s+|precise\s+|actual\s+)?(?:date|dates|day)\s+(?:of|for)\b/.test(q) ||
    /\bwhat (?:date|day|weekday|time|month|year)\b|\bwhich (?:date|day|weekday|month|year)\b|\bwhat day of the week\b|\bhow long ago\b/.test(
      q,
    )
  )
    return 'when';
  // ("what building were they in", "which hotel": the kind of place named.)
  // (Not where things stand, "where do military end users actually stand", "where are we at w the licences": a state
  // of affairs, asked like any "what".)
  if (
    /\bwhere\b|\b(?:which|what) (?:city|country|place|venue|building|hotel|location|town)\b|\bin what (?:city|country|place)\b/.test(q) &&
    !STANDING_RE.test(q)
  )
    return 'where';
  // ("List every Chinese official at the talks", "name the US negotiators": people asked for by name.)
  if (
    /\bwho(?:m|se)?\b|\bwhich (?:officials?|persons?|people|ministers?|leaders?|negotiators?|experts?|analysts?)\b|^\s*(?:list|name)\s+(?:(?:all|every|each|the|[\w'’-]+)\s+){0,3}(?:officials?|negotiators?|delegates?|ministers?|people)\b/.test(
      q,
    )
  )
    return 'who';
  // "Which mofcom spokesperson was quoted…", "which US official signed": a person asked for by what they hold.
  const picked =
    /\bwhich\s+((?:[\w'’-]+\s+){0,3}?)([\w'’-]+)\s+(?:was|were|is|are|did|does|do|has|have|had|said|says|told|signed|led|spoke|gave)\b/.exec(
      q,
    );
  if (picked && isTitleWord(picked[2] as string, (picked[1] ?? '').trim().split(/\s+/).pop() ?? '')) return 'who';
  if (/\bwhy\b|\bfor what reason\b|\bwhat (?:caused|prompted|led to)\b/.test(q)) return 'why';
  if (/^\s*(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b/.test(q)) return 'yesno';
  // ("What did the guest say about the 55 number", "the 99% figure": the figure is given; what is said of it is asked.)
  if (/\b\d[\d.,]*\s*(?:%|percent|per cent)?\s+(?:numbers?|figures?|stats?)\b/.test(q)) return 'what';
  // "What were the July numbers?", "the figures for May": asks for a figure as much as "how many" does.
  if (/\bwhat(?:['’]?s| were| are| was| is) (?:the )?(?:\w+\s+){0,3}?(?:numbers?|figures?|stats|statistics|volumes?|tonnage)\b/.test(q))
    return 'howmany';
  // "What figure did Lutnick give for ethane?", "lutnick's ethane stat?": the figure is what is asked for.
  if (
    /\b(?:what|which)\s+(?:\w+\s+){0,2}?(?:numbers?|figures?|stats?|statistics)\s+(?:did|does|do|was|were|is|are|has|have)\b/.test(q) ||
    // (A noun phrase asking for nothing else: not "…whats the gap? numbers pls", a second request after a question.)
    /^[^?]*\b(?:numbers?|figures?|stats?|statistics)\s*[?.!]*\s*$/.test(q)
  )
    return 'howmany';
  return 'what';
}

interface WordTags {
  /** Words tagged as nouns (incl. names). Empty when tagging failed: then every word counts as salient. */
  nouns: Set<string>;
  /** Words tagged as names of people, places, organisations, or capitalised mid-sentence. */
  names: Set<string>;
}

/**
 * Tags the question's words with compromise, mapped onto our tokens by character offsets (with the worker's
 * tagging of the same text when there is one: `tagger.ts`).
 */
/**
 * The text compromise tags. It reads the verb after "everyone"/"anyone" as a noun ("why does everyone care"),
 * and reads it right after "people": the pronoun is tagged as that word (padded, so offsets stay the question's).
 */
function taggable(text: string): string {
  return text.replace(/\b(?:every|any|some|no)(?:one|body)\b/gi, (m) => 'people'.padEnd(m.length));
}

/**
 * compromise's terms of a question read in this process (a question is analysed several times: on its own, as the
 * topic of a re-ask, with and without an aside; parsing it is most of its analysis). Cleared when it grows large.
 */
const termsCache = new Map<string, TaggedTerm[]>();

function termsOf(text: string): TaggedTerm[] {
  let terms = termsCache.get(text);
  if (!terms) {
    const json = nlp()(taggable(text)).json({ offset: true }) as { terms: TaggedTerm[] }[];
    terms = json.flatMap((s) => s.terms);
    if (termsCache.size > 5000) termsCache.clear();
    termsCache.set(text, terms);
  }
  return terms;
}

function tagWords(text: string, tagging: Tagging | undefined): WordTags {
  const nouns = new Set<string>();
  const names = new Set<string>();
  try {
    let terms: TaggedTerm[];
    if (tagging) {
      if (!tagging.terms) throw new Error('compromise could not tag the question');
      terms = tagging.terms;
    } else {
      terms = termsOf(text);
    }
    for (const tok of tokenize(text)) {
      const over = terms.filter((t) => t.offset.start < tok.end && tok.start < t.offset.start + t.offset.length);
      const tags = new Set(over.flatMap((t) => t.tags));
      if (tags.has('Noun') || tags.has('ProperNoun')) nouns.add(tok.norm);
      const capitalised = tok.start > 0 && /^\p{Lu}/u.test(text.slice(tok.start, tok.end));
      if (
        tags.has('ProperNoun') ||
        tags.has('Place') ||
        tags.has('Person') ||
        tags.has('Organization') ||
        capitalised ||
        tok.norm === 'usa'
      ) {
        names.add(tok.norm);
      }
    }
  } catch {
    nouns.clear();
  }
  return { nouns, names };
}

let lexicon: Record<string, unknown> | null = null;

/** The forms of a word looked up in compromise's lexicon. */
function lexiconForms(word: string): string[] {
  return [word, word.replace(/(?:es|s)$/, ''), word.replace(/ed$/, ''), word.replace(/ing$/, ''), word.replace(/ies$/, 'y')];
}

/** True when the word is an English word compromise knows (then it is not a typo to correct). */
function isKnownWord(word: string): boolean {
  return lexiconForms(word).some((f) => {
    if (f.length <= 2) return false;
    // Looked up by the tagging worker, or here.
    const entry = lexiconEntry(f);
    if (entry) return entry.present;
    lexicon ??= (nlp().model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    return f in lexicon;
  });
}

const DOUBLED_RE = /(\p{L})\1/gu;

/** Other spellings of family names (`name-spellings.txt`): each spelling → the others. */
let nameSpellings: Map<string, string[]> | null = null;
function otherSpellings(word: string): string[] {
  if (!nameSpellings) {
    nameSpellings = new Map();
    for (const line of lexiconLines('name-spellings.txt')) {
      const group = line.trim().split(/\s+/);
      for (const w of group) nameSpellings.set(w, [...(nameSpellings.get(w) ?? []), ...group.filter((o) => o !== w)]);
    }
  }
  return nameSpellings.get(word) ?? [];
}

/**
 * The question's words with the names of people typed the way dictation and hurried typing break them, read as the
 * articles write them: a name in pieces ("lut nick", "cheng gang" for Lutnick, Chenggang), the start of one
 * ("bess" for Bessent, when no other person's name starts so) and another romanisation of a family name ("lee" for
 * Li). Only words no article uses are read so, and only as the name of a person the articles name.
 */
function namesAsTyped(tokens: Token[], vocab: Vocabulary, text: string): Token[] {
  const people = vocab.people;
  if (!people || people.size === 0) return tokens;
  const known = (t: Token) => vocab.stems.has(t.stem) || vocab.words.has(t.norm) || people.has(t.norm);
  const as = (t: Token, norm: string, end = t.end): Token => ({ ...t, norm, stem: stem(norm), end });
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const next = tokens[i + 1];
    const joined = next ? tok.norm + next.norm : '';
    if (next && /^\p{L}+$/u.test(joined) && joined.length >= 6 && people.has(joined) && !(known(tok) && known(next))) {
      out.push(as(tok, joined, next.end));
      i++;
      continue;
    }
    // A surname heard as two words, as dictation writes it ("lute nick" for Lutnick, "best sent" for Bessent): the two
    // joined are one letter from a name the articles give, and neither is a small word.
    // (Not a double-barrelled name, typed with its hyphen: "montufar-helu" is as written.)
    const spaced = next !== undefined && /^\s+$/.test(text.slice(tok.end, next.start));
    const heard =
      next && spaced && /^\p{L}+$/u.test(joined) && joined.length >= 6 && !smallWord(tok) && !smallWord(next)
        ? heardAs(joined, people)
        : null;
    if (heard) {
      out.push(as(tok, heard, next?.end));
      i++;
      continue;
    }
    if (known(tok) || STOPWORDS.has(tok.norm) || QUESTION_WORDS.has(tok.norm) || !/^\p{L}+$/u.test(tok.norm)) {
      out.push(tok);
      continue;
    }
    const spelt = otherSpellings(tok.norm).find((w) => people.has(w));
    if (spelt) {
      out.push(as(tok, spelt));
      continue;
    }
    // A surname typed one letter off ("lutnik" for Lutnick, "besent"): the one person the articles name it is one letter
    // from, when it is no English word. (Read as that person, a name, not as any article word it is close to.)
    const misspelt = tok.norm.length >= 5 && !isEnglishWord(tok.norm) ? heardAs(tok.norm, people) : null;
    if (misspelt) {
      out.push(as(tok, misspelt));
      continue;
    }
    // (Not an English word the articles happen not to use: "mill" is not Miller.)
    const starts =
      tok.norm.length >= 4 && !isEnglishWord(tok.norm)
        ? [...people].filter((w) => w.length >= tok.norm.length + 2 && w.startsWith(tok.norm))
        : [];
    out.push(starts.length === 1 ? as(tok, starts[0] as string) : tok);
  }
  return out;
}

/** A word too small to be half of a name heard as two words: a stopword, a question word, two letters or fewer. */
function smallWord(t: Token): boolean {
  return t.norm.length <= 2 || STOPWORDS.has(t.norm) || QUESTION_WORDS.has(t.norm);
}

/** The one person's name (lower case, six letters or more) at most one letter from this word, or null. */
function heardAs(word: string, people: ReadonlySet<string>): string | null {
  let found: string | null = null;
  for (const name of people) {
    if (name.length < 6 || Math.abs(name.length - word.length) > 1 || name === word) continue;
    if (editDistance(name, word, 1) <= 1) {
      if (found && found !== name) return null;
      found = name;
    }
  }
  return found;
}

/** The article word a misspelt question word was meant to be, if one is close enough. */
function correct(word: string, vocab: Vocabulary): { word: string; stem: string } | null {
  // A word of English is what the asker meant ("tank" is not a typo of "thank"): only non-words are corrected.
  // (Except two letters swapped into a rarer word no article uses, "how many acers" of the articles' "acres": the
  // commonest slip of fast typing.)
  if (word.length >= 5 && !/\d/.test(word) && (isKnownWord(word) || isEnglishWord(word))) return swapped(word, vocab);
  if (word.length < 4 || /\d/.test(word) || isKnownWord(word) || isEnglishWord(word)) return null;
  const max = word.length >= 8 ? 2 : 1;
  let best: { word: string; stem: string; d: number; df: number } | null = null;
  const single = word.replace(DOUBLED_RE, '$1');
  for (const [w, s] of vocab.words) {
    if (Math.abs(w.length - word.length) > max || w[0] !== word[0]) continue;
    // Doubled letters misplaced ("tarrif" for "tariff", "comitee") are one slip, whatever the edit distance.
    const d = single === w.replace(DOUBLED_RE, '$1') ? Math.min(1, editDistance(word, w, max)) : editDistance(word, w, max);
    if (d > max) continue;
    const df = vocab.stems.get(s) ?? 0;
    if (!best || d < best.d || (d === best.d && df > best.df)) best = { word: w, stem: s, d, df };
  }
  return best ? { word: best.word, stem: best.stem } : null;
}

/** The article word that is `word` with two neighbouring letters swapped ("acres" of "acers"), if exactly one is. */
function swapped(word: string, vocab: Vocabulary): { word: string; stem: string } | null {
  let found: { word: string; stem: string } | null = null;
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const w = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
    const s = vocab.words.get(w);
    if (s === undefined) continue;
    if (found && found.word !== w) return null;
    found = { word: w, stem: s };
  }
  return found;
}

/** The question as read (chat shorthand normalised), with the one before it for a follow-up, and its words to tag. */
function questionTexts(text: string, context: readonly string[]): { plain: string; topic: string; asked: string } {
  const previous = context[context.length - 1];
  // Chat shorthand and idioms in the words articles use ("commerce sec" → "commerce secretary").
  const plain = normalizeInformal(text);
  // (The question before is read as typed too: "whats" of "whats the de minimis threshold" is no word to look for.)
  const topic = previous && isFollowUp(plain) ? `${plain} ${previous}` : plain;
  // "take place" is how questions ask "when"/"where", not what about.
  const asked = topic.replace(/\b(?:take|takes|took|taken|taking)\s+place\b/gi, ' ');
  return { plain, topic, asked };
}

/** What a count written the other way weighs in retrieval ("the 7 metals" of "seven rare earths"). */
const COUNT_SPELLED_WEIGHT = 0.9;

/** Number words by value (`NUMBER_WORD_VALUES` read the other way), for small counts typed in digits. */
const NUMBER_WORDS_BY_VALUE = new Map(
  Object.entries(NUMBER_WORD_VALUES)
    .filter(([w]) => w !== 'dozen')
    .map(([w, n]) => [String(n), w]),
);

/**
 * The verb of an action noun and the noun of a verb, which stemming keeps apart: "suspension" / "suspend",
 * "extension" / "extend", "expansion" / "expand", "decision" / "decide" ("when did they announce the suspension" of
 * "announced … that it would suspend the controls"). English's regular -sion pairs only; a form that is no word of
 * the articles is dropped by the caller.
 */
export function actionForms(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 6) return [];
  // (Four letters before the ending at least: not "tension" → "tend", "pension", "mansion", "version"; nor -ssion,
  // whose "commission" is no "commit".)
  if (/^[a-z]{3,}[^s]sion$/.test(w)) return [`${w.slice(0, -4)}d`, `${w.slice(0, -4)}de`];
  if (/^[a-z]{2,}[aeiou][nr]d$/.test(w)) return [`${w.slice(0, -1)}sion`];
  if (/^[a-z]{3,}[aeiou]de$/.test(w)) return [`${w.slice(0, -2)}sion`];
  return [];
}

/**
 * A count from two to twenty written the other way: "7" → "seven", "seven" → "7" (never "one"/"1", an article's "one"),
 * and an ordinal from the second: "5th" → "fifth", "fourth" → "4th" ("was KL the 4th or 5th round" of "the fifth
 * meeting"; never "1st"/"first", an article's "first").
 */
function countSpelledOtherwise(word: string): string | undefined {
  const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  if (ordinal) {
    const spelled = Number(ordinal[1]) >= 2 ? ORDINAL_WORDS[Number(ordinal[1])] : undefined;
    return spelled ? stem(spelled) : undefined;
  }
  const place = ORDINAL_WORDS.indexOf(word);
  if (place >= 2) return stem(`${place}${place === 2 ? 'nd' : place === 3 ? 'rd' : 'th'}`);
  const n = /^\d{1,2}$/.test(word) ? Number(word) : NUMBER_WORD_VALUES[word];
  if (n === undefined || n < 2 || n > 20 || word === 'dozen') return undefined;
  const other = /^\d/.test(word) ? NUMBER_WORDS_BY_VALUE.get(String(n)) : String(n);
  return other === undefined ? undefined : stem(other);
}

/**
 * What `analyzeQuestion(text, …, context)` and the question's focus will ask compromise: the text it tags and
 * the lexicon keys they may look up (for `prepareTagging`).
 */
export function taggingRequest(text: string, context: readonly string[] = []): { text: string; keys: string[] } {
  const { topic, asked } = questionTexts(text, context);
  const keys = new Set<string>();
  for (const tok of tokenize(asked)) for (const f of lexiconForms(tok.norm)) if (f.length > 2) keys.add(f);
  // The places of the question's topic (`findPlaces`): its capitalised words, alone and in adjacent pairs, and the
  // words `questionPlaces` reads as places typed in lower case.
  for (const w of [...lowerCasePlaceCandidates(topic), ...lowerCasePlacePairs(topic)]) keys.add(w);
  // And of what its abbreviations stand for ("kl": "kuala lumpur"), which the question's focus reads places in too.
  for (const tok of tokenize(topic)) {
    for (const { reading } of ABBREVIATIONS.get(tok.norm) ?? []) {
      const lower = reading.toLowerCase();
      for (const w of [...lowerCasePlaceCandidates(lower), ...lowerCasePlacePairs(lower)]) keys.add(w);
    }
  }
  const words = [...topic.matchAll(/\b[A-Z][a-z]+\b/g)];
  words.forEach((w, i) => {
    keys.add(w[0].toLowerCase());
    const next = words[i + 1];
    if (next) keys.add(`${w[0]} ${next[0]}`.toLowerCase());
  });
  return { text: taggable(asked), keys: [...keys] };
}

/** Letters of the scripts written without spaces between words (Chinese, Japanese). */
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** The most runs of an unspaced script a name in it is looked up in. */
const MAX_UNSPACED_RUNS = 24;
/** The articles' word stems in an unspaced script that hold `word` (a run of text between punctuation, read as one). */
function unspacedRunsHolding(word: string, vocab: Vocabulary): string[] {
  const out: string[] = [];
  for (const st of vocab.stems.keys()) {
    if (st.length > word.length && UNSPACED_RE.test(st) && st.includes(word)) out.push(st);
    if (out.length >= MAX_UNSPACED_RUNS) break;
  }
  return out;
}

/** Abbreviations with their readings, the first the articles use taken (`abbreviations.txt`: "kr", "tw"). */
const ABBREVIATIONS = new Map(
  lexiconPairs('abbreviations.txt').map(([from, to]) => [
    from.toLowerCase(),
    // (Its words the articles must use are not its function words or number words: "Air Force One".)
    to.split('|').map((r) => ({
      reading: r.trim(),
      stems: tokenize(r)
        .filter((t) => !STOPWORDS.has(t.norm) && !(t.norm in NUMBER_WORD_VALUES))
        .map((t) => t.stem),
    })),
  ]),
);
function abbreviationOf(word: string, vocab: Vocabulary): string | undefined {
  // (In the possessive too: "mofcom's spokesman".)
  return ABBREVIATIONS.get(word.replace(/['’]s$/, ''))?.find((r) => r.stems.every((st) => vocab.stems.has(st)))?.reading;
}

/** An abbreviated title's spelled-out form (titles.txt, "cfo = chief financial officer") when the articles use its words. */
function titleSpelledOut(word: string, vocab: Vocabulary): string | undefined {
  // (In the possessive too: "the DG's quote".)
  const long = TITLE_ALIASES.get(word.replace(/['’]s$/, ''));
  return long?.every((w) => vocab.stems.has(stem(w))) ? long.join(' ') : undefined;
}

/** A time around an event: "the weekend before busan", "the day after london". Group 1 the time, group 2 the event. */
const TIME_AROUND_RE =
  /\b(?:the\s+)?(weekend|week|day|night|morning|evening|eve|month)\s+(?:before|after|ahead of|prior to|following)\s+(?:the\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)/iu;

/**
 * The words that only time a question: a time around a round named by its place ("the weekend before busan"), when the
 * question has other words to ask with (else they are what is asked: "what happened the week before busan?").
 * (Not a place after "before"/"after" alone: "the tariff after busan" is often answered in a sentence that names it.)
 */
function timingWords(asked: string): Set<string> {
  const words = new Set<string>();
  const around = TIME_AROUND_RE.exec(asked);
  if (around && questionPlaces(around[2] as string).length > 0) {
    words.add((around[1] as string).toLowerCase());
    for (const t of tokenize(around[2] as string)) words.add(t.norm);
  }
  const rest = tokenize(asked).filter((t) => !STOPWORDS.has(t.norm) && !QUESTION_WORDS.has(t.norm) && !words.has(t.norm));
  return rest.length >= 2 ? words : new Set();
}

/**
 * Analyses a question against the articles' vocabulary: its type, its content words, how each is matched
 * (directly, through a synonym, or by correcting a typo), and weighted terms for retrieval.
 * `context` holds earlier questions of a conversation: a follow-up ("and when was that announced?") is read
 * together with the previous question; any other question is read on its own, exactly as `ask` reads it.
 */
export function analyzeQuestion(text: string, vocab: Vocabulary, context: readonly string[] = []): AnalyzedQuestion {
  const { plain, topic, asked } = questionTexts(text, context);
  const tagging = preparedTagging(taggable(asked));
  const { nouns, names } = tagWords(asked, tagging);
  const commitment = COMMITMENT_RE.test(plain);
  // "What were the June numbers?": "numbers" says a figure is wanted, like "how many"; figures never repeat it.
  const ownKind = questionType(plain);
  const asksFigure = ownKind === 'howmany';
  // "What did Ortega post / tweet": when no article writes the verb ("posted", "tweeted"; they say "wrote on X"), it
  // asks for her words and matches nothing.
  const statementVerb = STATEMENT_ASKED_RE.exec(plain.toLowerCase())?.[1] ?? '';
  const postedVerb = (statementVerb === 'post' && !vocab.words.has('posted')) || (statementVerb === 'tweet' && !vocab.words.has('tweeted'));
  // "Which building?", "what date?": words for the kind of answer wanted, which answers never repeat.
  const shape = ANSWER_SHAPE[ownKind];
  const timing = timingWords(asked);
  const figuresTyped = asked.match(FIGURE_TYPED_RE)?.length ?? 0;
  const known = new Set(
    [...asked.matchAll(KNOWN_ITEMS_RE)].flatMap((m) => tokenize(m[1] as string).map((t) => t.norm)).filter((w) => !STOPWORDS.has(w)),
  );
  const conditions = new Set([...asked.matchAll(CONDITION_ASKED_RE)].map((m) => (m[1] as string).toLowerCase()));
  const comparedMonths = new Set(
    [...asked.matchAll(COMPARED_WITH_RE)].map((m) => (m[1] as string).toLowerCase()).filter((w) => monthOfWord(w) !== null),
  );
  const spanEnds = new Set([...asked.matchAll(SPAN_END_RE)].flatMap((m) => (m[0].toLowerCase().match(SPAN_END_WORD_RE) ?? []) as string[]));
  const terms: QuestionTerm[] = [];
  const concepts: Map<string, number>[] = [];
  const extra: string[] = [];
  let weights = new Map<string, number>();
  const addWeight = (s: string, w: number) => weights.set(s, Math.max(weights.get(s) ?? 0, w));
  const seen = new Set<string>();
  // The columns of a list asked for ("list with partners & volumes", "list w/ dates + sources").
  const listColumns = new Set(tokenize(LIST_COLUMNS_RE.exec(asked)?.[1] ?? '').map((t) => t.norm));
  const askedStems = tokenize(asked)
    .filter((t) => !STOPWORDS.has(t.norm) && !QUESTION_WORDS.has(t.norm))
    .map((t) => t.stem);
  const typed = namesAsTyped(tokenize(asked), vocab, asked);
  // (The month May is a word of the question, though the modal verb is a stopword: "may 2025 magnet exports".)
  const may = namesMay(asked);
  const month = (tok: Token) => may && tok.norm === 'may';
  for (const [i, tok] of typed.entries()) {
    if ((STOPWORDS.has(tok.norm) && !month(tok)) || QUESTION_WORDS.has(tok.norm) || seen.has(tok.stem)) continue;
    seen.add(tok.stem);
    weights = new Map<string, number>();
    // Filler nouns ("this thing", "stuff") frame the question like its verbs; answers never repeat them.
    const frame =
      // "How does the licensing work?": the verb asks for a mechanism, it is not what the question is about.
      (tok.stem === 'work' && HOW_WORK_RE.test(asked)) ||
      (commitment && FRAME_STEMS.has(tok.stem)) ||
      (postedVerb && tok.norm === statementVerb) ||
      FILLER.has(tok.norm) ||
      (asksFigure && FIGURE_NOUNS.has(tok.norm)) ||
      // "How big is the plant", "how bad were exports": the measure asked for, which a figure never repeats.
      (asksFigure && HOW_MEASURES.has(tok.norm) && new RegExp(`\\bhow\\s+${tok.norm}\\b`, 'i').test(asked)) ||
      (shape?.has(tok.norm) ?? false) ||
      // "JOGMEC deals - list w/ partners & volumes": what each item of the list is to give, not what it is about.
      listColumns.has(tok.norm) ||
      // "What came out of the kuala lumpur talks the weekend before busan": the round that times the question, and the
      // time around it, say when; a sentence need not name them to answer.
      timing.has(tok.norm) ||
      // "What were the start/end dates", "the closing day": which end of a span the date asked is at; a sentence
      // gives the span ("on October 25 and 26"), not the word.
      spanEnds.has(tok.norm) ||
      // "What was the condition?": the kind of thing asked (CONDITION_ASKED_RE), which a sentence states as "once…".
      conditions.has(tok.norm) ||
      // "…and how does that compare with oct?": a comparison asked, which the figures of both make, seldom the word.
      (tok.stem === 'compar' && COMPARISON_ASKED_RE.test(asked)) ||
      // (And the month it is compared with, which a figure gives as "from a month earlier", "falling from 656".)
      comparedMonths.has(tok.norm) ||
      // "The full list, not just the eda stuff", "besides 61 and 62": what the asker knows already, which the answer
      // need not repeat (the other items are asked).
      known.has(tok.norm) ||
      // "where do things stand now w rare earths? latest?": the time asked for (the newest pages weigh up for it), not
      // a topic ("…did not comment on the latest move").
      NOW_WORDS.has(tok.norm);
    // Very short unknown words ("wer") are typos or fragments, not topics.
    // (A person the articles quote is a topic however the tagger reads the word: "the spokesman he yadong" tags
    // "yadong" as a verb after the pronoun-like "he".)
    const quoted = vocab.people?.has(tok.norm.replace(/['’]s$/, '')) === true && vocab.stems.has(tok.stem);
    // (Nor the columns of a list asked for, "list w/ partners & volumes": what each item gives, not what it is about.)
    // (Nor the kind of thing asked, "what was the condition?": a word the answer need not repeat, `conditions`.)
    const salient =
      !listColumns.has(tok.norm) &&
      !conditions.has(tok.norm) &&
      (nouns.size === 0 || nouns.has(tok.norm) || quoted || month(tok) || typedFigure(asked, tok, figuresTyped)) &&
      !GENERIC_NOUNS.has(tok.norm) &&
      !GENERIC_NOUNS.has(tok.stem) &&
      (tok.norm.length > 3 ||
        isKnownWord(tok.norm) ||
        typedFigure(asked, tok, figuresTyped) ||
        (names.has(tok.norm) && /^\p{Lu}{2,}$/u.test(asked.slice(tok.start, tok.end))) ||
        // (Nor an acronym the articles spell out, typed in lower case: "the bis rule", "eda tools".)
        (tok.norm.length === 3 && vocab.stems.has(tok.stem) && (vocab.acronyms?.has(tok.norm) ?? false)));
    const matches: string[] = [];
    let corrected: string | undefined;
    // A topic word only a headline uses, in a headline that holds another word of the question: the page asked about
    // ("the chamber flash survey": "Flash survey: …"). (Not a verb or a foreign function word of a headline, "flew",
    // "dizem"; nor a word of a headline about something else, "flew home" of "…brings magnets home", or about another
    // country's deal the question does not name, "project pipeline" of "U.S. and Australia sign…".)
    // (Looked up last: a word of the articles' sentences may be in thousands of headlines.)
    // (An owner typed in the possessive needs no other word: "kestrel's letter" of a transcript headed "KESTREL DESIGN
    // AUTOMATION, INC.", whose body names the company only as "we".)
    const owner = /['’]s$/.test(tok.norm);
    const headlined = () =>
      salient &&
      (vocab.headlines?.get(tok.stem) ?? []).some(
        (h) => (owner || askedStems.some((st) => st !== tok.stem && h.stems.has(st))) && h.others().every((o) => askedStems.includes(o)),
      );
    if (vocab.stems.has(tok.stem) || vocab.names?.has(tok.stem) || headlined()) {
      matches.push(tok.stem);
      addWeight(tok.stem, 1);
    }
    // "FY26": the year it ends in, when the articles write it that way ("…in the fiscal year to March 2026").
    const fiscal = fiscalYearOf(tok.norm);
    if (fiscal && fiscal !== tok.stem && vocab.stems.has(fiscal)) {
      matches.push(fiscal);
      addWeight(fiscal, 0.6);
      extra.push(fiscal);
    }
    // A small count typed in digits or spelled ("the 7 metals" of "seven rare earths", "seven" of "7 elements"):
    // either way the articles write it. (A list's count too: "which 7 elements" is answered by "the seven rare
    // earths: samarium, …".)
    const counted = countSpelledOtherwise(tok.norm);
    if (counted && vocab.stems.has(counted)) {
      matches.push(counted);
      addWeight(counted, COUNT_SPELLED_WEIGHT);
      extra.push(counted);
    }
    const syns = [...new Set([...synonymsOf(tok.stem), ...[tok.norm, tok.stem].flatMap((w) => actionForms(w)).map((w) => stem(w))])].filter(
      (s) => s !== tok.stem && vocab.stems.has(s),
    );
    for (const s of syns) {
      matches.push(s);
      addWeight(s, matches[0] === tok.stem ? 0.5 : 0.8);
      extra.push(s);
    }
    // A title the articles write short before a name ("representative" of "Rep. Dale Hutchens", titles.txt).
    for (const [short, long] of TITLE_ALIASES) {
      const st = stem(short);
      if (long.length !== 1 || long[0] !== tok.norm || !vocab.stems.has(st) || matches.includes(st)) continue;
      matches.push(st);
      addWeight(st, 0.8);
      extra.push(st);
    }
    // An acronym no article uses, for a name they spell out ("what did greer say in KL"): the name's words.
    // (Never an English word the articles happen not to use: "tax" is not an acronym.)
    // (Not one that begins or ends a longer name, "did MP Materials get…": that name is what is asked.)
    // (A possessive before it is another name's: "what did ACMA's DG say" asks of ACMA's director general.)
    const inName =
      /^\s+\p{Lu}/u.test(asked.slice(tok.end)) ||
      (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(asked.slice(0, tok.start)) && !/['’]s\s+$/.test(asked.slice(0, tok.start)));
    // An acronym typed in capitals that the articles write only as another word, or barely ("BIS" of the Bureau of
    // Industry and Security, where only a German page writes "bis", until): the name too.
    const capitals = /^\p{Lu}{3,5}$/u.test(asked.slice(tok.start, tok.end));
    const barely = matches.length > 0 && capitals && (vocab.stems.get(tok.stem) ?? 0) <= RARE_ACRONYM_SENTENCES;
    // So is an abbreviated title ("what did the CFO say" of a transcript's "Chief Financial Officer").
    const spelled =
      matches.length === 0 && /^[a-z][a-z0-9]{1,4}(?:['’]s)?$/.test(tok.norm) && !isEnglishWord(tok.norm) && !inName
        ? // (A symbol typed as one, "Sb", is the element, not the initials of someone the articles name: "SB".)
          /^\p{Lu}\p{Ll}$/u.test(asked.slice(tok.start, tok.end))
          ? (abbreviationOf(tok.norm, vocab) ?? vocab.acronyms?.get(tok.norm) ?? titleSpelledOut(tok.norm, vocab))
          : (vocab.acronyms?.get(tok.norm) ?? titleSpelledOut(tok.norm, vocab) ?? abbreviationOf(tok.norm, vocab))
        : barely && !inName
          ? vocab.acronyms?.get(tok.norm)
          : // (An abbreviation a page or two happen to write, "KR" in one newsletter: what the others write too.)
            !inName && (vocab.stems.get(tok.stem) ?? 0) <= RARE_ACRONYM_SENTENCES
            ? abbreviationOf(tok.norm, vocab)
            : undefined;
    // An abbreviation typed in capitals that the articles also write, but mostly spell out ("COM" of a newsletter's "the
    // COM line", where the others write "the Commission"; "MS" of "Member States"): the words it stands for too, as
    // further matches (abbreviations.txt), the abbreviation itself still matched.
    const alsoSpelled =
      !spelled && matches.length > 0 && !inName && /^\p{Lu}{2,5}s?$/u.test(asked.slice(tok.start, tok.end))
        ? abbreviationOf(tok.norm, vocab)
        : undefined;
    // The rarer words of what a short form stands for, as further matches: "export" and "control" say little of an
    // "Export Control Classification Number".
    const matchRarerWords = (long: string) => {
      extra.push(long);
      const stems = [...new Set(tokenize(long).map((w) => w.stem))].filter(
        (st) => st !== tok.stem && vocab.stems.has(st) && !STOPWORDS.has(st),
      );
      const fewest = Math.min(...stems.map((st) => vocab.stems.get(st) as number));
      for (const st of stems)
        if ((vocab.stems.get(st) as number) <= 3 * fewest && !matches.includes(st)) {
          matches.push(st);
          addWeight(st, 0.9);
        }
    };
    if (alsoSpelled) matchRarerWords(alsoSpelled);
    if (spelled) {
      corrected = spelled;
      extra.push(spelled);
      // Its rarer words: "American" says little of the American Enterprise Institute.
      const stems = [...new Set(tokenize(spelled).map((w) => w.stem))].filter((st) => vocab.stems.has(st));
      const fewest = Math.min(...stems.map((st) => vocab.stems.get(st) as number));
      for (const st of stems) {
        if ((vocab.stems.get(st) as number) > 3 * fewest) continue;
        matches.push(st);
        addWeight(st, 0.9);
      }
    }
    // An abbreviation an article defines ("samarium-cobalt (SmCo)"), typed as such ("castellan's SmCo cover — how many
    // months"): the words it stands for too, which other articles write instead ("12 months of samarium-cobalt").
    // (Only a word that may be one: no English word, six letters at most.)
    const definedAs =
      !spelled && /^[a-z]{2,6}$/.test(tok.norm) && !isEnglishWord(tok.norm) ? vocab.abbreviations?.get(tok.norm) : undefined;
    if (definedAs) matchRarerWords(definedAs);
    // A closed compound of a thing and an agent noun ("chipmaker", "shipbuilders") no article writes as one word:
    // its thing, which the articles name ("chips produced by Nexperia"), and weakly the agent's verb.
    const compound = matches.length === 0 && !spelled ? AGENT_COMPOUND_RE.exec(tok.norm) : null;
    if (compound && vocab.stems.has(stem(compound[1] as string))) {
      const thing = stem(compound[1] as string);
      corrected = `${compound[1]} ${compound[2]}`;
      matches.push(thing);
      addWeight(thing, 0.8);
      extra.push(compound[1] as string);
      const verb = stem(AGENT_VERBS[(compound[2] as string).replace(/s$/, '')] ?? '');
      if (verb && vocab.stems.has(verb)) {
        matches.push(verb);
        addWeight(verb, 0.4);
      }
    }
    const prefixed = matches.length === 0 && !spelled && !compound ? PREFIX_COMPOUND_RE.exec(tok.norm) : null;
    const base = prefixed ? stem(prefixed[1] as string) : '';
    if (prefixed && vocab.stems.has(base)) {
      corrected = prefixed[1] as string;
      matches.push(base);
      addWeight(base, 0.8);
      extra.push(corrected);
    }
    // A country no article names, whose city they do ("the swiss truce", "the talks in switzerland": "…in Geneva").
    // (Not when the question names the city too: "the UK prime minister hosting the london talks" asks of the
    // country something beyond the city.)
    const cities = matches.length === 0 ? citiesOf(tok.norm) : [];
    if (cities.length > 0 && !cities.some((c) => new RegExp(`\\b${escapeRegExp(c)}\\b`, 'i').test(asked))) {
      for (const city of cities) {
        // (A city of two words, "Kuala Lumpur" for "malaysia", by each of its words.)
        const stems = city.split(/\s+/).map((w) => stem(w.toLowerCase()));
        if (!stems.every((st) => vocab.stems.has(st))) continue;
        corrected ??= city;
        for (const st of stems) {
          matches.push(st);
          addWeight(st, 0.8);
        }
        extra.push(city);
      }
    }
    // A name in a script written without spaces ("行政院經貿辦 said what after 川習會?"): the articles' runs of that script
    // that hold it ("行政院經貿辦表示，…" is read as one run).
    if (matches.length === 0 && UNSPACED_RE.test(tok.norm) && [...tok.norm].length >= 2) {
      for (const run of unspacedRunsHolding(tok.norm, vocab)) {
        matches.push(run);
        addWeight(run, 0.9);
      }
      if (matches.length > 0) corrected = tok.norm;
    }
    // A word clipped as chat clips it ("radiopharma"): the articles' longer words that begin with it
    // ("radiopharmaceuticals"). Six letters or more and no English word, so that no short stem ("admin", "pharm")
    // reads as the start of unrelated words.
    if (matches.length === 0 && !spelled && tok.norm.length >= 6 && /^[a-z]+$/.test(tok.norm) && !isEnglishWord(tok.norm)) {
      for (const clipped of longerStems(tok.norm, vocab)) {
        corrected ??= tok.norm;
        matches.push(clipped);
        addWeight(clipped, 0.8);
      }
    }
    // A person asked by given name ("what did margaux say"): the sentences that name her by surname too.
    // (Not a word of a name given whole, "wang yi": the person is named, whoever else the articles call Wang.)
    // (Only for a word of someone's name: the sets are read when first asked for.)
    const bare = tok.norm.replace(/['’]s$/, '');
    const person = matches.length > 0 && vocab.people?.has(bare) === true;
    const nameBeside = () =>
      [typed[i - 1], typed[i + 1]].some((t) => {
        const w = t?.norm.replace(/['’]s$/, '');
        return w !== undefined && (vocab.people?.has(w) === true || (!STOPWORDS.has(w) && !isEnglishWord(w)));
      });
    const surname = person ? vocab.surnames?.get(bare) : undefined;
    // …and by the title minutes and notes call them by ("The CIO said she…").
    const short = person ? vocab.shortTitles?.get(bare) : undefined;
    if ((surname || short) && !nameBeside()) {
      for (const [alias, weight] of [
        [surname, 1],
        [short, 0.9],
      ] as const) {
        if (!alias || !vocab.stems.has(stem(alias)) || matches.includes(stem(alias))) continue;
        matches.push(stem(alias));
        addWeight(stem(alias), weight);
        if (alias === surname) extra.push(alias);
      }
    }
    if (matches.length === 0) {
      const fix = correct(tok.norm, vocab);
      if (fix) {
        corrected = fix.word;
        matches.push(fix.stem);
        addWeight(fix.stem, 0.9);
        extra.push(fix.word);
        for (const s of synonymsOf(fix.stem)) {
          if (vocab.stems.has(s)) {
            matches.push(s);
            addWeight(s, 0.45);
          }
        }
      }
    }
    terms.push({
      word: tok.norm,
      stem: tok.stem,
      matches,
      present: matches.length > 0,
      salient,
      // A word no article uses and no English dictionary knows, typed in lower case ("micron's ceo", "lynas"), is a
      // name as much as a capitalised one: it cannot be a typo of an article word (none was close) nor a paraphrase.
      // An absent word in the possessive ("micron's ceo") names who owns something: a name too.
      // (Never one letter: "R/D breakdown", "R or D" ask for a party, not for someone's initial.)
      // (Never a word for the kind of answer or source asked for, "guest", "source": generic-nouns.txt.)
      name:
        !GENERIC_NOUNS.has(tok.norm) &&
        ((tok.norm.length > 1 && names.has(tok.norm) && !commonAcronym(tok.norm) && fiscalYearOf(tok.norm) === undefined) ||
          // A person the articles quote, typed in lower case ("what did lutnick say").
          // (Or in the possessive: "what's okafor's beef".)
          (matches.includes(tok.stem) && vocab.people?.has(tok.norm.replace(/['’]s$/, '')) === true) ||
          (matches.length === 0 &&
            salient &&
            !/\d/.test(tok.norm) &&
            (/['’]s$/.test(tok.norm) || (tok.norm.length >= 5 && !isEnglishWord(tok.norm))))),
      frame,
      ...(corrected ? { corrected } : {}),
    });
    if (frame) for (const [k, w] of weights) weights.set(k, w * 0.3);
    if (weights.size) concepts.push(weights);
  }
  groupAlternatives(asked, terms, LIST_RE.test(plain));
  // "From may thru september": the months in between are asked too, any of them (a table's rows, a month's
  // figure). One term, framing the question: no article need name all of them.
  const span = monthSpan(asked);
  if (span) {
    const stems = span.map((m) => stem(m.toLowerCase())).filter((st) => vocab.stems.has(st) && !seen.has(st));
    if (stems.length > 0) {
      terms.push({
        word: span.map((m) => m.toLowerCase()).join('-'),
        stem: stems[0] as string,
        matches: stems,
        present: true,
        salient: false,
        name: false,
        frame: true,
      });
      concepts.push(new Map(stems.map((st) => [st, 0.6])));
      extra.push(...stems);
    }
    // (The months typed as its ends, "from may through july", are one topic too: a sentence that gives any month of
    // the span, "353 tonnes in June", covers them, as alternatives do. Not a span typed with a dash, "jan-jun", nor one
    // summed, "the cumulative / year-to-date figure": a period of its own, written "January–June", whose ends are asked.)
    const spanStems = span.map((m) => stem(m.toLowerCase()));
    const ends = terms.filter((t) => !t.frame && t.group === undefined && spanStems.includes(t.stem));
    // (One end may be no term of its own, "may through december": the modal "may" is read as a month only in some
    // places; the other end is still one of the span.)
    if (ends.length >= 1 && SERIES_SPAN_RE.test(asked) && !SUMMED_SPAN_RE.test(asked)) {
      const group = Math.max(0, ...terms.map((t) => t.group ?? 0)) + 1;
      for (const t of ends) {
        t.group = group;
        t.matches = [...new Set([...t.matches, ...spanStems.filter((st) => vocab.stems.has(st))])];
        // (An end no article names, "may through december" of figures up to October, is met by the months they give.)
        t.present ||= t.matches.some((m) => vocab.stems.has(m));
      }
    }
  }
  const ownType = questionType(plain);
  return {
    text,
    topic,
    type: ownType === 'what' && topic !== text ? questionType(topic) : ownType,
    terms,
    concepts,
    expanded: extra.length ? `${text} ${extra.join(' ')}` : text,
    injection: INJECTION_RE.test(text),
    commitment,
    views: VIEWS_RE.test(plain) || SAYING_ASKED_RE.test(plain) || perPerson(plain, vocab.people),
    list: LIST_RE.test(plain),
    ...listCountOf(plain),
  };
}

/** The most content words of one item of a series of alternatives ("he yongqian", "the june 27 statement"). */
const SERIES_ITEM_WORDS = 3;

/**
 * Marks the content words on either side of each "or" as one group: the last content word before it and the
 * content words after it up to the next punctuation; and words joined by slashes (in a list question, only names).
 */
function groupAlternatives(text: string, terms: QuestionTerm[], list: boolean): void {
  let group = 0;
  // (The month May is a content word, "was the geneva truce in may or june": `namesMay`.)
  const may = namesMay(text);
  const stop = (t: Token) => STOPWORDS.has(t.norm) && !(may && t.norm === 'may');
  const join = (tokens: ReturnType<typeof tokenize>) => {
    group++;
    for (const tok of tokens) {
      const term = terms.find((t) => t.stem === tok.stem);
      if (term && term.group === undefined) term.group = group;
    }
  };
  for (const m of text.matchAll(/([^,;:?!.]*?)\bor\b([^,;:?!.]*)/gi)) {
    const before = tokenize(m[1] ?? '').filter((t) => !stop(t) && !QUESTION_WORDS.has(t.norm));
    const after = tokenize(m[2] ?? '').filter((t) => !stop(t) && !QUESTION_WORDS.has(t.norm));
    const last = before[before.length - 1];
    if (last && after.length > 0) join([last, ...after]);
  }
  // So are the items of a series the "or" ends ("he yadong, he yongqian, or just 'a spokesperson'", "june, july or
  // sept"): the short items before it, each a comma apart (a dash or a colon begins the series).
  for (const m of text.matchAll(/((?:[^,;:?!.—–]+,\s*)+)([^,;:?!.—–]*?)\bor\b([^,;:?!.—–]*)/gi)) {
    const content = (s: string) => tokenize(s).filter((t) => !stop(t) && !QUESTION_WORDS.has(t.norm));
    const items: ReturnType<typeof tokenize>[] = [];
    const segments = (m[1] ?? '').split(',').slice(0, -1);
    for (let i = segments.length - 1; i >= 0; i--) {
      // (Not the question's own clause: "who ran the US side in london, bessent or lutnick" offers two names.)
      if (i === 0 && (m.index === 0 || tokenize(segments[0] as string).some((t) => QUESTION_WORDS.has(t.norm)))) break;
      const words = content(segments[i] as string);
      if (words.length === 0 || words.length > SERIES_ITEM_WORDS) break;
      items.push(words);
    }
    const before = content(m[2] ?? '');
    const after = content(m[3] ?? '');
    if (items.length === 0 || after.length === 0 || after.length > SERIES_ITEM_WORDS || before.length > SERIES_ITEM_WORDS) continue;
    join([...items.flat(), ...before, ...after]);
  }
  // So are short guesses of names asked one after another, after the question ("who announced the pause?? bessent?
  // WH? BIS?").
  for (const m of text.matchAll(/\?\s*((?:[^?.!,;:]{1,40}\?+\s*){2,})/g)) {
    const guesses = (m[1] ?? '')
      .split('?')
      .map((g) => tokenize(g).filter((t) => !stop(t) && !QUESTION_WORDS.has(t.norm)))
      .filter((g) => g.length > 0);
    // (Names only: "vice premier? vice minister? trade rep??" are sides of a dispute to set against each other.)
    const named = (g: ReturnType<typeof tokenize>) => g.some((tok) => terms.find((t) => t.stem === tok.stem)?.name);
    if (guesses.length >= 2 && guesses.every((g) => g.length <= SERIES_ITEM_WORDS && named(g))) join(guesses.flat());
  }
  // Alternatives joined by slashes are one group too ("how many mines/sites", "the busan / KL package"); not the common
  // nouns of a list question, which are items asked for ("which carmakers / parts cos got hit": both).
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*(?:\s?\/\s?\p{L}[\p{L}'’-]*)+/gu)) {
    const words = m[0].split(/\s?\/\s?/).flatMap((w) => tokenize(w).filter((t) => !stop(t)));
    if (words.length < 2 || /^(?:and|or)$/i.test(m[0].split('/')[1]?.trim() ?? '')) continue;
    if (list && !words.some((w) => terms.find((t) => t.stem === w.stem)?.name)) continue;
    join(words);
  }
}

/** True for a question that leans on the one before ("and when was that announced?", "what about London?"). */
/** Words of a question about what the sources say, with no topic of its own ("does anyone say different?"). */
const ABOUT_SOURCES_RE =
  /^(?:say|says|said|saying|different(?:ly)?|disagree\w*|differ\w*|otherwise|else|other|others|anyone|anybody|everyone|source|sources|outlet|outlets|article|articles|report|reports|reported|agree\w*|conflict\w*|contradict\w*|confirm\w*|disput\w*|same|number|figure|version|account)$/;

export function isFollowUp(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (/^(?:and|but|so|also|then|what about|how about|same for)\b/.test(t)) return true;
  const content = tokenize(t).filter((tok) => !STOPWORDS.has(tok.norm) && !QUESTION_WORDS.has(tok.norm));
  // "Does anyone say different?", "do other sources agree?": about the sources, on the topic asked before.
  if (content.length > 0 && content.every((tok) => ABOUT_SOURCES_RE.test(tok.norm))) return true;
  return content.length <= 2 && /\b(?:it|that|this|they|them|those|these|he|she|him|her|there)\b/.test(t);
}

/** Builds the vocabulary of a list of texts (the article bodies). */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const stems = new Map<string, number>();
  const words = new Map<string, string>();
  for (const text of texts) {
    const inDoc = new Set<string>();
    for (const tok of tokenize(text)) {
      if (STOPWORDS.has(tok.norm)) continue;
      inDoc.add(tok.stem);
      if (!words.has(tok.norm)) words.set(tok.norm, tok.stem);
    }
    for (const s of inDoc) stems.set(s, (stems.get(s) ?? 0) + 1);
  }
  return { stems, words };
}
