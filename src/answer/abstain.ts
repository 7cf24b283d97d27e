import type { Corpus } from '../corpus/corpus.js';
import { MONTH_NAMES, MONTH_WORD, monthOfWord, monthSpan } from '../corpus/dates.js';
import { isEnglishWord } from '../text/dictionary.js';
import { citiesOf, countryNamesOf, findParties, isPlaceWord, questionPlaces } from '../text/entities.js';
import { escapeRegExp, isMostlyNonLatin, lexiconWords, normalizeInformal } from '../text/lexicon.js';
import { nlp } from '../text/nlp.js';
import { NUMBER_WORD_VALUES } from '../text/numbers.js';
import { TITLE_WORDS } from '../text/titles.js';
import { STOPWORDS, stem, tokenize } from '../text/tokenize.js';
import {
  ASKS_COMPANIES_RE,
  articleStems,
  COMPANIES_AHEAD_RE,
  COMPANY_NOUNS,
  leadInStems,
  MIN_COVERAGE,
  NUMBER_RE,
  namesCompany,
  PARAGRAPH_SCENE,
  POINTS_BACK_LATER_RE,
  REPORTED_RE,
  type ScoredSentence,
  type SentenceIndex,
  sectionHeadingStems,
  TRADE_NOUNS,
  tableHeader,
} from './extractive.js';

import {
  type AnalyzedQuestion,
  holdsPhrase,
  isGenericNoun,
  PLACE_ANCHOR_RE,
  type QuestionTerm,
  quotedPhrases,
  STATEMENT_ASKED_RE,
  TIME_ANCHOR_RE,
} from './question.js';
import { destinationOf, namesMeasureOnly, questionMonths } from './relevance.js';
import { humanDate } from './sources.js';

/**
 * The one place that decides "the articles don't say". It judges the evidence the answerer found, not the
 * question's words alone: a word the articles do not use is no reason to abstain when the rest of the question
 * is answered well (readers paraphrase), but a name the articles never mention is, and so is evidence that
 * covers too little of the question, names the question asks about that never meet the topic, or a "how many"
 * with no figure. A false "the articles don't say" is as bad as a wrong quote, so every rule needs evidence.
 */

/** How many sentences at the top of an article count as its lead (the scene every later sentence is in). */
const LEAD_SENTENCES = 2;
/** How many of the best sentences are searched for the names the question asks about. */
const NAME_WINDOW = 10;

function articlesPhrase(corpus: Corpus): string {
  const n = corpus.articles.length;
  return n === 1 ? 'the article' : `the ${n} articles`;
}

