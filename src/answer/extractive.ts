import { castLinesOf, headlinesOf } from '../corpus/cast-lines.js';
import { venueIn } from '../corpus/claims.js';
import { BULLET_RE } from '../corpus/clean.js';
import type { Corpus } from '../corpus/corpus.js';
import { type DateExpr, type DateMention, findDateMentions, MONTH_NAMES } from '../corpus/dates.js';
import type { Article, Sentence } from '../corpus/types.js';
import { Bm25 } from '../index/bm25.js';
import type { RetrievedChunk } from '../index/retrieve.js';
import { topByScore } from '../index/topk.js';
import { WITHDRAWN_RE } from '../text/corrections.js';
import { isEnglishWord } from '../text/dictionary.js';
import { citiesOf, findParties, findPeople, findPlaces, questionPlaces } from '../text/entities.js';
import { escapeRegExp, lexiconLines, phraseAlternation, spelledOut } from '../text/lexicon.js';
import { askedMembers, membersNamed } from '../text/members.js';
import { type NlpDoc, nlp } from '../text/nlp.js';
import { isTitleWord } from '../text/titles.js';
import { STOPWORDS, stem, type Token, tokenize } from '../text/tokenize.js';
import type { AnalyzedQuestion, QuestionTerm } from './question.js';
import { MIN_QUOTE_CHARS } from './quotes.js';
import { citationOf, displayQuote, sourceLabel } from './sources.js';
import type { Citation } from './types.js';

/**
 * The offline answerer: picks the sentences that answer the question best, from as many outlets as say
 * something relevant, and quotes them verbatim with attribution. It never rewrites article text; when the
 * articles do not cover the question it says so instead of quoting something unrelated.
 */

export interface ScoredSentence {
  sentence: Sentence;
  score: number;
  /** IDF-weighted share of the question's content words the sentence contains (0..1). */
  coverage: number;
  /** Other articles that carry the same sentence (a wire story republished), set on chosen quotes. */
  copies?: string[];
  /** The span quoted when it is more than the sentence: the sentence with the neighbours it is read with. */
  extent?: { start: number; end: number };
}

export interface ExtractiveResult {
  /** The answer text for people; includes attributions and quotes. */
  answer: string;
  citations: Citation[];
}

/** At most this many sentences are scored for their lexical match alone (more than a small corpus has). */
const MAX_LEXICAL_CANDIDATES = 600;
/** At most this many quotes in an answer. */
const MAX_QUOTES = 4;
/** A second quote must score at least this share of the best one. */
const SECONDARY_RATIO = 0.6;
/** For list questions ("which companies…"): more quotes, and a lower bar, since items are spread over outlets. */
const LIST_QUOTES = 6;
/** Added to the score of a sentence that enumerates, in a list question that it covers (MIN_COVERAGE). */
const LIST_ENUMERATION_BONUS = 0.25;
/** Below this coverage of the question's words, a sentence does not answer it (abstain.ts decides with it). */
export const MIN_COVERAGE = 0.34;
const LIST_RATIO = 0.45;

export const NUMBER_RE =
  /\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|tons?|tonnes?|days?|years?)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozen|hundred|thousand|million|billion)\b/i;