function capitalised(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

function listWords(terms: QuestionTerm[]): string {
  const words = terms.map((t) => `“${t.word}”`);
  return words.length === 1 ? (words[0] as string) : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * True when the question's present topic words never meet: no candidate sentence (with the one before it)
 * holds enough of them. "What is the capital of Australia?" over articles that mention capital markets in one
 * place and Australia in another is not answered by either. Only sentences sharing a word with the question
 * (the scored candidates) can hold two of its topics, so the search never walks the whole corpus.
 */
/**
 * True when `word` ends its noun phrase in the question (the next word is a small word, a word for the kind of
 * answer, or nothing): the thing asked for ("the total dollar value of…"), not a word that qualifies another
 * ("the opioid tariff").
 */
function endsNounPhrase(text: string, word: string): boolean {
  const words: string[] = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const i = words.indexOf(word);
  if (i < 0) return false;
  const next = words[i + 1];
  return next === undefined || STOPWORDS.has(next) || isGenericNoun(next);
}

/** True when `word` is what a "which/what/how many …" question asks for ("which senators voted…", "what tally"). */
function asksForWord(text: string, word: string): boolean {
  return new RegExp(`\\b(?:which|what|whose|how many|how much)\\s+(?:[\\p{L}'’-]+\\s+)?${escapeRegExp(word)}\\b`, 'iu').test(text);
}

/**
 * A quantity asked of something ("how many tonnes of gallium", "the tariff on Chinese steel", "exports of
 * soybeans", and with `IN_UNIT_RE` "the mining quota in tonnes"): the thing measured, up to two words after
 * "of"/"on". When no article mentions it, a figure for something else (magnets, tariffs in general) is not an
 * answer: a near miss.
 */
const MEASURED_RE =
  /\b(?:tonnes?|tons?|tonnage|volumes?|amounts?|quantit(?:y|ies)|prices?|values?|tariffs?|dut(?:y|ies)|levies|levy|exports?|imports?|shipments?|output|production|sales)\s+(?:of|on)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/giu;

/** A price set for a thing: "the price floor for dysprosium", "a cap for NdPr", "prices for terbium" (the thing). */
const PRICED_FOR_RE = /\b(?:prices?|floors?|caps?|ceilings?)\s+for\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/giu;

/** A quantity asked in its unit ("china's 2025 mining quota in tonnes", "the levy in dollars"): the noun before it. */
const IN_UNIT_RE =
  /\b([\p{L}'’-]+)\s+in\s+(?:metric\s+)?(?:tonnes|tons|mt|kilograms|kg|dollars|usd|yuan|euros|percent|%|days|weeks|months)(?=\s*[?.!,]|\s*$)/giu;

function measuredWords(topic: string): Set<string> {
  const out = new Set<string>();
  for (const m of topic.toLowerCase().matchAll(MEASURED_RE)) for (const w of (m[1] as string).split(/\s+/)) out.add(w);
  for (const m of topic.toLowerCase().matchAll(IN_UNIT_RE)) out.add(m[1] as string);
  return out;
}

/**
 * The coverage a sentence of a page the question names needs to meet its names ("that newsletter (trivium) —
 * what's their take on why the EDA ban existed in the first place": the page's "…rollback of the EDA ban" holds
 * few of the question's other words, but the question asks what that page says).
 */
const NAMED_PAGE_COVERAGE = 0.2;

/** The leading sentences whose best coverage of the question decides whether the articles address it. */
const EVIDENCE_SENTENCES = 5;
/** The coverage bar when every content word of the question is in the articles (see its use). */
const MIN_COVERAGE_ALL_PRESENT = 0.2;
/** The coverage the best evidence needs when the only words no article uses are the asker's phrasing, not what is asked. */
const MIN_COVERAGE_PHRASING = 0.27;

/** A numbered instrument a question names: "section 232", "Announcement No. 70", "proclamation 11001", "EO 14257". */
const NUMBERED_REFERENCE_RE =
  /\b(section|article|announcement|proclamation|executive order|eo|clause|chapter|title|resolution|decree|circular|regulation|bill)\s+(?:no\.?\s*|number\s+|#)?(\d{2,6}[a-z]?)\b/gi;

/** A rate asked of the country that charges it ("what duty does india charge", "what tariff will japan impose"), its name in group 1. */
const CHARGED_BY_RE =
  /\b(?:duty|duties|tariffs?|levy|levies|tax|taxes|rate)\b[^?]{0,40}?\b(?:does|do|did|will|would)\s+([a-z]+)\s+(?:charge|impose|levy|apply|put|set|collect)\b/i;
/** A rate written as a percentage ("7.5%", "10 per cent"). */
const RATE_GIVEN_RE = /\d[\d.,]*\s?(?:%|per ?cent|percent)/i;
/** A word before a word for a round or a deal ("the busan deal", "london talks"): maybe a place naming it. */
const EVENT_PLACE_RE =
  /\b([\p{L}'’-]+)\s+(?:deal|deals|talks|truce|summit|agreement|framework|meeting|round|accord|pact|consensus|sit-?down)\b/gu;
/** A place a question puts something at, as an occasion ("did taiwan come up at busan", "what was agreed during london"). */
const AT_PLACE_RE = /\b(?:at|during)\s+([\p{L}'’-]+)(?=\s*(?:[?.!,;]|$|\s+(?:at all|and|or|in|on|last|this|either|too)\b))/gu;

/** Words for someone who comments ("analyst", "lawmaker"), met by any sentence in which a named person speaks (data file). */
const SPEAKER_ROLES = new Set(lexiconWords('speaker-roles.txt').map(stem));
/** Nouns for paperwork sent to an authority (`filings.txt`). */
const FILINGS = new Set(lexiconWords('filings.txt'));

/** A sentence in which someone speaks: a transcript's turn, or reported speech with a capitalised name. */
function someoneSpeaks(text: string, id: number, turns?: SpeakersById): boolean {
  return (turns?.get(id)?.size ?? 0) > 0 || (REPORTED_RE.test(text) && /\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(text));
}

export function topicsNeverMeet(
  q: AnalyzedQuestion,
  scored: ScoredSentence[],
  index: SentenceIndex,
  corpus: Corpus,
  turns?: SpeakersById,
  titled = false,
): boolean {
  // A word the articles use only in other words (a paraphrase: "cost" as "loss") is too loose to require.
  const topics = q.terms.filter((t) => t.salient && t.present && !t.frame && t.group === undefined && t.matches.includes(t.stem));
  // The event a question is timed by ("what did Leavitt post before Busan") says when, not what: the other words
  // need not meet it in one sentence (it counts where it is met).
  const anchors = new Set(timeAnchors(q.text).map((t) => t.stem));
  // Nor the words of a title looked up for its holder ("what did the deputy press sec say…": Nora Castellanos, whose
  // turns in a transcript never repeat her title).
  // Nor the words that pick a page or a side it is said to offer ("the wire piece quoting…", "the RT copy says friday").
  const asides = pageAsideWords(q.text);
  // Names given as alternatives ("did lockheed/rtx/northrop sound worried", "bessent or lutnick") are one topic, met by
  // any of them (a name typed in lower case is a word no dictionary has); not other alternatives ("a sellout or a
  // win"), which the articles put in their own words.
  const groups = new Map<number, QuestionTerm[]>();
  for (const t of q.terms) if (t.group !== undefined && t.present && !t.frame) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  // (And the months that end a series asked, "from may to oct", met by any month of it: `analyzeQuestion`.)
  const alternatives = [...groups.values()].filter(
    (g) => g.length >= 2 && g.some((t) => t.salient) && g.every((t) => t.name || !isEnglishWord(t.word) || monthOfWord(t.word) !== null),
  );
  // So are places joined as separate occasions ("what each round (london, KL, busan) produced", "london and KL"): one
  // topic, met by any of them, each in its own sentences.
  const joinedPlaces = q.terms.filter(
    (t) => t.name && t.present && !t.frame && (isPlaceWord(t.word) || questionPlaces(t.matches.join(' ')).length > 0),
  );
  if (joinedPlaces.length >= 2 && placesJoined(q.text, joinedPlaces)) {
    for (const t of joinedPlaces) if (topics.includes(t)) topics.splice(topics.indexOf(t), 1);
    alternatives.push(joinedPlaces);
  }
  // Nor a title typed before a name ("what did rep hutchens say?", of "…," Hutchens said." and "Rep. Dale Hutchens"): the
  // name says who is asked, however an article gives the title.
  // (As typed, "rep", or as read, "representative".)
  const titlesBefore = new Set<string>();
  for (const t of q.terms.filter((x) => x.name)) {
    for (const m of q.text.matchAll(new RegExp(String.raw`([\p{L}]+)\.?\s+${escapeRegExp(t.word)}\b`, 'giu'))) {
      const typed = (m[1] as string).toLowerCase();
      for (const w of [typed, normalizeInformal(typed).toLowerCase()]) if (TITLE_WORDS.has(w)) titlesBefore.add(w);
    }
  }
  const beforeName = (t: QuestionTerm) => titlesBefore.has(t.word.toLowerCase());
  // Nor the months of a series asked for ("the monthly US-bound magnet numbers - may, june, july, sept, dec - into one
  // table"): each is met on its own.
  const series = new Set(seriesMonths(q.topic).map((m) => m.toLowerCase()));
  const required =
    topics.filter(
      (t) =>
        !anchors.has(t.stem) &&
        !((titled || beforeName(t)) && TITLE_WORDS.has(t.word)) &&
        !asides.has(t.word.toLowerCase()) &&
        !series.has(t.word.toLowerCase()),
    ).length + alternatives.length;
  // Who is asked to have spoken, when described in four words or more ("what did the european auto parts trade group
  // say…"), is there when all but one of its words are, in the articles' words ("Europe's main car-parts lobby").
  const speakerStems = subjectStems(q);
  const speaker = q.terms.filter((t) => speakerStems.has(t.stem) && t.salient && t.present && !t.frame);
  if (required < 2) return false;
  const need = Math.max(2, Math.ceil(required * 0.6));
  const roles = topics.filter((t) => SPEAKER_ROLES.has(t.stem));
  // A place that names a round or a deal ("bessent's take on the busan deal", "the london talks"), or that something
  // is asked to have happened at, closing the question ("did taiwan come up at busan at all?"), is met where an
  // article's lead sets the scene there, as a word that is no name is.
  const eventPlaces = new Set(
    [...q.text.toLowerCase().matchAll(EVENT_PLACE_RE), ...q.text.toLowerCase().matchAll(AT_PLACE_RE)]
      .map((m) => m[1] as string)
      .filter((w) => questionPlaces(w).length > 0),
  );
  // A phrase the question quotes ("what did Whitcombe say about the 'up front' promise") is one of its topics,
  // met by a sentence holding it as written, whatever the question calls it ("promise", "line", "remark").
  const phrases = quotedPhrases(q.text).filter((p) => !topics.some((t) => tokenize(p).some((w) => w.stem === t.stem)));
  const places = new Set(topics.filter((t) => questionPlaces(t.word).length > 0).map((t) => t.word));
  for (const { sentence } of scored) {
    const id = sentence.id;
    const here = new Set(index.terms[id]);
    const prev = corpus.sentences[id - 1];
    if (prev && prev.source === sentence.source) for (const s of index.terms[id - 1] ?? []) here.add(s);
    // A table's row is read with its header ("2 | July 28–29 | Oslo" under "Round | Dates | City").
    const header = tableHeader(corpus, id);
    if (header !== null) for (const s of index.terms[header] ?? []) here.add(s);
    // So is an item with its section heading ("## Soybean commitments").
    for (const s of [...sectionHeadingStems(corpus, id), ...leadInStems(corpus, id)]) here.add(s);
    // The article's title says what all of it is about ("…after London talks": Li's words there are about them),
    // and its outlet who says it ("the harcourt partner - what did she warn about…": a law firm's alert).
    const stems = articleStems(corpus, sentence.source);
    for (const s of stems.described) here.add(s);
    for (const s of stems.ranked) here.add(s);
    // (And its lead, which sets the scene for the rest: "China unveiled sweeping rare-earth rules on Oct. 9" of a later
    // "Greer called it economic coercion". Not for a name, which the lead may give of another matter: "What is the
    // capital of Australia?" is not met by a lead on Australian mines and an analyst at "Brightwater Capital".)
    const scene = new Set<string>();
    const first = corpus.sentenceRange.get(sentence.source)?.[0];
    if (first !== undefined)
      for (let lead = first; lead < Math.min(first + LEAD_SENTENCES, id); lead++) for (const s of index.terms[lead] ?? []) scene.add(s);
    // A place named earlier in the sentence's paragraph sets its scene too ("The summit began … at the VIP lounge of
    // Busan's Gimhae International Airport … The US delegation included…": who was in the delegation at Busan).
    const setting = new Set<string>();
    if (places.size > 0)
      for (let before = id - 2; before >= 0 && before >= id - PARAGRAPH_SCENE; before--) {
        const s = corpus.sentences[before];
        if (!s || s.source !== sentence.source || s.paragraph !== sentence.paragraph) break;
        for (const stem of index.terms[before] ?? []) setting.add(stem);
      }
    addSpeaker(here, turns, id);
    const speaks = speaker.length >= 4 && speaker.filter((t) => t.matches.some((m) => here.has(m))).length >= speaker.length - 1;
    const lower = phrases.length > 0 ? sentence.text.toLowerCase().replace(/\s+/g, ' ') : '';
    // "that aussie analyst": the role is met where someone named speaks ("…said Dr Imogen Ward of the … Institute").
    const commenting = roles.length > 0 && someoneSpeaks(sentence.text, id, turns);
    const met =
      topics.filter(
        (t) =>
          t.matches.some(
            (m) => here.has(m) || ((!t.name || eventPlaces.has(t.word)) && scene.has(m)) || (places.has(t.word) && setting.has(m)),
          ) ||
          (speaks && speakerStems.has(t.stem)) ||
          (commenting && roles.includes(t)),
      ).length +
      alternatives.filter((g) => g.some((t) => t.matches.some((m) => here.has(m)))).length +
      phrases.filter((p) => holdsPhrase(lower, p)).length;
    if (met >= need) return false;
  }
  return true;
}

/**
 * The news a reaction is asked about, in one or two words: "his quote on the busan news", "their response to the
 * soybean announcement". A reaction's page often names the news only as "today's announcement".
 */
const OCCASION_RE =
  /\b(?:quotes?|reactions?|responses?|comments?|statements?|take|said|say|says|react(?:ed)?|respond(?:ed)?)\s+(?:on|to|about|over|at)\s+the\s+(?:[\p{L}'’-]+\s+){1,2}?(?:news|announcement|outcome|result|results)\b/giu;

/** A clause opening the question with after what it is asked, up to the comma before the question word. */
const FRONTED_ANCHOR_RE =
  /^\s*(?:[^:?]{0,30}:\s*)?(?:(?:ok|so|and|but)\s+)?(?:after|since|following|now that)\s+([^,?;]{2,90}),\s*(?=(?:what|who|when|where|which|how|is|are|was|were|did|does|do|has|have|can)\b)/i;

/**
 * The words of the events that time a question: "after the London round" (TIME_ANCHOR_RE), "what did Leavitt post
 * before Busan" (a place the question ends with; not "what happened after the signing", whose event is asked about),
 * and the news a reaction is asked to (OCCASION_RE).
 */
function timeAnchors(text: string): ReturnType<typeof tokenize> {
  const words = [...text.matchAll(TIME_ANCHOR_RE), ...text.matchAll(OCCASION_RE)].flatMap((m) => tokenize(m[0]));
  // (And a clause fronting the question that says after what it is asked: "after busan + the nov suspension + the
  // general licences, where do military end users actually stand".)
  const fronted = FRONTED_ANCHOR_RE.exec(text)?.[1];
  if (fronted) words.push(...tokenize(fronted));
  const place = PLACE_ANCHOR_RE.exec(text)?.[1];
  if (place && questionPlaces(place).length > 0) words.push(...tokenize(place));
  return words;
}

/**
 * Words the question sets aside: up to four after "not", "except", "besides" or "other than", and the ones joined to
 * them ("not the 2010 japan thing or ukraine").
 */
function setAsideWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(
    /\b(?:not|except|besides|other than)\s+((?:[\p{L}\p{N}'’-]+\s*){1,4}(?:(?:or|nor|and|\+|&)\s+(?:the\s+)?(?:[\p{L}\p{N}'’-]+\s*){1,2})*)/giu,
  ))
    for (const t of tokenize(m[1] as string)) out.add(t.norm);
  return out;
}

/**
 * "the wire piece quoting…", "the RT copy says friday", "one site says 8 and 9", "the AI thing says july": the words that
 * say which page the asker means (up to two before a page word) and what a page is said to say, and where the asker
 * read it ("per state media": SOURCED_ASIDE_RE). They pick a page or offer a side (`asked-sides.ts`); they are not what
 * is asked about, and need not meet the evidence.
 */
const PAGE_ASIDE_RE =
  /\b(?:the|that|this|one|another|other|some)\s+((?:[\p{L}\p{N}&.'’-]+\s+){0,2})(?:site|website|outlet|article|source|report|paper|story|piece|copy|version|thing|one|wire|blog|post|explainer|newsletter|write-?up|item|page|doc)s?\b(?:\s+(?:says?|said|has it|had it|puts? it(?:\s+(?:at|in|on))?|claims?|reports?|reported)\s+(?:it(?:'s|’s| is| was)\s+)?(?:the\s+)?([\p{L}\p{N}$][\p{L}\p{N}.,%$’'-]*(?:\s+(?:and|or|&|to)\s+[\p{L}\p{N}][\p{L}\p{N}%]*)?))?/giu;
/**
 * A name the asker gives a figure or a day to, as a side's source: "iluka quoted 100", "reuters says 144", "bloomberg
 * has it at 12", "epoch has the 25th".
 */
const FIGURE_SOURCE_RE =
  /\b(\p{L}[\p{L}&.'’-]*)\s+(?:quoted|quotes|says?|said|cited|cites|reported|reports|has|had|has it at|had it at|puts? it at)\s+(?:it\s+at\s+)?(?:the\s+)?(?:about\s+|around\s+|~)?[$€£]?\d/giu;
export function pageAsideWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FIGURE_SOURCE_RE)) out.add((m[1] as string).toLowerCase());
  for (const m of text.matchAll(PAGE_ASIDE_RE)) for (const t of tokenize(`${m[1] ?? ''} ${m[2] ?? ''}`)) out.add(t.norm);
  for (const m of text.matchAll(SOURCED_ASIDE_RE)) for (const t of tokenize(m[1] as string)) out.add(t.norm);
  for (const m of text.matchAll(GLOSSED_NAME_RE)) for (const t of tokenize(m[1] as string)) out.add(t.norm);
  for (const m of text.matchAll(SOURCES_DIFFER_RE)) for (const t of tokenize(`${m[1]} ${m[2]}`)) out.add(t.norm);
  for (const m of text.matchAll(ONE_THING_RE)) for (const t of tokenize(`${m[1]} ${m[2]}`)) out.add(t.norm);
  return out;
}

/** A month in a clause of supposition: "if … comes back next november", "if it returns in nov", "once … in may". */
const SUPPOSED_MONTH_RE =
  /\b(?:if|once|should|in case)\b[^?,;]*?\b(?:next|this|in|by|from|after)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

/**
 * A page described in brackets after its name ("the nation (thai paper) says…", "caixin (the chinese outlet)"): the
 * words of the description say whose page it is, not what is asked, whichever words the articles use.
 */
const PAGE_GLOSS_RE =
  /\(\s*((?:[\p{L}\p{N}&.'’-]+\s+){0,3})(?:site|website|outlet|paper|newspaper|daily|magazine|wire|blog|newsletter|broadcaster|channel|tabloid|agency|press|media)s?\s*\)/giu;
export function pageGlossWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PAGE_GLOSS_RE)) for (const t of tokenize(m[0])) out.add(t.norm);
  return out;
}

/** A sentence that opens by pointing back to companies named before it ("The companies can…", "These firms…", "Both"). */
const COMPANIES_BACK_RE =
  /^["“']?(?:the|these|those|both|all (?:three|four|two|of the)|the two|the three) (?:companies|firms|producers|exporters|shippers|makers|suppliers|groups|vendors)\b|^(?:they|both) /i;

/** Two people said to tell it differently: "uwe says one thing, jana another", "kim said one thing and lee another". */
const ONE_THING_RE =
  /\b([\p{L}'’-]+)\s+(?:says?|said|tells? (?:us|me)|told (?:us|me))\s+one thing,?\s+(?:and\s+|but\s+)?([\p{L}'’-]+)\s+(?:says?\s+|said\s+)?another\b/giu;
/**
 * Two sources the asker says differ ("the courier and the state office give diff numbers", "reuters vs the ministry
 * say different things", "trivium and the lantern note dont match"): which pages to set side by side, not what the
 * question is about.
 */
const SOURCES_DIFFER_RE =
  /\b(?:the\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:and|vs\.?|versus)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:(?:give|gives|have|has|say|says|report|reports|put|cite|cites|quote|quotes|show|shows)\s+(?:diff|different|conflicting|differing|varying|mixed)\b|(?:dont|don't|don’t|do not|doesnt|doesn't|does not)\s+(?:match|agree|line up|square)\b|(?:disagree|differ|conflict|clash|contradict each other)\b)/giu;

/**
 * Who someone is, said before their name in brackets ("what did the stuttgart OEM (hartmann) say"): the bracketed
 * name is what is asked about; the words before it only say who that is. (Not a name the question ends with: the
 * holder of a title it names, put there when looked up, "…about the kuala lumpur talks (Amanda Lacaze)".)
 */
const GLOSSED_NAME_RE =
  /\bthe\s+((?:[\p{L}\p{N}&.'’-]+\s+){0,2}[\p{L}\p{N}&.'’-]+)\s*\((?:[\p{L}&.'’-]+)(?:\s+[\p{L}&.'’-]+)?\)(?=\s*\p{L})/giu;

/** Where the asker read it, as an attribution: "per state media", "according to the trade press", "via the wires". */
const SOURCED_ASIDE_RE =
  /\b(?:per|according to|via)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}(?:media|press|reports?|reporting|coverage|wires?|outlets?|sources?|papers?))\b/giu;

/**
 * Words that only say where the asker is ("a ramen place near Lancaster House", "near the office"): up to four
 * after "near". They locate what is asked; they are not what it is about.
 */
function nearWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\bnear\s+((?:[\p{L}'’-]+\s*){1,4})/giu)) for (const t of tokenize(m[1] as string)) out.add(t.norm);
  return out;
}

/**
 * The subject of a yes/no question ("did tesla have to…", "has the EU signed…"): its first topic word, when it
 * comes right after the auxiliary (with at most an article or a determiner between) and names one thing (a
 * company the dictionary also knows as a word: "tesla", "apple"). Plural subjects ("did the cops…", "did
 * regulators…") are people of a kind, whom the articles may name otherwise.
 */
function yesNoSubject(q: AnalyzedQuestion): QuestionTerm | undefined {
  if (q.type !== 'yesno') return undefined;
  const m =
    /^\s*(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\s+(?:(?:the|a|an|any|its|their)\s+)?([\p{L}'’-]+)/iu.exec(
      q.text,
    );
  const word = m?.[1]?.toLowerCase().replace(/['’]s$/, '');
  if (!word || (/s$/.test(word) && stem(word) !== word)) return undefined;
  return q.terms.find((t) => t.word === word && t.salient && !t.frame);
}

/**
 * Who a question asks to have done something, right after its "did" ("how much did apple invest in MP materials",
 * "what price floor did ottawa set…"): one word naming one thing, as for a yes/no question's subject (not one of a
 * pair, "did albo and trump sign": the other may be named, and the nickname with it). An amount or a
 * thing they did is no answer when no article mentions them, whatever the articles say others did.
 */
function didSubject(q: AnalyzedQuestion): QuestionTerm | undefined {
  const m =
    /^\s*(?:how\s+(?:much|many)|what|which)\b[^?]{0,40}?\bdid\s+(?:(?:the|a|an)\s+)?([\p{L}'’-]+)\s+(?!(?:and|or|&)\b)(?:[\p{L}]+ly\s+)?[\p{L}]+\b/iu.exec(
      q.text,
    );
  const word = m?.[1]?.toLowerCase().replace(/['’]s$/, '');
  // (Nor a title, "what per-job cost did the professor come up with": whom it names is looked up, `namesForTitles`.)
  if (!word || (/s$/.test(word) && stem(word) !== word) || STOPWORDS.has(word) || TITLE_WORDS.has(word)) return undefined;
  return q.terms.find((t) => t.word === word && t.salient && !t.frame);
}

/** Names in the question (people, places, organisations) that the evidence must mention. */
function askedNames(q: AnalyzedQuestion): QuestionTerm[] {
  return q.terms.filter((t) => t.name && t.present && !t.frame);
}

/** Adds the stems of the speaker whose transcript turn a sentence is in ("DANIEL OSEI: …" names Osei in all of it). */
function addSpeaker(here: Set<string>, turns: SpeakersById | undefined, id: number): void {
  for (const w of turns?.get(id) ?? []) here.add(stem(w));
}

/** A word after "after", "since", "following" or "out of": what times the question ("right after london"). */
const TIMED_BY_RE = /\b(?:after|since|following|out of|post)\s+(?:the\s+)?([\p{L}'’-]+)/gu;

/** The days after a round's first day on which what is said is of that round (two days of talks, and the day after). */
const ROUND_DAYS = 3;

interface DayIndex {
  /** A round's place (its stems) → the days it was held, from the articles' dated talks. */
  rounds: Map<string, Set<string>>;
  /** A sentence → the days its dated claims put it on. */
  days: Map<number, string[]>;
}
const dayIndexes = new WeakMap<Corpus, DayIndex>();

/** The rounds' days by place and the sentences' days, read once per corpus from the claims. */
function dayIndex(corpus: Corpus): DayIndex {
  let found = dayIndexes.get(corpus);
  if (!found) {
    found = { rounds: new Map(), days: new Map() };
    for (const c of corpus.claims) {
      if (c.attribute !== 'date' || !/^\d{4}-\d\d-\d\d$/.test(c.value)) continue;
      if (c.event === 'dated') found.days.set(c.sentenceId, [...(found.days.get(c.sentenceId) ?? []), c.value]);
      else if (c.event === 'talks' && c.qualifier)
        for (const t of tokenize(c.qualifier)) {
          const days = found.rounds.get(t.stem) ?? new Set<string>();
          const first = new Date(`${c.value}T00:00:00Z`);
          for (let d = 0; d < ROUND_DAYS; d++) days.add(new Date(first.getTime() + d * 86_400_000).toISOString().slice(0, 10));
          found.rounds.set(t.stem, days);
        }
    }
    dayIndexes.set(corpus, found);
  }
  return found;
}

/** True when one of the best sentences (with the two before it, its article's title and lead) names every asked name. */
function namesMeetEvidence(
  names: QuestionTerm[],
  scored: ScoredSentence[],
  index: SentenceIndex,
  corpus: Corpus,
  turns?: SpeakersById,
  separately = false,
  /** The question names the pages it asks about: their sentences answer it with less of its words. */
  namedPages = false,
  /** It asks what someone said: a page's outlet may be who (a ministry's own statement). */
  views = false,
  /** The places the question times itself by ("right after london", "what came out of KL"): met on their rounds' days. */
  timedBy: ReadonlySet<string> = new Set(),
  /**
   * Names the question lists as things of their own (`listedApart`): met anywhere in the article of a sentence that
   * answers ("…magnet exports totalled 6,150 tonnes in November" and, further on, "Japan … took 305 tonnes").
   */
  apart: ReadonlySet<string> = new Set(),
): boolean {
  if (names.length === 0) return true;
  // (Names met separately, "across geneva, london and KL", are each in sentences that hold none of the others: such a
  // sentence covers that much less of the question, and the bar is half.)
  const bar = (namedPages ? NAMED_PAGE_COVERAGE : MIN_COVERAGE) * (separately && names.length >= 2 ? 0.5 : 1);
  const days = dayIndex(corpus);
  // "Lutnick, Greer and Li - what did each say?": each person's words may be in a sentence of their own.
  const metSomewhere = new Set<QuestionTerm>();
  // A city is also met by its country ("the levy after busan": "…after leaving South Korea"), city-countries.txt.
  // (And a country by its city: "the talks in switzerland" by "…in Geneva".)
  const countries = new Map(
    names.map((n) => [n, [...countryNamesOf(n.word), ...citiesOf(n.word)].map((c) => tokenize(c).map((t) => t.stem))]),
  );
  for (const { sentence, coverage } of scored.slice(0, NAME_WINDOW)) {
    if (coverage < bar) continue;
    const here = new Set(index.terms[sentence.id]);
    addSpeaker(here, turns, sentence.id);
    // The two sentences before it in its article ("Greer spoke after the Busan meeting. … He said…").
    for (const back of [1, 2]) {
      const prev = corpus.sentences[sentence.id - back];
      if (prev && prev.source === sentence.source) for (const s of index.terms[prev.id] ?? []) here.add(s);
    }
    for (const s of articleStems(corpus, sentence.source).described) here.add(s);
    // And its outlet, when it is who the question asks to have spoken ("what did mofcom say…" of its own page).
    if (views) for (const s of articleStems(corpus, sentence.source).ranked) here.add(s);
    // So does its headline ("PARIS AIR SHOW 2025 - … INTERVIEW (TRANSCRIPT)" over a guest's answers).
    for (const t of tokenize(corpus.byId.get(sentence.source)?.meta.title ?? '')) here.add(t.stem);
    // The article's lead sets the scene for all of it ("…met in Busan, South Korea, on Oct. 30.").
    const first = corpus.sentenceRange.get(sentence.source)?.[0];
    if (first !== undefined)
      for (let id = first; id < Math.min(first + LEAD_SENTENCES, sentence.id); id++) for (const s of index.terms[id] ?? []) here.add(s);
    // A round's place is met by what is said on its days ("china's vice commerce minister right after london — what
    // did he say came out of it": "On Tuesday, China's Vice Commerce Minister Li Chenggang said…", three paragraphs
    // after the page names London, dated to the talks' second day).
    const said = days.days.get(sentence.id) ?? [];
    // (Only a place that times the question: "what did xi say to trump in london" asks for words said there.)
    const onRoundDays = (n: QuestionTerm) =>
      timedBy.has(n.word.toLowerCase()) && said.some((d) => n.matches.some((m) => days.rounds.get(m)?.has(d) === true));
    // (A name listed apart is met anywhere in the page: `apart`.)
    const inArticle = (n: QuestionTerm) => {
      if (!apart.has(n.word)) return false;
      const range = corpus.sentenceRange.get(sentence.source);
      if (!range) return false;
      for (let id = range[0]; id < range[1]; id++) if (n.matches.some((m) => index.terms[id]?.includes(m))) return true;
      return false;
    };
    const met = (n: QuestionTerm) =>
      n.matches.some((m) => here.has(m)) ||
      inArticle(n) ||
      (countries.get(n) ?? []).some((stems) => stems.length > 0 && stems.every((x) => here.has(x))) ||
      onRoundDays(n);
    // Names offered as alternatives ("was it he lifeng or wang wentao") need only one of them.
    if (names.every((n) => met(n) || (n.group !== undefined && names.some((o) => o.group === n.group && met(o))))) return true;
    if (separately) for (const n of names) if (met(n)) metSomewhere.add(n);
  }
  return separately && names.every((n) => metSomewhere.has(n));
}

/** Two places joined by "and", "&", "/" or "or" in a question ("in london and KL", "geneva/london"). */
function placesJoined(text: string, names: readonly QuestionTerm[]): boolean {
  // (A place typed short is read through its expansion: "KL" matches "kuala lumpur".)
  const places = names
    .filter((t) => isPlaceWord(t.word) || questionPlaces(t.matches.join(' ')).length > 0)
    .map((t) => escapeRegExp(t.word));
  if (places.length < 2) return false;
  const alt = places.join('|');
  return new RegExp(`\\b(?:${alt})\\s*(?:,|and|&|\\/|or|\\+)\\s*(?:in\\s+|at\\s+)?(?:${alt})\\b`, 'i').test(text);
}

/** Three items or more listed after a colon or a dash, to the question's end (group 1: the items). */
const LISTED_AFTER_COLON_RE = /(?::|\s[-–—]\s)\s*((?:[^,?.!;:]+,\s*){2,}[^,?.!;:]+?)\s*[?.!]*\s*$/u;

/** A list of three things or more, "A, B(,) and C" (groups: the first, the second, the last). */
const THREE_ITEMS_RE = /([^?.!;:–—-]+?),\s*([^,?.!;]+?),?\s+(?:and|&)\s+([^,?.!;]+)/i;

/**
 * A name the question lists as a thing of its own among three or more ("nov numbers pls - us magnet exports, total, and
 * japan"): each is asked for apart, and need not be met in the sentences that answer the others.
 */
function listedApart(text: string, names: readonly QuestionTerm[]): Set<string> {
  // (Or the items listed after a colon or a dash, three or more, each a point to answer: "give me the tariff ladder:
  // april peak, after geneva, trump's june number, after busan". A name in one item is apart from the others'.)
  const listed = LISTED_AFTER_COLON_RE.exec(text);
  if (listed) {
    const items = (listed[1] as string).split(/\s*,\s*/).map((x) => new Set(x.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []));
    return new Set(names.filter((t) => items.filter((words) => words.has(t.word.toLowerCase())).length === 1).map((t) => t.word));
  }
  const m = THREE_ITEMS_RE.exec(text);
  if (!m) return new Set();
  const items = [m[2], m[3]].map((x) =>
    (x as string)
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, ''),
  );
  return new Set(names.filter((t) => items.includes(t.word.toLowerCase())).map((t) => t.word));
}

/** Words that end the noun phrase of "how many …": its verb, an auxiliary or an adverb ("…did", "…actually got"). */
const COUNT_PHRASE_END = new Set(
  'of did do does were was are is have has had got get gets will would can could should may might actually really already still ever now in on at to from for by with since'.split(
    ' ',
  ),
);

/** Words for money asked as an amount ("how much money", "how much cash"): no thing counted. */
const MONEY_NOUNS = new Set(['money', 'cash', 'dollars', 'funding', 'funds']);

/** Words for an amount of something ("how much quantity of…"): the thing counted is named after them. */
const AMOUNT_NOUNS = new Set(['quantity', 'quantities', 'amount', 'amounts', 'volume', 'volumes', 'number', 'level', 'value', 'total']);

/**
 * Two stems of one word family: equal, or one the other's start, five letters or more ("appli" of "applied" and
 * "applic" of "applications"; "produc" and "product"), as a count is written with the noun of a verb asked.
 */
function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/** Nouns that count people: a figure of any of them counts the others ("employs 100 people", "how many workers"). */
const PEOPLE_NOUNS = new Set(
  'people persons workers employees staff staffers officials delegates negotiators members jobs residents'.split(' '),
);

const figureMonthsCache = new WeakMap<Corpus, Map<number, string[]>>();

/** Sentence id → the months its figures are of, as the claims resolve them (sentences with such figures only). */
function figureMonths(corpus: Corpus): Map<number, string[]> {
  let months = figureMonthsCache.get(corpus);
  if (!months) {
    months = new Map();
    for (const c of corpus.claims) {
      if (c.event !== 'quantity') continue;
      const month = (c.qualifier ?? '').split('|')[1];
      if (month) months.set(c.sentenceId, [...(months.get(c.sentenceId) ?? []), month]);
    }
    figureMonthsCache.set(corpus, months);
  }
  return months;
}

/** "How many licences…": a number must count the thing asked about ("…granted 12 licences"), not just appear. */
/** A label's figure right after it: "…logged: 11", "Published verdicts: 10" (up to six words, then a colon). */
const LABELLED_FIGURE_RE = /^(?:\s+[\p{L}'’-]+){0,6}\s*:\s*[$€£]?\d/u;

function givesFigure(
  q: AnalyzedQuestion,
  scored: ScoredSentence[],
  corpus: Corpus,
  thingTerms: QuestionTerm[] = [],
  /** The question names the pages it asks about (their sentences may be in another language, holding few of its words). */
  namedPages = false,
): boolean {
  // The sentences about what is counted: half the question's words, or, when every topic word of the question is
  // in the articles (nothing it names is missing), the best sentences as far as they cover nearly as much as the
  // best one ("how big was the writedown": "…a $4.5 billion charge tied to the H20 restrictions").
  const best = scored[0]?.coverage ?? 0;
  const nothingMissing = q.terms.every((t) => t.present || !t.salient || t.frame);
  const topical = scored
    .slice(0, 8)
    .filter(
      (s, i) =>
        s.coverage >= 0.5 ||
        (nothingMissing && i < 3 && s.coverage >= Math.max(namedPages ? NAMED_PAGE_COVERAGE : MIN_COVERAGE, 0.8 * best)),
    );
  // What is counted: the words of the noun phrase after "how many" ("how many licence applications actually got
  // thru": licence, applications), up to its verb or adverb, or the measure before "of" ("how many tonnes of rare
  // earths": tonnes); a figure next to any of them counts it.
  // Two counts compared ("how many applied for vs approved") are two phrases.
  const phrases = (/\bhow (?:many|much)\s+((?:[a-z'-]+[\s,]*){1,6})/i.exec(q.topic)?.[1] ?? '')
    .toLowerCase()
    .split(/\s*\b(?:vs|versus|compared to|against)\b\.?\s*/)
    .map((p) => p.split(/[\s,]+/).filter(Boolean));
  const countedPhrases = phrases.map((raw, i) => {
    // "How much quantity of magnets…", "how much volume of soybeans": a word for an amount says nothing of what is
    // counted; what follows its "of" is.
    // (Nor does a word for money, "how much money is actually going in": a sum asked is checked as such, below in
    // `ASKS_MONEY_RE`, and is written "$3 billion", never "money".)
    const phrase =
      AMOUNT_NOUNS.has(raw[0] ?? '') && raw[1] === 'of'
        ? raw.slice(2)
        : MONEY_NOUNS.has(raw[0] ?? '')
          ? raw.slice(raw[1] === 'of' ? 2 : 1)
          : raw;
    const end = phrase.findIndex((w) => COUNT_PHRASE_END.has(w));
    return (end < 0 ? phrase.slice(0, i === 0 ? 4 : 2) : phrase.slice(0, end)).filter((w) => w.length >= 3 && w !== 'the');
  });
  // The noun before the phrase's verb (a word the question does not read as a topic, after one it does) is a head
  // too: "how many companies answered the survey" counts companies ("131 member companies responded").
  const isTopic = (w: string) => q.terms.find((t) => t.word === w)?.salient;
  const nounHeads = countedPhrases.flatMap((phrase) => {
    const verb = phrase.findIndex((w, k) => isTopic(w) === false && phrase.slice(0, k).some((x) => isTopic(x)));
    return verb > 0 ? [phrase[verb - 1] as string] : [];
  });
  const termsOf = (words: string[]) => q.terms.filter((t) => words.some((w) => t.word === w || t.stem === stem(w)));
  // (With their alternatives: "how many days/months" is counted in either.)
  const counted = termsOf(countedPhrases.flat());
  const countedTerms = [
    ...counted,
    ...q.terms.filter((t) => t.group !== undefined && !counted.includes(t) && counted.some((c) => c.group === t.group)),
  ];
  // The thing measured, named by a word no article uses ("how big was the soybean writedown", "how many lithium
  // licences"): no figure in the articles is of it, however well a sentence covers the rest of the question.
  const measured =
    /\bhow (?:much|big|large|high|steep|deep|severe|bad|low|far|long)\s+(?:was|were|is|are|will|would)\s+(?:the\s+)?((?:[a-z'-]+\s*){1,3})/i.exec(
      q.topic,
    )?.[1];
  const namedThing = [...countedTerms, ...termsOf((measured ?? '').toLowerCase().split(/\s+/).filter(Boolean))];
  if (namedThing.some((t) => t.salient && !t.present && !t.frame)) return false;
  // The head of each phrase, its last word ("student visas": visas): what a neighbouring sentence must count.
  const headTerms = termsOf([...countedPhrases.map((p) => p[p.length - 1]).filter((w): w is string => !!w), ...nounHeads]);
  // "How much of the market…" asks for a share: a percentage or a fraction is its figure.
  const share = /\bhow much of\b|\bwhat (?:share|percentage|proportion|fraction|portion|percent)\b|\bwhat %/i.test(q.topic);
  // "How much ethane…", "how big were the cuts" ask for an amount: a figure with a unit anywhere in the sentence gives it.
  const amount = /\bhow (?:much|big|large|high|steep|deep|severe|bad|low|far|long)\b/i.test(q.topic);
  // "How many employees…" is counted by "employs 100 people": any noun for people counts people.
  const countsPeople = countedTerms.some((t) => PEOPLE_NOUNS.has(t.word.toLowerCase()));
  // `thingTerms`: "how many tonnes of dysprosium…": the thing measured is named with the figure, in its sentence or
  // the heading or lead-in it is under (tonnes of magnets are no answer).
  const namesThing = (text: string, id: number) => {
    if (thingTerms.length === 0) return true;
    const stems = new Set([...tokenize(text).map((t) => t.stem), ...sectionHeadingStems(corpus, id), ...leadInStems(corpus, id)]);
    return thingTerms.every((t) => t.matches.some((m) => stems.has(m)));
  };
  const counts = (text: string, id: number, terms = countedTerms) => {
    if (!namesThing(text, id)) return false;
    // (A sentence in a script whose unit words no rule here reads, "日本向けは約5・1倍の131トンだった": a figure in it.)
    // (Not a date: "6月12日", "2025년 6월", "ngày 20/7".)
    if (isMostlyNonLatin(text))
      return /\d/.test(text.replace(/\d+\s*[年月日号號년월일]|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?<!\d)(?:19|20)\d\d(?!\d)/g, ''));
    if (share && SHARE_RE.test(text)) return true;
    if (amount && AMOUNT_RE.test(text)) return true;
    // (A year is no figure: "back to their 2024 levels".)
    // (A fraction in words is a figure too: "need one number": "depends on China for nearly half of its imports".)
    if (terms.length === 0)
      return NUMBER_RE.test(text.replace(/\b(?:19|20)\d\d\b(?!\s*(?:%|percent|tonnes?|tons?|barrels?))/g, '')) || FRACTION_RE.test(text);
    const toks = tokenize(text);
    const names = (list: QuestionTerm[], stem: string) => list.some((term) => term.matches.some((m) => sameFamily(m, stem)));
    return toks.some(
      (t, i) =>
        (names(terms, t.stem) || (countsPeople && PEOPLE_NOUNS.has(t.norm))) &&
        // (Or as a label gives its figure, after a colon: "Total claims logged: 11.")
        (LABELLED_FIGURE_RE.test(text.slice(t.end)) ||
          // (The thing counted, counted through a measure: the four words before it may be the measure's, "12 million
          // metric tons of U.S. soybeans" counts soybeans.)
          toks
            .slice(Math.max(0, i - (names(headTerms, t.stem) && toks.slice(Math.max(0, i - 4), i).some((x) => x.norm === 'of') ? 8 : 4)), i)
            .some(
              (x) =>
                // (A year is no count: "No. 58 of 2025 -- export controls on lithium battery items"; "2,000 workers" is.)
                (/^\d|^(?:dozens|hundreds?|thousands?|millions?|billions?|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/.test(x.norm) &&
                  !(/^(?:19|20)\d\d$/.test(x.norm) && new RegExp(`\\b${x.norm}\\b`).test(text))) ||
                x.norm in NUMBER_WORD_VALUES,
            )),
    );
  };
  // "How many tonnes did china ship to india": a figure for another destination (the US, all of them) is no answer.
  // (Not of paperwork: "licence applications sent to China" went to its authorities, `filings.txt`.)
  const to = headTerms.some((t) => FILINGS.has(t.word)) ? null : destinationOf(q.text.toLowerCase());
  // (The party as where the goods go: "exports … to the United States", "US-bound", "American buyers", "the US got
  // 619"; not "US ethane exports to China".)
  // (Not read in a script no rule here reads: "日本向けは…131トン" is Japan-bound.)
  const goesThere = (text: string) =>
    !to ||
    isMostlyNonLatin(text) ||
    findParties(text).some(
      (p) =>
        p.party === to &&
        (/\b(?:to|into|for|toward|towards)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 12), p.start)) ||
          /^(?:-bound|['’]s?\s+(?:buyers|importers|customers|purchasers)|\s+(?:buyers|importers|customers|purchasers)|\s+(?:got|took|received|imported|bought)\s+(?:in\s+)?(?:about\s+|some\s+|just\s+)?\d)\b/i.test(
            text.slice(p.end, p.end + 16),
          )),
    );
  // "What were the July numbers…": a sentence whose figures the claims date to other months (June's tonnage,
  // "released on July 20") gives no figure for the month asked.
  // (Not a month whose figure the asker gives as known: "need august for the chart… july was 619 i think".)
  const askedMonths = questionMonths(q.topic)
    .map((m) => m.toLowerCase())
    .filter((m) => !new RegExp(`\\b${m}\\s+(?:was|is|were|came in at)\\s+(?:about\\s+|around\\s+|~\\s?)?\\d`, 'i').test(q.topic));
  const monthsOf = figureMonths(corpus);
  // A month asked with its year ("ndpr price in march 2026?"): a figure no claim dates is of that month only when its
  // sentence names the month (in no other year) or its page was published in it.
  const askedYear =
    askedMonths.length > 0 ? [...q.topic.matchAll(MONTH_YEAR_RE)].find((m) => monthOfWord(m[1] as string) !== null)?.[2] : undefined;
  const askedNumbers = new Set(askedMonths.map((m) => monthOfWord(m)));
  const namesAsked = askedYear ? new RegExp(`\\b(?:${askedMonths.join('|')})\\b(?!,?\\s+(?!${askedYear})(?:19|20)\\d\\d)`, 'i') : null;
  const ofMonth = (id: number) => {
    const months = monthsOf.get(id);
    if (askedMonths.length === 0) return true;
    if (months) return months.some((m) => askedMonths.includes(m));
    if (!askedYear || !namesAsked) return true;
    const sentence = corpus.sentences[id];
    const published = sentence ? corpus.byId.get(sentence.source)?.meta.published : undefined;
    if (published?.startsWith(askedYear) && askedNumbers.has(Number(published.slice(5, 7)))) return true;
    return namesAsked.test(sentence?.text ?? '');
  };
  if (topical.some((s) => counts(s.sentence.text, s.sentence.id) && goesThere(s.sentence.text) && ofMonth(s.sentence.id))) return true;
  // The count may be in the sentence before or after, in the same paragraph ("…filed 14 licence applications. Nine
  // have been approved. The average wait was 52 days"): a passage is read with its neighbours.
  const window = (s: ScoredSentence) =>
    [corpus.sentences[s.sentence.id - 1], corpus.sentences[s.sentence.id + 1]]
      .filter((n) => n?.source === s.sentence.source && n.paragraph === s.sentence.paragraph)
      .map((n) => n?.text ?? '')
      .join(' ');
  if (!to && headTerms.length > 0 && topical.some((s) => counts(window(s), s.sentence.id, headTerms))) return true;
  if (to) return false;
  // "How much of China's EDA market do Synopsys, Cadence and Siemens control": a share of the thing asked about
  // ("The three firms supply roughly 80% of China's EDA market") gives it, though the sentence names the firms
  // otherwise. Every word of that thing the articles use must be in the sentence.
  const whole = share ? SHARE_OF_RE.exec(q.topic)?.[1] : undefined;
  if (!whole) return false;
  const wholeStems = new Set(tokenize(whole).map((t) => t.stem));
  const wanted = q.terms.filter((t) => wholeStems.has(t.stem) && t.present && !t.frame);
  if (wanted.length === 0) return false;
  return scored.slice(0, 8).some((s) => {
    if (s.coverage < MIN_COVERAGE || !SHARE_RE.test(s.sentence.text)) return false;
    const stems = new Set(tokenize(s.sentence.text).map((t) => t.stem));
    return wanted.every((t) => t.matches.some((m) => stems.has(m)));
  });
}

/**
 * A sentence saying the figure asked for was withheld ("He declined to give a specific number when asked how many
 * licences…"): among the best sentences, or right after one of them in its article (the sentence before names who).
 * Of a count only ("how many tonnes…" is not answered by "declined to say how many permits"), and of what the question
 * names: its names are in the sentence or the one before it.
 */
/** A question whether someone gave a figure at all ("did he give a number of licences approved?"). */
export const FIGURE_GIVEN_ASKED_RE =
  /\b(?:did|does|has|have|had|will|would)\s+(?:\w+\s+){1,3}?(?:give|put|provide|disclose|offer|share|say|cite)\s+(?:a|any|an|the)\s+(?:specific\s+|exact\s+|actual\s+)?(?:number|figure|count|total|tally)\b/i;

export function withheldFigure(q: AnalyzedQuestion, scored: ScoredSentence[], corpus: Corpus): number | null {
  if ((q.type !== 'howmany' && !FIGURE_GIVEN_ASKED_RE.test(q.topic)) || MEASURE_ASKED_RE.test(q.topic)) return null;
  const particular = q.terms.filter((t) => t.name && t.present && !t.frame);
  const withholds = (id: number) => {
    const here = corpus.sentences[id];
    if (!here || !WITHHELD_FIGURE_RE.test(here.text)) return false;
    const before = corpus.sentences[id - 1];
    const stems = new Set([
      ...tokenize(here.text).map((t) => t.stem),
      ...(before && before.source === here.source ? tokenize(before.text).map((t) => t.stem) : []),
    ]);
    return particular.every((t) => t.matches.some((m) => stems.has(m)));
  };
  for (const s of scored.slice(0, 8)) {
    if (s.coverage < MIN_COVERAGE) continue;
    if (withholds(s.sentence.id)) return s.sentence.id;
    const next = corpus.sentences[s.sentence.id + 1];
    if (next?.source === s.sentence.source && withholds(s.sentence.id + 1)) return s.sentence.id + 1;
  }
  return null;
}

/**
 * A sentence saying a figure was not given: someone declined or would not give, say or disclose it ("declined to give a
 * specific number", "did not say how many"). (Not a vague figure by itself, "a certain number of permits": that says
 * some were, not that the count was withheld.)
 */
const WITHHELD_FIGURE_RE =
  /\b(?:declined|refused|did\s+not|didn['’]t|would\s+not|wouldn['’]t|will\s+not|won['’]t|could\s+not|couldn['’]t)\s+(?:to\s+)?(?:give|say|disclose|specify|provide|reveal|confirm|put|share|quantify)\b[^.;]{0,40}?\b(?:numbers?|figures?|how\s+many|how\s+much|amounts?|totals?|counts?|tonnages?|volumes?|values?|sums?)\b/i;

/** A question asking for a measure, not a count: "how many tonnes", "how much in dollars", "what %". */
const MEASURE_ASKED_RE = /\b(?:tonnes?|tons?|barrels?|kg|kilos?|kilograms?|dollars?|euros?|yuan|percent|per cent|bpd)\b|%|\$/i;

/** The words of the thing a figure is asked of ("how many tonnes of dysprosium": dysprosium) that the articles use. */
function measuredThingTerms(q: AnalyzedQuestion): QuestionTerm[] {
  const measured = new Set<string>();
  for (const m of [...q.topic.toLowerCase().matchAll(MEASURED_RE), ...q.topic.toLowerCase().matchAll(PRICED_FOR_RE)]) {
    // Up to the verb ("tons of gallium did china export": gallium), never a party of the story.
    const words = (m[1] as string).split(/\s+/);
    const end = words.findIndex((w) => COUNT_PHRASE_END.has(w) || STOPWORDS.has(w));
    for (const w of end < 0 ? words : words.slice(0, end)) if (findParties(w).length === 0) measured.add(w);
  }
  return q.terms.filter((t) => measured.has(t.word.toLowerCase()) && t.salient && t.present && !t.frame);
}

/** What a share is of: the words after "how much of" or "share of" up to a verb ("how much of China's EDA market do…"). */
const SHARE_OF_RE =
  /\b(?:how much of|(?:share|percentage|proportion|fraction|portion|percent) of)\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?=\s+(?:do|does|did|is|are|was|were|has|have|had|goes|went|comes|came|will|would|can|could)\b|\s*[?.]|$)/iu;

/**
 * A count per unit ("how many magnets go into one ford explorer", "how much neodymium is in each motor"): what is
 * counted (group 1) and the unit it is counted in (group 2).
 */
const PER_UNIT_COUNT_RE =
  /\bhow (?:many|much)\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:go|goes|went|are|is|get|gets|does it take|do they use|are used)\s+(?:in|into|inside)\s+(?:one|a|an|each|every|the average|a single|a typical)\s+((?:[\p{L}'’-]+\s*){1,3})/iu;
/** A figure given per unit: "per vehicle", "in each motor", "in every car", "a typical EV uses 1-2 kg". */
const PER_UNIT_GIVEN_RE = /\b(?:per|each|every|a single|a typical|an average|the average)\b/i;

/**
 * A question that asks for a sum of money: "the dollar value of…", "how much was it worth", "in dollar terms", "how
 * much is the US paying…".
 */
const ASKS_MONEY_RE =
  /\b(?:dollar|usd|yuan|rmb|euro|money|cash)\s+(?:value|amount|figure|terms|worth)\b|\bhow much (?:money|cash)\b|\b(?:was|were|is|are) (?:it |they |that |those )?worth\b|\bin (?:dollar|money) terms\b|\bhow much (?:does|do|did) (?:[\w-]+\s+){1,4}cost\b|\bhow much (?:is|are|was|were|will|does|do|did) (?:[\w-]+\s+){1,4}(?:pay|paying|paid|spend|spending|spent|charge|charging|charged)\b|\bhow much\s+\$|\$\s*(?:value|amount|figure|worth|size)\b|\b(?:hourly|starting|average|base|annual)\s+(?:pay|wages?|salar(?:y|ies))\b/i;
/**
 * "What's the dysprosium oxide price?": a price, of what is named before it (the words of group 1). A price rise,
 * war or cap is not a price.
 */
const ASKS_PRICE_RE =
  /\b(?:what(?:'s|’s|s| is| was| are| were)?|how much)\s+(?:(?:is|was|are|were|the|a|an)\s+)?((?:[\w-]+\s+){0,3}?)(?:price|cost)s?\b(?!\s+(?:rises?|jumps?|bumps?|uplifts?|changes?|spikes?|surges?|increases?|hikes?|falls?|drops?|war|caps?|controls?|pressures?|moves?|swings?|impact|effects?))/i;
/** A price asked with no question word: "lutetium oxide price this week? client asking" (the thing priced in group 1). */
const BARE_PRICE_RE =
  /^\s*((?:[\w-]+\s+){1,3}?)(?:price|cost)s?\b(?:\s+(?:this week|today|now|rn|right now|currently|atm|pls|please|(?:in|for) (?:[a-z]{3,9}|(?:19|20)\d\d)))?\s*(?:[?.!]|$)/i;
/** Goods sent to a place, the place in group 1: "ship to denmark", "how much went to germany", "exports to japan". */
const SHIPPED_TO_RE =
  /\b(?:ship(?:ped|ping|ments?|s)?|export(?:ed|s|ing)?|sen[dt]|sold|sell|went|go(?:es)?|flow(?:ed|s)?|deliver(?:ed|ies|y)?|import(?:ed|s)?)\b[^?]{0,40}?\b(?:to|into)\s+([a-z]+)\b/i;

/**
 * A count asked for one group ("how many licences did mofcom approve for US companies in july", "number of RE export
 * licences china approved for US companies"): the word naming whose (group 1: a party, as `findParties` reads it) and
 * the group's noun (group 2: the company and trade nouns of `ASKS_COMPANIES_RE`, or buyers and applicants).
 */
const FOR_GROUP_RE = new RegExp(
  String.raw`\b(?:for|to|from|by)\s+(?:the\s+)?([\p{L}.]+)\s+(${COMPANY_NOUNS}|${TRADE_NOUNS}|buyers?|customers?|applicants?|carmakers?|automakers?)\b`,
  'iu',
);

/** An amount in a sentence (not a date): "1,116 tons", "46%", "$2 billion". */
const AMOUNT_GIVEN_RE =
  /\d[\d,.]*\s*(?:%|per ?cent\b|(?:metric\s+)?(?:tonnes|tons|t|mt|kg|kilograms?|units|barrels|million|billion|bn)\b)/i;

/** A cost asked against another ("how much more did it cost…", "air vs ocean", "compared with"). */
const COMPARED_COST_RE =
  /\bhow much (?:more|less|extra|cheaper|dearer|higher|lower|pricier)\b|\b(?:vs\.?|versus|compared (?:to|with)|relative to)\s/i;
/** A multiple or a share of something ("three times", "8-10x", "fivefold", "twice", "40%"). */
const MULTIPLE_RE =
  /\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty)\s*(?:times|x)\b|\b(?:twice|double|triple|\w+fold)\b|\d\s*(?:%|percent\b|per cent\b)/i;
/** "NdFeB magnet landed price per kg in india?": a price per unit asked without "what", of the words before it (group 1). */
// (And a freight rate per box: "spot rate shanghai-rotterdam per 40ft".)
const PRICE_PER_UNIT_RE =
  /((?:[\w-]+\s+){0,3}?)(?:price|cost|rate)s?\s+(?:[\w-]+\s+){0,2}?(?:per|a|an|\/)\s*(?:kg|kilo|kilogram|tonne|ton|unit|pound|lb|piece|teu|feu|[24]0\s?(?:ft|foot|feet|')|[24]0-foot(?:er)?|container|box)(?![\w-])/i;
/**
 * A price asked by its unit, as buyers type it: "what $/kg is fuxing charging us for N48SH", "usd per kg for dy
 * oxide?" (the thing priced, after "for" or "on", in group 1; else none); "whats hengtai charging us per kg".
 */
const MONEY_PER_UNIT_RE =
  /(?:[$€£¥]|\b(?:usd|eur|rmb|cny|yuan|dollars?|euros?|charg(?:e|es|ed|ing)(?:\s+(?:us|you|them|me))?|pay(?:s|ing)?|paid))\s*(?:\/|per\s)\s*(?:kg|kilo|kilogram|tonne|ton|t|lb|pound|unit|piece)\b(?:[^?]*?\b(?:for|on)\s+((?:[\w-]+\s+){0,2}[\w-]+))?/i;
/** "…per tonne of samarium", "a kilo of dysprosium": the thing a price per unit is of (group 1). */
const PER_UNIT_OF_RE = /\b(?:per|a|each) (?:metric )?(?:tonne|ton|kg|kilo|kilogram|pound|lb) of ((?:[\w-]+\s+){0,2}?[\w-]+)\b/i;
/** A sum of money in a sentence: "$110 per kg", "€2bn", "400 million yuan", "US$55". */
// (A currency's code before the sum is one too, as business pages and price lists write it: "EUR 68/kg", "USD 1.2bn".)
export const MONEY_RE =
  /(?:US)?[$€£¥]\s?\d|\b(?:USD|EUR|GBP|CNY|RMB|JPY|CAD|AUD|CHF|HUF|KRW|INR)\s?\d|\d[\d,.]*\s*(?:(?:million|billion|trillion|bn|m)\s+)?(?:dollars|yuan|renminbi|rmb|euros|eur|usd|pounds)\b/i;

const AMOUNT_RE =
  /\d[\d,.]*\s*(?:%|percent|per cent|tonnes?|tons?|barrels?|bpd|b\/d|billion|million|dollars?|yuan|hours?|weeks?|months?)\b/i;
/** A fraction written in words ("nearly half", "two thirds", "a quarter of"; not a year's quarter). */
const FRACTION_RE = /\bhalf\b|\b(?:a|one|two) thirds?\b|\b(?:a|one|three) quarters?\b(?!\s+(?:of\s+)?(?:the\s+)?(?:year|(?:19|20)\d\d))/i;
const SHARE_RE = /\d\s*(?:%|per ?cent)|\b(?:half|third|thirds|quarter|quarters|majority)\b/i;

/** Two things set against each other in a question ("WH fact sheet vs mofcom", "reuters versus the FT"). */
const VERSUS_RE = /\b(?:vs\.?|versus)\s/i;

/** A question asking each of several people ("what did each say", "both of them", "all three"). */
const EACH_RE = /\b(?:each|both|all (?:three|four|of them)|every one|respectively)\b/i;

/**
 * "What did Synopsys' CEO say…", "did apple's ceo comment…": who is asked to have spoken (between the auxiliary and the
 * verb, in one sentence: not "what is the line of X after busan? does COM comment…").
 */
// (And what they called something, how they described it: "what did moolenaar call china's oct 9 move", read "how
// did moolenaar describe…"; not the noun, "what did the ceo on the q2 call claim".)
export const SUBJECT_RE =
  /(?:\b(?:what|how) (?:did|does|do|has|have|had|is|are|was|were)|^\s*(?:did|has|have|had)) ([^?!;]{2,60}?) (?:say|said|says|saying|think|thinks|tell|told|comment|commented|react|reacted|reply|replied|respond|responded|make of|describe|describes|described|call(?:s|ed)?(?= (?:it|the|that|this|them|him|her|[a-z]+['’]s)\b))\b/i;

/**
 * Advice for the asker's own plans: "best bbq near…", "whats a good uranium etf to…", "cheapest hotel in busan", "can
 * someone recommend a decent hotel near…". (Not the best of what the articles report, "the best estimate of…", "a good
 * summary of…", "good news for farmers".)
 */
const ADVICE_RE =
  /^\s*(?:(?:so|ok|ngl|btw|also|quick q|random q|unrelated)[\s,:-]+)*(?:(?:(?:can|could) (?:someone|anyone|any1|you|u|ya) |(?:pls |please )?)?(?:recommend|suggest)\s+|(?:any(?:one|1)|does anyone|do you|d'?you) (?:know|have|got) )?(?:(?:what(?:'s|’s|s| is| are| would be)|which(?: is| are)?|where(?:'s|’s| is| are)?|any)\s+)?(?:(?:the|a|an|some)\s+)?(?:best|good|decent|cheap|cheapest|nearest|closest|recommended)\s+(?!(?:case|estimate|estimates|guess|reading|source|sources|outlet|outlets|article|articles|piece|summary|answer|account|number|figure|date|way|explanation|quote|line|one|news|analysis|overview|explainer|example|question|point|reason|sign)\b)[\w-]+(?:\s+[\w-]+){0,2}\s+(?:near|at|in|around|to|for)\b/i;

/** "What's the X…", "what was the X…": the thing asked for, the word after the article. */
const ASKED_HEAD_RE = /^\s*(?:what(?:'s|’s|s| is| was| are| were)|who (?:won|wins|will win))\s+(?:the\s+|a\s+|an\s+)?([a-z]+)\b/i;

/**
 * The thing a "what's the X" question asks for, when no article uses that word (nor a synonym or a correction of
 * it), it is a dictionary word (a name no article uses is judged above) and not a word for the kind of answer
 * ("what's the timeline"): that term; else undefined.
 */
function askedHead(q: AnalyzedQuestion): QuestionTerm | undefined {
  // (Read in the question's normalised words: "whats the weather gonna be…" is "what is the weather will be…".)
  const m = ASKED_HEAD_RE.exec(q.topic);
  const word = m?.[1]?.toLowerCase();
  if (!m || !word || !endsNounPhrase(q.topic, word)) return undefined;
  return absentAskedWord(q, word);
}

/**
 * A noun no article uses that says which X a "what's the X" question asks for ("what was the VLEC demurrage rate…":
 * a rate of demurrage): that term, else undefined. It is no more given than the X itself: a rate of something else
 * is no answer. (A noun, not a word that describes, "the exact tariff rate", "the overall tariff level".)
 */
function askedModifier(q: AnalyzedQuestion): QuestionTerm | undefined {
  const m = ASKED_HEAD_RE.exec(q.topic);
  const word = m?.[1]?.toLowerCase();
  if (!m || !word || endsNounPhrase(q.topic, word)) return undefined;
  const rest = (q.topic.slice(m.index + m[0].length).match(/^(?:\s+[a-z]+){1,2}/i)?.[0] ?? '').trim().toLowerCase().split(/\s+/);
  const phrase = [word, ...rest.filter(Boolean)];
  // (Of a rate, a price or a fee: what it is of is a noun of its own. Not "the shelf life", "the think tank's read":
  // two words for one thing.)
  for (const [i, w] of phrase.slice(0, -1).entries()) {
    const next = phrase[i + 1] as string;
    if (STOPWORDS.has(w) || STOPWORDS.has(next)) break;
    if (!CHARGED_RE.test(next)) continue;
    const term = absentAskedWord(q, w);
    if (term && isNounIn(q.topic, w)) return term;
  }
  return undefined;
}

/** What a thing costs or runs at: a rate, a price, a fee, a charge, a premium. */
const CHARGED_RE = /^(?:rates?|prices?|fees?|charges?|premiums?|costs?|surcharges?|levies|levy)$/i;

/** True when the tagger reads `word` in `text` as a noun and not as a word that describes. */
function isNounIn(text: string, word: string): boolean {
  const found = nlp()(text).match(word);
  return found.has('#Noun') && !found.has('#Adjective');
}

/**
 * The question's term for a word it asks for, when no article uses it (nor a synonym or a correction of it), it is
 * a dictionary word (a name no article uses is judged elsewhere), not the question's frame and no word for the kind
 * of answer; else undefined.
 */
function absentAskedWord(q: AnalyzedQuestion, word: string): QuestionTerm | undefined {
  const term = q.terms.find((t) => t.word === word);
  if (!term || term.present || term.name || term.frame || !term.salient || isGenericNoun(word) || !isEnglishWord(word)) return undefined;
  return term;
}

/**
 * "What fine did BIS hit them with", "which penalty was imposed": the kind of thing asked for, right before the verb;
 * also after a preposition or a clause's comma, and with an alternative, before the subject of chat that drops the
 * auxiliary ("geneva talks in may, in which hotel or villa they meet?").
 */
const ASKED_KIND_RE =
  /(?:^\s*|[,;:—–]\s*(?:(?:in|at|on|from|by|with|to)\s+)?|\b(?:in|at|on|from|by|with)\s+)(?:what|which)\s+([a-z]+)(?:\s+or\s+([a-z]+))?\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|could|they|he|she|we)\b/i;

/**
 * The kind of thing a "what X did…" question asks for, when no article uses that word (`absentAskedWord`): that
 * term; else undefined. Unlike "what's the
 * X" (`askedHead`), its other words may all be there: they say of what the X is, and an X no article names is not
 * given ("what fine did BIS hit Enterprise Products with over the ethane cargoes").
 */
function askedKind(q: AnalyzedQuestion): QuestionTerm | undefined {
  const m = ASKED_KIND_RE.exec(q.topic);
  const word = m?.[1]?.toLowerCase();
  // (Of two kinds offered, both: "which stations or outlets had the 24th" asks for outlets, which the articles name.)
  const other = m?.[2]?.toLowerCase();
  if (other && q.terms.some((t) => t.word === other && t.present)) return undefined;
  return word ? absentAskedWord(q, word) : undefined;
}

const QUARTER_NAMES = ['first', 'second', 'third', 'fourth'] as const;
/** A question for a figure ("revenue", "sales", "how many…"). */
const ASKS_FIGURE_RE = /\b(?:how (?:many|much)|revenue|sales|profits?|earnings|results|numbers?|figures?|volumes?|output)\b/i;

/**
 * An article's title, file name and lead sentences: what sets the scene for all of it ("…_q2-2025-earnings-call.txt").
 */
function sceneText(corpus: Corpus, source: string): string {
  const first = corpus.sentenceRange.get(source)?.[0];
  const lead = first === undefined ? [] : corpus.sentences.slice(first, first + LEAD_SENTENCES).filter((x) => x.source === source);
  return [corpus.byId.get(source)?.meta.title ?? '', source.replace(/[_.-]+/g, ' '), ...lead.map((x) => x.text)].join('\n');
}

/**
 * The quarter of the year a question asks a figure for ("q3 revenue", "third-quarter sales"), with a pattern of the
 * ways articles write it ("Q3", "third quarter", "July-September quarter"); null when it names none.
 */
function askedQuarter(q: AnalyzedQuestion): { name: string; re: RegExp } | null {
  if (!ASKS_FIGURE_RE.test(q.topic)) return null;
  const m = /\bq([1-4])\b|\b(first|second|third|fourth)[- ]quarter\b/i.exec(q.topic);
  if (!m) return null;
  const n = m[1] ? Number(m[1]) : QUARTER_NAMES.indexOf((m[2] as string).toLowerCase() as (typeof QUARTER_NAMES)[number]) + 1;
  const name = QUARTER_NAMES[n - 1] as string;
  const months = MONTH_NAMES.slice(3 * (n - 1), 3 * n).map((x) => x.slice(0, 3));
  return {
    name: `${name} quarter`,
    re: new RegExp(`\\bq${n}\\b|\\b${n}q\\b|\\b${name}[- ]quarter\\b|\\b${months[0]}[a-z]*\\s*(?:-|–|to|through)\\s*${months[2]}`, 'i'),
  };
}

/** Words for someone that name no one ("what did the guy say", "what did folks think"). */
const SOMEONE_WORDS = new Set(
  'guy guys dude folks ppl person people someone somebody anyone anybody everyone everybody they he she it them one side sides team'.split(
    ' ',
  ),
);

/**
 * The one asked to have spoken, in one word, when no article uses it (nor a synonym or a correction of it): "what
 * did musk say abt the london deal", a name typed in lower case that the tagger reads as a common noun. Not a word
 * for someone in general ("the guy"), a title or a generic noun. Else undefined.
 */
function absentSpeaker(q: AnalyzedQuestion): QuestionTerm | undefined {
  const m = q.views ? SUBJECT_RE.exec(q.text) : null;
  const words = (m?.[1] ?? '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w && !/^(?:the|a|an|that|this|those|these)$/.test(w));
  const word = words.length === 1 ? (words[0] as string) : undefined;
  if (!word || word.length < 3 || SOMEONE_WORDS.has(word) || TITLE_WORDS.has(word) || isGenericNoun(word)) return undefined;
  const term = q.terms.find((t) => t.word === word);
  return term && !term.present && !term.frame && term.matches.length === 0 ? term : undefined;
}

/** The stems of who a "what did X say" question asks about (none for other questions). */
export function subjectStems(q: AnalyzedQuestion): Set<string> {
  const m = q.views ? SUBJECT_RE.exec(q.topic) : null;
  // (Not one the question asks for: "whats the 'responsible major country' line and who said it" asks who.)
  if (m && /\bwho(?:m|se)?\b/i.test(m[1] as string)) return new Set();
  return new Set(m ? tokenize(m[1] as string).map((t) => t.stem) : []);
}

/**
 * The words of the person or body a "what did X say" question asks about, when the articles did not resolve X
 * to a name (no "the commerce secretary" → "Howard Lutnick"): the evidence must name them itself.
 */
function unresolvedSubject(q: AnalyzedQuestion, resolved: readonly string[], storyWide: (stem: string) => boolean): QuestionTerm[] {
  if (!q.views || resolved.length > 0) return [];
  const words = subjectStems(q);
  if (words.size === 0) return [];
  // The story's own words ("trade", "China") describe the speaker's setting, not who they are; nor do the words that
  // say who a bracketed name is ("the stuttgart OEM (hartmann)": Hartmann is the one asked about).
  const asides = pageAsideWords(q.text);
  return q.terms.filter(
    (t) => words.has(t.stem) && t.present && t.salient && !t.frame && !t.matches.every((s) => storyWide(s)) && !asides.has(t.word),
  );
}

/**
 * The other words of the person a "what did X say" question asks about ("nvidia", without its "'s"), when the title
 * in it is in no article in any of its words ("nvidia's ceo" in a folder that never writes "CEO", "chief" or
 * "executive"); none otherwise.
 */
function untitledSpeaker(q: AnalyzedQuestion, resolved: readonly string[]): QuestionTerm[] {
  if (!q.views || resolved.length > 0) return [];
  const words = subjectStems(q);
  const of = q.terms.filter((t) => words.has(t.stem) && t.salient && !t.frame);
  if (!of.some((t) => !t.present && TITLE_WORDS.has(t.word.toLowerCase()))) return [];
  return of.filter((t) => t.present).map((t) => ({ ...t, word: t.word.replace(/['’]s?$/, '') }));
}

/**
 * True when one of the best sentences (with the one before it, or two for a sentence found to be the words of someone
 * asked about who is not named in it) holds the subject's words: all of them for a
 * short subject ("Synopsys' CEO"), all but one for a description of four words or more ("the european auto parts
 * trade group": "Europe's main car-parts lobby" does not say "group").
 */
function subjectSpeaks(
  subject: QuestionTerm[],
  scored: ScoredSentence[],
  index: SentenceIndex,
  corpus: Corpus,
  /** Who speaks each sentence, where a turn or the one asked about was found speaking. */
  turns?: SpeakersById,
): boolean {
  if (subject.length < 2) return true;
  // (Nor need the owner typed before a full name, "benchmark's neha mukherjee" of "BMI rare earths research manager Neha
  // Mukherjee": the name says who, the owner only whose, in the asker's words.)
  const owned = subject.length === 3 && /['’]s$/.test(subject[0]?.word ?? '') && subject.slice(1).every((t) => t.name);
  const need = subject.length >= 4 || owned ? subject.length - 1 : subject.length;
  for (const { sentence } of scored.slice(0, NAME_WINDOW)) {
    const here = new Set(index.terms[sentence.id]);
    // (The two sentences before it, as for names, when the sentence is found to be the words of someone asked about
    // who is not named in it: "…, a spokesperson for the Ministry of Commerce said. Spokesperson He Yadong made the
    // remarks… . …, He said." Otherwise only the one before: "Altura Materials said…" is no chief executive's words
    // however near the sentence naming another company's chief executive is.)
    const own = index.terms[sentence.id] ?? [];
    const byReference = [...(turns?.get(sentence.id) ?? [])].some((w) => !own.includes(stem(w)));
    for (const back of byReference ? [1, 2] : [1]) {
      const prev = corpus.sentences[sentence.id - back];
      if (prev && prev.source === sentence.source) for (const s of index.terms[prev.id] ?? []) here.add(s);
    }
    // (And the heading of its section, for whom a speaker speaks: "what did sandra from norvolt say" of call notes
    // whose "NORVOLT MOTORS" section holds "Sandra: "Our Chinese magnet supplier…"".)
    if (turns?.get(sentence.id)) for (const s of sectionHeadingStems(corpus, sentence.id)) here.add(s);
    // (And what the page is about, in its title and its own headline: interview notes headed "Farouk Isaacs, owner,
    // Sizwe Magnetics (Epping, Cape Town)" under "Cape Town magnet importer…" are the importer's words, "his lead time".)
    for (const s of articleStems(corpus, sentence.source).headed) here.add(s);
    if (subject.filter((t) => t.matches.some((m) => here.has(m))).length >= need) return true;
  }
  return false;
}

/**
 * True when one of the best sentences gives a sum of money and names every word of `priced` the question holds
 * (what is priced: "dysprosium oxide"). With `onlyWhenNamed` (a price "per tonne of X"), true when the question
 * holds none of them: there is nothing to look for.
 */
function pricedInEvidence(
  q: AnalyzedQuestion,
  priced: string,
  scored: ScoredSentence[],
  index: SentenceIndex,
  corpus: Corpus,
  onlyWhenNamed = false,
): boolean {
  const of = priced.toLowerCase().split(/\s+/);
  const things = q.terms.filter((t) => t.salient && t.present && of.includes(t.word));
  if (onlyWhenNamed && things.length === 0) return true;
  // "How much more did it cost to fly mags vs ocean?": a multiple or a share of the other cost answers it ("eight to
  // ten times the ocean cost").
  const comparing = COMPARED_COST_RE.test(q.topic);
  const priceOf = (s: ScoredSentence) => {
    if (!(MONEY_RE.test(s.sentence.text) || (comparing && MULTIPLE_RE.test(s.sentence.text)))) return false;
    const here = new Set(index.terms[s.sentence.id]);
    return things.every((t) => t.matches.some((m) => here.has(m)));
  };
  if (!scored.slice(0, 8).some((s) => s.coverage >= MIN_COVERAGE && priceOf(s))) return false;
  // A month or a year asked ("…price in november?", "…per kg for 2026"): a price of it, among all the sentences
  // weighed for the question (the best ones may be of another month; those of the month asked may hold fewer of its
  // words, "offered at around $1,000 per kilogram … this week" on a page of 23 October).
  const period = askedPeriod(q.text);
  return (
    !period ||
    scored.some((s) => priceOf(s) && inPeriod(period, s.sentence.text, corpus.byId.get(s.sentence.source)?.meta.published ?? null))
  );
}

/** A month or a year after the word that times it ("in november", "for 2026"); the month read by `monthOfWord`. */
const ASKED_PERIOD_RE = /\b(?:in|for|during|of|since|by)\s+([a-z]{3,9}\.?|(?:19|20)\d\d)\b/gi;

/** The month asked, as the words a sentence may write it in ("nov", "november"), and the year asked. */
interface AskedPeriod {
  month: number | null;
  monthWords: RegExp | null;
  year: string | null;
}

/**
 * The month or the year a price is asked for ("ndpr oxide price in november?", "whats hengtai charging us per kg for
 * 2026"), or null: a price of another month or year does not answer it.
 */
function askedPeriod(text: string): AskedPeriod | null {
  let month: number | null = null;
  let year: string | null = null;
  for (const m of text.matchAll(ASKED_PERIOD_RE)) {
    const word = m[1] as string;
    if (/^\d/.test(word)) year ??= word;
    else month ??= monthOfWord(word);
  }
  if (month === null && year === null) return null;
  const name = month === null ? '' : (MONTH_NAMES[month - 1] as string);
  // (Its full name or its usual short form, whole: "nov", "november"; not "may" inside "mayor".)
  const forms = name === '' ? [] : [name, name.slice(0, 3), ...(name === 'September' ? ['sept'] : [])];
  const monthWords = forms.length > 0 ? new RegExp(`\\b(?:${forms.join('|')})\\b`, 'i') : null;
  return { month, monthWords, year };
}

/** True when a sentence names the month or the year asked, or its page is of that month or year. */
function inPeriod(period: AskedPeriod, text: string, published: string | null): boolean {
  const monthOk =
    period.month === null ||
    period.monthWords?.test(text) === true ||
    (published !== null && Number(published.slice(5, 7)) === period.month);
  const yearOk = period.year === null || text.includes(period.year) || (published?.startsWith(period.year) ?? false);
  return monthOk && yearOk;
}

/** "Iluka's CEO", "the ministry's spokesperson": an organisation's word, then title words. */
const ORGANISATION_TITLE_RE = /\b([\p{L}\d&.-]+)['’]s?\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;

/**
 * The organisation and the title of a "who is X's <title>" question (when the title was resolved to no one) or a "who is
 * the <title> of X" one, as question terms (null when it asks none).
 */
function heldTitle(q: AnalyzedQuestion, titled: boolean): { organisation: QuestionTerm | QuestionTerm[]; title: QuestionTerm[] } | null {
  ORGANISATION_TITLE_RE.lastIndex = 0;
  // (The possessive form only when the title was resolved to no one: "who is MP's ceo" names whom the articles call so.)
  for (let m = titled ? null : ORGANISATION_TITLE_RE.exec(q.topic); m !== null; m = ORGANISATION_TITLE_RE.exec(q.topic)) {
    const org = (m[1] as string).toLowerCase();
    const titleWords = (m[2] as string).toLowerCase().split(/\s+/);
    const leading: string[] = [];
    for (const w of titleWords) {
      if (!TITLE_WORDS.has(w)) break;
      leading.push(w);
    }
    const organisation = q.terms.find((t) => t.present && t.salient && t.word.replace(/['’]s?$/, '') === org);
    const title = q.terms.filter((t) => t.present && leading.includes(t.word));
    if (organisation && title.length > 0 && !TITLE_WORDS.has(org)) return { organisation, title };
  }
  // "Who's the ceo of JL Mag", "the cfo at northgate magnetics": the title, then the organisation's words. (Whoever
  // else holds that title in the articles, "MP Materials' Chief Executive", is no answer: the title is the
  // organisation's.)
  const m = TITLE_OF_ORGANISATION_RE.exec(q.topic);
  const titleWords = (m?.[1] ?? '').toLowerCase().split(/\s+/);
  if (!m || !titleWords.every((w) => TITLE_WORDS.has(w))) return null;
  const words = new Set(
    (m[2] as string)
      .toLowerCase()
      .split(/\s+/)
      .map((w) => w.replace(/['’]s?$/, '')),
  );
  // (Not a party, which places the organisation: "the eu chamber in china" is the chamber's.)
  const organisation = q.terms.filter(
    (t) => t.present && t.salient && words.has(t.word) && !TITLE_WORDS.has(t.word) && findParties(t.word).length === 0,
  );
  const title = q.terms.filter((t) => t.present && titleWords.includes(t.word));
  return organisation.length > 0 && title.length > 0 ? { organisation, title } : null;
}

/** "Who's the synopsys cfo?": the last word of a who-question's clause (group 1), maybe a title. */
const ORGANISATION_BEFORE_TITLE_RE =
  /\bwho(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:[\p{L}\d&.'’-]+\s+){0,3}?([\p{L}-]+)\s*(?=[?,.]|$|\s+(?:and|now|right now)\b)/iu;

/**
 * Whether a question asks who holds an organisation's title ("who is jl mag's ceo", "who's the ceo of vesterhavn",
 * "who's the synopsys cfo"), from its text alone; `heldTitle` reads the first two forms against the question's terms.
 */
export function asksTitleHolder(text: string): boolean {
  const title = TITLE_OF_ORGANISATION_RE.exec(text)?.[1];
  if (
    title
      ?.toLowerCase()
      .split(/\s+/)
      .every((w) => TITLE_WORDS.has(w))
  )
    return true;
  if (!/\bwho(?:['’]s|\s+is|\s+was)\b/i.test(text)) return false;
  // (Or the organisation named before the title with no possessive: "who's the synopsys cfo".)
  const last = ORGANISATION_BEFORE_TITLE_RE.exec(text)?.[1]?.toLowerCase();
  if (last && TITLE_WORDS.has(last)) return true;
  return [...text.matchAll(ORGANISATION_TITLE_RE)].some((m) => TITLE_WORDS.has((m[2] as string).toLowerCase().split(/\s+/)[0] as string));
}

/**
 * "Who's the ceo of JL Mag", "who is the cfo at northgate magnetics?": a title (group 1) of an organisation (group 2,
 * up to the end of its clause).
 */
const TITLE_OF_ORGANISATION_RE =
  /^\s*(?:who(?:['’]s| is| was)|whos|name of|what(?:['’]s| is) the name of)\s+(?:the\s+)?(?:current\s+|new\s+)?((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:of|at)\s+(?:the\s+)?((?:(?!(?:and|who|that|to|for|about|when|btw|now|these|right)\b)[\p{L}\d&.'’-]+\s*){1,4})/iu;

/** "who heads GACC", "who runs the customs agency", "who's in charge of MOFCOM": the organisation in group 1. */
const HEADS_RE =
  /\bwho(?:['’]s| is| was)?\s+(?:currently\s+|now\s+)?(?:heads?|runs?|leads?|chairs?|in charge of|at the helm of)\s+(?:the\s+)?((?:[\p{L}\d&.'’-]+\s*){1,5})/iu;
/** Words with which articles give who heads a body ("Director Jane Doe", "headed by", "the minister"). */
// (Not "administrator" or "commissioner", whose stems are those of the bodies, "General Administration of Customs".)
// (A company's: "CEO of German metal-powder supplier NMD", "its chief executive", "the founder".)
const HEAD_STEMS = [
  'head',
  'chief',
  'director',
  'minist',
  'chair',
  'chairman',
  'presid',
  'leader',
  'led',
  'boss',
  'secretari',
  'ceo',
  'execut',
  'founder',
];

/**
 * The organisation of a "who heads X" question, with a title term any word for a body's head meets (null when it
 * asks none). The organisation's words are those of the question's topic terms after the verb.
 */
function headedOrganisation(q: AnalyzedQuestion): { organisation: QuestionTerm[]; title: QuestionTerm[]; phrase: string } | null {
  const m = HEADS_RE.exec(q.topic);
  if (!m) return null;
  const tokens = tokenize(m[1] as string);
  const organisation = q.terms.filter((t) => t.present && t.salient && !t.frame && tokens.some((k) => k.stem === t.stem));
  if (organisation.length === 0) return null;
  // (As typed, up to its last word asked: "General Administration of Customs", not "… now".)
  const last = tokens.findLastIndex((k) => organisation.some((t) => t.stem === k.stem));
  const phrase = (m[1] as string).slice(tokens[0]?.start ?? 0, tokens[last]?.end ?? 0);
  // (Not a word of the body's own name: "the commerce ministry" is no "minister".)
  const own = new Set(organisation.flatMap((t) => t.matches));
  const heads = HEAD_STEMS.filter((h) => !own.has(h) && ![...own].some((o) => o.startsWith(h)));
  const title: QuestionTerm = { word: 'head', stem: 'head', matches: heads, present: true, salient: true, name: false, frame: false };
  return { organisation, title: [title], phrase };
}

/** A question for a day ("what date in april…", "which day", "the exact date"). */
const ASKS_DAY_RE = /\b(?:what|which|exact|precise|specific)\s+(?:date|day)\b/i;

/** Words that ask for a view of the whole story, not for a topic in it. */
const VIEW_WORDS = new Set(['timeline', 'timelines', 'summary', 'recap', 'overview', 'chronology', 'rundown', 'explainer', 'tldr']);

/** "who at BIS actually signed the letter…", "who from the ministry told them": the body in group 1. */
const WHO_AT_RE =
  /^\s*(?:so\s+|ok\s+|and\s+)?who\s+(?:at|from|inside|over at)\s+(?:the\s+)?((?:[\p{L}\d&.'’-]+\s+){0,3}?[\p{L}\d&.'’-]+)\s+(?:actually\s+|really\s+|exactly\s+|personally\s+)?(?:signed|sent|wrote|issued|told|approved|made|decided|called|said|drafted|authori[sz]ed|notified|informed|emailed|okayed|greenlit|cleared|announced)\b/iu;

/**
 * A "who at X did…" question asks for a person of the body: one of the best sentences (with the one before it) must
 * name the body and a person (compromise's people). That the body did it ("The Bureau of Industry and Security said
 * the rules … have now been rescinded") names no one. True when the question asks no such thing.
 */
function personOfBodyNamed(q: AnalyzedQuestion, scored: ScoredSentence[], index: SentenceIndex, corpus: Corpus): boolean {
  const m = WHO_AT_RE.exec(q.topic);
  if (!m) return true;
  const tokens = tokenize(m[1] as string);
  const body = q.terms.filter((t) => t.present && !t.frame && tokens.some((k) => k.stem === t.stem));
  if (body.length === 0) return true;
  for (const { sentence } of scored.slice(0, NAME_WINDOW)) {
    const prev = corpus.sentences[sentence.id - 1];
    const before = prev && prev.source === sentence.source ? prev : undefined;
    const here = new Set([...(index.terms[sentence.id] ?? []), ...(before ? (index.terms[before.id] ?? []) : [])]);
    if (!body.every((t) => t.matches.some((x) => here.has(x)))) continue;
    if (nlp()(`${before?.text ?? ''} ${sentence.text}`).people().length > 0) return true;
  }
  return false;
}

/**
 * A person asked for by name and described by what they did ("name of the white house official who told epoch about
 * the 'additional understanding'?", "who was the analyst that called it a truce"): up to three words before the role
 * in group 1, the role in group 2.
 */
const NAME_ASKED_RE =
  /\b(?:(?:the\s+)?name\s+of\s+(?:the|that|this)|who\s+(?:is|was|were)\s+(?:the|that|this)|(?:need|want)\s+(?:a|the)\s+name\s+(?:for|of)\s+(?:the|that))\s+((?:[\p{L}'’-]+\s+){0,3}?)(officials?|spokes(?:man|woman|person)|analysts?|aides?|diplomats?|negotiators?|executives?|lawyers?|traders?|insiders?|staffers?|advis[eo]rs?)\s+(?:who|that|quoted|cited|speaking)\b/iu;

/**
 * True when one of the best sentences that holds the role asked for names a person (in it or the sentence before), or
 * when the question asks for no such name or no best sentence holds the role. "A White House official told The Epoch
 * Times…" quotes the official without a name.
 */
function describedPersonNamed(q: AnalyzedQuestion, scored: ScoredSentence[], corpus: Corpus): boolean {
  const m = NAME_ASKED_RE.exec(q.text);
  if (!m) return true;
  const role = stem((m[2] as string).toLowerCase());
  const best = Math.max(0, ...scored.slice(0, NAME_WINDOW).map((s) => s.coverage));
  let held = false;
  for (const { sentence, coverage } of scored.slice(0, NAME_WINDOW)) {
    if (coverage < Math.max(MIN_COVERAGE, 0.5 * best)) continue;
    const roleWord = (sentence.text.match(/[\p{L}'’-]+/gu) ?? []).find((w) => stem(w.toLowerCase()) === role);
    if (!roleWord) continue;
    held = true;
    // (A full name right after the role, "spokesperson He Yadong", which compromise may not take for a person.)
    if (new RegExp(`\\b${roleWord}\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+)+`, 'u').test(sentence.text)) return true;
    const prev = corpus.sentences[sentence.id - 1];
    const before = prev && prev.source === sentence.source ? prev.text : '';
    if (nlp()(`${before} ${sentence.text}`).people().length > 0) return true;
  }
  return !held;
}

/**
 * "Who signed the june framework doc for the chinese side?": an act asked for its doer on a side the question names
 * (the verb right after "who"; "who signed the deal?" names no side, and a party or whoever said it was signed
 * answers it).
 */
const WHO_ACT_RE =
  /^\s*(?:and\s+|so\s+)?who\s+(?:actually\s+|really\s+|exactly\s+|personally\s+|physically\s+)?(signed|inked|sealed|initialled|initialed|countersigned)\b/i;
/**
 * A name (or a pronoun for one) right before the act's verb: "Lutnick signed", "Wang Wentao, who signed", "he inked".
 * (Not "we" or "I": a speaker's own side, "We just signed with China yesterday", names no one on the other.)
 */
const DOER_BEFORE_RE =
  /(?:\b(?!(?:We|I)\b)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*|\b(?:he|she)\b)(?:,?\s+who)?(?:\s+(?:has|had|have|just|already|also|formally|personally|officially|then|later|finally|actually|quietly))*\s*$/u;
/** A name right after a passive act: "signed by Vice Premier He Lifeng", "…was signed on June 25 by Bessent". */
const DOER_AFTER_RE = /^[^.;:]{0,40}?\bby\s+(?:[\p{Ll}]+\s+){0,3}\p{Lu}[\p{L}'’.-]+/u;

/**
 * True when one of the best sentences names someone who did the act asked for on the side the question names
 * ("Lutnick signed…", "signed by He Lifeng"), or the question asks for no such doer. A sentence that says only that
 * it was done ("was signed on Tuesday, June 24, according to two people briefed") or who led a delegation names no
 * signer; nor does the side itself ("China signed").
 */
function doerNamed(q: AnalyzedQuestion, scored: ScoredSentence[]): boolean {
  const act = WHO_ACT_RE.exec(q.topic)?.[1];
  const sides = new Set(findParties(q.text).map((p) => p.party));
  if (!act || sides.size === 0) return true;
  const verb = q.terms.find((t) => t.word.toLowerCase() === act.toLowerCase());
  const stems = new Set(verb?.matches ?? [stem(act)]);
  const best = Math.max(0, ...scored.slice(0, NAME_WINDOW).map((s) => s.coverage));
  for (const { sentence, coverage } of scored.slice(0, NAME_WINDOW)) {
    if (coverage < Math.max(MIN_COVERAGE, 0.5 * best)) continue;
    for (const m of sentence.text.matchAll(/[\p{L}'’-]+/gu)) {
      if (!stems.has(stem(m[0].toLowerCase()))) continue;
      const before = sentence.text.slice(Math.max(0, m.index - 60), m.index);
      const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const named = (DOER_BEFORE_RE.exec(before)?.[0] ?? DOER_AFTER_RE.exec(after)?.[0] ?? '').replace(/^[\s\S]*?\bby\s+/, '').trim();
      const parties = findParties(named).map((p) => p.party);
      if (named && !/^(?:The|Both|Officials?|Negotiators?)$/.test(named) && !parties.some((p) => sides.has(p))) return true;
    }
  }
  return false;
}

/** True when one of the best sentences (with the sentence before it) names the organisation and the title. */
function titleMeetsOrganisation(
  held: { organisation: QuestionTerm | QuestionTerm[]; title: QuestionTerm[] },
  scored: ScoredSentence[],
  index: SentenceIndex,
  corpus: Corpus,
): boolean {
  const organisation = Array.isArray(held.organisation) ? held.organisation : [held.organisation];
  for (const { sentence } of scored.slice(0, NAME_WINDOW)) {
    const here = new Set(index.terms[sentence.id]);
    const prev = corpus.sentences[sentence.id - 1];
    if (prev && prev.source === sentence.source) for (const s of index.terms[prev.id] ?? []) here.add(s);
    // (Or the page's title: the minutes of a board's meeting, "PELL COUNTY BOARD OF COMMISSIONERS", name its chair
    // only as "Chair Ruth Okafor".)
    for (const t of tokenize(corpus.byId.get(sentence.source)?.meta.title ?? '')) here.add(t.stem);
    const has = (t: QuestionTerm) => t.matches.some((m) => here.has(m));
    if (organisation.every(has) && held.title.every(has)) return true;
  }
  return false;
}

/** Why the articles cannot answer, or null when they can. */
export interface AbstentionHints {
  /** Names the question's titles were resolved to ("the treasury secretary" → "Scott Bessent"). */
  titledNames?: readonly string[];
  /** The question asks whether sources disagree, and the claims show they do on what it names. */
  disagreementFound?: boolean;
  /** True for a stem most articles use (the story's own words: its parties, its subject). */
  storyWide?: (stem: string) => boolean;
  /** The question names an article (its outlet, author or file). */
  namesArticles?: boolean;
  /** The pages it names are in another language than English ("the german reuters piece"). */
  namesForeignPages?: boolean;
  /** The words that named it ("kyodo" of "…_kyodo_….md"): no topic the articles' sentences must mention. */
  namingWords?: ReadonlySet<string>;
  /** The question names days the articles' dated claims fall on ("what happened on May 30?"). */
  datedDays?: boolean;
  /** The speakers of transcripts' turns by sentence id ("DANIEL OSEI: …"): the turn's label names them in each sentence. */
  turns?: SpeakersById;
  /** People the question asks to have spoken whom no article quotes anywhere (named only as doing something). */
  unquoted?: readonly string[];
}

/** Who speaks a sentence, by sentence id: a transcript turn's label, or a person a question asks about. */
export type SpeakersById = Pick<ReadonlyMap<number, ReadonlySet<string>>, 'get'>;

/**
 * Spans of time a question is set in ("in stockholm next week", "over the weekend", "the game sunday"): when it is
 * asked about, not what it asks; they are no particular topic of it.
 */
const TIME_SPAN_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'day',
  'days',
  'week',
  'weeks',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'today',
  'tonight',
  'tomorrow',
  'tmrw',
  'morning',
  'afternoon',
  'evening',
  'night',
]);

/**
 * Why the articles cannot answer, and of which kind: `unasked` (an instruction, no words), `absent` (a name or
 * the question's topic is in no article), or `shortfall` (the articles discuss it but the evidence does not
 * give what is asked: no figure, no names, not in connection).
 */
export interface Abstention {
  kind: 'unasked' | 'absent' | 'shortfall';
  reason: string;
}

/**
 * A question for what came of an event ("what came out of…", "the outcome of…", "what was agreed at…", "what did
 * trump and xi actually agree when…"; not what someone agreed to do).
 */
const OUTCOME_RE =
  /\b(?:came out of|come out of|comes out of|outcomes?|results? of|what happened (?:at|in|on|during)|what (?:was|were|got) (?:agreed|decided|signed)|what did (?:they|he|she|the two) (?:agree|decide|sign|get)|what did (?:[\w'’-]+ ){1,4}(?:actually |really |finally )?(?:agree|decide|sign|announce|achieve)\b(?! to\b))\b/i;
/** A question whether something happened ("did china actually reimpose…", "has beijing extended…"). */
const DID_RE = /^\s*(?:so\s+)?(?:did|has|have|had|was|were)\b/i;
/** A month and year ("april 2026", "Apr. 2026"): the month's word in group 1, the year in group 2. */
const MONTH_YEAR_RE = /\b([a-z]{3,9})\.?\s+(20\d\d)\b/gi;

/** Pages dated this many days after all the others are misdated ("30 October 3025"), not the folder's newest. */
const ISOLATED_DAYS = 92;

const newestDates = new WeakMap<Corpus, string>();

/**
 * The newest article's publication date, `YYYY-MM-DD` ("" when none is dated): the latest date within ISOLATED_DAYS
 * of another page's, so that a page misdated far ahead of the rest, "10 November 2026" of a report of November 2025
 * in a folder whose pages run to February 2026, or the year 3025, does not make the folder look newer than it is.
 */
function newestDate(corpus: Corpus): string {
  let newest = newestDates.get(corpus);
  if (newest === undefined) {
    const dates = corpus.articles
      .map((a) => (a.meta.published ?? '').slice(0, 10))
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort();
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    let i = dates.length - 1;
    while (i > 0 && day(dates[i] as string) - day(dates[i - 1] as string) > ISOLATED_DAYS) i--;
    newest = dates[i] ?? '';
    newestDates.set(corpus, newest);
  }
  return newest;
}

/**
 * The month a question asks the outcome of, when it begins after the newest article's date ("April 2026" of pages up
 * to 16 February 2026), with that date; null otherwise.
 */
export function outcomeAfterPages(text: string, corpus: Corpus): { asked: string; newest: string } | null {
  // (Or whether something happened then: "did china actually reimpose the oct 9 controls when the suspension ran out
  // in november 2026?"; not "did china suspend them until november 2026?", a date the pages themselves give.)
  const outcome = OUTCOME_RE.test(text);
  if (!outcome && !DID_RE.test(text)) return null;
  const newest = newestDate(corpus);
  if (!newest) return null;
  for (const m of text.matchAll(MONTH_YEAR_RE)) {
    if (!outcome && !/\b(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+)?$/i.test(text.slice(0, m.index))) continue;
    const month = monthOfWord(m[1] as string);
    if (month === null) continue;
    const start = `${m[2]}-${String(month).padStart(2, '0')}-01`;
    if (start > newest.slice(0, 10))
      return { asked: `${MONTH_NAMES[month - 1]} ${m[2]}`, newest: humanDate(newest.slice(0, 10)) ?? newest.slice(0, 10) };
  }
  return null;
}

/**
 * An occasion a question asks the outcome of, at a place: "the april 2026 beijing summit", "the beijing summit in april
 * 2026", "trump visited beijing", "xi's visit to the US". The noun's family (a visit is also a trip) and the place.
 */
const OCCASION_FAMILIES: readonly (readonly string[])[] = [
  ['summit', 'meet'],
  ['visit', 'trip', 'travel'],
];
/** The words of an occasion's family, by stem, as articles write them. */
const OCCASION_WORDS: Record<string, string> = {
  summit: 'summits?',
  meet: 'meet|meets|meeting|meetings|met',
  visit: 'visits?|visited|visiting|state visit',
  trip: 'trips?',
  travel: 'travel(?:s|led|ling|ed|ing)?',
};
/** The occasion's noun (group 1) or verb (group 2, with its place in group 3). */
const PLACED_OCCASION_RE =
  /\b(summits?|meetings?|visits?|trips?|state visit)\b|\b(visited|visits|met|travell?ed)\s+(?:in\s+|to\s+)?([a-z][\w.-]*)/i;
/** An outcome asked for, in the forms `OUTCOME_RE` does not read: "what tariff rate did trump and xi land on at…". */
const LANDED_RE =
  /\bwhat\b[^?]{0,40}\b(?:did|do)\b[^?]{1,40}\b(?:land on|settle on|agree(?:\s+on)?|sign|decide|announce)\b(?!\s+to\b)|\bwhen did\b[^?]{1,60}\b(?:actually\s+|finally\s+)?(?:happen|take place)\b|\bwhat got (?:signed|agreed|decided)\b/i;
/**
 * A sentence that tells of an occasion as ahead of it: "…sets the stage for a high-stakes Beijing summit in April",
 * "Trump said he will visit China in April 2026", "Revisit after the April 2026 Beijing summit".
 */
const AHEAD_RE =
  /\b(?:will|would|shall|set to|sets? the stage|due (?:to|in)|plans?|planned|planning|expected|expects?|scheduled|slated|upcoming|ahead of|(?:is|are|was|were) to|hopes? to|invited|invitations?|later this|next (?:year|month|spring|week)|could|might|revisit|prepar(?:e|es|ing|ations?)|to (?:visit|travel|meet|hold))\b|['’]ll\b/i;

/**
 * The occasion a question asks what came of ("what did trump and xi sign at the april 2026 beijing summit?"), when
 * the articles tell of it only as ahead: every sentence naming the occasion with its place ("Beijing summit", "meet in
 * Beijing", "visit Beijing") speaks of it as planned, or comes from a page dated before the month the question gives
 * it. Then they cannot report what came of it, whatever the folder's newest page. Null when any such sentence tells of
 * it otherwise (as past, or plainly), or none names it.
 */
function occasionOnlyAhead(text: string, corpus: Corpus, index: SentenceIndex): { occasion: string; latest: string } | null {
  if (!OUTCOME_RE.test(text) && !LANDED_RE.test(text)) return null;
  const m = PLACED_OCCASION_RE.exec(text);
  if (!m) return null;
  const typed = (m[1] ?? m[2] ?? '').toLowerCase();
  const noun = typed.split(/\s+/).at(-1) as string;
  const family = OCCASION_FAMILIES.find((f) => f.includes(noun === 'met' ? 'meet' : stem(noun)));
  if (!family) return null;
  // The place: typed before the noun ("the april 2026 beijing summit"), after it ("summit in beijing", "visit to
  // the US"), or the verb's ("visited beijing").
  const before = text.slice(0, m.index).split(/\s+/).slice(-3);
  const after = /^\s*(?:in|to|at)\s+(?:the\s+)?([a-z][\w.-]*)/i.exec(text.slice(m.index + m[0].length))?.[1];
  const candidates = [m[3], ...before.reverse(), after].filter((w): w is string => !!w).map((w) => w.replace(/[’'`]s$|[,.;:]$/g, ''));
  const place = candidates.find(
    (w) => monthOfWord(w) === null && (isPlaceWord(w) || findParties(w).length > 0) && !STOPWORDS.has(w.toLowerCase()),
  );
  if (!place) return null;
  // (The place itself: a party's capital is not its country, "China" of "visit China" is also where Busan's meeting
  // was held.)
  const placeStems = new Set(tokenize(place).map((t) => t.stem));
  // The month the question gives it, and its year (typed, or the first year after a page's date that has it).
  const monthWord = [...text.matchAll(new RegExp(`\\b(${MONTH_WORD})\\b\\.?(?:\\s+(20\\d\\d))?`, 'gi'))].find(
    (x) => !/^may$/i.test(x[1] as string) || x[2] !== undefined,
  );
  const month = monthWord ? monthOfWord(monthWord[1] as string) : null;
  const typedYear = monthWord?.[2];
  const familyStems = new Set(family);
  const words = String.raw`(?:${family.map((w) => OCCASION_WORDS[w] ?? w).join('|')})`;
  const at = escapeRegExp(place).replace(/\s+/g, '\\s+');
  const placed = new RegExp(
    String.raw`\b${at}(?:\s+[\p{L}'’-]+)?\s+${words}\b|\b${words}\s+(?:[\p{L}'’-]+\s+){0,2}?(?:in|to|at)\s+(?:the\s+)?${at}\b|\b(?:visit|visits|visited|visiting)\s+${at}\b`,
    'iu',
  );
  const mentions: { source: string; ahead: boolean }[] = [];
  // (Only the sentences holding the place, from the index: not a pass over every sentence of the folder.)
  const holding = new Set([...placeStems].flatMap((st) => index.bm25.docsWith(st)));
  for (const id of [...holding].sort((a, b) => a - b)) {
    const sentence = corpus.sentences[id];
    if (!sentence) continue;
    const terms = index.terms[id] ?? [];
    if (!terms.some((t) => familyStems.has(t))) continue;
    // (The place with the occasion, not apart: "Beijing began designing the new system following the October 30
    // meeting" is the government, after another meeting.)
    if (!placed.test(sentence.text)) continue;
    const published = (corpus.byId.get(sentence.source)?.meta.published ?? '').slice(0, 10);
    let before = false;
    if (month !== null && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
      const year =
        typedYear ?? (Number(published.slice(5, 7)) <= month ? published.slice(0, 4) : String(Number(published.slice(0, 4)) + 1));
      before = published < `${year}-${String(month).padStart(2, '0')}-01`;
    }
    mentions.push({ source: sentence.source, ahead: before || AHEAD_RE.test(sentence.text) });
  }
  if (mentions.length === 0 || mentions.some((x) => !x.ahead)) return null;
  const latest = mentions
    .map((x) => (corpus.byId.get(x.source)?.meta.published ?? '').slice(0, 10))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .at(-1);
  const name = `${place.charAt(0).toUpperCase()}${place.slice(1)} ${typed.replace(/^(?:visited|visits|travell?ed)$/, 'visit').replace(/^met$/, 'meeting')}`;
  return { occasion: name, latest: latest ? (humanDate(latest) ?? latest) : '' };
}

/**
 * "What did trump and xi sign at the april 2026 beijing summit?" when every page that names it tells of it as ahead
 * (`occasionOnlyAhead`): however well the pages' sentences about the plans match the question's words.
 */
export function occasionAhead(q: AnalyzedQuestion, corpus: Corpus, index: SentenceIndex): Abstention | null {
  const ahead = occasionOnlyAhead(q.text, corpus, index);
  if (!ahead) return null;
  const dated = ahead.latest ? ` (the latest such page is dated ${ahead.latest})` : '';
  return {
    kind: 'absent',
    reason: `${capitalised(articlesPhrase(corpus))} tell of the ${ahead.occasion} only as planned${dated}: none reports what came of it.`,
  };
}

/**
 * "How much did apple invest in MP materials?" when no article mentions Apple (`didSubject`): however well the
 * articles' sentences about others' investments match the rest of the question.
 */
export function doerAbsent(q: AnalyzedQuestion, corpus: Corpus): Abstention | null {
  const doer = didSubject(q);
  if (!doer || doer.matches.length > 0 || listedWithPresent(q).has(doer.word.toLowerCase())) return null;
  return { kind: 'absent', reason: `None of ${articlesPhrase(corpus)} mentions ${listWords([doer])}, so they do not answer this.` };
}

export function abstentionReason(
  q: AnalyzedQuestion,
  scored: ScoredSentence[],
  corpus: Corpus,
  index: SentenceIndex,
  hints: AbstentionHints = {},
): string | null {
  return abstention(q, scored, corpus, index, hints)?.reason ?? null;
}

/**
 * The months a series asked for spans: "may thru dec 2025", and each step of a chain typed with arrows, "jun → oct →
 * nov" (arrows only here: elsewhere "may->july" asks for a timeline's months as any span does).
 */
function seriesMonths(text: string): string[] {
  const out = new Set(monthSpan(text) ?? []);
  const chain = text.split(/\s*(?:->|→)\s*/);
  for (let i = 0; i + 1 < chain.length; i++) {
    const from = (chain[i] as string).split(/\s+/).at(-1) ?? '';
    const to = (chain[i + 1] as string).split(/\s+/)[0] ?? '';
    for (const m of monthSpan(`${from} to ${to}`) ?? []) out.add(m);
  }
  // (Or listed: "the 2026 numbers so far – jan/feb and march?", "june, july and aug": each is one of the series.)
  for (const m of text.matchAll(MONTH_LIST_RE)) {
    for (const w of m[0].split(/[^\p{L}]+/u)) {
      const month = w.length >= 3 ? monthOfWord(w) : null;
      if (month) out.add(MONTH_NAMES[month - 1] as string);
    }
  }
  return [...out];
}
/** Months listed together: "jan/feb and march", "june, july and aug". */
const MONTH_LIST_RE = new RegExp(String.raw`\b${MONTH_WORD}\.?(?:\s*(?:\/|,|&|\+|\band\b)\s*${MONTH_WORD}\.?)+(?![a-z])`, 'gi');

/**
 * Names listed together in the question ("VDA, BDI and VDMA", "lynas or iluka") of which at least one is a name the
 * articles mention: the lower-case words of the others (one-word items only).
 */
const NAME_LIST_RE = /\b([\p{L}\p{N}&.'’-]+)((?:\s*,\s*[\p{L}\p{N}&.'’-]+)*)\s*,?\s+(?:and|or|&|\+|und|y|et|e|i)\s+([\p{L}\p{N}&.'’-]+)/giu;
function listedWithPresent(q: AnalyzedQuestion): Set<string> {
  const out = new Set<string>();
  const names = new Map(q.terms.filter((t) => t.name).map((t) => [t.word.toLowerCase(), t]));
  for (const m of q.text.matchAll(NAME_LIST_RE)) {
    const items = [m[1] as string, ...(m[2] as string).split(',').map((x) => x.trim()), m[3] as string]
      .filter(Boolean)
      .map((w) => w.toLowerCase());
    if (items.length < 2 || !items.every((w) => names.has(w))) continue;
    if (items.some((w) => names.get(w)?.present)) for (const w of items) out.add(w);
  }
  return out;
}

export function abstention(
  q: AnalyzedQuestion,
  scored: ScoredSentence[],
  corpus: Corpus,
  index: SentenceIndex,
  hints: AbstentionHints = {},
): Abstention | null {
  const unasked = (reason: string): Abstention => ({ kind: 'unasked', reason });
  const absentBecause = (reason: string): Abstention => ({ kind: 'absent', reason });
  const shortfall = (reason: string): Abstention => ({ kind: 'shortfall', reason });
  const { disagreementFound = false, storyWide = () => false } = hints;
  const articles = articlesPhrase(corpus);
  if (q.injection)
    return unasked('That reads as an instruction to the bot rather than a question about the articles, so there is nothing to quote.');
  if (q.terms.length === 0) return unasked(`The question has no words to look for in ${articles}.`);
  // "best bbq near gimhae airport?", "best lounge at pvg for a 4h connection", "whats a good uranium etf to sit
  // alongside uuuu": advice for the asker's own plans (where to eat, what to buy), which reports on the story never
  // give; a sentence that happens to name the place or the thing is no answer.
  // (Naming what no article mentions, when something is: "can u recommend a good ramen place near…", "anyone know a
  // decent dim sum place near…".)
  if (ADVICE_RE.test(q.text)) {
    const unmet = q.terms.filter((t) => t.salient && !t.present);
    return absentBecause(
      unmet.length > 0
        ? `None of ${articles} mentions ${listWords(unmet)}: they report on the story, and give no advice of this kind.`
        : `Nothing in ${articles} addresses this question: they report on the story, and give no advice of this kind.`,
    );
  }
  // "What came out of trump's april 2026 beijing trip?" when the newest article is dated before April 2026: they can
  // report plans for it, never its outcome.
  const later = outcomeAfterPages(q.text, corpus);
  if (later)
    return absentBecause(
      `The newest of ${articles} is dated ${later.newest}: they can tell what was planned for ${later.asked}, not what came of it.`,
    );
  // "What did trump and xi sign at the april 2026 beijing summit?" when every page that names it tells of it as ahead.
  const ahead = occasionAhead(q, corpus, index);
  if (ahead) return ahead;
  // (A word that picks the page the question names, "the taiwan CNA piece" of a Chinese-language page that never
  // writes "Taiwan" in English, is no topic the articles must mention.)
  const picking = hints.namesArticles ? pageAsideWords(q.text) : new Set<string>();
  // (Nor the words of a page described in brackets, "the nation (thai paper) says…": who publishes it, not what is asked.)
  for (const w of pageGlossWords(q.text)) picking.add(w);
  for (const w of hints.namingWords ?? []) picking.add(w);
  // (Nor a name listed beside one the articles do mention, "what did VDA, BDI and VDMA say": the one mentioned is
  // answered; the others' absence is no reason to answer none.)
  const listedBeside = listedWithPresent(q);
  // (Nor a word for the kind of answer asked, no article's word: "what day of the week was oslo" asks for a weekday,
  // which a page gives as "Thursday", never as "week".)
  const absent = q.terms.filter(
    (t) => t.salient && !t.present && !(t.frame && q.type === 'when') && !picking.has(t.word) && !listedBeside.has(t.word.toLowerCase()),
  );
  // (A month that times the question is no name it asks about: "after busan + the nov suspension, …" is timed by pages
  // dated then, whichever write its name; "what were exports in september" asks for September's.)
  const timing = new Set([...timeAnchors(q.text), ...timeAnchors(q.topic)].map((t) => t.norm));
  // (Nor a month of a series asked for, when the articles give others of it: "the monthly US-bound numbers - may, june,
  // july, sept, dec - into one table" is answered by the months they have.)
  const series = new Set(seriesMonths(q.topic).map((m) => m.toLowerCase()));
  const seriesMet = q.terms.some((t) => t.present && series.has(t.word.toLowerCase()));
  const absentNames = absent.filter(
    (t) =>
      t.name && !(monthOfWord(t.word) !== null && timing.has(t.word.toLowerCase())) && !(seriesMet && series.has(t.word.toLowerCase())),
  );
  // Topic words the articles use, other than the story's own words ("China", "deal"), which every question shares,
  // and the place the asker is near.
  const near = nearWords(q.text);
  // When what is missing is a role ("which chinese ambassador commented on the framework"), a story word is one by
  // its own stem, whatever its synonyms ("framework" also matches "truce", which is not): no one in the articles
  // holds the role, and the story's words around it are no answer.
  const roleMissing = absent.length > 0 && absent.every((t) => TITLE_WORDS.has(t.word.toLowerCase()));
  const presentTopics = q.terms.filter(
    (t) =>
      t.salient &&
      t.present &&
      !t.frame &&
      !near.has(t.word) &&
      !TIME_SPAN_WORDS.has(t.word.toLowerCase()) &&
      !(roleMissing && storyWide(t.stem)) &&
      !t.matches.every((m) => storyWide(m)) &&
      // (Nor a figure the asker types to name what they mean, "the fine if we breach the 0.1% rule": the rule is met,
      // the fine is asked.)
      !/^\d/.test(t.word),
  );
  // A name no article mentions is decisive; absent common nouns only when nothing particular of the question is
  // there ("What's the weather in Beijing?": only "Beijing" is, and every article names it).
  // (A question that names an article or an outlet is about what it says: "the motor belt piece only uses
  // weekdays - what day…" has its particular topic in the name.)
  // (Nor when three words of the question or more are in no article and only one particular word is: "anyone know the
  // wifi pw for the 4th floor conf room" meets "multi-room speakers" by "room" alone.)
  // (Not when the question asks for one of the story's views, "quick apr-to-nov timeline for a teacher handout pls,
  // 4-5 beats": the other words say what it is for.)
  const mostlyAbsent = absent.length >= 3 && presentTopics.length <= 1 && !q.terms.some((t) => VIEW_WORDS.has(t.word.toLowerCase()));
  if (absentNames.length > 0 || (absent.length > 0 && (presentTopics.length === 0 || mostlyAbsent) && !hints.namesArticles)) {
    return absentBecause(
      `None of ${articles} mentions ${listWords(absentNames.length ? absentNames : absent)}, so they do not answer this.`,
    );
  }
  // "Whats the weather in chicago tmrw": what is asked for ("the weather") is a word no article uses; the place or
  // the name met elsewhere is no answer.
  // (Only when at most one particular word of the question is there: with more, the asked word may be a paraphrase
  // the articles put otherwise, "the cutoff for…" of "a threshold of 0.1%".)
  // (A month is not one of them: it times what is asked, "geneva talks in may, in which hotel or villa they meet?".)
  const particular = presentTopics.filter((t) => monthOfWord(t.word) === null);
  const head = (particular.length <= 1 ? askedHead(q) : undefined) ?? askedKind(q) ?? askedModifier(q);
  if (head && !listedBeside.has(head.word.toLowerCase()))
    return absentBecause(`None of ${articles} mentions ${listWords([head])}, so they do not answer this.`);
  // "Did tesla have to stop any lines…": a yes/no question is about its subject; when no article mentions it
  // (a company the dictionary also knows as a word), the rest of the question met elsewhere is no answer. So is
  // "what did musk say…" about the one it asks to have spoken.
  const askedOf = yesNoSubject(q) ?? didSubject(q) ?? absentSpeaker(q);
  if (askedOf && askedOf.matches.length === 0 && !listedBeside.has(askedOf.word.toLowerCase()))
    return absentBecause(`None of ${articles} mentions ${listWords([askedOf])}, so they do not answer this.`);
  // "What's the section 232 tariff rate on NdPr oxide?" when no article writes 232: a numbered instrument (a section,
  // an announcement, a proclamation) no article names is not the one any of them discusses.
  for (const m of q.text.matchAll(NUMBERED_REFERENCE_RE)) {
    const number = (m[2] as string).toLowerCase();
    if (q.terms.some((t) => t.word === number && !t.present))
      return absentBecause(`None of ${articles} mentions “${m[0].replace(/\s+/g, ' ')}”, so they do not answer this.`);
  }
  // "How many tonnes of gallium…" when no article mentions gallium: the magnets' tonnage is not the answer.
  const measured = measuredWords(q.topic);
  const absentMeasured = absent.filter((t) => measured.has(t.word.toLowerCase()) && isEnglishWord(t.word));
  if (absentMeasured.length > 0) {
    return absentBecause(`None of ${articles} mentions ${listWords(absentMeasured)}, so they do not answer this.`);
  }
  if (disagreementFound) return null;
  // "What happened may 30?": the question names nothing but its day (its words are frame words: they select the
  // evidence, the sentences whose claims fall on that day, and count for no coverage).
  if (hints.datedDays && !q.terms.some((t) => t.salient && !t.frame)) return null;
  // How well the best evidence answers: the best-scored sentence's coverage, or the best among the leading
  // sentences (the best-scored one may lead for its kind, a date or a list, over one that holds more of the
  // question) unless what the question asks for is a word no article uses ("the dollar value of…", "seafood
  // places near…"), where a sentence holding the rest of the question does not answer it.
  const leading = scored
    .slice(0, EVIDENCE_SENTENCES)
    .reduce<ScoredSentence | undefined>((a, s) => (!a || s.coverage > a.coverage ? s : a), undefined);
  const best = absent.some((t) => !t.name && isEnglishWord(t.word) && endsNounPhrase(q.topic, t.word)) ? scored[0] : leading;
  // When every word of the question is in the articles, low coverage means the words are spread over the
  // sentences, not that something asked is missing: the bar is lower ("whats the actual US tariff on chinese
  // stuff after geneva?"). A word no article uses may be the thing asked ("penalty", "ramen"): the full bar.
  // (A word that is not what is asked, a verb or a modifier no article uses, "did bessent stick around", "the utah
  // outfit made", is more likely the asker's own phrasing: a bar between the two.)
  const bar =
    absent.length === 0
      ? MIN_COVERAGE_ALL_PRESENT
      : absent.some((t) => t.name || !isEnglishWord(t.word) || endsNounPhrase(q.topic, t.word) || asksForWord(q.topic, t.word))
        ? MIN_COVERAGE
        : MIN_COVERAGE_PHRASING;
  // (A question whose every particular word names the pages it asks about, "rubio's exact words on chinese student
  // visas?" of "…_rubio-chinese-student-visas.md", is answered by those pages, however little their sentences repeat.)
  const aboutNamedPages = hints.namesArticles === true && q.terms.every((t) => t.frame || !t.salient);
  if (
    !aboutNamedPages &&
    (!best ||
      best.coverage < bar ||
      // (A page named in another script or language, "the korean fnnews piece - which chinese official does it quote",
      // "the german reuters piece", is read through its glossary, which gives few of the question's words: its coverage
      // is the judge.)
      (!(hints.namesArticles === true && (isMostlyNonLatin(best.sentence.text) || hints.namesForeignPages === true)) &&
        topicsNeverMeet(q, scored, index, corpus, hints.turns, (hints.titledNames ?? []).length > 0)))
  )
    return absentBecause(`Nothing in ${articles} addresses this question.`);
  // The story's own names ("China", "London" in a story about talks in London) are context, not what is asked.
  // Nor is a party of the story ("the US trade rep"), however an article writes it ("U.S."): one of its names
  // is in most articles. Another country ("did Japan sign…") is what is asked.
  // Nor is a name the question sets aside ("not he lifeng, the other guy"), nor the holder of a title it names,
  // looked up for it ("the treasury sec": Bessent): the title's own evidence is judged below (`subjectSpeaks`).
  const setAside = setAsideWords(q.text);
  // Nor the words that pick a page or offer a side ("the AI thing says july").
  for (const w of pageAsideWords(q.text)) setAside.add(w);
  // Nor the months that bound a series asked for ("US-bound magnet tonnage may thru dec 2025", "price path jun → oct →
  // nov"): the range its figures are of, each of which need not be met with the rest of the question.
  for (const m of seriesMonths(q.topic)) setAside.add(m.toLowerCase());
  // Nor the month a supposition is timed by ("if the 0.1% thing comes back next nov, would the hungarian magnets get
  // caught"): when it would happen, not what is asked.
  for (const m of q.topic.matchAll(SUPPOSED_MONTH_RE)) setAside.add((m[1] as string).toLowerCase());
  // Nor the event that times the question ("what did Leavitt post before Busan"): it says when, not what.
  for (const w of timing) setAside.add(w);
  // Nor the verb of a statement asked for ("what did Ortega post": not "The Norway Post").
  for (const t of tokenize(STATEMENT_ASKED_RE.exec(q.text.toLowerCase())?.[1] ?? '')) setAside.add(t.norm);
  for (const name of hints.titledNames ?? []) for (const t of tokenize(name)) setAside.add(t.norm);
  // So are the words of the title itself ("what did the Treasury Secretary tell Fox…"): the title was looked up.
  if ((hints.titledNames ?? []).length > 0) for (const t of q.terms) if (TITLE_WORDS.has(t.word)) setAside.add(t.word);
  // (A word is set aside with its possessive: "lifeng's" of "He Lifeng".)
  const names = askedNames(q).filter(
    (t) =>
      !setAside.has(t.word) &&
      !setAside.has(t.word.replace(/['’]s$/, '')) &&
      (findParties(t.word).length > 0 ? !t.matches.some((m) => storyWide(m)) : !t.matches.every((m) => storyWide(m))),
  );
  // Several people asked what each said ("Lutnick, Greer and Li Chenggang - what did each say?") need not be in one
  // sentence.
  // So may the sources a question sets against each other ("…or just pause the oct stuff? WH fact sheet vs mofcom"):
  // each states its own side.
  // So may places joined as two occasions ("who led china's side in london and KL?"): each is met on its own.
  // So may a name listed as a thing of its own ("us magnet exports, total, and japan"), anywhere in an answering page.
  const apart = listedApart(q.text, names);
  const separately = (q.views && EACH_RE.test(q.text)) || VERSUS_RE.test(q.text) || placesJoined(q.text, names) || apart.size > 0;
  const timedBy = new Set([...q.text.toLowerCase().matchAll(TIMED_BY_RE)].map((m) => m[1] as string));
  if (!namesMeetEvidence(names, scored, index, corpus, hints.turns, separately, hints.namesArticles === true, q.views, timedBy, apart)) {
    return shortfall(`${capitalised(articles)} mention ${listWords(names)}, but not in connection with this question.`);
  }
  // "What did the lynas ceo say about the kuala lumpur talks": the person the title was looked up for must be met with
  // what else the question names (in a sentence, the two before it, or their turn); their words on something else,
  // and others' on the names, are no answer.
  // (Only the names of what they are asked to speak about, after "about": "the ford boss … about magnet supply" names
  // Ford as whose boss, "the treasury sec — one article says yellen??" a name to check.)
  const titledHolders = (hints.titledNames ?? []).map((n) => n.split(/\s+/).at(-1)?.toLowerCase() ?? '').filter((w) => w.length > 1);
  const aboutWords = new Set(tokenize(/\babout\s+(.+)$/i.exec(q.text)?.[1] ?? '').map((t) => t.norm));
  const aboutNames = names.filter((t) => aboutWords.has(t.word.toLowerCase()));
  if (q.views && !separately && aboutNames.length > 0 && titledHolders.length > 0) {
    const holder: QuestionTerm = {
      word: titledHolders[0] as string,
      stem: stem(titledHolders[0] as string),
      matches: [...new Set(titledHolders.flatMap((w) => [w, stem(w)]))],
      present: true,
      salient: true,
      name: true,
      frame: false,
    };
    if (!namesMeetEvidence([...aboutNames, holder], scored, index, corpus, hints.turns))
      return shortfall(`${capitalised(articles)} mention ${listWords(aboutNames)}, but not in connection with this question.`);
  }
  // "What did Jamieson Greer say about the licences?" when the articles name him (in a delegation) but never give
  // words of his: whatever else they say is no answer.
  if (q.views && (hints.unquoted ?? []).length > 0) {
    const who = (hints.unquoted ?? []).join(' or ');
    return shortfall(`${capitalised(articles)} mention ${who}, but quote nothing ${who} said.`);
  }
  // "What did nvidia's ceo say…" when no article has the title in any of its words ("ceo", "chief executive"): no
  // one of that title is quoted, whatever else the articles say of Nvidia.
  // (Not of a page in another language, "the german reuters piece — what did the white house spokesman say": its
  // "sagte der Sprecher" is no English title.)
  const untitled = hints.namesForeignPages ? [] : untitledSpeaker(q, hints.titledNames ?? []);
  if (untitled.length > 0) return shortfall(`${capitalised(articles)} mention ${listWords(untitled)}, but quote no such person.`);
  // "What did Synopsys' CEO say?" when the articles quote the company but never its chief executive.
  const subject = unresolvedSubject(q, hints.titledNames ?? [], storyWide);
  if (!hints.namesForeignPages && !subjectSpeaks(subject, scored, index, corpus, hints.turns)) {
    return shortfall(`${capitalised(articles)} mention ${listWords(subject)}, but quote no such person.`);
  }
  // "Who is Iluka's CEO?": when no article gives the organisation's title holder, other companies' chief executives
  // are no answer; a best sentence must name the organisation with the title (in it or the sentence before).
  const held = q.type === 'who' ? heldTitle(q, (hints.titledNames ?? []).length > 0) : null;
  if (held && !titleMeetsOrganisation(held, scored, index, corpus)) {
    // (An organisation of several words is named as one: “jl mag”.)
    const terms = Array.isArray(held.organisation) ? held.organisation : [held.organisation];
    const named = { ...(terms[0] as QuestionTerm), word: terms.map((t) => t.word.replace(/['’]s?$/, '')).join(' ') };
    return shortfall(`${capitalised(articles)} mention ${listWords([named])}, but name no such person there.`);
  }
  // "Who at BIS actually signed the letter…?": when no best sentence names a person with the body, its acts are no answer.
  if (q.type === 'who' && !personOfBodyNamed(q, scored, index, corpus))
    return shortfall(
      `${capitalised(articles)} tell what ${(WHO_AT_RE.exec(q.topic)?.[1] ?? '').trim()} did, but name no one there who did it.`,
    );
  // "Name of the white house official who told epoch…": when the best sentences that hold the role name no one.
  const described = NAME_ASKED_RE.exec(q.text);
  if (described && !describedPersonNamed(q, scored, corpus))
    return shortfall(`${capitalised(articles)} quote the ${`${described[1] ?? ''}${described[2] ?? ''}`.trim()} without naming them.`);
  // "Who signed the june framework doc for the chinese side?": when no best sentence names someone who signed (only
  // that it was signed, or who led the talks), its other sentences are no answer.
  if (q.type === 'who' && !doerNamed(q, scored))
    return shortfall(
      `${capitalised(articles)} tell that it was ${(WHO_ACT_RE.exec(q.topic)?.[1] ?? '').toLowerCase()}, but name no one who did it for that side.`,
    );
  // "Who heads GACC?": when no best sentence gives the body with a word for its head, its other sentences are no answer.
  const headed = q.type === 'who' && (hints.titledNames ?? []).length === 0 ? headedOrganisation(q) : null;
  if (headed && !titleMeetsOrganisation(headed, scored, index, corpus))
    return shortfall(`${capitalised(articles)} mention the ${headed.phrase}, but name no one who heads it.`);
  // (Not what someone said about figures, "what did the lawyer on that podcast say about the tariff numbers": their
  // words are the answer, with or without a figure in the sentence found.)
  // (Nor a length, "how long do they get to answer": "within 45 working days" gives it in words the bar does not count.)
  if (q.type === 'howmany' && !(q.views && SUBJECT_RE.test(q.topic)) && !/\bhow long\b/i.test(q.topic)) {
    if (!givesFigure(q, scored, corpus, [], hints.namesArticles === true))
      return shortfall(`${capitalised(articles)} give no figure for this.`);
    // "How many tonnes of dysprosium…" when the figures found are of magnets.
    const thing = measuredThingTerms(q);
    if (thing.length > 0 && !givesFigure(q, scored, corpus, thing))
      return shortfall(`${capitalised(articles)} mention ${thing.map((t) => t.word).join(' and ')} but give no figure for it.`);
  }
  // "Synopsys's q3 revenue number": a figure for a quarter is given by evidence that names that quarter.
  // (Or whose page names it over its text: "Q2 2025 EARNINGS CONFERENCE CALL" heads a call's transcript, whose
  // sentences never repeat the quarter.)
  const quarter = askedQuarter(q);
  const namesQuarter = (s: ScoredSentence) =>
    quarter !== null && (quarter.re.test(s.sentence.text) || quarter.re.test(sceneText(corpus, s.sentence.source)));
  if (quarter && !scored.slice(0, 8).some((s) => s.coverage >= MIN_COVERAGE && namesQuarter(s)))
    return shortfall(`${capitalised(articles)} give no figure for the ${quarter.name}.`);
  // "How many magnets go into one ford explorer": a figure per unit, in a sentence that names the unit and counts per
  // unit ("per vehicle", "each F-35", in the articles' words for what is counted: "pounds" of "lbs"); figures of the
  // plant's output are no answer.
  const perUnitCount = PER_UNIT_COUNT_RE.exec(q.topic);
  if (perUnitCount) {
    const unit = tokenize(perUnitCount[2] ?? '')
      .filter((t) => !STOPWORDS.has(t.norm))
      .map((t) => t.stem);
    const counts = scored
      .slice(0, 8)
      .some(
        (s) =>
          PER_UNIT_GIVEN_RE.test(s.sentence.text) &&
          NUMBER_RE.test(s.sentence.text) &&
          unit.some((st) => (index.terms[s.sentence.id] ?? []).includes(st)),
      );
    if (!counts) return shortfall(`${capitalised(articles)} give no figure per ${(perUnitCount[2] ?? '').trim()}.`);
  }
  // "What date in april is trump flying to beijing?": a day of the month asked, which a sentence that gives only the
  // month ("he would go to China in April … without specifying a schedule") does not give. A day with its number, or
  // a weekday (which the page's date makes a day), in a sentence that answers answers it.
  // (Not a month that names the measures, "exact date of the april controls?": their day is what is asked.)
  const dayOfMonth = ASKS_DAY_RE.test(q.topic) ? questionMonths(q.topic).filter((m) => !namesMeasureOnly(q.topic, m)) : [];
  if (dayOfMonth.length === 1) {
    const mon = (dayOfMonth[0] as string).slice(0, 3);
    const day = new RegExp(
      `\\b${mon}[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${mon}|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b`,
      'i',
    );
    // (Among the sentences that answer as well as the best nearly does: a day of another event further down is none.)
    const bestCoverage = Math.max(0, ...scored.slice(0, 8).map((s) => s.coverage));
    const answering = scored.slice(0, 8).filter((s) => s.coverage >= Math.max(MIN_COVERAGE, 0.8 * bestCoverage));
    if (!answering.some((s) => day.test(s.sentence.text)))
      return shortfall(`${capitalised(articles)} give no day in ${dayOfMonth[0]} for this.`);
  }
  // "What was the dollar value of…": tonnes are no answer; a sum of money in the evidence is.
  // (Not a sum on a page about another pair's deal, unless the question names that country: "the total $ value of the
  // rare earth deal trump signed w xi" is not answered by the Australia framework's "$8.5 billion".)
  const ofThisStory = (s: ScoredSentence) => {
    const other = corpus.otherPair.get(s.sentence.source);
    // (As the question is read: "the aussie framework" names Australia.)
    return other === undefined || `${q.text} ${q.topic}`.toLowerCase().includes(other.toLowerCase());
  };
  if (
    ASKS_MONEY_RE.test(q.topic) &&
    !scored.slice(0, 8).some((s) => s.coverage >= MIN_COVERAGE && MONEY_RE.test(s.sentence.text) && ofThisStory(s))
  )
    return shortfall(`${capitalised(articles)} give no sum of money for this.`);
  // "Whats the dysprosium oxide price rn?": a sum of money in a sentence that names what is priced (terbium's price
  // is not dysprosium's).
  // So does "how much is the US paying per tonne of samarium": what is paid for must be named with the sum.
  const priced =
    ASKS_PRICE_RE.exec(q.topic) ?? PRICE_PER_UNIT_RE.exec(q.topic) ?? BARE_PRICE_RE.exec(q.topic) ?? MONEY_PER_UNIT_RE.exec(q.topic);
  if (priced && !pricedInEvidence(q, priced[1] ?? '', scored, index, corpus))
    return shortfall(`${capitalised(articles)} give no price for this.`);
  const perUnit = PER_UNIT_OF_RE.exec(q.topic);
  if (perUnit && !pricedInEvidence(q, perUnit[1] ?? '', scored, index, corpus, true))
    return shortfall(`${capitalised(articles)} give no price for this.`);
  // "How many tonnes of magnets did china ship to denmark in july": a figure for the place the goods went, in a
  // sentence that names it; China's total, Germany's share, or a Danish company's own volume ("Havlund, the Danish
  // turbine maker, buys 1,450 t a year") is no answer.
  const destination = SHIPPED_TO_RE.exec(q.topic)?.[1]?.toLowerCase();
  const place = destination
    ? q.terms.find((t) => t.word === destination && t.present && isPlaceWord(t.word) && findParties(t.word).length === 0)
    : undefined;
  // (Only for an amount asked, "how many tonnes", "how much": "how many delegates went to london" counts people.)
  if (
    q.type === 'howmany' &&
    (MEASURE_ASKED_RE.test(q.topic) || /\bhow much\b/i.test(q.topic)) &&
    place &&
    !scored.some(
      (s) => s.coverage >= MIN_COVERAGE && AMOUNT_GIVEN_RE.test(s.sentence.text) && index.terms[s.sentence.id]?.includes(place.stem),
    )
  )
    return shortfall(`${capitalised(articles)} give no such figure for ${capitalised(destination as string)}.`);
  // "What basic customs duty does india charge on NdFeB magnets?": a rate in a sentence that names the country that
  // charges it; the US tariff on Chinese goods, or a rate that names no country, is no answer. (A country besides the
  // story's parties: a party's tariffs are the story's own, and their disputes are shown.)
  const charger = CHARGED_BY_RE.exec(q.topic)?.[1]?.toLowerCase();
  const chargerTerm = charger
    ? q.terms.find(
        (t) =>
          t.word === charger && t.present && isPlaceWord(t.word) && findParties(t.word).every((p) => !corpus.dominant.includes(p.party)),
      )
    : undefined;
  if (
    chargerTerm &&
    !scored.some(
      (s) => s.coverage >= MIN_COVERAGE && RATE_GIVEN_RE.test(s.sentence.text) && index.terms[s.sentence.id]?.includes(chargerTerm.stem),
    )
  )
    return shortfall(`${capitalised(articles)} give no such rate for ${capitalised(charger as string)}.`);
  // "How many licences did mofcom approve for US companies in july": a figure in a sentence that names the group (its
  // party and a word for it: "U.S. firms", "American companies"); a count of all licences, or of EU firms', is no answer.
  const group = q.type === 'howmany' ? FOR_GROUP_RE.exec(q.topic) : null;
  const party = group ? findParties(group[1] as string)[0]?.party : undefined;
  if (group && party) {
    const noun = q.terms.find((t) => t.word.toLowerCase() === (group[2] as string).toLowerCase());
    const nouns = new Set(noun?.matches ?? [stem(group[2] as string)]);
    const names = (s: ScoredSentence) =>
      NUMBER_RE.test(s.sentence.text) &&
      findParties(s.sentence.text).some((p) => p.party === party) &&
      (index.terms[s.sentence.id] ?? []).some((st) => nouns.has(st));
    if (!scored.slice(0, 8).some((s) => s.coverage >= MIN_COVERAGE && names(s)))
      return shortfall(`${capitalised(articles)} give no such figure for ${group[1]} ${group[2]}.`);
  }
  // "Which companies…?" wants names; passages about "some Chinese enterprises" do not give them.
  // (About the question: half its words, or nearly as many as the best sentence holds when that is less — the
  // question's other verbs, "say they got", are rarely all in one sentence.)
  if (ASKS_COMPANIES_RE.test(q.topic)) {
    const top = scored.slice(0, 8);
    const bar = Math.min(0.5, Math.max(MIN_COVERAGE, 0.8 * Math.max(0, ...top.map((s) => s.coverage))));
    // (Or in an article whose sentence about the question is above that bar, the names given in a sentence of their
    // own that shares fewer of its words: "Washington has promised to allow the export of chip design software…",
    // then "…informed the world's three major chip design software suppliers – Synopsys Inc., Cadence…".)
    const about = new Set(top.filter((s) => s.coverage >= bar).map((s) => s.sentence.source));
    const named = (s: ScoredSentence) =>
      (s.coverage >= bar || (s.coverage >= MIN_COVERAGE && about.has(s.sentence.source))) && namesCompany(s.sentence.text);
    // (Or in the sentence before one above the bar that points back to them: "…according to filings from Enterprise
    // Products Partners and Energy Transfer LP." before "The companies can offload ethane directly in China…".)
    const namedBefore = (s: ScoredSentence) => {
      const before = corpus.sentences[s.sentence.id - 1];
      return (
        s.coverage >= bar &&
        COMPANIES_BACK_RE.test(s.sentence.text) &&
        before !== undefined &&
        before.source === s.sentence.source &&
        namesCompany(before.text)
      );
    };
    // (Or in the sentence after one that counts them: "China has issued the first round of … licences to at least three
    // permanent-magnet manufacturers." before "Reuters reports that JL Mag Rare Earth, Ningbo Yunsheng, and …"; or that
    // points back to it: "China issued the first general licences…" before "…JL Mag … had received them.")
    const namedAfter = (s: ScoredSentence) => {
      const after = corpus.sentences[s.sentence.id + 1];
      return (
        s.coverage >= bar &&
        (COMPANIES_AHEAD_RE.test(s.sentence.text) || (after !== undefined && POINTS_BACK_LATER_RE.test(after.text))) &&
        after !== undefined &&
        after.source === s.sentence.source &&
        namesCompany(after.text)
      );
    };
    if (!top.some((s) => named(s) || namedBefore(s) || namedAfter(s))) return shortfall(`${capitalised(articles)} name no such companies.`);
  }
  return null;
}