/** A question for a part of a whole: a share, a slice, a percentage (a "%" typed alone, not a figure's: "the 0.1% rule"). */
const SHARE_ASKED_RE = /\b(?:share|slice|portion|proportion|percent(?:age)?|per cent)|(?<![\d.]\s?)%/i;
/** A percentage as written: "70%", "70 percent", "70 per cent". */
const PERCENTAGE_RE = /\d\s*(?:%|percent\b|per cent\b)/i;
const PERSON_HINT_RE =
  /\b(?:President|Secretary|Minister|Premier|Vice Premier|spokes(?:person|man|woman)|official|officials|[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/;
const PLACE_HINT_RE = /\b(?:in|at|held in|met in)\s+[A-Z][a-z]+/;
const REASON_RE = /\b(?:because|due to|as a result|critical|essential|crucial|vital|key|so that|in order to|since|for reasons)\b/i;

function jaccard(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter || 1);
}

/**
 * IDF-weighted share of the question's words present in a sentence (a synonym or correction counts). A word
 * weighs by how rare its whole synonym set is, so "deal" (said everywhere) counts less than "signed".
 */
export function coverageOf(terms: QuestionTerm[], stems: { has(stem: string): boolean }, idf: (t: QuestionTerm) => number): number {
  let total = 0;
  let hit = 0;
  const groups = new Map<number, { w: number; hit: boolean }>();
  for (const t of terms) {
    // Frame words, and absent words that are not topics (verbs like "last"), cannot be matched: skip them.
    if (t.frame || (!t.present && !t.salient)) continue;
    const w = idf(t);
    const found = t.matches.some((m) => stems.has(m));
    if (t.group !== undefined) {
      // Alternatives count once: as much as their rarest member, hit if any member is there.
      const g = groups.get(t.group) ?? { w: 0, hit: false };
      groups.set(t.group, { w: Math.max(g.w, w), hit: g.hit || found });
      continue;
    }
    total += w;
    if (found) hit += w;
  }
  for (const g of groups.values()) {
    total += g.w;
    if (g.hit) hit += g.w;
  }
  return total ? hit / total : 0;
}

/** A reporting verb ("said", "told", "according to"); not the "States" of "the United States". */
export const REPORTED_RE =
  /\b(?:said|says|stated|(?<!united\s)states|noted|notes|told|warned|cautioned|caution|suggests?|suggested|described|believes?|urged|argued|added|remarked|indicated|confirmed|according to|pointed out|assess(?:ed)?|stressed|emphasi[sz]ed|insisted|reiterated|wrote|explained|acknowledged|conceded|concedes|admitted|admits|commented|declared|responded|replied|labell?ed|dubbed|termed|branded|posted\s+(?:a|an|the)\s+(?:statement|message|comment|note|notice)|posted\s+on)\b/i;

/** Words after an actor that introduce what it will do: "China will", "the U.S. plans to", "Beijing pledged to". */
const COMMITS_RE =
  /^(?:\W+\w+){0,4}?\W+(?:will|would|shall|is to|are to|agreed to|has agreed to|pledged to|has pledged to|committed to|is committed to|promised to|plans to|is expected to|is set to|vowed to|intends to)\b/i;

/** What the commitment bonus needs from the question, computed once per question. */
interface CommitmentFocus {
  actors: Set<string>;
  parties: Set<string>;
  /** "What did China get out of it?": what the other side commits to is the answer. */
  receives: boolean;
  /** "What did each side commit to?": every party's commitments are the answer. */
  each: boolean;
}

/** "What did X get (out of it)?", "what does X gain / receive / win?": the other party's commitments answer it. */
export const RECEIVES_RE = /\bwhat\s+(?:did|does|do|will|would|has|have)\s+(?:[\w'’.-]+\s+){1,3}?(?:get|gain|receive|win|obtain)\b/i;

function commitmentFocus(q: AnalyzedQuestion): CommitmentFocus | null {
  if (!q.commitment) return null;
  const actors = new Set(q.terms.filter((t) => t.name).flatMap((t) => t.matches));
  const parties = new Set(findParties(q.topic).map((p) => p.party));
  const receives = RECEIVES_RE.test(q.text) && parties.size > 0;
  const each = EACH_SIDE_RE.test(q.topic);
  return actors.size || receives || each ? { actors, parties, receives, each } : null;
}

/** "What did each side commit to?", "what did both sides promise": any party's commitment answers it. */
const EACH_SIDE_RE = /\b(?:each|both|either)\s+(?:side|party|parties|country|countries|government|governments|sides)\b/i;

/**
 * Bonus for a sentence in which one of the question's actors commits to something ("China will now review…"),
 * and a penalty when another party is the one committing ("the US has pledged to…" for a question about China).
 */
function commitmentBonus(focus: CommitmentFocus | null, text: string, tokens: readonly { stem: string; end: number }[]): number {
  if (!focus) return 0;
  if (focus.receives) {
    // The others' commitments are what the asked party gets; its own are what it gives.
    for (const p of findParties(text)) {
      if (!COMMITS_RE.test(text.slice(p.end, p.end + 60))) continue;
      return focus.parties.has(p.party) ? -0.15 : 0.22;
    }
    return 0;
  }
  for (const tok of tokens) {
    if (focus.actors.has(tok.stem) && COMMITS_RE.test(text.slice(tok.end, tok.end + 60))) return 0.22;
  }
  if (focus.each) return findParties(text).some((p) => COMMITS_RE.test(text.slice(p.end, p.end + 60))) ? 0.22 : 0;
  for (const p of findParties(text)) {
    if (focus.parties.size && !focus.parties.has(p.party) && COMMITS_RE.test(text.slice(p.end, p.end + 60))) return -0.15;
  }
  return 0;
}

/** A question about corrections, errors or what changed in a story. */
const CORRECTIONS_ASKED_RE = /\b(?:correct\w*|errors?|mistakes?|wrong|fix\w*|retract\w*|earlier version|updated?|changed?)\b/i;

/** Words for one party's people at the talks, after the party ("the Chinese side", "Beijing's team", "US negotiators"). */
const SIDE_WORDS_RE = /^(?:['’]s)?\s+(?:side|team|delegation|delegates|negotiators|negotiating team|officials|camp|contingent)\b/i;
const ASKS_SIDE_RE = /\b(?:side|team|delegation|delegates|negotiators?|officials?|camp|contingent|led|lead|leads|headed|heading)\b/i;

/** The parties a question asks about one of the sides of ("who led the American side?"), or null for other questions. */
function sideFocus(q: AnalyzedQuestion): Set<string> | null {
  if (q.type !== 'who' && !ASKS_SIDE_RE.test(q.topic)) return null;
  const parties = new Set(findParties(q.topic).map((p) => p.party));
  return parties.size === 1 ? parties : null;
}

/**
 * A question about one party's side is answered by sentences about that side's people ("The US delegation was led
 * by…"), not the other's ("China's side was led by…"): a bonus for the first, a penalty for the second.
 */
function sideBonus(q: AnalyzedQuestion, asked: Set<string> | null, text: string): number {
  if (!asked) return 0;
  let other = false;
  const parties = findParties(text);
  for (const p of parties) {
    if (!SIDE_WORDS_RE.test(text.slice(p.end, p.end + 30))) continue;
    // (Only with a name the question does not give: "which negotiator joined He Lifeng?" is not answered by "He
    // Lifeng led China's team".)
    if (asked.has(p.party)) return newNameIn(q, text) ? 0.1 : 0;
    other = true;
  }
  // (A sentence that also names the asked party may be about both sides: "The U.S. team includes…; China sends…".)
  return other && !parties.some((p) => asked.has(p.party)) ? -0.25 : 0;
}

const NAME_RE = /\b[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g;
const NOT_NAME_RE =
  /^(?:The|This|That|These|In|On|At|For|But|And|Vice|Prime|Trade|Commerce|Treasury|Secretary|President|Minister|Premier|White|United|Chinese|American)\b/;

/** A word and a two-word capitalised name after it ("Spokesperson He Yadong"): group 1 the word. */
const TITLED_NAME_RE = /\b(\p{L}+)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/gu;

/** A person named after a title the question asks for ("which spokesperson…": "Spokesperson He Yadong made…"). */
function titledPerson(text: string, q: AnalyzedQuestion): boolean {
  for (const m of text.matchAll(TITLED_NAME_RE)) {
    const title = (m[1] as string).toLowerCase();
    if (isTitleWord(title) && q.terms.some((t) => t.word === title || t.stem === stem(title))) return true;
  }
  return false;
}

/** A two-word capitalised name in the sentence whose words the question does not contain. */
function newNameIn(q: AnalyzedQuestion, text: string): boolean {
  const asked = new Set(q.terms.map((t) => t.word));
  for (const m of text.matchAll(NAME_RE)) {
    if (NOT_NAME_RE.test(m[0]) || findParties(m[0]).length) continue;
    const words = m[0].toLowerCase().split(/\s+/);
    if (!words.some((w) => asked.has(w))) return true;
  }
  return false;
}

/** "10-9" for a day of a month ("Oct. 9", "9 October 2025"), null for anything else. */
function dayKey(expr: DateExpr): string | null {
  return expr.kind === 'absolute' && expr.day != null && expr.endDay == null ? `${expr.month}-${expr.day}` : null;
}

/** Words for a measure right after a day that names it ("Oct 9 controls", "the June 12 rules on …"). */
const MEASURE_AFTER_RE =
  /^\s*(?:[\w'’-]+\s+){0,2}?(?:controls?|rules?|measures?|package|announcements?|curbs|restrictions|notices?|list|ban|decisions?|regime)\b/i;

const askedDaysCache = new WeakMap<AnalyzedQuestion, ReadonlySet<string>>();
/** The days of a month the question names a measure by ("the oct 9 controls"), as `dayKey`s. */
function askedDays(q: AnalyzedQuestion): ReadonlySet<string> {
  let days = askedDaysCache.get(q);
  if (!days) {
    // (People type months in lower case; the date parser reads them capitalised, as articles write them.)
    const cased = q.text.replace(
      /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)([a-z]*)\b/gi,
      (m) => m.charAt(0).toUpperCase() + m.slice(1),
    );
    // Only a day that names a measure ("the oct 9 controls", "china's oct 9 rules"): days offered as answers ("seen
    // oct 9, nov 8 and dec 1 floating around") are what is looked for.
    days = new Set(
      findDateMentions(cased)
        .filter((m) => MEASURE_AFTER_RE.test(cased.slice(m.end)))
        .flatMap((m) => dayKey(m.expr) ?? []),
    );
    askedDaysCache.set(q, days);
  }
  return days;
}

/**
 * A question for the day something ends or lasts to: "till when", "until when", "when does … expire / end / run
 * out / lapse", "expiry date", "valid until when".
 */
export const END_ASKED_RE =
  /\b(?:till|til|until|thru|through) (?:when|what (?:date|day))\b|\bwhen\b[^?]*\b(?:end|ends|expire|expires|lapse|lapses|run out|runs out)\b|\b(?:end|expiry|expiration) date\b|\bexpir(?:e|es|y|ation)\b/i;

/** Words just before a date that make it the day something lasts to ("until", "runs to", "expires on", "through"). */
export const END_MARKER_RE =
  /\b(?:until|till|through|thru|expir(?:e|es|ed|ing|y)(?:\s+on)?|ends?(?:\s+on)?|ending(?:\s+on)?|lapses?(?:\s+on)?|runs?\s+(?:to|until|till|through)|valid\s+(?:to|until|through))\s+(?:on\s+)?$/i;

/** A year on its own, not a quantity ("2025", not "2025 tonnes"). */
const YEAR_ALONE_RE = /\b(?:19|20)\d\d\b(?!\s*(?:%|percent|tonnes?|tons?|barrels?|units|vehicles|cars))/g;

/** "Which city", "what city", "where exactly": asks for a city, not the country the question names. */
const CITY_ASKED_RE = /\b(?:which|what) (?:city|town)\b|\bwhere exactly\b/i;

/** "What building were they in", "which venue": asks for the building, not the city. */
const VENUE_ASKED_RE = /\b(?:which|what) (?:building|venue|hotel)\b/i;

/**
 * "Where in london were the talks held", "where in korea did they meet": the place named is given, and what is asked
 * is a place inside it (group 1 the place named): the building, and, in a country, its cities.
 */
const WHERE_IN_RE =
  /\bwhere\s+(?:exactly\s+)?in\s+(?:the\s+)?([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)(?=\s+(?:did|do|does|was|were|is|are|will|would|have|has|had|exactly)\b|\s*[?!,.]|\s*$)/iu;

/** "Break down that 55%", "what's inside the 55%", "what makes up…", "the components of…": what a whole is made of. */
const PARTS_ASKED_RE =
  /\bbreak(?:s|ing)?\s+(?:(?:it|that|this|them)\s+)?down\b|\bbreakdown\b|\bwhat(?:['’]?s| is| are)\s+(?:actually\s+|really\s+)?(?:in|inside)\b|\bmade up of\b|\bmakes? up\b|\bcomposed of\b|\bconsists? of\b|\bcomponents?\b/i;
/** A sentence that says what a whole is made of: "includes", "comprises", "is made up of", "breaks down into". */
const PARTS_GIVEN_RE =
  /\b(?:includes|comprises|comprising|consists of|consisting of|(?:is|are) made up of|(?:is|are) composed of|breaks? down (?:into|as)|is the sum of)\b/i;

interface AskedShape {
  /** "Break down that 55%": what a whole is made of. */
  parts: boolean;
  firms: boolean;
  end: boolean;
  cities: RegExp | null;
  venue: boolean;
  /** The names of the members of the kind asked which of ("which rare earths…"), or null. */
  members: RegExp | null;
  /** Numbers the question types as references ("no. 72", "#70", "announcement 61"), each with where a text writes it, or null. */
  references: RegExp[] | null;
}
const askedShapeCache = new WeakMap<AnalyzedQuestion, AskedShape>();
/** What `typeBonus` reads of the question's wording, once per question (it scores every candidate sentence). */
function askedShape(q: AnalyzedQuestion): AskedShape {
  let shape = askedShapeCache.get(q);
  if (!shape) {
    // "Pre-summit talks in malaysia - which city": the cities of the country it names (city-countries.txt).
    const placeWithin = WHERE_IN_RE.exec(q.text)?.[1];
    const within = placeWithin ? questionPlaces(placeWithin) : [];
    const cities = CITY_ASKED_RE.test(q.text) || within.length > 0 ? questionPlaces(q.text).flatMap((p) => citiesOf(p)) : [];
    shape = {
      parts: PARTS_ASKED_RE.test(q.text),
      firms: ASKS_COMPANIES_RE.test(q.topic) || ASKS_FIRMS_RE.test(q.topic),
      end: END_ASKED_RE.test(q.topic),
      cities: cities.length > 0 ? new RegExp(`\\b(?:${cities.map(escapeRegExp).join('|')})\\b`, 'i') : null,
      venue: VENUE_ASKED_RE.test(q.text) || within.length > 0,
      members: askedMembers(q.text),
      references: (() => {
        const found = [...q.text.matchAll(REFERENCE_TYPED_RE)].map(
          (m) => new RegExp(String.raw`(?<![\d.,])${m[1] ?? m[2]}(?![\d]|[.,]\d)`, 'g'),
        );
        return found.length > 0 ? found : null;
      })(),
    };
    askedShapeCache.set(q, shape);
  }
  return shape;
}

/**
 * A number typed as a reference: "no. 72", "#70", "number 61" (two figures or more: "the #1 destination" is a rank),
 * "announcement 70", "section 9" (group 1 or 2 the number).
 */
const REFERENCE_TYPED_RE =
  /(?:(?:\bno\.?\s*|#\s*|\bnumber\s+)(\d{2,6})|\b(?:announcement|proclamation|circular|decree|notice|section|article)\s+(?:no\.?\s*)?(\d{1,6}))\b(?![.,]\d|\s*(?:%|percent|per cent))/gi;
/** How much a sentence writing a number asked as a reference as one weighs up, and one writing it only as an amount down. */
const REFERENCE_WEIGHT = 0.2;

/**
 * "What does no. 72 do vs no. 70?": a sentence that writes the number as a reference ("Announcement No. 72") weighs
 * up; one that holds it only as an amount ("a 70% share", "70 tonnes") weighs down, however well its words match.
 */
function referenceWeight(q: AnalyzedQuestion, text: string): number {
  const references = askedShape(q).references;
  if (!references) return 0;
  let weight = 0;
  for (const number of references) {
    const written = [...text.matchAll(number)];
    if (written.length === 0) continue;
    const asReference = written.some((m) =>
      /(?:\bnos?\.?\s*|#\s*|\bnumbers?\s+|\b(?:announcements?|proclamations?|circulars?|decrees?|notices?|sections?|articles?)\s+(?:nos?\.?\s*)?|(?:\d{1,6}\s*(?:,|and|&|–|-)\s*))$/i.test(
        text.slice(Math.max(0, (m.index ?? 0) - 24), m.index),
      ),
    );
    weight += asReference ? REFERENCE_WEIGHT : -REFERENCE_WEIGHT;
  }
  return weight;
}

function typeBonus(q: AnalyzedQuestion, text: string, cov = 1): number {
  if (askedShape(q).firms && namesCompany(text)) return 0.25;
  // (What a whole is made of, "break down that 55% for me": a sentence that says what it includes, "The 55% includes a
  // 10% reciprocal baseline tariff, 20%…".)
  if (askedShape(q).parts && PARTS_GIVEN_RE.test(text)) return 0.3;
  // (Two members or more of the kind asked, "which rare earths…": "China added holmium, erbium, thulium…".)
  const members = askedShape(q).members;
  if (members && membersNamed(text, members) >= 2) return 0.25;
  // (A city of the country asked about answers "which city".)
  if (askedShape(q).cities?.test(text)) return 0.3;
  // (A building named as where something happened, "held at Lancaster House", answers "what building".)
  if (askedShape(q).venue && venueIn(text)) return 0.3;
  if (q.views && REPORTED_RE.test(text)) return PERSON_HINT_RE.test(text) ? 0.2 : 0.1;
  switch (q.type) {
    case 'when': {
      // The answer to "when" is a date the question does not already give ("when do the oct 9 controls take effect":
      // not another sentence on the controls of October 9).
      // (Nor a weekday, which is then mostly the day asked: "BEIJING, Oct. 9 -- … announced on Thursday".)
      const given = askedDays(q);
      const answers = (m: DateMention) => given.size === 0 || (m.expr.kind === 'absolute' && !given.has(dayKey(m.expr) ?? ''));
      const found = findDateMentions(text).filter(answers);
      if (found.length === 0) return 0;
      // "Till when is it suspended?", "when does the pause expire?": the day something lasts to ("suspends the
      // measures until 27 November 2026", "the reprieve, which runs to 30 October 2026"), over the days it began.
      const lastsTo = (m: DateMention) => END_MARKER_RE.test(text.slice(Math.max(0, m.start - 24), m.start));
      return askedShape(q).end && found.some(lastsTo) ? 0.4 : 0.25;
    }
    case 'howmany': {
      // "How big a share / what percentage…": a percentage answers it, a count does not ("all three companies").
      if (SHARE_ASKED_RE.test(q.topic)) return PERCENTAGE_RE.test(text) ? 0.25 : 0;
      // (A year is no figure: "welcome to Kestrel's second-quarter 2025 earnings call".)
      const figure = NUMBER_RE.test(text.replace(YEAR_ALONE_RE, ''));
      // "How big is project vault": a size (a sum, a tonnage, a share) answers it, not a length of time ("a 60-day
      // supply"). (Only for a sentence about the question: one that covers little of it is weighed as any figure is, so
      // as not to lead over those that answer it.)
      if (cov >= MIN_COVERAGE && SIZE_ASKED_RE.test(q.topic)) return SIZE_FIGURE_RE.test(text) ? 0.3 : 0;
      return figure ? 0.25 : 0;
    }
    case 'who':
      // The answer to "who" is a name the question does not already give.
      return newNameIn(q, text) ? 0.2 : PERSON_HINT_RE.test(text) ? 0.1 : 0;
    case 'where':
      return PLACE_HINT_RE.test(text) ? 0.1 : 0;
    case 'why':
      return REASON_RE.test(text) ? 0.12 : 0;
    default: {
      // "Whats project vault?": a sentence that says what it is ("…unveiled Project Vault … as a $12 billion strategic
      // mineral stockpile", "Project Vault, a strategic stockpile…"), not one that only names it ("Project Vault.").
      return definingOf(q)?.test(text) ? 0.3 : 0;
    }
  }
}

/**
 * "How big / large is…": a size asked for (not the size of a change, "how big was the drop", which a multiple or a
 * figure in any words gives).
 */
const SIZE_ASKED_RE =
  /\bhow (?:big|large|huge|small|sizeable)\b(?!['’]?s?\s+(?:(?:was|is|were|are)\s+)?(?:the\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:drop|jump|rise|fall|rebound|increase|decline|cut|surge|slump|dip|gain|loss|hike|change|swing|recovery)s?\b)/i;
/** A size: a sum of money, a tonnage, a share, a capacity, a headcount. */
const SIZE_FIGURE_RE =
  /[$€£¥₹]\s?\d|\d[\d.,]*\s*(?:k\s+)?(?:trillion|billion|million|bn|mn|crore|lakh|yuan|euros?|dollars|rupees|tonnes?|tons?|%|percent|per cent|megawatts?|MW|GW|hectares?|acres?|employees|workers|jobs)\b/i;
/** "What's X?", "what is the X": all a question asks is what X is (X: up to four words). */
const DEFINITION_ASKED_RE = /^\s*what(?:['’]?s| is| are| was| were)\s+(?:the\s+|a\s+|an\s+)?([\p{L}\d][\p{L}\d'’ .-]{1,40}?)\s*\?*\s*$/iu;
/** Per question (read once, not per sentence): what a sentence that says what the asked thing is holds, or null. */
const definingCache = new WeakMap<AnalyzedQuestion, RegExp | null>();
function definingOf(q: AnalyzedQuestion): RegExp | null {
  let re = definingCache.get(q);
  if (re === undefined) {
    const defined = DEFINITION_ASKED_RE.exec(q.topic)?.[1]?.trim();
    re = defined && defined.split(/\s+/).length <= 4 ? new RegExp(`\\b${escapeRegExp(defined)}\\b${DEFINING_AFTER}`, 'i') : null;
    definingCache.set(q, re);
  }
  return re;
}
/** What follows a name in a sentence that says what it is: an appositive, a copula, "as a", a dash. */
const DEFINING_AFTER = String.raw`(?:,\s+(?:a|an|the)\b|\s+(?:is|was|are|were|will be)\s+(?:a|an|the)\b|\s+(?:on\s+[\w ,]{3,30}\s+)?as\s+(?:a|an)\b|\s+\((?:a|an)\b|\s+[—–]\s+(?:a|an|the)\b)`;

/** The weight of a question word: its IDF among the sentences (cached per question term), at least 0.2. */
function termIdf(bm25: Bm25): (t: QuestionTerm) => number {
  const cache = new Map<QuestionTerm, number>();
  return (t) => {
    let v = cache.get(t);
    if (v === undefined) {
      v = Math.max(0.2, t.matches.length ? bm25.idfAny(t.matches) : bm25.idf(t.stem));
      cache.set(t, v);
    }
    return v;
  };
}

/**
 * Scores the candidate sentences: those in the retrieved passages plus the best sentences by their own
 * lexical score, so that a sentence is never missed because its chunk ranked low.
 */
export function scoreSentences(
  corpus: Corpus,
  q: AnalyzedQuestion,
  retrieved: RetrievedChunk[],
  index: SentenceIndex,
  boosts: ReadonlyMap<number, number> = new Map(),
  /** Stems a sentence stands for beyond its words: the month its figures are of, as the claims resolve it ("last month"). */
  implied: ReadonlyMap<number, readonly string[]> = new Map(),
): ScoredSentence[] {
  const { bm25: sentenceBm25, terms: sentenceTerms } = index;
  const chunkScore = new Map<number, number>();
  for (const r of retrieved) for (const id of r.chunk.sentenceIds) chunkScore.set(id, Math.max(chunkScore.get(id) ?? 0, r.score));
  const { scores: lexical, docs } = sentenceBm25.scoreTouched(q.concepts);
  let maxLex = 0;
  for (const d of docs) if ((lexical[d] as number) > maxLex) maxLex = lexical[d] as number;
  maxLex ||= 1;
  // Best first; equal scores in sentence order. Only the best MAX_LEXICAL_CANDIDATES: on a large corpus, most
  // sentences share some word with the question and could never be quoted.
  const byLex = topByScore(docs, lexical, MAX_LEXICAL_CANDIDATES);
  // Sentences sharing a word with the question are candidates, plus the retrieved passages' sentences.
  const candidates = new Set<number>([...chunkScore.keys(), ...byLex]);
  let boosted = 0;
  for (const id of boosts.keys()) {
    if (boosted++ >= MAX_LEXICAL_CANDIDATES) break;
    candidates.add(id);
  }
  // The sentence after a strong match often carries its answer ("Experts caution… Alfredo Montufar-Helu suggests…").
  // A question of an interview or a FAQ is followed by its answer, which may repeat none of its words; and the
  // sentence before a match in its paragraph may carry the answer ("August 12. If the truce lapses…").
  for (const id of byLex.slice(0, 12)) {
    const sentence = corpus.sentences[id] as Sentence;
    const before = corpus.sentences[id - 1];
    if (id + 1 < corpus.sentences.length) candidates.add(id + 1);
    if (id + 2 < corpus.sentences.length && QUESTION_END_RE.test(sentence.text)) candidates.add(id + 2);
    if (before && before.source === sentence.source && before.paragraph === sentence.paragraph) candidates.add(id - 1);
  }
  const idf = termIdf(sentenceBm25);
  const coverages = new Map<number, number>();
  // A sentence's words that the question's words can match: a few, where a set of all its words costs more.
  const askedStems = new Set(q.terms.flatMap((t) => t.matches));
  // The question's words that only headlines use ("the chamber flash survey", "the tidewater radio segment"): each of an article's
  // sentences holds its own headline's, as a section's items hold its heading's words.
  const headlineOnly = new Map<string, string[]>();
  const headlineWords = (source: string): string[] => {
    let words = headlineOnly.get(source);
    if (!words) {
      words = articleStems(corpus, source).title.filter((st) => askedStems.has(st) && sentenceBm25.df(st) === 0);
      headlineOnly.set(source, words);
    }
    return words;
  };
  const coverage = (id: number) => {
    let c = coverages.get(id);
    if (c === undefined) {
      // A row of a table is read with its header ("2 | July 28–29 | Oslo" under "Round | Dates | City").
      const header = tableHeader(corpus, id);
      const headline = headlineWords((corpus.sentences[id] as Sentence).source);
      const own =
        implied.has(id) || headline.length > 0
          ? [...(sentenceTerms[id] ?? []), ...(implied.get(id) ?? []), ...headline]
          : (sentenceTerms[id] ?? []);
      const terms = header === null ? own : [...own, ...(sentenceTerms[header] ?? [])];
      const hits = terms.filter((t) => askedStems.has(t));
      c = coverageOf(q.terms, { has: (m) => hits.includes(m) }, idf);
      // An item under a section heading is read with it, a little less than its own words ("Buy at least 12 million
      // tons of US soybeans…" under "## What China committed to").
      const heading = [...sectionHeadingStems(corpus, id), ...leadInStems(corpus, id)];
      if (heading.length > 0) {
        const under = [...hits, ...heading.filter((t) => askedStems.has(t))];
        c = Math.max(c, HEADING_WEIGHT * coverageOf(q.terms, { has: (m) => under.includes(m) }, idf));
      }
      coverages.set(id, c);
    }
    return c;
  };
  // A sentence's coverage with the names of the sentence before it (what its "it" or "the company" stands for; not
  // every word there: "They are missing the forest for the trees" after "Skeptics have spent the week picking at the
  // rare earths agreement" is not about missed deliveries of rare earths).
  // (A name: a word the question analysis knows as one, or a word the sentence before capitalises inside it or in a
  // run of capitalised words, "Kestrel Motors suspended production of the Dunmore…"; not "Skeptics have…".)
  const namedStems = new Set(q.terms.filter((t) => t.name).flatMap((t) => t.matches));
  // (With `namesOnly`, only the question's names: not the words the sentence before capitalises.)
  const withPrevious = (id: number, namesOnly = false): number => {
    const prev = corpus.sentences[id - 1] as Sentence;
    const capitalised = namesOnly
      ? new Set<string>()
      : new Set(
          [...prev.text.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}'’-]*|^\p{Lu}[\p{L}'’-]*(?=\s+\p{Lu})/gu)].flatMap((m) =>
            tokenize(m[0]).map((t) => t.stem),
          ),
        );
    const carried = (sentenceTerms[id - 1] ?? []).filter((t) => namedStems.has(t) || capitalised.has(t));
    if (namesOnly && carried.length === 0) return 0;
    const both = [...(sentenceTerms[id] ?? []), ...carried].filter((t) => askedStems.has(t));
    return coverageOf(q.terms, { has: (m) => both.includes(m) }, idf);
  };
  // The coverage of the question an answer paragraph replies to (cached per paragraph), for the paragraph's
  // first two sentences: the last line before the paragraph, when it asks something ("**Q: When does the truce
  // expire?**", a question sentence, a FAQ heading).
  const askedCoverages = new Map<number, number>();
  const answeredQuestionCoverage = (id: number): number => {
    const sentence = corpus.sentences[id] as Sentence;
    const inParagraph = (other: Sentence | undefined) => other?.source === sentence.source && other.paragraph === sentence.paragraph;
    if (inParagraph(corpus.sentences[id - 1]) && inParagraph(corpus.sentences[id - 2])) return 0;
    // Keyed by the paragraph's first sentence.
    const key = inParagraph(corpus.sentences[id - 1]) ? id - 1 : id;
    let c = askedCoverages.get(key);
    if (c === undefined) {
      const stems = askedStemsBefore(corpus, key);
      c = stems ? coverageOf(q.terms, stems, idf) : 0;
      askedCoverages.set(key, c);
    }
    return c;
  };
  // A sentence is ranked with its article's outlet and title, less than with its own words ("what did Lutnick tell
  // Bloomberg": his turn "It was signed and sealed two days ago." in Bloomberg's transcript). Its coverage, the
  // evidence an abstention weighs, stays its own.
  const contexts = new Map<string, string[]>();
  const contextCoverage = (id: number): number => {
    const source = (corpus.sentences[id] as Sentence).source;
    let context = contexts.get(source);
    if (!context) {
      context = articleStems(corpus, source).ranked.filter((t) => askedStems.has(t));
      contexts.set(source, context);
    }
    if (context.length === 0) return 0;
    const header = tableHeader(corpus, id);
    const within = new Set([...(sentenceTerms[id] ?? []), ...(header === null ? [] : (sentenceTerms[header] ?? [])), ...context]);
    return CONTEXT_WEIGHT * coverageOf(q.terms, within, idf);
  };
  // A sentence's coverage with the places the question names that its paragraph names before it, a little less than
  // with its own words: the paragraph sets the scene ("The summit began … at … Busan's Gimhae International Airport
  // … The US delegation included…" answers who was in the delegation at Busan).
  const placeStems = new Set(q.terms.filter((t) => questionPlaces(t.word).length > 0).flatMap((t) => t.matches));
  const settingCoverage = (id: number): number => {
    if (placeStems.size === 0) return 0;
    const sentence = corpus.sentences[id] as Sentence;
    const set: string[] = [];
    for (let before = id - 1; before >= 0 && before >= id - PARAGRAPH_SCENE; before--) {
      const other = corpus.sentences[before];
      if (!other || other.source !== sentence.source || other.paragraph !== sentence.paragraph) break;
      for (const t of sentenceTerms[before] ?? []) if (placeStems.has(t)) set.push(t);
    }
    if (set.length === 0) return 0;
    const both = [...(sentenceTerms[id] ?? []), ...set].filter((t) => askedStems.has(t));
    return HEADING_WEIGHT * coverageOf(q.terms, { has: (m) => both.includes(m) }, idf);
  };
  const commitment = commitmentFocus(q);
  const side = sideFocus(q);
  const correctionsAsked = CORRECTIONS_ASKED_RE.test(q.text);
  // "Where do things stand now w rare earths? latest?": the state of things is what the latest pages say.
  const newest = CURRENT_ASKED_RE.test(q.text) ? recency(corpus) : null;
  const out: ScoredSentence[] = [];
  for (const id of candidates) {
    const sentence = corpus.sentences[id] as Sentence;
    // What a correction says an earlier version got wrong is no source's statement: it is quoted only when corrections
    // are asked about.
    if (!correctionsAsked && withdrawn(corpus, id)) continue;
    // A fragment ("7." of "**7. Are advanced AI chips included?**") is no quote: it says nothing by itself.
    if (!QUOTABLE_RE.test(sentence.text)) continue;
    // Nor is a label in bold over a list ("**What changed since Busan for us.**"): its items say what it heads.
    if (boldLine(corpus, sentence) && leadInStems(corpus, id + 1).length > 0) continue;
    const prev = corpus.sentences[id - 1];
    const own = coverage(id);
    // Coverage carries over, damped, from the previous sentence of the same paragraph (pronouns, "he", "the deal").
    // (And from the paragraph before, when the sentence opens by referring back to it: "The company has said it will
    // partially resume production from June 13" after "Suzuki suspended production of the Swift…", anaphors.txt.)
    const sameArticle = prev !== undefined && prev.source === sentence.source;
    const carried = sameArticle && prev.paragraph === sentence.paragraph ? 0.6 * coverage(id - 1) : 0;
    // (Read with the names of the sentence it refers back to, a little less than its own words, as an item with its
    // heading's.)
    const referred = sameArticle && ANAPHOR_START_RE.test(sentence.text) ? HEADING_WEIGHT * withPrevious(id) : 0;
    // (And with the question's names in the sentence before it in the paragraph, a little less again: `"All in, our
    // magnets are costing us about 38 percent more…"` after `"…," said Calder purchasing manager Gordon Pike.` is
    // Calder's cost.)
    // (Not for what someone said: who speaks is found by speaker, and a quote after a naming sentence may be another's.)
    // (Only a sentence that goes on from the one before: a quotation opening it, or a word standing for who was named,
    // "our", "its", "the company"; "Every Entity List entry remains in force…" after a sentence naming ECCNs is not.)
    const named =
      !q.views && sameArticle && prev.paragraph === sentence.paragraph && GOES_ON_RE.test(sentence.text)
        ? NAME_CARRY_WEIGHT * withPrevious(id, true)
        : 0;
    // In an interview, a transcript or a FAQ, an answer is about the question just before it ("Q: When does the
    // truce expire?" — "August 12. That date matters…"): its first two sentences carry the question's coverage.
    const cov = Math.max(own, carried, referred, named, settingCoverage(id), 0.8 * answeredQuestionCoverage(id));
    const lex = (lexical[id] as number) / maxLex;
    let score =
      0.42 * Math.max(cov, contextCoverage(id)) +
      0.3 * lex +
      0.18 * (chunkScore.get(id) ?? 0) +
      typeBonus(q, sentence.text, own) +
      referenceWeight(q, sentence.text) +
      commitmentBonus(commitment, sentence.text, index.tokensOf(id)) +
      sideBonus(q, side, sentence.text) +
      (boosts.get(id) ?? 0);
    // A list question is answered by sentences that list ("samarium, gadolinium, terbium and yttrium").
    // (Among the sentences that cover the question: a list of other things is no better for listing.)
    // (Nor a list of places for a question that asks for other things: "which 5 REEs did china add to the list" is not
    // answered by "Germany, the U.S., South Korea, Vietnam and India were the top five export destinations".)
    if (q.list && cov >= MIN_COVERAGE && (ASKS_PLACES_RE.test(q.text) || findPlaces(sentence.text).length < 3)) {
      const size = enumerationSize(sentence.text);
      // (A long list is no better for "which two companies…": only one of about the size asked, when one is.)
      if (size >= 3 && (!q.listCount || q.listCount >= 3)) score += LIST_ENUMERATION_BONUS;
      // "Name the 7 rare earths": a sentence listing about that many items is the list asked for; "which two
      // companies": one naming two ("Enterprise Products Partners and Energy Transfer LP").
      if (q.listCount && listSized(q.listCount, q.listCount === 2 && size < 2 && namesPair(sentence.text) ? 2 : size))
        score += 2 * LIST_ENUMERATION_BONUS;
    }
    if (newest) score += RECENCY_BOOST * (newest.get(sentence.source) ?? 0);
    if (sentence.text.length < 40) score -= 0.1;
    if (/\?["'”’]?$/.test(sentence.text)) score -= 0.1;
    if (COURTESY_RE.test(sentence.text)) score -= COURTESY_PENALTY;
    out.push({ sentence, score, coverage: cov });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * A question for the state of things now: "latest?", "the most recent number", "where do things stand now", "currently", "still in force?",
 * "rn", "so far" (not "now that…", which dates a clause).
 */
const CURRENT_ASKED_RE =
  /\b(?:latest|most recent|newest|right now|rn|currently|as of (?:now|today)|at the moment|atm|these days|so far|to date|state of play|still|now(?!\s+that\b))\b/i;
/** How much a sentence of the newest page weighs up for a question about now (less for older pages, none past the median). */
const RECENCY_BOOST = 0.12;
const recencies = new WeakMap<Corpus, Map<string, number>>();

/** Each page's recency: 1 for the newest dated page, falling to 0 at the median page date (undated pages 0). */
function recency(corpus: Corpus): Map<string, number> {
  let found = recencies.get(corpus);
  if (!found) {
    found = new Map();
    const dated = corpus.articles
      .filter((a) => a.meta.published && corpus.onTopic.has(a.id))
      .sort((a, b) => (b.meta.published as string).localeCompare(a.meta.published as string));
    const half = Math.max(1, Math.floor(dated.length / 2));
    dated.forEach((a, i) => {
      if (i < half) (found as Map<string, number>).set(a.id, 1 - i / half);
    });
    recencies.set(corpus, found);
  }
  return found;
}

/**
 * A transcript's courtesy line (courtesies.txt), after a speaker's label if any: "Julia Brandt: Good morning and
 * welcome to…", "Thank you, operator."
 */
const COURTESY_RE = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.'’ -]{0,40}:\\s*)?(?:${lexiconLines('courtesies.txt').map(phraseAlternation).join('|')})`,
  'iu',
);
/** What a courtesy line loses in the ranking: below a sentence of the same words that says something. */
const COURTESY_PENALTY = 0.1;

/** A sentence opening that refers back to the sentence before it (anaphors.txt). */
const ANAPHOR_START_RE = new RegExp(`^["“'‘]?(?:${lexiconLines('anaphors.txt').map(phraseAlternation).join('|')})`, 'i');

/** Per corpus, per sentence: 0 not yet read, 1 stands, 2 withdrawn by a correction (WITHDRAWN_RE). */
const withdrawnCache = new WeakMap<Corpus, Uint8Array>();

/** True when a sentence reports what an earlier version got wrong (read once per sentence of a corpus). */
function withdrawn(corpus: Corpus, id: number): boolean {
  let marks = withdrawnCache.get(corpus);
  if (!marks) {
    marks = new Uint8Array(corpus.sentences.length);
    withdrawnCache.set(corpus, marks);
  }
  if (marks[id] === 0) marks[id] = WITHDRAWN_RE.test((corpus.sentences[id] as Sentence).text) ? 2 : 1;
  return marks[id] === 2;
}

/** A sentence worth quoting: twelve characters or more, with a word of three letters or more. */
const QUOTABLE_RE = /^(?=[\s\S]{12})[\s\S]*\p{L}{3}/u;

/** A row of a table written as text: cells between pipes ("2 | July 28–29 | Oslo"), as the cleaner keeps them. */
const TABLE_ROW_RE = /\S\s*\|\s*\S/;

/**
 * The header of the table a sentence is a row of (the first row of its run of rows in the article), or null for a
 * sentence that is no row, or the header itself.
 */
export function tableHeader(corpus: Corpus, id: number): number | null {
  let headers = headerCache.get(corpus);
  if (!headers) {
    headers = new Int32Array(corpus.sentences.length).fill(UNREAD);
    headerCache.set(corpus, headers);
  }
  const known = headers[id];
  if (known !== undefined && known !== UNREAD) return known === NONE ? null : known;
  const sentence = corpus.sentences[id];
  let first = id;
  if (sentence && TABLE_ROW_RE.test(sentence.text)) {
    for (let j = id - 1; j >= 0 && id - j <= 60; j--) {
      const prev = corpus.sentences[j];
      if (!prev || prev.source !== sentence.source || !TABLE_ROW_RE.test(prev.text)) break;
      first = j;
    }
  }
  const header = first === id ? null : first;
  if (known !== undefined) headers[id] = header ?? NONE;
  return header;
}

/** Per corpus, per sentence: its table header's id, NONE, or UNREAD. */
const headerCache = new WeakMap<Corpus, Int32Array>();
const UNREAD = -2;
const NONE = -1;

/** What a sentence's coverage counts with its article's outlet and title, against its own words. */
const CONTEXT_WEIGHT = 0.55;

/** The stems of what an article's metadata says of all its sentences (see `articleStems`). */
export interface ArticleStems {
  /** Its outlet and its title: what the sentences are ranked with (`scoreSentences`). */
  ranked: readonly string[];
  /**
   * Its title, the month it was published in and its author: what the sentences are read with when a question's
   * words must meet ("what did the chamber say in sept" is met by a piece from September that never writes the
   * month; "what's okafor's beef" by the sentences of Okafor's column, which never name him).
   */
  described: readonly string[];
  /** Its title's words. */
  title: readonly string[];
  /** Its title's words and its own headlines' above the body (`headlinesOf`). */
  headed: readonly string[];
}
const articleStemsCache = new WeakMap<Corpus, Map<string, ArticleStems>>();

/** The stems an article's metadata gives all its sentences (cached per corpus). */
export function articleStems(corpus: Corpus, source: string): ArticleStems {
  let byArticle = articleStemsCache.get(corpus);
  if (!byArticle) {
    byArticle = new Map();
    articleStemsCache.set(corpus, byArticle);
  }
  let stems = byArticle.get(source);
  if (!stems) {
    const meta = corpus.byId.get(source)?.meta;
    const of = (text: string | null | undefined) => (text ? tokenize(text).map((t) => t.stem) : []);
    const title = of(meta?.title);
    const month = meta?.published ? MONTH_NAMES[Number(meta.published.slice(5, 7)) - 1] : undefined;
    // (An outlet written as its abbreviation is also the body it stands for: "MOFCOM", the Ministry of Commerce.)
    const outlet = meta?.outlet
      ? `${meta.outlet} ${(meta.outlet.match(/\b\p{Lu}{2,6}\b/gu) ?? []).map((w) => spelledOut(w) ?? '').join(' ')}`
      : null;
    // An e-mail thread's senders and recipients (their names and their mail domains, "cardale-precision"): who every
    // message of it is between ("what lead time did we give cardale" of a thread whose replies never name the firm).
    const raw = corpus.byId.get(source)?.raw ?? '';
    const headers = [...raw.matchAll(/^(?:From|To|Cc)[ \t]*:[ \t]*(.+)$/gim)].map((m) => m[1] as string);
    const parties =
      headers.length >= 2
        ? headers
            .join(' ')
            .replace(/[<>@._-]+/g, ' ')
            .replace(/\b(?:example|com|org|net|mail)\b/gi, ' ')
        : '';
    // So are the label lines above the body of call notes and briefings ("Supplier: Pannonia Magnet Kft., Székesfehérvár
    // (Hungary)", "Company: …"): whom and what all of it is about.
    const article = corpus.byId.get(source);
    // (And a headline of its own above the body, under another title in the front matter.)
    const headlines = article ? headlinesOf(article).join(' ') : '';
    const cast = article ? castLinesOf(article).join(' ') : '';
    stems = {
      ranked: [...new Set([...of(outlet), ...title])],
      described: [...title, ...of(month), ...of(meta?.author), ...of(parties), ...of(cast), ...of(headlines)],
      title,
      headed: [...title, ...of(headlines)],
    };
    byArticle.set(source, stems);
  }
  return stems;
}

/** What an item's coverage counts with its section heading's words, against its own. */
const HEADING_WEIGHT = 0.85;
/** How many sentences back in its paragraph a place the question names sets a sentence's scene. */
export const PARAGRAPH_SCENE = 4;
/** A sentence's coverage with the question's names in the sentence before it in its paragraph counts this much. */
const NAME_CARRY_WEIGHT = 0.8;
/** A sentence that goes on from the one before: it opens with a quotation, or stands a word for who was named. */
const GOES_ON_RE =
  /^\s*["“‘']|^(?:\S+\s+){0,8}?(?:we|our|us|they|their|them|its|it|he|his|him|she|her|the (?:company|firm|group|plant|ministry|agency|department|government|maker|producer|manufacturer|supplier))\b/i;
/** A Markdown section heading ("## What China committed to"), its words in group 1. */
export const SECTION_HEADING_RE = /^#{2,6}[ \t]+(.+?)[ \t#]*$/gm;
/**
 * An interviewer's question heading the answer below it, as print Q&As set it: a whole line in bold, ending in a
 * question mark ("**Will military users get licences?**"). The answer ("Reis: No. Applications for military end use
 * will still be refused.") is read with it. (A briefing's "Q:" lines are not headings: a reporter's question often
 * runs on over several lines and answers come in several turns.)
 */
const QUESTION_HEADING_RE = /^\*\*([^*\n]{3,150}?\?)\*\*[ \t]*$/gm;
/**
 * A line in capitals heading a section of notes or a plain-text page ("NORVOLT MOTORS (EV traction motors, Ohio)",
 * "LAKESHORE CLIMATE SYSTEMS"): two words or more, with what it says of itself in brackets. (Cleaning has its own,
 * `CAPITALS_HEADING_RE` in clean.ts, for a line that heads a list: one to four words, numbered or not. Reading both as
 * one moved which lists are body text, and cost facts and passages on the eval sets, session 76.)
 */
const CAPITALS_HEADING_RE = /^(\p{Lu}[\p{Lu}\d&.'’-]*(?:[ \t]+[\p{Lu}\d&.'’-]+)+)(?:[ \t]*\(([^()\n]{1,80})\))?[ \t]*:?[ \t]*$/gmu;
const headingsCache = new WeakMap<Corpus, Map<string, { at: number; end: number; stems: string[] }[]>>();

/** The stems of the section heading a sentence is under, in its article (none before the first heading). */
export function sectionHeadingStems(corpus: Corpus, id: number): string[] {
  const sentence = corpus.sentences[id];
  if (!sentence) return [];
  let byArticle = headingsCache.get(corpus);
  if (!byArticle) {
    byArticle = new Map();
    headingsCache.set(corpus, byArticle);
  }
  let headings = byArticle.get(sentence.source);
  if (!headings) {
    const raw = corpus.byId.get(sentence.source)?.raw ?? '';
    headings = [
      ...[...raw.matchAll(SECTION_HEADING_RE)].map((m) => ({
        at: m.index,
        end: m.index,
        stems: tokenize(m[1] as string).map((t) => t.stem),
      })),
      ...[...raw.matchAll(CAPITALS_HEADING_RE)].map((m) => ({
        at: m.index,
        end: m.index,
        stems: tokenize(`${m[1]} ${m[2] ?? ''}`).map((t) => t.stem),
      })),
      // (Read from the end of its line on: the question's own sentences are not read with it, nor with the one before.)
      ...[...raw.matchAll(QUESTION_HEADING_RE)].map((m) => ({
        at: m.index,
        end: m.index + m[0].length,
        stems: tokenize(m[1] as string)
          .filter((t) => !STOPWORDS.has(t.norm))
          .map((t) => t.stem),
      })),
    ].sort((a, b) => a.at - b.at);
    byArticle.set(sentence.source, headings);
  }
  let found: string[] = [];
  for (const h of headings) {
    if (h.at > sentence.start) break;
    found = sentence.start >= h.end ? h.stems : [];
  }
  return found;
}

/** The most items of a list quoted after the lead-in that introduces them. */
const ITEMS_AFTER_LEAD_IN = 8;

/**
 * The quotes with the items of a list after a quoted lead-in that introduces them ("Current lead times:" says nothing
 * by itself; "- Servo motors…: 12 weeks" and the items after it say what it leads into), in order, each once.
 */
export function withListItems(corpus: Corpus, scored: readonly ScoredSentence[], chosen: ScoredSentence[]): ScoredSentence[] {
  if (!chosen.some((c) => /:[*_]*$/.test(c.sentence.text))) return chosen;
  const byId = new Map(scored.map((s) => [s.sentence.id, s]));
  const chosenById = new Map(chosen.map((c) => [c.sentence.id, c]));
  // (An item already chosen moves up under its lead-in.)
  const placed = new Set<number>();
  const out: ScoredSentence[] = [];
  for (const c of chosen) {
    if (placed.has(c.sentence.id)) continue;
    out.push(c);
    placed.add(c.sentence.id);
    if (!/:[*_]*$/.test(c.sentence.text)) continue;
    for (let id = c.sentence.id + 1, n = 0; n < ITEMS_AFTER_LEAD_IN; id++, n++) {
      const sentence = corpus.sentences[id];
      if (!sentence || sentence.source !== c.sentence.source || leadInStems(corpus, id).length === 0) break;
      if (placed.has(id)) continue;
      placed.add(id);
      out.push(chosenById.get(id) ?? byId.get(id) ?? { sentence, score: c.score, coverage: c.coverage });
    }
  }
  return out;
}

/** The most items read back over to find the sentence that introduces them. */
const LEAD_IN_ITEMS = 12;
const leadInCache = new WeakMap<Corpus, Map<number, string[]>>();

/**
 * The stems of the sentence that introduces the list an item is in, when it ends with a colon ("The numbers that
 * matter for trade desks:" above "- **47%** — overall US tariff level…") or is a bold line of its own ("**What
 * changed since Busan for us.**"): an item is read with it, as with a section heading. None for a sentence that is
 * no list item.
 */
export function leadInStems(corpus: Corpus, id: number): string[] {
  let byId = leadInCache.get(corpus);
  if (!byId) {
    byId = new Map();
    leadInCache.set(corpus, byId);
  }
  const known = byId.get(id);
  if (known) return known;
  // (A list item: all that stands before it on its line is a bullet or a number, as the cleaner reads one.)
  const isItem = (sentence: Sentence) => {
    const raw = corpus.byId.get(sentence.source)?.raw ?? '';
    const before = raw.slice(raw.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start);
    return BULLET_RE.exec(before)?.[0].length === before.length;
  };
  let found: string[] = [];
  const sentence = corpus.sentences[id];
  if (sentence && isItem(sentence)) {
    for (let k = id - 1; k >= 0 && k >= id - LEAD_IN_ITEMS; k--) {
      const before = corpus.sentences[k];
      if (!before || before.source !== sentence.source) break;
      if (isItem(before)) continue;
      // (Or a line in bold of its own, a label over the list: "**What changed since Busan for us.**".)
      if (/:[*_]*\s*$/.test(before.text) || boldLine(corpus, before)) found = tokenize(before.text).map((t) => t.stem);
      break;
    }
  }
  byId.set(id, found);
  return found;
}

/** A line all in bold, a label over what follows ("**What changed since Busan for us.**"). */
const BOLD_LINE_RE = /^(?:\*\*|__)[^*_\n]{3,120}(?:\*\*|__)$/;

/** True when a sentence is the whole of a line in bold in its page's text (the cleaner takes the emphasis off). */
function boldLine(corpus: Corpus, sentence: Sentence): boolean {
  const raw = corpus.byId.get(sentence.source)?.raw ?? '';
  const from = raw.lastIndexOf('\n', sentence.start - 1) + 1;
  const to = raw.indexOf('\n', sentence.end);
  return BOLD_LINE_RE.test(raw.slice(from, to < 0 ? raw.length : to).trim());
}

/** How many of the best-scored sentences are searched for copies of a chosen quote. */
const COPY_SCAN = 60;

/** Chooses the quotes: the best sentence, then others close to it, preferring outlets not yet quoted. */
export function selectSentences(
  scored: ScoredSentence[],
  sentenceTerms: readonly (readonly string[])[],
  list = false,
  views = false,
): ScoredSentence[] {
  // A list question gathers items from more outlets: more quotes, a lower bar, one per outlet first.
  const maxQuotes = list ? LIST_QUOTES : MAX_QUOTES;
  const ratio = list ? LIST_RATIO : SECONDARY_RATIO;
  const perOutletPenalty = list ? 0.3 : 0.12;
  const best = scored[0];
  if (!best) return [];
  const chosen: ScoredSentence[] = [best];
  const perSource = new Map<string, number>([[best.sentence.source, 1]]);
  const pool = scored.slice(1).filter((s) => s.score >= best.score * ratio && s.coverage > 0);
  const termSets = new Map<number, Set<string>>();
  const termSet = (id: number) => {
    let set = termSets.get(id);
    if (!set) {
      set = new Set(sentenceTerms[id] ?? []);
      termSets.set(id, set);
    }
    return set;
  };
  while (chosen.length < maxQuotes && pool.length > 0) {
    let pickIndex = -1;
    let pickValue = Number.NEGATIVE_INFINITY;
    pool.forEach((s, i) => {
      // In a list, the sentence right after a quoted one often carries on the list ("X and Y also said…"), and
      // in what someone said, their words ("Xi stressed cooperation. "We should…," he said."): it is not a second
      // quote of the same outlet but the rest of the first.
      const continues =
        (list || views) && chosen.some((c) => c.sentence.id + 1 === s.sentence.id && c.sentence.source === s.sentence.source);
      const n = continues ? 0 : (perSource.get(s.sentence.source) ?? 0);
      if (n >= 2) return;
      const value = s.score - perOutletPenalty * n;
      // Only a sentence that would be picked needs the (costlier) near-duplicate check.
      if (!(value > pickValue)) return;
      if (chosen.some((c) => jaccard(termSet(c.sentence.id), termSet(s.sentence.id)) > 0.6)) return;
      pickValue = value;
      pickIndex = i;
    });
    if (pickIndex < 0) break;
    const [pick] = pool.splice(pickIndex, 1);
    if (!pick) break;
    chosen.push(pick);
    perSource.set(pick.sentence.source, (perSource.get(pick.sentence.source) ?? 0) + 1);
  }
  // The same sentence in other articles (wire copy run by several outlets) is not quoted twice, but its outlets
  // are named with the quote: "which outlets carried it?" is answered by them.
  for (const c of chosen) {
    const own = termSet(c.sentence.id);
    const copies = scored
      .slice(0, COPY_SCAN)
      .filter(
        (s) =>
          s.sentence.source !== c.sentence.source &&
          !chosen.some((x) => x.sentence.source === s.sentence.source) &&
          Math.abs(s.sentence.text.length - c.sentence.text.length) <= c.sentence.text.length * 0.1 &&
          jaccard(own, termSet(s.sentence.id)) >= 0.9,
      )
      .map((s) => s.sentence.source);
    if (copies.length > 0) c.copies = [...new Set(copies)];
  }
  if (!list) return chosen;
  // A list item's sentence is often followed by "X and Y also…" or by the items themselves ("…seven elements.
  // The list is samarium, gadolinium, …"): that sentence is the rest of the list.
  const byId = new Map(scored.map((s) => [s.sentence.id, s]));
  const out: ScoredSentence[] = [];
  for (const c of chosen) {
    out.push(c);
    const next = byId.get(c.sentence.id + 1);
    if (
      next &&
      next.sentence.source === c.sentence.source &&
      next.sentence.paragraph === c.sentence.paragraph &&
      next.coverage > 0 &&
      (CONTINUES_LIST_RE.test(next.sentence.text) || enumerates(next.sentence.text)) &&
      !chosen.includes(next) &&
      !out.includes(next)
    )
      out.push(next);
  }
  return out;
}

/** A quote with its neighbours is at most this long (the design's passage target is about 520 characters). */
const MAX_EXTENDED_QUOTE = 600;
/**
 * A sentence that counts companies it names only further on ("…export licences to at least three permanent-magnet
 * manufacturers", "two exporters received…"): a count, then a word for companies.
 */
export const COMPANIES_AHEAD_RE =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a handful of)\s+(?:[\p{L}-]+\s+){0,2}?(?:companies|firms|producers|manufacturers|exporters|shippers|makers|suppliers|groups|vendors)\b/iu;

/** The plural noun a "which…" question asks for ("which announcements did no. 70 put on hold": announcements). */
const WHICH_PLURAL_RE = /\bwhich\s+(?:[a-z-]+\s+)?([a-z]{4,}s)\b/i;
/** Several items listed: three or more, split by commas ("No. 55, 56, 57, and 58", "JL Mag, Ningbo Yunsheng, …"). */
const ITEMS_LISTED_RE = /(?:[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,3}\s*,\s*){2,}(?:and\s+|&\s+)?[\p{Lu}\d]/u;

/**
 * Whether a sentence counts what a "which…" question asks for without naming them ("the suspension of multiple previous
 * announcements", "six measures") and the sentence after it lists them, naming the noun again.
 */
function itemsAhead(q: AnalyzedQuestion, text: string, after: Sentence | undefined): boolean {
  const noun = WHICH_PLURAL_RE.exec(q.topic)?.[1]?.toLowerCase();
  // (A date written with commas, "On November 7, 2025, China's…", lists nothing.)
  const undated = (t: string) => t.replace(/\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4},?/g, ' ');
  if (!noun || !after || ITEMS_LISTED_RE.test(undated(text))) return false;
  const counted = new RegExp(
    String.raw`\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|a number of|a few|a handful of)\s+(?:[\p{L}-]+\s+){0,2}?${escapeRegExp(noun)}\b`,
    'iu',
  );
  const head = stem(noun);
  return counted.test(text) && tokenize(after.text).some((t) => t.stem === head) && ITEMS_LISTED_RE.test(undated(after.text));
}

/** A sentence that opens by pointing back ("He said…", "That move…", "The agreement…") is read with the one before. */
const POINTS_BACK_RE =
  /^["“']?(?:he|she|they|it|this|that|these|those|there|the (?:move|measure|deal|agreement|decision|statement|announcement|step|plan|pact|truce|framework|company|companies|firms|ministry|department|official|spokes\w+))\b/i;
/**
 * A sentence that points back to the one before with a pronoun as its object, not its subject ("Reuters reported that
 * JL Mag, Ningbo Yunsheng and … had received them." after "China issued the first general licences…").
 */
export const POINTS_BACK_LATER_RE = /\b(?:them|these|those)\b/i;
/** A sentence that opens with a time counted from the one before ("The same day, China began…", "A day later…"). */
const SAME_TIME_RE =
  /^["“']?(?:(?:on |at )?(?:the same|that|the next|the following|the previous) (?:day|week|month|morning|afternoon|evening|night)|(?:a|one|two|three|a few) (?:days?|weeks?) (?:later|earlier))\b/i;
/** Question kinds whose answer is a kind of thing a sentence may lack: a date, a figure, a name, a place. */
const TYPED_KINDS = new Set<AnalyzedQuestion['type']>(['when', 'howmany', 'who', 'where']);
/** A sentence that carries on a speaker's words: it opens a quotation or continues one ("But a framework…"). */
const SPEECH_GOES_ON_RE = /^["“]/;

/**
 * Which way a sentence leaves a quotation: 1 when it opens one it does not close (`He wrote: "Our deal is done,
 * subject to approval.` — the speaker's next sentence is cut off), -1 when it closes one it did not open (`Full
 * magnets will be supplied, up front."`), 0 otherwise. Curly marks say which they are; for straight marks an odd
 * count is read by the last one: before a word it opens, after one it closes.
 */
export function quotationLeftOpen(text: string): -1 | 0 | 1 {
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  if (opening !== closing) return opening > closing ? 1 : -1;
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  if (straight.length % 2 === 0) return 0;
  const at = straight[straight.length - 1] as number;
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  if (/\s|[(:—–-]/.test(before) && /[\p{L}\p{N}‘'.…]/u.test(after)) return 1;
  return /[\p{L}\p{N}.,!?…’']/u.test(before) ? -1 : 0;
}

/**
 * Each chosen quote with the neighbouring sentences it is read with, when one of them holds more of what is asked:
 * the sentence before or after in the same paragraph joins the quote when it holds a word of the question the quote
 * lacks (the answer "the framework was signed on June 26" is the sentence before "Lutnick told Bloomberg June 26";
 * "Shipments to the United States fell 11% to 582 t" is the one after October's total: session 63 lowered the bar
 * from 15% of the question's weight to any word: more facts over eval/, nothing else lost);
 * when it gives more of the kind of answer asked (a date, a figure, a name, a place; a building after a city) and
 * the two are tied (a shared question word, or one opens by pointing back: "He…", "The move…", "It went to a buyer
 * in Rotterdam"); the one after when a speaker's quoted words go on in it; and the rest of a quotation the quote
 * leaves open, until it closes (the sentence splitter cuts `"Our deal is done, subject to approval. Full magnets
 * will be supplied."` in two). Only sentences that touch in the file (nothing but white space between) are joined,
 * never one that is quoted on its own, and the whole stays under MAX_EXTENDED_QUOTE characters. Sets `extent`.
 */
export function withContext(corpus: Corpus, q: AnalyzedQuestion, chosen: ScoredSentence[], index: SentenceIndex): ScoredSentence[] {
  const idf = termIdf(index.bm25);
  const quoted = new Set(chosen.map((c) => c.sentence.id));
  const stemsOf = (ids: number[]) => new Set(ids.flatMap((id) => index.terms[id] ?? []));
  const covered = (ids: number[]) => coverageOf(q.terms, stemsOf(ids), idf);
  // Two sentences in a row of one paragraph, one of them quoted and the other not.
  // (Across a paragraph break only when nothing but white space separates them: plain text and Markdown, not markup.)
  const touching = (a: Sentence | undefined, b: Sentence | undefined, acrossParagraphs = false): boolean => {
    if (!a || !b || a.source !== b.source || quoted.has(a.id) === quoted.has(b.id)) return false;
    if (a.paragraph !== b.paragraph && !(acrossParagraphs && b.paragraph === a.paragraph + 1)) return false;
    const raw = corpus.byId.get(a.source)?.raw ?? '';
    return b.start >= a.end && /^\s*$/.test(raw.slice(a.end, b.start));
  };
  const read = chosen.map((c) => {
    const s = c.sentence;
    const ids = [s.id];
    const base = covered(ids);
    const before = corpus.sentences[s.id - 1];
    const after = corpus.sentences[s.id + 1];
    // (The items of a list the quote announces, for the branch below: its last sentence ends in a colon.)
    const items = after && /:\s*$/.test(s.text) && !touching(s, after) ? listItemsAfter(corpus, s) : [];
    const fits = (n: Sentence) => Math.max(s.end, n.end) - Math.min(s.start, n.start) <= MAX_EXTENDED_QUOTE;
    const gain = (n: Sentence) => covered([...ids, n.id]) - base;
    // The kind of answer asked (a date, a figure, a name, a place) that the quote lacks and its neighbour gives.
    // (Or gives more of it: a building asked, "held at Lancaster House" after "talks in London".)
    // (So is a company, for a question that asks which companies: "The companies can offload…" after the sentence
    // naming them.)
    const typed = TYPED_KINDS.has(q.type) || askedShape(q).firms;
    const givesKind = (n: Sentence) => typed && typeBonus(q, n.text) > typeBonus(q, s.text);
    // Tied to the quote: it has a word of the question too.
    const shares = (n: Sentence) => covered([n.id]) > 0;
    // A quotation the quote closes (or opens) is shown whole: its other part is the same speaker's words.
    const open = quotationLeftOpen(s.text);
    if (before && touching(before, s) && fits(before)) {
      const g = gain(before);
      if (
        g > 0 ||
        (givesKind(before) && POINTS_BACK_RE.test(s.text)) ||
        // (The day it is counted from is read with it: "October 14 … The same day, China began charging…".)
        (SAME_TIME_RE.test(s.text) && findDateMentions(before.text).some((m) => !m.relative)) ||
        (open === -1 && quotationLeftOpen(before.text) === 1)
      )
        ids.unshift(before.id);
    }
    // (A quote that counts companies is read with the names in the next paragraph too, when nothing but white space
    // is between: "…to at least three permanent-magnet manufacturers…" above "Reuters reports that JL Mag…".)
    // (So is one that counts what a "which…" question asks for without naming them, when the next paragraph lists
    // them: "…announcing the suspension of multiple previous announcements…" above "The suspended announcements
    // include … No. 55, 56, 57, and 58 …".)
    const ahead = itemsAhead(q, s.text, after);
    const counts = COMPANIES_AHEAD_RE.test(s.text) || ahead;
    if (after && (touching(s, after) || (counts && touching(s, after, true)))) {
      const first = corpus.sentences[ids[0] as number] as Sentence;
      const fitsAll = after.end - first.start <= MAX_EXTENDED_QUOTE;
      // (A quotation the quote opens goes on in the sentences after it until one closes it: `writing, "Our deal is
      // done, subject to approval.` / `Full magnets will be supplied.` / `We are getting a total of 55%."`.)
      // (So does the quotation that opens right after a speaker is named, "Sabine Krull of the IG Metall trade union
      // said the works council had been informed." / "“The workers here did not start a trade war. …,” she said.",
      // for a question about what someone said.)
      const speech =
        (SPEECH_GOES_ON_RE.test(after.text) && REPORTED_RE.test(s.text) && (/["”]/.test(s.text) || q.views)) ||
        (open === 1 && quotationLeftOpen(after.text) !== 1);
      const g = gain(after);
      // (Or the names a quote that counts companies points to: "…licences to at least three permanent-magnet
      // manufacturers." / "Reuters reports that JL Mag Rare Earth, Ningbo Yunsheng, and …".)
      const named =
        (givesKind(after) && (shares(after) || POINTS_BACK_RE.test(after.text) || POINTS_BACK_LATER_RE.test(after.text) || counts)) ||
        ahead;
      if (fitsAll && (g > 0 || speech || named)) {
        ids.push(after.id);
        // (Until the quotation closes, within the length allowed.)
        let still = (open === 1 && quotationLeftOpen(after.text) === 0) || (open === 0 && quotationLeftOpen(after.text) === 1);
        for (let next = corpus.sentences[after.id + 1]; still && next; next = corpus.sentences[next.id + 1]) {
          const goesOn = !quoted.has(next.id) && next.source === s.source && next.paragraph === s.paragraph;
          if (!goesOn || next.end - first.start > MAX_EXTENDED_QUOTE || quotationLeftOpen(next.text) === 1) break;
          ids.push(next.id);
          still = quotationLeftOpen(next.text) === 0;
        }
      }
    } else if (items.length > 0) {
      // A sentence that announces a list ("…licences for the following controlled items:") is read with its items,
      // one per line under it ("- Samarium, including samarium-cobalt alloys", "- Lutetium", …), as far as they go
      // (an item quoted on its own is then shown there: below).
      ids.push(...items);
    } else if (after && /:\s*$/.test(s.text) && touching(s, after, true) && after.end - s.start <= MAX_EXTENDED_QUOTE) {
      // A sentence that introduces what follows ("AFBF President Zippy Duvall commented Thursday on …:") is read
      // with it: the statement it announces is on the next line.
      ids.push(after.id);
    } else if (
      q.type === 'who' &&
      after &&
      touching(s, after, true) &&
      titledPerson(after.text, q) &&
      !titledPerson(s.text, q) &&
      after.end - s.start <= MAX_EXTENDED_QUOTE
    ) {
      // The paragraph after names the person the quote only gives a title for ("…a spokesperson for the Ministry of
      // Commerce said on Thursday." / "Spokesperson He Yadong made the remarks…").
      ids.push(after.id);
    }
    if (ids.length === 1) return c;
    const first = corpus.sentences[ids[0] as number] as Sentence;
    const last = corpus.sentences[ids[ids.length - 1] as number] as Sentence;
    return { ...c, extent: { start: first.start, end: last.end } };
  });
  // A quote another one now holds (a list's item, read with the sentence that announces the list) is shown there only.
  const extents = read.filter((c) => c.extent);
  return read.filter(
    (c) =>
      c.extent ||
      !extents.some(
        (o) => o.sentence.source === c.sentence.source && o.extent && o.extent.start <= c.sentence.start && c.sentence.end <= o.extent.end,
      ),
  );
}

/** How long a list read with the sentence that announces it may be (`listItemsAfter`). */
const MAX_LIST_QUOTE = 900;
/** An item of a list, as a line writes it: its bullet or number, then at most a short line. */
const LIST_ITEM_LINE_RE = /^[ \t]*(?:[•·▪●◦‣∙*+-]|\d{1,2}[.)])[ \t]+\S/;

/**
 * The items of the list a sentence ending in a colon announces: the sentences after it, each on a line of its own
 * that opens with a bullet or a number (a one-word item, "- Lutetium", is no sentence: it lies between two that are,
 * and is shown with them), up to the end of the list or MAX_LIST_QUOTE characters; none when the next line is no
 * item.
 */
function listItemsAfter(corpus: Corpus, s: Sentence): number[] {
  const raw = corpus.byId.get(s.source)?.raw ?? '';
  const ids: number[] = [];
  let prev = s;
  for (let next = corpus.sentences[s.id + 1]; next && next.source === s.source; next = corpus.sentences[next.id + 1]) {
    if (next.end - s.start > MAX_LIST_QUOTE) break;
    const between = raw.slice(prev.end, next.start);
    const lines = between.split('\n');
    // (The lines between: blank, or whole items of their own, short; the item's own line opens with its bullet.)
    const itemLine = raw.slice(raw.lastIndexOf('\n', next.start - 1) + 1, next.end);
    if (!between.includes('\n') || !LIST_ITEM_LINE_RE.test(itemLine)) break;
    if (!lines.slice(1, -1).every((l) => l.trim() === '' || (LIST_ITEM_LINE_RE.test(l) && l.length <= 80))) break;
    ids.push(next.id);
    prev = next;
  }
  return ids;
}

/** A sentence that adds to the list before it ("Ningbo Yunsheng also said…", "…as well"). */
const CONTINUES_LIST_RE = /\b(?:also|as well|too|likewise|similarly|in addition)\b/i;

/** The end of a question: "?" then closing quotes, brackets or Markdown emphasis. */
const QUESTION_END_RE = /\?[*_"'”’)\]]*\s*$/;

/** Per corpus, per sentence that starts a paragraph's lookup: the stems of the question before it, or null. */
const askedBeforeCache = new WeakMap<Corpus, Map<number, ReadonlySet<string> | null>>();

/** The stems of `questionBefore` for sentence `id`'s paragraph (read once per sentence of a corpus). */
function askedStemsBefore(corpus: Corpus, id: number): ReadonlySet<string> | null {
  let byId = askedBeforeCache.get(corpus);
  if (!byId) {
    byId = new Map();
    askedBeforeCache.set(corpus, byId);
  }
  let stems = byId.get(id);
  if (stems === undefined) {
    const asked = questionBefore(corpus, corpus.sentences[id] as Sentence);
    stems = asked ? new Set(tokenize(asked).map((t) => t.stem)) : null;
    byId.set(id, stems);
  }
  return stems;
}

/**
 * The question a paragraph answers in an interview, a transcript or a FAQ: the last non-empty line of the file
 * before the paragraph, when it ends with a question mark (it may be a sentence of the paragraph before, or a
 * bold question line that is not part of the body). Null otherwise.
 */
function questionBefore(corpus: Corpus, sentence: Sentence): string | null {
  const article = corpus.byId.get(sentence.source);
  const paragraph = article?.body[sentence.paragraph];
  if (!article || !paragraph) return null;
  const before = article.raw.slice(Math.max(0, paragraph.start - 400), paragraph.start).trimEnd();
  const line = before.slice(before.lastIndexOf('\n') + 1).trim();
  return line && QUESTION_END_RE.test(line) ? line : null;
}

/** Words that start a clause, not a list item ("…, however, that talks would continue"). */
const CLAUSE_START_RE =
  /^(?:however|that|which|who|whom|whose|where|when|while|but|though|although|because|since|if|as|so|said|says|he|she|it|they|we|i|you|this|these|those|there|then)\b/i;

/** A question for places: countries, destinations, markets, ports ("top buyer countries", "which destinations"). */
const ASKS_PLACES_RE =
  /\b(?:countr(?:y|ies)|destinations?|markets?|places?|cities|city|nations?|ports?|where|buyers?|importers?|regions?|states|provinces?)\b/i;

/**
 * True when a sentence enumerates three or more short items ("samarium, gadolinium, terbium and yttrium",
 * "electric vehicles, wind turbines and defence equipment"), not clauses joined by commas.
 */
export function enumerates(text: string): boolean {
  return enumerationSize(text) >= 3;
}

/** The number of items of the longest enumeration in a sentence (see `enumerates`), 0 when it has none. */
export function enumerationSize(text: string): number {
  let most = 0;
  const parts = text.split(/\s*[,;]\s*/);
  const words = (p: string) => p.split(/\s+/).filter(Boolean);
  const item = (p: string) => words(p).length > 0 && words(p).length <= 4 && !CLAUSE_START_RE.test(p);
  for (let i = 1; i < parts.length; i++) {
    // parts[i..j-1] are items; parts[j] ends the list with "and"/"or" ("… and yttrium", "wind turbines and …").
    let j = i;
    while (j < parts.length && item(parts[j] as string) && !/\b(?:and|or)\b/i.test(parts[j] as string)) j++;
    const last = /^(?:(.*?)\s+)?(?:and|or)\s+(.+)$/i.exec(parts[j] ?? '');
    if (!last) continue;
    const before = last[1] ?? '';
    // A dash or a bracket closes a list set in the sentence ("… — samarium, …, scandium and yttrium — and for …"),
    // also a hyphen typed for a dash ("… scandium and yttrium - under licensing").
    const after = (last[2] as string).split(/\s+[—–]\s*|\s+-\s+|\s*\)/)[0] as string;
    if (before && !item(before)) continue;
    if (CLAUSE_START_RE.test(after) || words(after).length > 6) continue;
    // The item before the first comma, the middle ones, the one before "and" and the one after it.
    most = Math.max(most, 1 + (j - i) + (before ? 1 : 0) + 1);
  }
  // Names listed as a sentence's subject or object ("Bosch, ZF and Mahle have all set up task forces…"): the
  // last one goes on with the sentence, so only its own (capitalised) word is the item.
  for (const m of text.matchAll(NAME_LIST_RE)) most = Math.max(most, (m[0].match(/,/g) ?? []).length + 2);
  return most;
}

/** Two or more capitalised names, comma-separated, then "and" a last one: "Bosch, ZF and Mahle". */
/** Two names joined by "and" or "&": "Enterprise Products Partners and Energy Transfer LP", "Synopsys and Cadence". */
const NAME_PAIR_RE =
  /\b(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+(?:and|&)\s+(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})/gu;
/** True when a sentence names two of something joined by "and" (not two parties or places: "U.S. and Chinese officials"). */
function namesPair(text: string): boolean {
  for (const m of text.matchAll(NAME_PAIR_RE)) {
    const sides = [m[1] as string, m[2] as string];
    if (sides.every((n) => findParties(n).length === 0 && findPlaces(`in ${n}`).length === 0 && !/^(?:The|A|An|In|On|At|But|And)$/.test(n)))
      return true;
  }
  return false;
}

/** True when a list of `size` items is about the size asked: exactly, for two or three; one fewer to two more, for more. */
function listSized(asked: number, size: number): boolean {
  return asked <= 3 ? size === asked : size >= asked - 1 && size <= asked + 2;
}

const NAME_LIST_RE =
  /\b[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2}(?:,\s+[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})+,?\s+(?:and|or)\s+[A-Z][\w&.'’-]*/g;

/**
 * "Which companies…", "what US magnet makers…", "name of the first chinese magnet maker…": asks for companies' names.
 * Not "what is the company changing" or "what did the firm say": a company the question already points at ("the",
 * "this", "its") is not asked for, nor one after a verb ("what paperwork does a chinese exporter need": the paperwork is asked for),
 * nor a measure of them ("what share of suppliers' requests…": a figure is asked for).
 */
/** Nouns for companies ("which firms…"), and for companies by their trade ("which vendors…", `ASKS_FIRMS_RE`). */
export const COMPANY_NOUNS = 'companies|company|firms?|producers?|makers?|exporters?|manufacturers?|suppliers?|businesses|corporations?';
export const TRADE_NOUNS = 'importers?|vendors?|providers?|miners?|refiners?|traders?|insurers?|carriers?|shippers?';
export const ASKS_COMPANIES_RE = new RegExp(
  String.raw`\b(?:(?:which|what)\s+(?:(?!(?:the|this|that|its|their|his|her|an?|does|do|did|is|are|was|were|has|have|had|can|could|will|would|should|must|share|percentage|percent|proportion|fraction|portion|number|amount|majority)\s)[\w-]+\s+){0,4}?|names?\s+(?:of\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?)(?:${COMPANY_NOUNS})\b`,
  'i',
);

/**
 * "Which exporters…", "which eda vendors…", "which carriers…": companies asked for by their trade, whose sentences
 * that name companies weigh up (a broader net than `ASKS_COMPANIES_RE`, which also decides that none are named:
 * carmakers and carriers are often named by brand alone, "Ford", which no company suffix marks).
 */
const ASKS_FIRMS_RE = new RegExp(String.raw`\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:${COMPANY_NOUNS}|${TRADE_NOUNS})\b`, 'i');
const COMPANY_SUFFIX_RE =
  /\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|AG|SA|Group|Systems|Technologies|Holdings|Industries|Metals|Mining|Materials|Energy|Motors|Electronics|Semiconductor|Software)\b\.?/;

/** Capitalised words that open a name but are not one (`data/lexicon/not-names.txt`). */
const NOT_COMPANY = new Set(lexiconLines('not-names.txt').flatMap((l) => l.trim().split(/\s+/)));
const INSTITUTION_RE =
  /\b(?:ministry|department|government|white house|commission|council|bureau|agency|administration|congress|senate|parliament)\b/i;

const companyCache = new Map<string, boolean>();

/**
 * True when a sentence names a company: a corporate suffix ("Inc", "Motors"), an organisation compromise
 * recognises, or a capitalised name inside the sentence that is not a country, a place, a person, an institution,
 * a title or a calendar word ("JL Mag Rare-Earth announced…", "Ford idled…").
 */
export function namesCompany(text: string): boolean {
  let found = companyCache.get(text);
  if (found === undefined) {
    // compromise parses the sentence once, for the people a capitalised name may be and for its organisations.
    let parsed: NlpDoc | null = null;
    const doc = (): NlpDoc => {
      parsed ??= nlp()(text) as NlpDoc;
      return parsed;
    };
    found = COMPANY_SUFFIX_RE.test(text) || capitalisedOrganisation(text, doc);
    if (!found) {
      try {
        const orgs = doc().organizations().out('array') as string[];
        found = orgs.some((o) => !findParties(o).length && !INSTITUTION_RE.test(o));
      } catch {
        found = false;
      }
    }
    if (companyCache.size > 20_000) companyCache.clear();
    companyCache.set(text, found);
  }
  return found;
}

function capitalisedOrganisation(text: string, doc: () => NlpDoc): boolean {
  // A name runs over "of", "and", "&" and commas between capitalised words ("Ministry of Trade, Industry and
  // Energy" is one institution, not a company called "Industry").
  const runs = [...text.matchAll(/\b[A-Z][\w&'’.-]*(?:(?:\s+|\s+(?:of|and|&|for|de)\s+|,\s+(?:and\s+)?)[A-Z][\w&'’.-]*)*/g)];
  if (runs.length === 0) return false;
  let people: { start: number; end: number }[] | null = null;
  const places = findPlaces(text);
  for (const m of runs) {
    if (INSTITUTION_RE.test(m[0])) continue;
    const words = m[0].replace(/['’]s$/, '').split(/\s+/);
    while (words.length && NOT_COMPANY.has((words[0] as string).replace(/\.$/, ''))) words.shift();
    if (words.length === 0) continue;
    const name = words.join(' ');
    // The first word of a sentence is capitalised anyway: only a run of names counts there.
    if (m.index === 0 && words.length < 2) continue;
    // The pronoun "I" and other single letters are no names.
    if (words.length === 1 && name.length < 2) continue;
    // Acronyms (EDA, BIS) are more often programmes and agencies than companies.
    if (words.length === 1 && /^[A-Z]{2,6}$/.test(name)) continue;
    if (INSTITUTION_RE.test(name)) continue;
    // (A list run together by its commas is read item by item: "JL Mag Rare Earth, Ningbo Yunsheng, and Beijing Zhong
    // Ke San Huan High-Tech" names companies, though its last item begins with a city that is also a party.)
    const at = m.index + m[0].indexOf(name);
    let from = 0;
    for (const item of name.split(/,\s+(?:and\s+)?/)) {
      const offset = name.indexOf(item, from);
      from = offset + item.length;
      // (An item of one word is a name only when it is no English word: "Thanks, Dana." lists nothing.)
      // (Nor an acronym alone, as above: "Washington, MP agreed…".)
      const single = name !== item && !/\s/.test(item);
      if (findParties(item).length || (single && (isEnglishWord(item.toLowerCase()) || /^[A-Z]{2,6}$/.test(item)))) continue;
      const start = at + offset;
      const end = start + item.length;
      if (places.some((p) => p.start <= start && p.end >= end)) continue;
      people ??= findPeople(text, doc);
      if (people.some((p) => p.start < end && start < p.end)) continue;
      return true;
    }
  }
  return false;
}

/** The texts of an article's sentences inside a span, in order. */
function sentencesIn(corpus: Corpus, source: string, span: { start: number; end: number }): string[] {
  const [first, end] = corpus.sentenceRange.get(source) ?? [0, 0];
  const out: string[] = [];
  for (let i = first; i < end; i++) {
    const s = corpus.sentences[i] as Sentence;
    if (s.start >= span.start && s.end <= span.end) out.push(s.text);
  }
  return out;
}

/** How close a person's quote must score to a machine-written page's first quote to be shown before it. */
const HUMAN_FIRST_RATIO = 0.8;

/**
 * The quotes in the order they are shown: a machine-written page (flagged "generated by AI") does not open an answer
 * when a person's report among the quotes scores nearly as well; that report is shown first, the rest keep their
 * order. Only the order changes: the quotes, and the ranking that decides them, are the same.
 */
function humanFirst(corpus: Corpus, chosen: ScoredSentence[]): ScoredSentence[] {
  const first = chosen[0];
  if (!first || !corpus.byId.get(first.sentence.source)?.meta.aiGenerated) return chosen;
  const i = chosen.findIndex((s) => !corpus.byId.get(s.sentence.source)?.meta.aiGenerated);
  const human = chosen[i];
  if (!human || human.score < HUMAN_FIRST_RATIO * first.score) return chosen;
  return [human, ...chosen.slice(0, i), ...chosen.slice(i + 1)];
}

/** Composes the extractive answer text: the lead, the attributed quotes, then the closing note. */
export function composeAnswer(
  corpus: Corpus,
  chosen: ScoredSentence[],
  lead: string | null,
  closing: string | null = null,
): ExtractiveResult {
  const citations: Citation[] = [];
  const lines: string[] = [];
  // (A fragment too short to stand as a quote, a transcript's "Victor?", is not quoted on its own.)
  const quotable = humanFirst(corpus, chosen).filter((s) => {
    const span = s.extent ?? s.sentence;
    return span.end - span.start >= MIN_QUOTE_CHARS;
  });
  quotable.forEach((s, i) => {
    const article = corpus.byId.get(s.sentence.source) as Article;
    const span = s.extent ?? s.sentence;
    citations.push(citationOf(article, span.start, span.end));
    const copies = (s.copies ?? []).map((id) => corpus.byId.get(id)).filter((a): a is Article => !!a);
    const carried = copies.length > 0 ? ` — also carried by ${[...new Set(copies.map(sourceLabel))].join('; ')}` : '';
    const label = sourceLabel(article);
    // (A quote with its neighbours shows their text, as a sentence does: markup and entities of a page are not shown.)
    const shown = s.extent ? sentencesIn(corpus, s.sentence.source, s.extent).join(' ') : s.sentence.text;
    const quote = `“${displayQuote(shown)}”${carried}`;
    lines.push(i === 0 && !lead ? `${label} reports: ${quote}` : `• ${label}: ${quote}`);
  });
  const head = lead ? [lead] : [];
  const tail = closing ? [closing] : [];
  return { answer: [...head, ...lines, ...tail].join('\n'), citations };
}

/** Per-sentence index terms and BM25, computed once per corpus; tokens are computed when first needed. */
export interface SentenceIndex {
  terms: string[][];
  /** The tokens of sentence `id` (cached). */
  tokensOf(id: number): Token[];
  bm25: Bm25;
}

/** `bm25`: the sentences' BM25 index when it is already known (loaded from the corpus snapshot). */
export function buildSentenceIndex(corpus: Corpus, bm25?: Bm25): SentenceIndex {
  const terms = corpus.terms.sentences;
  const tokens = new Map<number, Token[]>();
  return {
    terms,
    tokensOf(id: number): Token[] {
      let t = tokens.get(id);
      if (!t) {
        t = tokenize(corpus.sentences[id]?.text ?? '');
        if (tokens.size > 50_000) tokens.clear();
        tokens.set(id, t);
      }
      return t;
    },
    bm25: bm25 ?? new Bm25(terms),
  };
}
