import { MISNAMED_RE, WITHDRAWN_RE } from '../text/corrections.js';
import { isEnglishWord } from '../text/dictionary.js';
import { counterparts, countryOf, findParties, findPlaces, type Mention, partyOf, samePerson } from '../text/entities.js';
import { escapeRegExp, lexiconLines, lexiconPairs, phraseAlternation } from '../text/lexicon.js';
import { NUMBER_WORD_VALUES } from '../text/numbers.js';
import { OFFICE_RE, TITLED_NAME_RE, titleWords } from '../text/titles.js';
import { STOPWORDS, tokenize } from '../text/tokenize.js';
import type { Corpus } from './corpus.js';
import {
  type DateMention,
  type DateValue,
  displayOf,
  findDateMentions,
  isoOf,
  MONTH_NAMES,
  monthIndex,
  parseYmd,
  resolveDate,
  toYmd,
  type Ymd,
} from './dates.js';
import { dominantOf, onTopicOf } from './topic.js';
import type { Article, Sentence } from './types.js';

/**
 * Claims: dated, placed and numbered statements extracted from every sentence at load time, the raw
 * material of disagreement detection and the timeline.
 *
 * A sentence is read as a set of triggers (words that name an event — "signed", "talks", "announced" — or a
 * report — "said", "told") and date expressions. Each date attaches to the nearest trigger in its clause;
 * relative dates are resolved against the date the sentence gives for the report they belong to ("remarked
 * on the 26th: 'we signed yesterday'"), then against the article's publication date; without either they
 * stay unresolved rather than guessed.
 */

/** What a claim is about. The lexicon below lists the words that signal each kind. */
export type EventKind =
  | 'signing'
  | 'talks'
  | 'call'
  | 'announcement'
  | 'licences'
  | 'lifting'
  | 'notification'
  | 'report'
  | 'agreement'
  // A measure announced ("On October 9 Beijing announced much broader controls"): not the deal's announcement.
  | 'controls';

export type ClaimAttribute = 'date' | 'place' | 'venue' | 'number' | 'leader' | 'lifted' | 'tone' | 'holder' | 'status';

export interface Claim {
  id: number;
  source: string;
  sentenceId: number;
  event: EventKind | 'tariff' | 'pause' | 'share' | 'significance' | 'count' | 'quantity' | 'role' | 'dated';
  attribute: ClaimAttribute;
  /** What must also match for two claims to be about the same thing (a place, an actor, a side, a target). */
  qualifier: string | null;
  /** Normalised value: an ISO date, "55%", "90 days", a place, a person, a category. */
  value: string;
  /** Human form of the value, e.g. "25 June 2025 ('yesterday', said on 26 June 2025)". */
  display: string;
  date?: DateValue;
  number?: number;
  unit?: string;
  /** The words as the article wrote them ("two days prior (on the 24th)"). */
  asWritten: string;
  /** Who the article says made the claim, if it attributes it. */
  speaker: string | null;
  /** Set when the claim contradicts its own article (talks dated after the article, described as past). */
  inconsistency: string | null;
  quote: string;
  start: number;
  end: number;
}

/** The fields of a claim that depend on what it says; the rest comes from its sentence. */
type ClaimFields = Pick<Claim, 'event' | 'attribute' | 'qualifier' | 'value' | 'display' | 'asWritten'> &
  Partial<Pick<Claim, 'date' | 'number' | 'unit' | 'speaker' | 'inconsistency'>>;

/** Records a claim made by a sentence (its quote is the whole sentence). */
type MakeClaim = (fields: ClaimFields) => void;

interface Trigger {
  kind: EventKind;
  start: number;
  end: number;
  text: string;
}

/**
 * Event lexicon. Each pattern is matched on the sentence; "report" verbs attach dates that say when something
 * was said, which then anchor relative dates ("yesterday") in what was said.
 */
const TRIGGERS: { kind: EventKind; re: RegExp }[] = [
  { kind: 'signing', re: /\b(?:sign(?:ed|ing|s)?|ink(?:ed|ing)?|seal(?:ed|ing)?)\b(?!\s+(?:of|that|off|language|post))/gi },
  {
    kind: 'talks',
    re: /\b(?:talks|negotiations?|negotiated|meetings?|met|meet|convened?|convening|summit|discussions|negotiation round|round of talks|(?:first|second|third|fourth|next|latest|new|another|final|last|earlier|previous|prior|initial|opening|preliminary|key|main|decisive|pivotal|crucial|critical|high-level|two-day|marathon) round)\b/gi,
  },
  // A round named by its place ("the Kuala Lumpur round", "the Stockholm round"), or by its level ("a staff-level
  // round"). (Case-sensitive: not "year round".)
  {
    kind: 'talks',
    re: /(?<=\b[A-Z][a-z]+\s)(?<!\b(?:First|Second|Third|Fourth|Next|Latest|New|Another|Final|Last|Earlier|Previous|Prior|Initial|Opening|Preliminary|Year|All)\s)round\b|\b(?:staff|working|ministerial|technical|deputy)[- ]level round\b/g,
  },
  { kind: 'call', re: /\b(?:phone call|call|telephone call|spoke by (?:tele)?phone|phoned)\b(?!\s+(?:for|on|to)\b)/gi },
  {
    kind: 'announcement',
    re: /\b(?:announc(?:ed|es|ing|ement)|confirm(?:ed|s|ing|ation)|unveil(?:ed|s)?|made public|disclos(?:ed|es))\b/gi,
  },
  {
    kind: 'licences',
    re: /\b(?:licen[cs]es?|permits?)\b[^.]{0,40}\b(?:granted|issued|approved)\b|\bgranted\b[^.]{0,40}\blicen[cs]es?\b/gi,
  },
  {
    kind: 'lifting',
    re: /\b(?:lift(?:ed|ing|s)?|eas(?:e|ed|es|ing)|rescind(?:ed|s|ing)?|cancel(?:led|ed|s|ling)?|remov(?:e|ed|es|ing)|roll(?:ed|ing)? back|withdr(?:aw|awn|ew|awal)|scrap(?:ped|s)?|relax(?:ed|es|ing)?|loosen(?:ed|s|ing)?|dropp?(?:ed)?)\b/gi,
  },
  // Deal nouns take the dates that modify them ("the Geneva agreement of May"); they make no claims themselves.
  { kind: 'agreement', re: /\b(?:agreement|truce|deal|pact|accord|consensus|framework)\b/gi },
  {
    kind: 'report',
    re: /\b(?:said|says|say|told|tells|remarked|stated|noted|added|wrote|posted|indicated|speaking|spoke|according to|telling)\b/gi,
  },
];

/**
 * What denies the date after it: "…June 9–10, not July", "rather than in September", "instead of on the 24th" (not
 * "not until November 10", which says when).
 */
const DENIED_BEFORE_RE = /\b(?:not|never|rather than|instead of)\s+(?:(?:in|on|by)\s+)?(?:the\s+)?$/i;

/** Words that make "sign" a noun ("a positive sign") rather than the act of signing. */
const SIGN_NOUN_RE =
  /\b(?:a|an|the|positive|negative|good|clear|clearest|first|no|any|welcome|encouraging|concrete|another|strong|early)\s+sign\b/i;

/** What one government signs on its own: an order, a law, an extension ("signed an executive order", "signed the first 90-day extension"). */
const SIGNED_ORDER_RE =
  /^\s+(?:an?|the|two|several|new|his|her|its)?\s*(?:[\w-]+\s+){0,2}?(?:executive\s+orders?|orders?|bills?|laws?|legislation|proclamations?|memorand(?:um|a)|decrees?|extensions?)\b/i;

/** A company being told of a decision: "was told", "were notified", "received a letter", "sent a letter … to". */
const NOTIFY_RE =
  /\b(?:(?:was|were|had been|has been|have been) (?:told|notified|informed)|received (?:a |the )?letters?|sent (?:a |the )?letters?|got (?:a |the )?letters?)\b/i;

/** Only agreed, not signed: "agreed in principle", "yet to be signed", "has not been signed". */
const IN_PRINCIPLE_RE =
  /\bin principle\b|\byet to be (?:formally )?signed\b|\b(?:has|have|had|was|were) not (?:yet )?been (?:formally )?signed\b|\bunsigned\b/i;
/** Signed: "was signed", "signed the framework", "have signed", "both delegations signed". */
const SIGNED_RE = /\b(?:was|were|been|is|are|now|formally|officially|both\s+\w+|have|has|had)\s+signed\b|\bsigned\s+(?:the|a|an|off)\b/i;

/**
 * A pause's end: "runs until", "runs to", "expires on", "the window closes on", "lapses", and "until" itself when the
 * clause names the pause ("suspends the October 9 measures until 27 November 2026").
 */
const PAUSE_END_RE =
  /\b(?:expir(?:e|es|ed|ing|y|ation)|runs? (?:out|until|through|till|to)|running (?:until|through|till|to)|ran (?:out|until|to)|(?:window|truce|pause|reprieve|suspension) (?:closes|ends|lapses)|lapses?|ends? on|valid (?:until|through|till)|until|till)\b/i;
const PAUSE_RE = /\b(?:truce|pause|paused|pausing|reprieve|suspension|suspended|suspends|suspending|90-day|ninety-day)\b/i;
/** The verb of a pause agreed, in the ending's own clause before it: "China agreed to suspend the October controls until…". */
const SUSPEND_BEFORE_RE = /\bsuspend\b/i;
const PAUSE_END_ALL_RE = new RegExp(PAUSE_END_RE.source, 'gi');

/** Where the clause holding `at` starts (after a semicolon or a colon). */
function clauseStartOf(text: string, at: number): number {
  return Math.max(text.lastIndexOf(';', at), text.lastIndexOf(':', at)) + 1;
}

/**
 * What may stand between the measure paused and a bare "until" besides a few words: when the measures were issued and
 * when the pause took effect ("suspended the six announcements issued on October 9, effective immediately and running
 * until November 10, 2026"; "the suspension of multiple previous announcements effective immediately until…").
 */
const UNTIL_GAP_RE =
  /^[\s,]*(?:(?:issued|announced|imposed|unveiled|introduced|adopted)\s+(?:on\s+|in\s+)?[\p{L}]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?[\s,]*)?(?:(?:with\s+)?(?:effect(?:ive)?\s+)?immediate(?:ly)?(?:\s+effect)?[\s,]*)?(?:and\s+)?(?:running|lasting|remaining in (?:place|effect))?\s*$/iu;

/**
 * A sentence's first word for a pause's end. A bare "until" counts only when its clause names what is paused right
 * before it ("suspends the October 9 measures until 27 November 2026"): "the suspension … will last until November 27"
 * may be any pause of the story, and pauses of different measures end on different days; then a later word counts
 * ("until the truce expires on August 12").
 */
function pauseEnding(text: string): RegExpExecArray | null {
  PAUSE_END_ALL_RE.lastIndex = 0;
  for (let m = PAUSE_END_ALL_RE.exec(text); m; m = PAUSE_END_ALL_RE.exec(text)) {
    if (!/^(?:until|till)$/i.test(m[0])) return m;
    const start = clauseStartOf(text, m.index);
    const named = PAUSED_OBJECT_RE.exec(text.slice(start, m.index));
    if (
      named &&
      (m.index - start - (named.index + named[0].length) <= 12 ||
        UNTIL_GAP_RE.test(text.slice(start + named.index + named[0].length, m.index)))
    )
      return m;
  }
  return null;
}

/** Deal words: a signing or announcement must concern one of these (or a party) to count. */
export const DEAL_RE = /\b(?:agreement|deal|pact|accord|framework|arrangement|understanding|truce|document|treaty|consensus)\b/i;

const REPORTING_SUBJECT_RE =
  /((?:(?:[A-Z][\w.'’-]*|of|the|for|and|in)\s+){0,6}?(?:[A-Z][\w.'’-]*|officials?|spokes(?:person|man|woman)|ministry|experts?|analysts?|observers?|sources?))\s+(?:also\s+|earlier\s+|later\s+|separately\s+|previously\s+|then\s+|\w+ly\s+)?(?:said|says|say|told|remarked|stated|noted|added|confirmed|indicated|announced|wrote|posted|suggests?|believes?)\b/g;

/** A name after a person's title ("President Trump", "Secretary Howard Lutnick", "Mr. He"): group 1 the name. */
const TITLED_PERSON_RE =
  /\b(?:President|Secretary|Minister|Premier|Representative|Ambassador|Chancellor|Governor|Senator|Mr\.|Ms\.|Mrs\.|Dr\.)\s+((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)/g;

/** Who a sentence says spoke before `at`: the subject of the nearest reporting verb, or "according to X". */
function speakerBefore(text: string, at: number): string | null {
  let best: string | null = null;
  REPORTING_SUBJECT_RE.lastIndex = 0;
  for (let m = REPORTING_SUBJECT_RE.exec(text); m && m.index < at; m = REPORTING_SUBJECT_RE.exec(text)) {
    best = cleanSpeaker(m[1] as string);
  }
  if (best) return best;
  // "…what President Trump was referring to when he said on Thursday that…": "he" is the person named before it.
  const pronoun = [
    ...text.slice(0, at).matchAll(/\b(?:he|she)\s+(?:\w+ly\s+)?(?:said|says|told|remarked|stated|added|wrote|posted)\b/g),
  ].pop();
  // (A person is a name after a title: "President Trump", "Commerce Secretary Howard Lutnick", "Mr. He".)
  if (pronoun) {
    const named = [...text.slice(0, pronoun.index).matchAll(TITLED_PERSON_RE)].pop()?.[1];
    if (named) return named;
  }
  const after = /^[^.]*?,?\s*(?:according to|said|says|told)\s+((?:[A-Z][\w.'’-]*\s*){1,5})/.exec(text.slice(at));
  if (after?.[1]) return cleanSpeaker(after[1]);
  const trailing = /[,.?!]["”’']?\s*((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*)\s+(?:said|says|told|added)\b/.exec(text.slice(at));
  if (trailing?.[1]) return cleanSpeaker(trailing[1]);
  return null;
}

const SPEAKER_TITLE_RE =
  /^(?:(?:U\.S\.|US|Chinese|American|British|Japanese|Treasury|Commerce|Trade|Foreign|Finance|State|Vice|Deputy|Prime|Premier|President|Secretary|Minister|Representative|Ambassador|Senator|Sen\.|Rep\.|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.)\s+)+/;

/** "U.S. Commerce Secretary Howard Lutnick also" → "Howard Lutnick"; "U.S. officials" stays as it is. */
function cleanSpeaker(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  // (And a wh-word before the name: "**What Trump said.**", "When Lutnick told…".)
  while (words.length && /^(?:the|a|an|and|of|for|also|in|what|how|why|when|where|which)$/i.test(words[0] as string)) words.shift();
  while (words.length && /^(?:also|earlier|later|separately|previously|then)$/i.test(words[words.length - 1] as string)) words.pop();
  // (Without the full stop of a sentence it ends: "…said Wednesday." is no one; "…, said Li Chenggang." is Li Chenggang.)
  let cleaned = words
    .join(' ')
    .replace(/(?<=\p{Ll}{2})[.,;:]+$/u, '')
    .replace(/['’]s$/, '');
  const untitled = cleaned.replace(SPEAKER_TITLE_RE, '');
  // Keep titles when stripping them would leave no name ("U.S. officials", "a White House official", "His own
  // Commerce Secretary told…": not "Secretary").
  const onlyTitle = `${untitled} `.replace(SPEAKER_TITLE_RE, '') === '';
  if (
    /^[A-Z]/.test(untitled) &&
    !onlyTitle &&
    untitled.split(' ').length >= 1 &&
    untitled !== cleaned &&
    !/^(?:officials?|spokes)/i.test(untitled)
  )
    cleaned = untitled;
  if (
    !cleaned ||
    /^(?:It|He|She|They|We|This|That|Which|There|On|In|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
      cleaned,
    )
  ) {
    return null;
  }
  return cleaned.length > 60 ? null : cleaned;
}

/** What follows a verb for a figure that changed ("dropped by 20%", "eased to $60", "fell from 5,774"). */
const CHANGED_FIGURE_RE =
  /^\s+(?:by|to|from)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+|more than\s+|over\s+|under\s+)?[$€£¥]?\d/i;

function findTriggers(text: string): Trigger[] {
  const out: Trigger[] = [];
  for (const { kind, re } of TRIGGERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (kind === 'signing' && SIGN_NOUN_RE.test(text.slice(Math.max(0, m.index - 16), m.index + m[0].length))) continue;
      // "Trump signed an executive order … extending the truce": a step of one government, not the deal's signing
      // (it is dated as a step of its own: see date-actions.txt).
      if (kind === 'signing' && SIGNED_ORDER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      // "Rare earth exports dropped by 20% to 4,392 tons", "prices eased to $60": a figure that changed, not a measure
      // lifted.
      if (kind === 'lifting' && CHANGED_FIGURE_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      out.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Speakers that are institutions, whose dated statements about the deal are announcements. */
const INSTITUTION_RE =
  /\b(?:ministry|department|government|white house|commission|office|council|agency|embassy|cabinet|mofcom|state council|spokes(?:person|man|woman))\b/i;

/** True when `at` falls inside quotation marks. */
function inQuoteAt(text: string, at: number): boolean {
  return quotedSpans(text).some((q) => at >= q.start && at < q.end);
}

/** Spans inside quotation marks. */
function quotedSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/["“]([^"“”]{3,})["”]/g)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * Words that open another clause or name another action: a date on the far side of one belongs to that
 * clause ("signed an agreement … to implement the truce they reached in Geneva in May").
 */
// (And a passive or future of another verb, ", the rule has been suspended for one year from November 10": the
// meeting named before it is not what that date is of.)
const BARRIER_RE =
  /[;]|\b(?:has been|have been|had been|will be|that|which|who|whom|whose|they|he|she|we|it|when|where|while|because|after|before|following|since|until|unless|if|whether|why|reached|agreed|struck|made|took|began|ended|came|broke|produced|revived?|expires?|implement(?:ed|ing)?|restore[ds]?|lowered|cut|imposed|approved|announced|confirmed|said|told|issued|published|released)\b/i;

/** Relative clauses that only describe the event itself ("talks, which took place in Stockholm in May"). */
const DESCRIBING_RE =
  /\b(?:which|that)\s+(?:took place|were held|was held|happened|occurred|ran|lasted|began|ended)\b|\b(?:took place|were held|was held|were hosted|was hosted)\b/gi;

/** True when nothing in `between` separates a trigger from a date or place. */
function sameClause(between: string): boolean {
  return !BARRIER_RE.test(between.replace(DESCRIBING_RE, ' '));
}

/** A noun described by what it does ("the document implementing", "a text formalising"): part of the verb's object. */
const OBJECT_PARTICIPLE_RE =
  /\b(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:implementing|formali[sz]ing|codifying|enacting|setting out|laying out|spelling out)\b/giu;

/** A talks trigger that names the meeting rather than the meeting's act ("meeting", "summit"; not "met"). */
const TALKS_NOUN_RE = /^(?:talks|meetings?|summit|discussions|round)$/i;

/**
 * The nouns a date written before them dates ("the October 9 measures", "China's November 7 decision", "his June 11
 * post"): acts and measures other than a meeting's (a meeting's own noun, "the June 9 talks", is a trigger after it).
 */
const DATED_NOUN_AFTER_RE =
  /^\s*(?:decisions?|measures?|rules?|announcements?|controls?|package|deadline|statement|move|curbs?|suspension|order|notice|letter|post|call|pause|truce|cut|hike|list|restrictions?|regime|expansion|escalation|crackdown|ban|tariffs?|fact sheet|readout|directive|decree)\b/i;

/** Of those, a measure's noun ("the 9 October measures"): a meeting named after it is not what the date is of. */
const DATED_MEASURE_AFTER_RE =
  /^\s*(?:decisions?|measures?|rules?|announcements?|controls?|package|curbs?|restrictions?|regime|list|ban|tariffs?|suspension|order|notice|decree|directive)\b/i;

/** How far after a date fronting the sentence its act may be (characters). */
const FRONTED_REACH = 110;

/**
 * Attaches a date to a trigger: the nearest one before it in the same clause (within 90 characters), else the
 * nearest after it within 70 characters when no comma or clause boundary stands between. A date fronting
 * the sentence ("On June 26, X confirmed…") belongs to the verb that follows (within FRONTED_REACH).
 */
function attach(mention: DateMention, triggers: Trigger[], text: string): Trigger | null {
  let before: Trigger | null = null;
  let after: Trigger | null = null;
  // (Fronting: a few words at most before it, "On June 26," or "Late on Friday,"; not "Those rules were due to bite on
  // November 1, which is why the Kuala Lumpur round…". Also a few words after it, when what follows the comma is
  // said: "During a Thursday White House event, Trump said…", not "And the October 9 measures, after the Busan
  // meeting?".)
  const phrase = /^((?:\s+[\p{L}'’.-]+){1,4})\s*,/u.exec(text.slice(mention.end));
  const saidAfter =
    phrase !== null &&
    triggers.find((t) => t.start >= mention.end + (phrase[1] as string).length)?.kind === 'report' &&
    !triggers.some((t) => t.start >= mention.end && t.start < mention.end + (phrase[1] as string).length);
  const fronted =
    mention.start <= 40 &&
    (/^\s*,/.test(text.slice(mention.end)) || saidAfter) &&
    !triggers.some((t) => t.end <= mention.start) &&
    text.slice(0, mention.start).trim().split(/\s+/).length <= 4;
  for (const t of triggers) {
    if (t.end <= mention.start && mention.start - t.end <= 90 && sameClause(text.slice(t.end, mention.start))) before = t;
    // (A fronted date reaches further, to the sentence's first act: "On July 2, the Bureau of Industry and Security
    // (BIS) made a significant decision to lift…".)
    if (t.start >= mention.end && t.start - mention.end <= (fronted ? FRONTED_REACH : 70) && !after) {
      const between = text.slice(mention.end, t.start);
      if (fronted ? !/[;]/.test(between) : sameClause(between) && !/,/.test(between)) after = t;
    }
  }
  if (after && fronted) return after;
  // A date written before the noun it dates ("China's November 7 decision to suspend the October 9 measures", "its
  // June 27 statement") is that noun's, not an act's before it: "The Busan summit on October 30 and China's November
  // 7 decision…" gives Busan no 7 November.
  // (Nor a meeting's after it: "while the 9 October measures and the Kuala Lumpur talks were digested" gives Kuala
  // Lumpur no 9 October.)
  if (DATED_NOUN_AFTER_RE.test(text.slice(mention.end))) {
    before = null;
    if (!fronted && DATED_MEASURE_AFTER_RE.test(text.slice(mention.end))) after = null;
  }
  // "signed an agreement on June 25": the date of the agreement is the date of the signing; "confirmed the details
  // of the London framework on Saturday, June 28": of the confirming.
  // (A verb's: not a meeting's noun, "The Busan meeting built on a framework from June", which is no date of Busan.)
  const noun = before;
  if (noun?.kind === 'agreement') {
    const verb = [...triggers]
      .reverse()
      .find(
        (t) =>
          t.end <= noun.start &&
          noun.start - t.end <= 40 &&
          t.kind !== 'report' &&
          t.kind !== 'agreement' &&
          !(t.kind === 'talks' && TALKS_NOUN_RE.test(t.text)),
      );
    // (What is signed may be named by what it does, "signed the document implementing the London framework on
    // Tuesday, June 24": a participle that describes the object opens no clause.)
    if (verb && sameClause(text.slice(verb.end, noun.start).replace(OBJECT_PARTICIPLE_RE, ' '))) before = verb;
  }
  if (before && after) {
    const db = mention.start - before.end;
    const da = after.start - mention.end;
    // Prefer the preceding trigger unless the following one is much closer.
    return da + 25 < db ? after : before;
  }
  return before ?? after;
}

const SPEECH_RELATIVE = new Set(['offsetDays', 'weekday', 'relativeMonth', 'relativeYear']);

interface DatedMention {
  mention: DateMention;
  trigger: Trigger | null;
  value: DateValue | null;
  /** Human note on the reference used: "said on 26 June 2025". */
  reference: string | null;
}

interface ReportDate {
  speaker: string | null;
  date: Ymd;
  sentenceIndex: number;
}

function ymdDisplay(d: Ymd): string {
  return displayOf({ ...d, precision: 'day' });
}

/** Resolves one sentence's dates: report dates first, then relative dates against them. */
function resolveSentence(
  text: string,
  mentions: DateMention[],
  triggers: Trigger[],
  published: Ymd | null,
  recentReports: ReportDate[],
  speakerOf: (at: number) => string | null,
  /** The last day the previous sentences dated, for "the same day" and "hours later". */
  previousDay: Ymd | null,
): DatedMention[] {
  const quotes = quotedSpans(text);
  const inQuote = (at: number) => quotes.some((q) => at >= q.start && at < q.end);
  const out: DatedMention[] = mentions.map((mention) => ({
    mention,
    trigger: attach(mention, triggers, text),
    value: null,
    reference: null,
  }));
  // Pass 1: absolute dates and dates of reports ("said on Thursday"), against the publication date. A day written
  // without its year after one written with it may take its year from that one, as a reader does: in a March 2026
  // table row "| Jun 25, 2025 | Signing (… said June 26) |", June 26 is of 2025, not the June ahead of the page.
  for (const [i, d] of out.entries()) {
    const expr = d.mention.expr;
    const yearGiven =
      !d.mention.relative && expr.kind === 'absolute' && expr.year == null && expr.day != null
        ? out
            .slice(0, i)
            .reverse()
            .find((e) => e.mention.expr.kind === 'absolute' && e.mention.expr.year != null && e.value?.precision === 'day')
        : undefined;
    // (Only where the page's own date would put the day after the page, and the year given does not: "…until November
    // 10, 2026, agreed after the Busan meeting on October 30" in a November 2025 page is last October.)
    const own = d.mention.relative ? null : resolveDate(expr, published);
    const borrowed = yearGiven && afterPage(own, published) ? resolveDate(expr, toYmd(yearGiven.value)) : null;
    if (borrowed && !afterPage(borrowed, published)) d.value = borrowed;
    else if (!d.mention.relative) d.value = own;
    else if (d.trigger?.kind === 'report' && !d.mention.anchored) d.value = resolveDate(d.mention.expr, published);
  }
  // Pass 2: relative dates. Anchored ones ("two days prior") count from the last date before them in the
  // sentence; speech-relative ones ("yesterday") from the date of the report they belong to.
  for (const [i, d] of out.entries()) {
    if (d.value || !d.mention.relative) continue;
    const earlier = out.slice(0, i).filter((e) => e.value && e.value.precision === 'day');
    // A report is made by the page's own day: a later day the sentence names is what the report is about ("said
    // … from November 1 … later this month" counts from the page's day, not from November 1).
    const reported = (e: DatedMention) => e.trigger?.kind === 'report' && !afterPage(e.value, published);
    // The report a quote belongs to may be dated after it: '"We just signed yesterday," Trump said on Thursday.'
    const reportDate =
      [...earlier].reverse().find(reported) ??
      (inQuote(d.mention.start) && !d.mention.anchored
        ? out.slice(i + 1).find((e) => e.value?.precision === 'day' && reported(e) && !inQuote(e.mention.start))
        : undefined);
    let ref: Ymd | null = null;
    let note: string | null = null;
    if (d.mention.forward) {
      const after = out
        .filter((e) => e.mention.start >= d.mention.end && e.value?.precision === 'day' && !e.mention.relative)
        .sort((a, b) => a.mention.start - b.mention.start)[0];
      ref = after ? toYmd(after.value) : null;
      if (ref) note = `counted from ${ymdDisplay(ref)}`;
    } else if (d.mention.prepositional && earlier.some((e) => e.mention.start < d.mention.start)) {
      // "said on Friday…, a day after the two countries confirmed": Friday is the saying, a day after the confirming.
      continue;
    } else if (d.mention.anchored) {
      const anchor = reportDate ?? earlier[earlier.length - 1];
      ref = anchor ? toYmd(anchor.value) : previousDay;
      if (ref) note = anchor ? `counted from ${ymdDisplay(ref)}` : `the day of ${ymdDisplay(ref)}`;
    } else if (SPEECH_RELATIVE.has(d.mention.expr.kind)) {
      if (reportDate) {
        ref = toYmd(reportDate.value);
        if (ref) note = `said on ${ymdDisplay(ref)}`;
      } else if (inQuote(d.mention.start) || triggers.some((t) => t.kind === 'report')) {
        // A quote whose speaker was dated in a recent sentence ("Trump said on Thursday… 'We signed yesterday,' he said").
        const speaker = speakerOf(d.mention.start);
        const match = [...recentReports].reverse().find((r) => speaker && r.speaker && samePerson(r.speaker, speaker));
        if (match) {
          ref = match.date;
          note = `said on ${ymdDisplay(ref)}`;
        }
      }
      if (!ref && published) {
        ref = published;
        note = `article dated ${ymdDisplay(published)}`;
      }
    } else if (published) {
      ref = published;
      note = `article dated ${ymdDisplay(published)}`;
    }
    d.value = ref ? resolveDate(d.mention.expr, ref) : null;
    d.reference = d.value ? note : null;
  }
  return out;
}

/** A day after the page's own (a page undated, or a value without its year, is never after it). */
function afterPage(value: DateValue | null, published: Ymd | null): boolean {
  const v = toYmd(value);
  if (!v || !published) return false;
  return v.year * 10000 + v.month * 100 + v.day > published.year * 10000 + published.month * 100 + published.day;
}

function displayClaim(d: DatedMention): string {
  const v = d.value as DateValue;
  const base = v.year == null ? `${displayOf(v)} (year not given)` : displayOf(v);
  if (!d.mention.relative) return base;
  return `${base} (“${d.mention.text}”${d.reference ? `, ${d.reference}` : ''})`;
}

const PAST_RE = /\b(?:held|met|was|were|had|took place|convened|concluded|ended|signed|reached)\b/i;

const FUTURE_RE = /\b(?:will|would|shall|due|expected|likely|scheduled|planned|set to|expires?|upcoming|next)\b/i;

/** Words that schedule an event: "due to take place", "scheduled for", "expected to meet", "set to", "will meet". */
const SCHEDULED_RE = /\b(?:due to|scheduled|expected to|set to|slated|planned|will (?:meet|hold|take place|be held)|are to meet)\b/i;

/**
 * A day more than a week after the page's own, in a sentence that schedules it: weeks ahead, a plan may change (a
 * plan for the next few days, "due to meet in Stockholm on Monday, July 28", is mostly what happened).
 */
function scheduledAfter(value: DateValue, published: Ymd | null, text: string): boolean {
  if (!published || value.year == null || value.precision !== 'day' || !SCHEDULED_RE.test(text)) return false;
  const ahead =
    (Date.UTC(value.year, (value.month ?? 1) - 1, value.day ?? 1) - Date.UTC(published.year, published.month - 1, published.day)) /
    86_400_000;
  return ahead > PLAN_HORIZON_DAYS;
}

/** How many days ahead a scheduled day is a plan rather than what the page expects to happen. */
const PLAN_HORIZON_DAYS = 7;

/** A date after the article's own date, described in the past tense, contradicts the article. */
function inconsistencyOf(value: DateValue, published: Ymd | null, clause: string, article: Article): string | null {
  if (!published || value.year == null || !value.yearImplied || !PAST_RE.test(clause) || FUTURE_RE.test(clause)) return null;
  const v = value.year * 10000 + (value.month ?? 0) * 100 + (value.day ?? 1);
  const p = published.year * 10000 + published.month * 100 + published.day;
  if (v <= p) return null;
  return `${article.meta.outlet ?? article.id} is dated ${ymdDisplay(published)} but describes ${displayOf(value)} as already past`;
}

/** Places less the country of a town named with it ("met in Marlport, Portugal": Marlport). */
function townsOnly(near: string[], text: string): string[] {
  // ("Busan, South Korea": the country may be read without its first word.)
  return near.filter(
    (p) => !near.some((q) => q !== p && new RegExp(`${escapeRegExp(q)},\\s+(?:[A-Z][a-z]+\\s+)?${escapeRegExp(p)}\\b`).test(text)),
  );
}

/** Places named near a trigger in the same clause, cities and countries first, then the nearest. */
/** The end of a participle saying where the event before it was held: ", held on November 30 in ". */
const HELD_THERE_RE = /,\s*(?:which|that)?\s*(?:was\s+|were\s+)?(?:held|hosted|convened)\b[^,;.]{0,40}?\b(?:in|at)\s+(?:the\s+)?$/i;

function placesNear(places: Mention[], t: Trigger, text: string, triggers: readonly Trigger[] = []): string[] {
  const distTo = (p: Mention, x: Trigger) => (p.start < x.start ? x.start - p.end : p.start - x.end);
  const dist = (p: Mention) => distTo(p, t);
  // A place that names another event of the sentence is that event's ("the Kuala Lumpur round on October 25-26 and
  // the 100-minute Busan meeting": Busan is the meeting's, not the round's; "signed on June 25, and on staff-level
  // talks in Kuala Lumpur": Kuala Lumpur is the talks', not the signing's). (Not one that event is only near, "met …
  // at Gimhae Air Base in Busan, their first face-to-face meeting since 2019".)
  const names = (p: Mention, x: Trigger) =>
    p.end <= x.start
      ? /^\s+(?:[\w'’-]+\s+){0,2}$/.test(text.slice(p.end, x.start))
      : /^\s+(?:in|at)\s+(?:the\s+)?$/.test(text.slice(x.end, p.start));
  // (Not another word of the same event: "First round of talks in Geneva".)
  const joined = (x: Trigger) =>
    x.start < t.end + 5 && x.end > t.start - 5 && /^\s*(?:of\s+)?$/.test(text.slice(Math.min(t.end, x.end), Math.max(t.start, x.start)));
  const others = triggers.filter((x) => x !== t && x.kind !== 'report' && x.kind !== 'agreement' && !joined(x));
  // (Further after the event where a participle says it was held there: "the summit between President Donald Trump and
  // President Xi Jinping, held on November 30 in Busan".)
  const heldThere = (p: Mention) => p.start > t.end && dist(p) <= 140 && HELD_THERE_RE.test(text.slice(t.end, p.start));
  return places
    .filter((p) => (dist(p) <= 70 || heldThere(p)) && sameClause(text.slice(Math.min(p.end, t.end), Math.max(p.start, t.start))))
    .filter((p) => names(p, t) || !others.some((x) => distTo(p, x) < dist(p) && names(p, x)))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || dist(a) - dist(b))
    .map((p) => p.text)
    .filter((name, i, all) => all.indexOf(name) === i);
}

/** Government bodies that act for a party, named without it (`data/lexicon/agencies.txt`): one pattern per party. */
const AGENCIES: { re: RegExp; party: string }[] = (() => {
  const out: { re: RegExp; party: string }[] = [];
  for (const [agency, party] of lexiconPairs('agencies.txt')) {
    // Initials only in capitals ("BIS", not the "bis" of a word); names in any case.
    const initials = /^[A-Z]{2,6}$/.test(agency);
    out.push({ party, re: new RegExp(`\\b${escapeRegExp(agency).replace(/ /g, '\\s+')}\\b`, initials ? 'g' : 'gi') });
  }
  return out;
})();

/** The parties acting in a text: their names ("Beijing", "U.S.") and the agencies that act for them ("BIS"). */
function actorsIn(text: string): { start: number; end: number; party: string }[] {
  const out: { start: number; end: number; party: string }[] = findParties(text);
  for (const { re, party } of AGENCIES)
    for (const m of text.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, party });
  return out.sort((a, b) => a.start - b.start);
}

/** The party of a passive's agent right after the verb: "the restrictions announced by Beijing in April". */
function actorAfterBy(text: string, at: number): string | null {
  const m = /^\s+by\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})/.exec(text.slice(at, at + 60));
  return m ? (actorsIn(m[1] as string)[0]?.party ?? null) : null;
}

/**
 * The party acting on a verb: the subject named just before it ("the U.S. is expected to ease", "Washington
 * would lift", "BIS lifted"), with no comma or conjunction between. Two parties joined by "and" act together: no
 * single actor.
 */
function actorBefore(text: string, at: number): string | null {
  const from = Math.max(0, at - 60);
  const parties = actorsIn(text.slice(from, at));
  const last = parties[parties.length - 1];
  if (!last) return null;
  const between = text.slice(from + last.end, at);
  // (The party's own ministry acts for it: "the Chinese Ministry of Commerce said", "China's Ministry of Commerce".)
  const ownBody =
    /^\s*(?:Ministry|Department|Bureau|Office|Administration|Commission)\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}\s*$/.test(
      between,
    );
  if (!ownBody && (/[,;:]|\b(?:and|with|on|of|from|against|between|by)\b/i.test(between) || between.trim().split(/\s+/).length > 7))
    return null;
  const before = text.slice(Math.max(0, from + last.start - 20), from + last.start);
  // ("China and the US lifted…" is both; ", and the United States lifted its restrictions" starts a clause of its own.)
  if (/\band\s+(?:the\s+)?$/i.test(before) && !/,\s*and\s+(?:the\s+)?$/i.test(before)) return null;
  return last.party;
}

// ---- numbers ----

const NUMBER_RE = /\b(\d{1,3}(?:\.\d+)?)\s*(%|percent|per cent|-day|-days|\s+days?)(?!\w)/gi;
const COUNT_WORDS = NUMBER_WORD_VALUES;
/** "seven (medium and heavy) rare earth elements": a count, up to five modifiers, a plural noun. */
const COUNT_RE =
  /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a dozen)\s+((?:[a-z][a-z-]*\s+){0,5}?)([a-z]{3,}s)\b/g;
/** Plural nouns that measure time, money or amounts rather than count things. */
const NOT_COUNTED_RE =
  /^(?:days|weeks|months|quarters|years|hours|minutes|times|percent|points|dollars|yuan|tons|tonnes|kilograms|miles|others|ones|sides|parties|countries|nations|rounds|governments|leaders|presidents|superpowers|economies)$/;
/** A sentence that sets a part against the whole it counts ("all 17 …, not only the seven …"). */
const WHOLE_AGAINST_PART_RE =
  /\b(?:not only|not just|rather than|only|just)\s+(?:the\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
/** The sentence restricts, controls or licenses what it counts. */
const COUNTED_CONTEXT_RE =
  /\b(?:restrict\w*|control\w*|licen[cs]\w*|permit\w*|ban\w*|curb\w*|export\w*|list\w*|sanction\w*|blacklist\w*|regime|shipp\w*|shipments?)\b/i;

/**
 * Counts of restricted or licensed things ("placed seven rare earth elements under licensing" vs "restricted
 * six rare earth elements"): the same things counted differently by two sources is a disagreement.
 */
/** A sentence that tells how a counted list grew: "added five", "on top of the seven", "bringing it to 12", "12 in total". */
const GROWTH_RE =
  /\b(?:are|is)\s+now\s+(?:controlled|restricted|covered|listed)\b|\b(?:add|adds|added|adding)\s+(?:\w+\s+){0,2}?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|more|new|another)\b|\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?added\b|\bon top of\b|\bbringing\s+(?:[\w-]+\s+){0,2}?to\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b|\b(?:for|to)\s+a\s+total\s+of\b|\b(?:for|to) (?:a total of )?\d{1,3} in total\b|\bin addition to the\b/i;

/** The total a list grew to: "bringing restrictions to 12 of 17", "for a total of 13", "now controls 12", "12 in total". */
// (And a share of the whole now under the rule: "With the April seven, 12 of the 17 rare earth elements are now controlled".)
const GROWN_TOTAL_RE =
  /\b(\d{1,3}|[a-z]+)\s+(?:out\s+)?of\s+(?:the\s+)?\d{1,3}\s+(?:[\w-]+\s+){0,3}?(?:are|is)\s+now\s+(?:controlled|restricted|covered|listed)\b|\b(?:bringing\s+(?:[\w-]+\s+){0,2}?to|(?:for|to)\s+a\s+total\s+of|now\s+(?:controls?|restricts?|covers?|lists?))\s+(\d{1,3}|[a-z]+)\b|\b(\d{1,3}|[a-z]+)\s+in\s+total\b/i;

/**
 * The total of a list that grew, as a count of its own kind (unit "total"): compared only with other such totals ("for
 * a total of 13" / "bringing restrictions to 12 of 17"), never with a count of the list before it grew ("seven rare
 * earths" in April).
 */
function growthTotal(text: string, make: MakeClaim, speaker: (at: number) => string | null): void {
  const m = GROWN_TOTAL_RE.exec(text);
  const word = ((m?.[1] ?? m?.[2] ?? m?.[3]) as string | undefined)?.toLowerCase();
  const value = word === undefined ? undefined : /^\d/.test(word) ? Number(word) : COUNT_WORDS[word];
  if (!m || !value || value < 2 || value > 500) return;
  // What is counted: the noun of the sentence's counts ("adding five elements", "12 of 17 rare-earth elements").
  const counted = [...text.matchAll(COUNT_RE)].map((c) => (c[3] as string).toLowerCase()).find((h) => !NOT_COUNTED_RE.test(h));
  if (!counted) return;
  make({
    event: 'count',
    attribute: 'number',
    qualifier: counted,
    value: String(value),
    display: `${value} ${counted} in all`,
    number: value,
    unit: 'total',
    asWritten: m[0].trim(),
    speaker: speaker(m.index),
  });
}

/** What a number right after it names rather than counts: "No. 62", "Nos. 55", "#3", "Section 301", "Announcement 70". */
const NUMBERED_NAME_RE =
  /(?:\b(?:No|Nos|Number|Numbers)\.?|#|\b(?:Announcement|Notice|Section|Article|Order|Decree|Rule|Regulation|Case|Docket|Form|Chapter|Part|Item|Annex|Appendix|Schedule|Clause|Paragraph)s?)\s*$/i;

function countClaims(s: Sentence, make: MakeClaim, speaker: (at: number) => string | null): void {
  const text = s.text;
  if (!COUNTED_CONTEXT_RE.test(text)) return;
  // A sentence that tells how the list grew ("Add five elements to the control list…, on top of the seven covered
  // since April, for 12 in total") gives its total only: the increment and the count before it are of other times.
  if (GROWTH_RE.test(text)) {
    growthTotal(text, make, speaker);
    return;
  }
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
    const head = (m[3] as string).toLowerCase();
    // A day of a month ("June 27 that export applications…") is not a count; nor is a count across a clause.
    if (
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$/.test(
        text.slice(0, m.index),
      )
    )
      continue;
    if (
      /\b(?:that|which|who|would|will|to|for|in|on|at|by|with|from|than|were|are|is|was|be|been|have|had)\b/i.test(
        (m[2] as string).replace(/\S+-\S+/g, ''),
      )
    )
      continue;
    if (NOT_COUNTED_RE.test(head) || STOPWORD_PLURALS.has(head)) continue;
    // "samarium and six other rare earths", "three more metals": a part of the count, not the count.
    if (/^(?:other|more|additional|further|remaining)\b/i.test(m[2] as string)) continue;
    // "the group of 17 minerals": the whole class, which nothing restricts by number; so is "all 17 rare earth
    // elements" set against a part in the same sentence ("…, not only the seven on which Beijing imposed controls"),
    // though "placed all 17 rare earth elements under licence" counts what is restricted.
    const before = text.slice(0, m.index);
    if (/\b(?:group|family|set) of(?: the)?\s+$/i.test(before)) continue;
    // A number that names a document ("Announcement No. 62 puts…", "Section 301 tariffs", "Order 14257 takes…") counts
    // nothing.
    if (NUMBERED_NAME_RE.test(before)) continue;
    // "…exported 62,585 metric tons of these 17 elements": a class named before, not a count of what is restricted.
    if (/\b(?:these|those)\s+$/i.test(before)) continue;
    if (/\ball(?: of)?(?: the)?\s+$/i.test(before) && WHOLE_AGAINST_PART_RE.test(text)) continue;
    // "seven of 17 rare earth elements", "seven out of the 17": 17 is the whole the counted things are taken
    // from; the count is seven.
    const part = /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of(?:\s+the)?\s+$/i.exec(
      text.slice(0, m.index),
    );
    const word = ((part?.[1] ?? m[1]) as string).toLowerCase().replace(/^a /, '');
    const value = /^\d/.test(word) ? Number(word) : COUNT_WORDS[word];
    if (!value || value < 2 || value > 500) continue;
    // Years and dates are not counts ("2025 rare earth rules").
    if (value > 31 && /^\d{4}$/.test(word)) continue;
    const modifiers = (m[2] as string)
      .trim()
      .split(/\s+/)
      .filter((w) => w && !/^(?:and|or|of|the|key|main|new|more|other)$/.test(w));
    const qualifier = [...modifiers.slice(-1), head].join(' ');
    make({
      event: 'count',
      attribute: 'number',
      qualifier,
      value: String(value),
      display: `${value} ${qualifier}`,
      number: value,
      unit: 'count',
      asWritten: part ? `${part[0]}${m[0]}`.trim() : m[0].trim(),
      speaker: speaker(m.index),
    });
  }
}

// ---- quantities: tonnes, barrels a day, hours, weeks, months ----

/** The scale words a figure may carry between its number and its unit ("12 million metric tons"). */
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9 };
/** A figure as a reader writes it: "12 million" for 12,000,000 (a round million or billion), else with commas. */
function scaled(value: number): string {
  for (const [word, n] of [
    ['billion', 1e9],
    ['million', 1e6],
  ] as const)
    if (value >= n && Number.isInteger((value / n) * 10)) return `${value / n} ${word}`;
  return value.toLocaleString('en-US');
}
// (A figure is read whole: "7,742.2 metric tons" is no "742.2" after its comma, "13:01 hours" no "01 hours".)
const QUANTITY_RE =
  /(?<![\d,.:])\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(\+)?(?:\s+(million|billion|thousand|mln|bn))?(?:\s+|-|(?=t\b))(metric tons|tonnes|tons|mt|t(?![\w'’-])|barrels (?:a|per) day|barrels|b\/d|bpd|hours|hour|months|month)\b/gi;
/**
 * Lengths in days and weeks ("idled the plant for three days", "for a week", "a two-week shutdown"), read as a
 * number of days so that "a week" and "seven days" are one value and "three days" another. "A week" alone is a
 * length only after a word that takes one ("for", "about", "lasted"), never a time ("a week later", "last week").
 */
const DAYS_RE =
  /\b(?<!-)(?:(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)|(?<=\b(?:for|about|around|nearly|almost|roughly|over|than|lasted|lasting|entire|whole|full|just)\s+)(an?))[- ](?:(?:working|business|calendar)[- ])?(days?|weeks?)(?![\w-]*\s+(?:later|after|before|ago|earlier|prior|from now|into)\b)(?:[- ]long)?\b/gi;
/** "working " or "calendar " for a length counted in working (business) or calendar days, else "". */
function dayKind(text: string): string {
  const kind = /\b(working|business|calendar)\b/i.exec(text)?.[1]?.toLowerCase();
  return kind ? `${kind === 'business' ? 'working' : kind} ` : '';
}
/** What comes before a number of days that makes it a time, not a length ("within 30 days", "every two weeks"). */
const NOT_LENGTH_BEFORE_RE = /\b(?:within|after|every|per|each|next|last|by|until)\s*$/i;
/** Words that say a pause's end was moved: "now runs until", "extended to", "pushed back to", "the new deadline". */
const MOVED_END_RE =
  /\b(?:now|extend(?:s|ed|ing)?|extension|pushed (?:back|out)|moved|postponed|new (?:deadline|end date|expiry(?: date)?))\b/i;
/** A pause, a deadline or a tariff cut measured in days is a pause's length (see numberClaims), not a quantity of its own. */
const PAUSE_CLAUSE_RE =
  /\b(?:pause|truce|suspension|suspend\w*|reprieve|moratorium|extension|extend\w*|deadline|expir\w*|tariffs?|duties)\b/i;
/**
 * Durations the number pattern above misses: minutes ("a 45-minute call", "roughly 90 minutes") and an hour
 * written in words ("a one-and-a-half-hour conversation", "an hour and a half", "an hour-long call", "lasted
 * just over an hour"). "An hour" alone is a duration only after "lasted", "for" or "over"/"about" ("an hour
 * later" is a time).
 */
const DURATION_RE =
  /\b(?:(\d+(?:\.\d+)?|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)[- ]minutes?|((?:an?|one)[- ]and[- ]a[- ]half[- ]hours?|(?:an?|one)[- ]hour[- ]and[- ]a[- ]half|hour[- ]and[- ]a[- ]half)|((?:an?\s+|one[- ])hour[- ]long|(?<=\b(?:lasted|lasting|for|over|about|nearly|almost|roughly|around)\s+(?:just\s+|a little\s+|slightly\s+)?)an\s+hour))\b/gi;
/** Hours and minutes together ("one hour and 40 minutes", "two hours, 15 minutes", "1h40"). */
const HOURS_MINUTES_RE =
  /\b(?:(\d{1,2})h(\d{2})|(an?|one|two|three|four|five|six|\d{1,2})[- ]hours?,?\s+(?:and\s+)?(\d{1,2}|five|ten|fifteen|twenty|thirty|forty|forty-five|fifty)[- ]minutes?)\b/gi;
/** The events a duration can be of (a call, a meeting or a negotiation), by the words of its clause. */
const DURATION_EVENTS: { kind: string; re: RegExp }[] = [
  { kind: 'call', re: /\b(?:call|conversation|phoned|spoke by (?:tele)?phone)\b/i },
  { kind: 'talks', re: /\b(?:talks|negotiat\w*|meetings?|met|summit|discussions|across the table|round)\b/i },
];
/** Tens in words, beyond the count words, for durations ("forty minutes", "ninety minutes"). */
const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** A duration's number as written ("40", "forty", "forty-five", "an"); 0 when it is none. */
const durationNumber = (word: string): number => {
  if (/^\d/.test(word)) return Number(word);
  if (/^an?$/.test(word)) return 1;
  const [tens = '', unit] = word.split('-');
  if (unit !== undefined) return TENS_WORDS[tens] && COUNT_WORDS[unit] ? (TENS_WORDS[tens] as number) + (COUNT_WORDS[unit] as number) : 0;
  return TENS_WORDS[word] ?? COUNT_WORDS[word] ?? 0;
};
/** "soared more than sevenfold", "up by more than six times": a multiple of a rise. */
const MULTIPLE_RE =
  /\b(?:(?:surg|soar|jump|ris|rose|grow|grew|increas|climb|swell|balloon|rebound|leap|rocket|spik)\w*|up)\s+(?:by\s+)?(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|roughly\s+)?(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:-fold|fold|\s+times)\b/gi;
/**
 * A number of jobs: "850 new jobs", "1,200 jobs", "employ 620 people", "a workforce of 230 workers" (not "jobs
 * report" figures, nor a count of people with no word for employing them: "620 people attended").
 */
const JOBS_RE =
  /\b(\d{1,3}(?:,\d{3})+|\d{2,6})\s+(?:new\s+|permanent\s+|full-time\s+|direct\s+|manufacturing\s+|high-paying\s+|well-paying\s+|construction\s+)?jobs\b(?!\s+(?:report|data|numbers?|figures?)\b)|\b(?:employ(?:s|ed|ing)?|hire|hiring|workforce of|staff of)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|up to\s+|more than\s+)?(\d{1,3}(?:,\d{3})+|\d{2,6})\s+(?:people|workers|staff|employees)\b/gi;
const QUANTITY_UNITS: [RegExp, string][] = [
  // "6,015 t", "500 mt": tonnes in trade tables' shorthand.
  [/ton|^m?t$/i, 'tonnes'],
  [/barrels (?:a|per) day|b\/d|bpd/i, 'barrels a day'],
  [/barrel/i, 'barrels'],
  [/hour/i, 'hours'],
  [/month/i, 'months'],
];
/** A figure called a total of every destination ("globally", "across all destinations", "in all"). */
export const ALL_DESTINATIONS_RE = /\b(?:globally|worldwide|overall|total|in all|all destinations)\b/i;

/**
 * Where a figure goes: "exports to the US" (the party after "to" that follows an export word), or everywhere ("China exported 3,188
 * tonnes", "total exports"). Figures for one destination and for all of them measure different things.
 */
export function exportScope(sentence: string): string | null {
  // The first party named after "to"/"for" that follows an export word (the parties are the entity lexicon's).
  for (const m of sentence.matchAll(
    /\b(?:[Ee]xport\w*|[Ss]hipment\w*|[Ss]hipp\w*|[Ss]ales|[Ss]old|[Dd]eliver\w*|[Ii]mports?)\b[^.;]{0,40}?\b(?:to|for|bound for|destined for)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})/g,
  )) {
    // (Any country: "exports to Germany" are Germany's, never the total's.)
    const party = findParties(m[1] as string)[0]?.party ?? countryOf((m[1] as string).split(/\s+/).slice(0, 2).join(' '));
    if (party) return party;
  }
  // A party called the figure's destination ("Germany remained the No.1 destination with 1,116 tons", "India, the
  // second-largest buyer").
  const named =
    /\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?:,[^,.;]{0,40},)?\s+(?:(?:was|is|remained|remains|became|stayed|as|the)\s+){0,2}(?:(?:the|its|their|a)\s+)?(?:[\w.-]+\s+){0,2}(?:destination|buyer|importer|market|customer)\b/.exec(
      sentence,
    );
  const destination = named ? countryOf(named[1] as string) : null;
  if (destination) return destination;
  // A country said to have received or imported it ("India received about 200 tonnes of Chinese magnets in June").
  const receiver = /\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:received|imported|took in|bought)\b/.exec(sentence);
  const received = receiver ? (findParties(receiver[1] as string)[0]?.party ?? countryOf(receiver[1] as string)) : null;
  if (received) return received;
  // A party a figure is said to be bound for ("The India-bound volume was 172 tonnes", "US-bound shipments"), or a
  // country the line is labelled with ("**India:** only one monthly figure — 172 t in June").
  // (A label by the country's own name in title case, on a line that exports nothing: not a dateline, "BEIJING:",
  // nor the exporter's own line, "**China:** exported 5,000 t".)
  const bound =
    /\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-bound\b/.exec(sentence) ??
    (/\b(?:exports?|exported|shipped|shipments?)\b/i.test(sentence)
      ? null
      : /^[*_\s]*(\p{Lu}\p{Ll}[\p{L}.]*(?:\s+\p{Lu}\p{Ll}[\p{L}.]*)?)[*_]*\s*:/u.exec(sentence));
  const boundFor = bound ? (findParties(bound[1] as string)[0]?.party ?? countryOf(bound[1] as string)) : null;
  if (boundFor) return boundFor;
  // Called a total ("globally", "in all"), or a country's exports with no destination ("China exported 3,881
  // tonnes"): every destination. Otherwise ("shipments had reached 257,000") the destination may be said elsewhere.
  if (ALL_DESTINATIONS_RE.test(sentence)) return '';
  // (A capitalised word between the country and its exports is a month or a name: "China Sept magnet exports".)
  const exporter =
    /\b(?:[A-Z][\w.]*)(?:['’]s)?\s+(?:(?:[A-Za-z-]+\s+){0,3})?(?:exports|exported|shipped|shipments)\b|\bexports? from\s+[A-Z]/.exec(
      sentence,
    );
  return exporter && findParties(exporter[0]).length > 0 ? '' : null;
}

/** "Sept", "Aug.", "Jan": a month's abbreviation (capitalised) written out, for telling a figure's month. */
function fullMonths(text: string): string {
  return text.replace(/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g, (m) => MONTH_NAMES[(monthIndex(m) ?? 0) - 1] ?? m);
}

/** The United States however written ("US", "U.S.", "United States", "America") as one word, "usa". */
function partiesAsOne(text: string): string {
  // (Not "North America" or "Latin America": regions, not the United States.)
  return text.replace(
    /\b(?:U\.S\.(?:A\.)?|USA|US|United States(?: of America)?|(?<!(?:North|South|Latin|Central)\s)America)(?![\w.])/g,
    ' usa ',
  );
}

/** A comma and a word that starts a contrasting clause: a figure's clause ends there ("…to 590 tons, even as total shipments rose…"). */
const CONTRAST = /,\s(?:while|whereas|but|even as|even though|although|though)\s/;
/** The last contrast before a figure, and a semicolon or contrast after it (compiled once). */
const LAST_CONTRAST_RE = new RegExp(`${CONTRAST.source}(?!.*${CONTRAST.source})`);
const NEXT_BREAK_RE = new RegExp(`;|${CONTRAST.source}`);

/** A figure with its unit and month ("1,238 tonnes in May", "the 1,238 tons recorded in May"): that month is that figure's. */
const OTHER_FIGURE_MONTH_RE =
  /\b\d[\d,.]*\s*(?:metric tons|tonnes|tons|mt|t|barrels|hours|days|weeks|months)\s+(?:(?:recorded|reported|shipped|exported|imported|registered|seen|logged)\s+)?(?:in|during|for)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/gi;

/** A rise told by its verb: doubled, tripled, quadrupled. */
const MULTIPLIED: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, quintupled: 5 };
const MULTIPLIED_RE = /\b(doubled|tripled|trebled|quadrupled|quintupled)\b/gi;
/** A level as a multiple of the usual one ("60 times the usual level", "40 times its usual price"). */
const TIMES_USUAL_RE =
  /\b(\d+(?:\.\d+)?)\s+times\s+(?:the|its|their|what)\s+(?:usual|normal|typical|previous|pre-crisis|pre-control|regular|going|average|earlier)\b/gi;
/**
 * The one period a sentence gives its figures, for a clause that names none ("In the first two months of 2026, total
 * exports rose … to 10,763 tons, while shipments to the U.S. fell 22.5% to 994 tons": the 994 are of the two months
 * too); '' when it gives none or several.
 */
function sentencePeriod(text: string): string {
  const periods = [...text.matchAll(PERIODS_RE)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' '));
  return new Set(periods).size === 1 ? (periods[0] as string) : '';
}
/** A period rather than a month: "the first half", "the first seven months", "year to date". */
const PERIOD_RE =
  /\b(?:first|past|last)\s+(half|quarter|(?:two|three|\d)\s+quarters|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+months)\b|\byear[- ]to[- ]date\b|\bso far this year\b/i;
const PERIODS_RE = new RegExp(PERIOD_RE.source, 'gi');

/** Units of a flow or a stock (a month's exports, a quota), not of a length of time or a share. */
const FLOW_UNIT_RE = /^(?:tonnes|barrels a day|barrels)$/;

/** Shares written as fractions, in percent (not a period: "the first half", "a half-year report"). */
const FRACTIONS: Record<string, number> = {
  half: 50,
  third: 33,
  quarter: 25,
  fifth: 20,
  tenth: 10,
  'two thirds': 67,
  'two-thirds': 67,
  'three quarters': 75,
  'three-quarters': 75,
};
const FRACTION_RE =
  /\b((?:a|one)[\s-]+(?:third|quarter|fifth|tenth)|(?<!\b(?:first|second|last|past|latter|former|and a|an|one and a)\s+)half|two[\s-]thirds|three[\s-]quarters)\b(?!\s+(?:a|an|the|hour|day|week|month|year|dozen|century)\b|[\s-]+(?:way|time|hearted|measure|life|price|full|empty|year|yearly|month|hour|day|century|decade))/gi;

/** The verbs of a rise or a fall ("rose", "jumped", "fell", "slumped"; "up" and "down" as in "were up 4.8%"). */
export const CHANGE_VERBS =
  'rose|rise|rises|rising|risen|jumped|jumps|jumping|climbed|climbs|increased|increases|gained|gains|surged|surges|soared|grew|grows|up|fell|falls|falling|fallen|dropped|drops|declined|declines|slid|slides|sliding|plunged|plunges|slumped|down|decreased|decreases';
/** A rise or a fall in percent, after its verb ("rose nearly 158%", "were up 4.8%", "fell by 3.4 percent"). */
const PERCENT_CHANGE_RE = new RegExp(
  String.raw`\b(?<verb>${CHANGE_VERBS})\s+(?:by\s+)?(?<bound>about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+|just over\s+|less than\s+)?(?<n>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)`,
  'gi',
);
/** A rise or a fall in percent before its noun ("a 660% jump", "the 3.4 percent decline"). */
const PERCENT_CHANGE_NOUN_RE =
  /\b(?:a|an|the|its|their)\s+(?<bound>nearly\s+|about\s+|roughly\s+|almost\s+|more than\s+)?(?<n>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+(?<noun>rise|jump|increase|gain|surge|climb|growth|fall|drop|decline|plunge|slump|decrease)\b/gi;
const FALL_RE = /^(?:fell|falls?|falling|fallen|dropp?(?:ed|s)?|declin\w*|slid\w*|slides?|plung\w*|slump\w*|down|decreas\w*)$/i;
const YEAR_ON_YEAR_RE =
  /\b(?:year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|from a year (?:earlier|ago|before)|than a year (?:earlier|ago|before)|on (?:a|the) year(?: earlier| ago| before)?\b|(?:from|than|over|compared with) (?:the same (?:month|period|quarter) )?(?:a year (?:earlier|ago)|last year|of last year|in (?:19|20)\d\d))/i;
const MONTH_ON_MONTH_RE =
  /\b(?:month[- ]on[- ]month|month[- ]over[- ]month|m\/m|mom|from (?:the previous|a month earlier|the month before|last month)|(?:from|than|over|compared with)\s+(?:[\d,.]+\s+(?:metric\s+)?(?:tons|tonnes|t)\s+in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)/i;

/** A rate after a figure ("tonnes a year of finished magnets", "of capacity per year", "annually"): its period. */
const RATE_AFTER_RE = /^(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s+(?:(?:a|per|each)\s+(year|month|day|week|annum)\b|(annually|a-year))/i;

/** A superlative right before a span ("the highest level in six months", "lowest in three months"). */
const SUPERLATIVE_BEFORE_RE =
  /\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|most|least)\b[^.;,]{0,30}\b(?:in|for)\s+(?:the\s+(?:past|last)\s+)?$/i;

/** What comes right before a figure that is a change of a level, not the level ("an increase of about", "fell by"). */
const CHANGE_BEFORE_RE =
  /\b(?:(?:increase|rise|jump|gain|surge|drop|decline|fall|decrease|reduction|cut|swing)\s+of|(?:up|down|rose|fell|increased|decreased|dropped|declined|climbed|grew|jumped|slipped)\s+(?:by\s+)?)\s*(?:about|around|roughly|nearly|almost|some|just|more than|over|under|less than)?\s*$/i;

/** Lower-case month names, for telling a figure's month from the words around it. */
const MONTH_WORDS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));
/** Words around a quantity that say nothing about what it measures. */
const QUANTITY_NOISE = new Set(
  `the a an of to in on at for by with from and or but that which who was were is are be been has have had it its
  their this these those than more less about around some nearly almost roughly over under up down per after before
  said says say according would will could also just only still then there here as into out new
  against versus compared
  thousand million billion mln`.split(/\s+/),
);

/** Words that warn against the figures a sentence cites: "do not confuse with", "refer to wider categories". */
const WARNED_FIGURES_RE =
  /\b(?:do not|don't|dont|never)\s+(?:confuse|mix|use|cite|quote)\b|\bnot to be confused\b|\brefers?\s+to\s+(?:a\s+|the\s+)?(?:wider|broader|different|other)\s+(?:categor|series|measure|product)/i;

/**
 * Figures with a unit ("353 tonnes of magnets in June", "licences valid for six months", "25 hours of talks"):
 * the qualifier is the unit and the clause's own words, so that two sources giving different figures for the
 * same thing (same unit, much the same words) can be found without a rule per measure.
 */
/**
 * `writtenIn`: the month the article was written in (1–12), for "last month"; from its date, else from a wire dateline
 * that gives a day but no year ("BEIJING, July 20 (Reuters) -").
 */
function quantityClaims(
  s: Sentence,
  make: MakeClaim,
  speaker: (at: number) => string | null,
  writtenIn: number | null = null,
  previous = '',
): void {
  const text = s.text;
  // A sentence warning against figures gives none of its own ("Do not confuse with: 7,742 t (June, all rare
  // earths)", "headlines quoting 7,742 tonnes for June … refer to wider categories, not magnets alone").
  if (WARNED_FIGURES_RE.test(text)) return;
  const found: { index: number; text: string; word: string; plus: boolean; unit: string }[] = [];
  // A duration in hours and minutes is one figure, not an hour and some minutes.
  const taken: [number, number][] = [];
  for (const m of text.matchAll(HOURS_MINUTES_RE)) {
    const hours = durationNumber((m[1] ?? m[3] ?? '').toLowerCase());
    const minutes = durationNumber((m[2] ?? m[4] ?? '').toLowerCase());
    if (!hours || minutes >= 60) continue;
    taken.push([m.index, m.index + m[0].length]);
    found.push({ index: m.index, text: m[0], word: String(Math.round((hours + minutes / 60) * 100) / 100), plus: false, unit: 'hours' });
  }
  const free = (at: number) => !taken.some(([a, b]) => at >= a && at < b);
  for (const m of text.matchAll(DURATION_RE)) {
    if (!free(m.index)) continue;
    const minutes = m[1] ? durationNumber(m[1].toLowerCase()) : m[2] ? 90 : 60;
    if (!minutes) continue;
    // As a number of hours ("1.5 hours"), so that "90 minutes" and "an hour and a half" are one value.
    found.push({ index: m.index, text: m[0], word: String(Math.round((minutes / 60) * 100) / 100), plus: false, unit: 'hours' });
  }
  for (const m of text.matchAll(QUANTITY_RE)) {
    if (!free(m.index)) continue;
    // "A six-month high", "their highest level in six months", "a three-month run of gains": a record or a streak
    // over a span, not a length of anything.
    if (/^[\s-]*(?:high|low|peak|record|trough|best|worst|run|streak|winning|losing)\b/i.test(text.slice(m.index + m[0].length))) continue;
    if (SUPERLATIVE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    const unit = QUANTITY_UNITS.find(([re]) => re.test(m[4] as string))?.[1] as string;
    // "12 million metric tons": the number at its scale.
    const scale = SCALES[(m[3] ?? '').toLowerCase()];
    const n = /^\d/.test(m[1] as string) ? Number((m[1] as string).replace(/,/g, '')) : (COUNT_WORDS[(m[1] as string).toLowerCase()] ?? 0);
    const word = scale ? String(n * scale) : (m[1] as string);
    found.push({ index: m.index, text: m[0], word, plus: Boolean(m[2]), unit });
  }
  if (!PAUSE_CLAUSE_RE.test(text)) {
    for (const m of text.matchAll(DAYS_RE)) {
      if (!free(m.index) || NOT_LENGTH_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const n = m[1] ? durationNumber(m[1].toLowerCase()) : 1;
      if (!n) continue;
      const days = /^week/i.test(m[3] as string) ? n * 7 : n;
      found.push({ index: m.index, text: m[0], word: String(days), plus: false, unit: 'days' });
    }
  }
  // Jobs a project brings or a plant employs ("expected to create 850 new jobs", "will employ 620 people"): a count of
  // jobs, so two sources giving one project different counts disagree.
  for (const m of text.matchAll(JOBS_RE)) {
    const at = m.index + m[0].search(/\d/);
    if (!free(at)) continue;
    const figure = (m[1] ?? m[2]) as string;
    found.push({ index: at, text: text.slice(at, m.index + m[0].length), word: figure, plus: false, unit: 'jobs' });
  }
  for (const m of text.matchAll(MULTIPLE_RE)) {
    // The figure itself ("sevenfold"), not the verb before it.
    const at = m[0].search(new RegExp(`${m[1]}(?:-fold|fold|\\s+times)`, 'i'));
    found.push({ index: m.index + at, text: m[0].slice(at), word: m[1] as string, plus: /more than|over/i.test(m[0]), unit: 'times' });
  }
  // A rise as a verb of multiples ("dysprosium had doubled to about $850", "tripled from the start of April") and a
  // level as a multiple of the usual one ("at 60 times the usual level", "as much as 40 times its usual price").
  for (const m of text.matchAll(MULTIPLIED_RE)) {
    if (!free(m.index) || /\bmore than\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const word = String(MULTIPLIED[(m[1] as string).toLowerCase()] ?? 0);
    found.push({ index: m.index, text: m[0], word, plus: false, unit: 'times' });
  }
  for (const m of text.matchAll(TIMES_USUAL_RE)) {
    if (!free(m.index)) continue;
    found.push({ index: m.index, text: m[0], word: m[1] as string, plus: false, unit: 'times' });
  }
  // Fractions of a whole ("only a quarter of licence requests had been granted", "about a third of applications",
  // "cut output by about a third", "down by half"): a share, in percent, compared like any figure of its words.
  for (const m of text.matchAll(FRACTION_RE)) {
    if (!free(m.index)) continue;
    const value = FRACTIONS[(m[1] as string).toLowerCase().replace(/^(?:a|one)[\s-]+/, '')];
    if (!value) continue;
    found.push({ index: m.index, text: m[0], word: String(value), plus: false, unit: 'percent share' });
  }
  // Changes in percent ("rose nearly 158% in June from May", "a 660% jump", "fell 3.4% year on year"): the size of a
  // rise or a fall, compared only with changes of the same direction over the same base.
  for (const re of [PERCENT_CHANGE_RE, PERCENT_CHANGE_NOUN_RE]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups as { verb?: string; noun?: string; bound?: string; n: string };
      const at = m.index + m[0].search(/\d/);
      if (!free(at)) continue;
      const fall = FALL_RE.test(g.verb ?? g.noun ?? '');
      // (Its own clause: "fell 3.4% from July, and were up 5.7% year on year" has two bases.)
      // (A comma inside a figure, "from 1,238 tons", ends no clause.)
      const rest = text.slice(at, at + 120).split(/;|,(?!\d)|\.\s|\s(?:and|while|whereas|but)\s/)[0] as string;
      const base = YEAR_ON_YEAR_RE.test(rest) ? ' year on year' : MONTH_ON_MONTH_RE.test(rest) ? ' month on month' : '';
      const figure = /^[\d.]+\s*(?:%|percent|per cent)/i.exec(text.slice(at))?.[0] ?? g.n;
      found.push({
        index: at,
        text: figure,
        word: g.n,
        plus: /more than|over/i.test(g.bound ?? ''),
        unit: `percent ${fall ? 'fall' : 'rise'}${base}`,
      });
    }
  }
  for (const f of found) {
    const word = f.word.toLowerCase();
    const value = /^\d/.test(word) ? Number(word.replace(/,/g, '')) : COUNT_WORDS[word];
    if (!value) continue;
    // A time until something, not how long it lasts ("another meeting … was likely in about 90 days", "within two
    // weeks"): no length of anything the sources could disagree on.
    if (f.unit === 'days' && TIME_UNTIL_BEFORE_RE.test(text.slice(Math.max(0, f.index - 24), f.index))) continue;
    // "10,000 tonnes a year", "3,000 barrels per day" (already a unit of its own): a rate, never a month's figure.
    const rate =
      f.unit === 'barrels a day' || f.unit.startsWith('percent')
        ? null
        : RATE_AFTER_RE.exec(text.slice(f.index + f.text.length, f.index + f.text.length + 50));
    const unit = rate ? `${f.unit} a ${(rate[1] ?? 'year').toLowerCase().replace(/^annum$/, 'year')}` : f.unit;
    // The clause around the figure, without other figures' clauses.
    const before = text.slice(0, f.index);
    const from = Math.max(before.lastIndexOf(';'), before.search(LAST_CONTRAST_RE), 0);
    const after = text.slice(f.index + f.text.length).search(NEXT_BREAK_RE);
    const clause = text.slice(from, after < 0 ? text.length : f.index + f.text.length + after);
    const words = (t: string) =>
      (
        partiesAsOne(t)
          .toLowerCase()
          .match(/[a-z][a-z'-]{2,}/g) ?? []
      ).filter(
        (w) =>
          !QUANTITY_NOISE.has(w) &&
          !(w in COUNT_WORDS) &&
          !QUANTITY_UNITS.some(([re]) => re.test(w)) &&
          !/^weeks?$/.test(w) &&
          !(unit === 'days' && /^days?$/.test(w)),
      );
    const context = [...new Set(words(clause))].slice(0, 16);
    // The words right next to the figure ("valid for six months", "25 hours of talks") say most about it.
    const at = f.index - from;
    // (Not the parties: where a figure goes is its scope, compared on its own; "the U.S.-China agreement" is no word of it.)
    const nearWords = (t: string) => words(t).filter((w) => w !== 'usa' && !MONTH_WORDS.has(w));
    const near = [...nearWords(clause.slice(0, at)).slice(-5), ...nearWords(clause.slice(at + f.text.length)).slice(0, 5)];
    // Its month: the one right after it ("353 tonnes in June", "3,188 tons of magnets in June"), else the clause's only one.
    const following =
      /^\s+(?:of\s+(?:[\w'-]+\s+){1,5}?)?(?:in|during|for|last|this)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(
        fullMonths(clause.slice(at + f.text.length)),
      );
    // Months a comparison starts from ("up 660% from May", "compared to November") are the base, not the figure's
    // month; nor is the month of another figure ("3,188 tonnes last month, up from 1,238 tonnes in May": May is the
    // 1,238's).
    const own = `${clause.slice(0, at)} ${clause.slice(at + f.text.length)}`;
    const monthsIn = (t: string) => [
      ...new Set(
        [
          ...fullMonths(t).matchAll(
            /(\b(?:from|since|than|vs\.?|versus|over|compared (?:to|with)|against)\s+(?:the\s+(?:start|beginning|middle|end)\s+of\s+)?)?\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/gi,
          ),
        ]
          .filter((x) => !x[1] && ((x[2] as string).toLowerCase() !== 'may' || /\b(?:in|of|during) may\b|\bmay['’]s\s/i.test(clause)))
          .map((x) => (x[2] as string).toLowerCase()),
      ),
    ];
    const ownMonths = monthsIn(own.replace(OTHER_FIGURE_MONTH_RE, ' '));
    // (A change in percent is of the month its level is given for: "surged to 353 tonnes in June, up 660% from May".)
    const months = ownMonths.length === 0 && unit.startsWith('percent') ? monthsIn(own) : ownMonths;
    // A period rather than a month ("in the first half", "the first seven months") is a measure of its own; "last
    // month" is the month before the article's date.
    const period = PERIOD_RE.exec(clause);
    const relative = /\b(last|this|previous)\s+month\b/i.exec(clause);
    // (Undated, "last month" is still some month: never the same as a figure's that names none.)
    const relativeMonth =
      relative && writtenIn
        ? (MONTH_NAMES[(writtenIn - (relative[1]?.toLowerCase() === 'this' ? 1 : 2) + 12) % 12] as string).toLowerCase()
        : relative
          ? relative[0].toLowerCase().replace(/\s+/g, ' ')
          : '';
    // "Rose 75% from June to 619 tons": a change from one month to the next is the next month's figure.
    const fromMonth =
      /\bfrom\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i.exec(
        fullMonths(clause.slice(0, at)),
      );
    const nextMonth = fromMonth ? (MONTH_NAMES[(monthIndex(fromMonth[1] as string) ?? 0) % 12] as string).toLowerCase() : '';
    // "More than 400 tons in 2024": a year's figure (or a month of it), never a month's of another year.
    const yearAfter = /^\s+(?:of\s+(?:[\w'-]+\s+){1,5}?)?(?:in|during|for)\s+((?:19|20)\d\d)\b/.exec(clause.slice(at + f.text.length));
    // "For all of 2025, 5,933 tons were shipped": the whole year's figure (as "in 2025" after it).
    const wholeYear =
      /\b(?:for|in|over|during|across)\s+(?:all|the whole|the entirety|the full year)\s+of\s+((?:19|20)\d\d)\b|\bfull[- ]year\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+as a whole\b/i.exec(
        clause,
      );
    // "Magnet exports fell to 1,238 tonnes that month": the one month the sentence before names.
    // (Not a day's month, "after Beijing's April 4 controls"; "in May" is a month, as in the clause itself.)
    const thatMonth = /\b(?:that|the same) month\b/i.test(clause)
      ? [
          ...new Set(
            [
              ...fullMonths(previous).matchAll(
                /\b(?:in|during|of|by|until|through)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)/gi,
              ),
            ].map((x) => (x[1] as string).toLowerCase()),
          ),
        ]
      : [];
    // ("3,188 tons last month, more than double the 1,238 tons recorded in May": "last month" right after the figure.)
    const relativeFollowing =
      relative && /^\s+(?:of\s+(?:[\w'-]+\s+){1,5}?)?(?:last|this|previous)\s+month\b/i.test(clause.slice(at + f.text.length));
    const month = following
      ? (following[1] as string).toLowerCase()
      : relativeFollowing
        ? relativeMonth
        : yearAfter
          ? (yearAfter[1] as string)
          : months.length === 1
            ? (months[0] as string)
            : months.length === 0 && wholeYear
              ? ((wholeYear[1] ?? wholeYear[2] ?? wholeYear[3]) as string)
              : period
                ? period[0].toLowerCase().replace(/\s+/g, ' ')
                : nextMonth ||
                  relativeMonth ||
                  (thatMonth.length === 1 ? (thatMonth[0] as string) : '') ||
                  (FLOW_UNIT_RE.test(unit) ? sentencePeriod(text) : '');
    const plus = f.plus ? '+' : '';
    // A fraction of an hour reads in minutes ("45 minutes", "1 hour 40 minutes"); one of a unit is singular.
    const whole = Math.floor(value);
    const display =
      unit === 'days'
        ? f.text
            .trim()
            .toLowerCase()
            .replace(/-long$/, '')
            .replace(/-/g, ' ')
        : unit === 'hours' && !Number.isInteger(value)
          ? `${whole ? `${whole} hour${whole === 1 ? '' : 's'} ` : ''}${Math.round((value - whole) * 60)} minutes`
          : unit === 'percent share' || (unit === 'times' && /^[a-z]/i.test(f.text))
            ? f.text.trim().toLowerCase()
            : unit.startsWith('percent')
              ? `${plus ? 'more than ' : ''}${value}%`
              : `${scaled(value)}${plus} ${value === 1 && !plus ? unit.replace(/s$/, '') : unit}`;
    // What a duration is of, by the event words of its clause ("a 45-minute phone call", "20 hours of
    // negotiations"): two sources' durations of one kind of event measure the same thing in other words.
    // A length in days is of the event named right next to it ("three days of talks", "talks lasted two days"), not of
    // one its clause mentions in passing ("two weeks of speculation … after trade talks").
    const kind =
      unit === 'hours'
        ? (DURATION_EVENTS.find((e) => e.re.test(clause))?.kind ?? '')
        : unit === 'days'
          ? (DURATION_EVENTS.find((e) => e.re.test(near.join(' ')))?.kind ?? '')
          : '';
    // "An increase of about 307 tonnes", "down by 60 tonnes": a change, never comparable with a level.
    // (A multiple is a rise's size already: "soared more than sevenfold".)
    const change = unit !== 'times' && !unit.startsWith('percent') && CHANGE_BEFORE_RE.test(text.slice(Math.max(0, f.index - 40), f.index));
    // A length given as a bound ("more than two hours", "less than two hours") is not the length itself: two
    // sources that bound it from either side give different values, each shown with its bound as written.
    const bound = unit === 'hours' || unit === 'days' ? BOUND_BEFORE_RE.exec(text.slice(Math.max(0, f.index - 24), f.index)) : null;
    const boundSign = bound ? (/^(?:more|at least|upwards)/i.test(bound[1] as string) ? '>' : '<') : '';
    // The figure ending a range ("eight to ten weeks", "1,000-2,000 tonnes") is shown with the range's start: "ten
    // weeks" alone is not what the source wrote.
    const range = RANGE_START_RE.exec(text.slice(Math.max(0, f.index - 24), f.index))?.[1]?.toLowerCase();
    const asWritten = bound ? text.slice(f.index - bound[0].length, f.index + f.text.length).trim() : f.text.trim();
    make({
      event: 'quantity',
      attribute: 'number',
      qualifier: [
        change ? `change in ${unit}` : unit,
        month,
        [...new Set(near)].join(' '),
        context.filter((w) => !MONTH_WORDS.has(w)).join(' '),
        kind,
        // Where the figure goes, read from its own clause ('?' when it does not say).
        exportScope(clause) ?? '?',
      ].join('|'),
      // Working days and calendar days are two measures of one length: "45 working days" is not "45 calendar days".
      value: `${boundSign}${value}${plus} ${unit === 'days' ? dayKind(f.text) : ''}${unit}`,
      display: bound ? `${(bound[1] as string).toLowerCase()} ${display}` : range ? `${range} to ${display}` : display,
      number: value,
      unit,
      asWritten,
      speaker: speaker(f.index),
    });
  }
}

/**
 * A bound right before a length: "more than", "at least" (from below); "less than", "just under" (above). Not "over
 * two days" (a span), nor "nearly two hours" or "up to 45 working days" (about that length, or its cap: the length).
 */
const TIME_UNTIL_BEFORE_RE = /\b(?:in|within)\s+(?:about|around|roughly|some|approximately|another|the next|a further)?\s*$/i;
const BOUND_BEFORE_RE = /\b(more than|at least|upwards of|less than|fewer than|just under)\s+(?:just\s+)?$/i;

/** Plural-looking words that are not nouns ("has", "was", "its"). */
const STOPWORD_PLURALS = new Set([
  'has',
  'was',
  'its',
  'this',
  'thus',
  'plus',
  'less',
  'across',
  'always',
  'perhaps',
  'whereas',
  'does',
  'goes',
  'news',
]);

const MEASURES: { measure: 'tariff' | 'pause' | 'share'; re: RegExp }[] = [
  { measure: 'tariff', re: /\btariffs?|duties|duty|levies|levy\b/i },
  { measure: 'pause', re: /\bpause|truce|suspension|suspend(?:ed|s)?|reprieve|moratorium\b/i },
  { measure: 'share', re: /\bprocessing|production|refining|output|supply|supplies|market share|share\b/i },
];
const CHANGE_RE =
  /\b(?:from|cut|cuts|reduced|reduce|lowered|lower|raised|raise|increase[sd]?|decrease[sd]?|down to|up to|to as (?:high|low) as)\b/i;
/** A figure right after a verb of change is what a level changed by ("Tariffs will drop 10 percent", "fell by 5 points"). */
const CHANGED_BY_RE =
  /\b(?:drop|drops|dropped|dropping|fall|falls|fell|rise|rises|rose|slash(?:es|ed)?|trim(?:s|med)?)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?$/i;
// "Remain as high as 55%" states a level, so "as high as" is not a bound.
const BOUND_RE = /\b(?:exceed(?:s|ed|ing)?|more than|over|above|at least|up to|as much as|nearly|almost|below|under|less than)\s*$/i;
const TOTAL_RE = /\b(?:total|overall|combined|cumulative|effective)\b/i;
/** A rate that is threatened, conditional or past, not the one in force. */
const NOT_LEVEL_RE =
  /\b(?:threat\w*|if|unless|previously|once|at one point|peak(?:ed)?|had (?:been )?(?:imposed|raised|reached|hit|set)|were set to|was set to|planned|proposed|vowed)\b|\b(?:would|could|might|will)\s+(?:\w+\s+){0,2}(?:impose|raise|hike|slap|levy|add|put)\b/i;

/** Words after a party that make it the one that pays a tariff ("China faces a 30% tariff", "are hit with"). */
const FACES_RE =
  /^[^.;]{0,30}?\b(?:faces?|faced|facing|pays?|paid|paying|(?:is|are|was|were|be|been|being) (?:hit|slapped|subject(?:ed)?)|subject to)\b/i;
const MODIFIER_RE = /\b(additional|extra|reciprocal|baseline|fentanyl(?:[- ]related)?|retaliatory|punitive)\b/i;

/** The layer of tariffs a text names ("reciprocal", "fentanyl-related" → "fentanyl"), as tariff claims are qualified. */
export function tariffLayer(text: string): string | null {
  return (
    MODIFIER_RE.exec(text)?.[1]
      ?.toLowerCase()
      .replace(/[- ]related$/, '') ?? null
  );
}
/** A fronted time phrase that sets a figure in the past: "At the peak of the fight, duties reached 145%". */
const PAST_PEAK_RE = /^\s*(?:at|during|in)\b[^,]{0,60}\b(?:peak|height|high point)\b[^,]*,/i;
const SHARE_KINDS: [string, RegExp][] = [
  ['processing', /\b(?:processing|refining|refined)\b/i],
  ['production', /\b(?:production|mining|mined|output)\b/i],
  ['supply', /\bsuppl(?:y|ies)\b/i],
  ['market', /\bmarket\b/i],
];
/** A price gap before a percentage ("the premium … widened to about 50%"), or after it ("40% over", "5% below"). */
const PRICE_GAP_BEFORE_RE = /\b(?:premium|premiums|mark-?up|discount|surcharge|price gap|price difference)\b/i;
const PRICE_GAP_AFTER_RE =
  /^\s*(?:%|percent|per cent)?\s*(?:over|above|below|more|less|higher|lower|cheaper|dearer|costlier|premium|discount|mark-?up)\b/i;
/** Words that make a share a goal: "targets for 30 percent…", "aims to source 40 percent… by 2030". */
const SHARE_TARGET_RE = /\b(?:targets?|targeted|targeting|aims?|aimed|aiming|goals?|ambition|by 20\d\d)\b/i;
/** "a 90-day pause", "pause … for 90 days": a length; "expires in 30 days" or "within 30 days" is not. */
const PAUSE_LENGTH_RE =
  /-days?\s+(?:tariff\s+)?(?:pause|truce|suspension|reprieve|moratorium)|\bfor\s+(?:\d{1,3}|a further \d{1,3})\s+days\b/i;

function numberClaims(s: Sentence, make: MakeClaim, speaker: (at: number) => string | null, dominant: readonly string[]): void {
  const text = s.text;
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const value = Number(m[1]);
    const unit = /%|percent|per cent/i.test(m[2] as string) ? '%' : 'days';
    // The clause holding the number: measure words in another clause ("…, while China levies 10%") do not count.
    const left = text.slice(0, m.index);
    const cut = Math.max(
      left.lastIndexOf(','),
      left.lastIndexOf(';'),
      left.lastIndexOf(':'),
      left.search(/\s(?:while|whereas|compared with)\s(?!.*\s(?:while|whereas|compared with)\s)/),
    );
    const rightRel = text.slice(m.index).search(/[,;:]|\s(?:while|whereas|compared with)\s/);
    const from = Math.max(cut + 1, m.index - 80);
    const to = rightRel < 0 ? Math.min(text.length, m.index + 80) : Math.min(m.index + rightRel, m.index + 80);
    const window = text.slice(from, to);
    const measure = MEASURES.find((x) => (x.measure === 'pause' ? unit === 'days' : unit === '%') && x.re.test(window))?.measure;
    if (!measure) continue;
    // Changes ("cut from 145% to 30%") are not claims about a level, nor are threats, conditions and past peaks
    // ("the threat of 100 percent tariffs", "had previously imposed tariffs as high as 145%").
    if (measure === 'tariff' && (CHANGE_RE.test(window) || NOT_LEVEL_RE.test(window) || PAST_PEAK_RE.test(left))) continue;
    if (measure === 'tariff' && CHANGED_BY_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // Bounds ("exceed 100%", "more than 50%") are not levels.
    if (BOUND_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (measure === 'pause' && !PAUSE_LENGTH_RE.test(text.slice(m.index, Math.min(text.length, m.index + m[0].length + 30)))) continue;
    let qualifier: string | null = null;
    if (measure === 'tariff') {
      // The target nearest before the figure ("…on Chinese goods at 30% and China's tariffs on U.S. goods at 10%"
      // gives 10% on the US), else the first after it.
      const targets = [...window.matchAll(/\bon\s+(?:imports?\s+(?:from|of)\s+)?(?:goods\s+from\s+)?([A-Z][\w.'’]+(?:\s+[A-Z][\w]+)?)/g)];
      const at = m.index - from;
      const target = targets.filter((t) => t.index < at).pop() ?? targets.find((t) => t.index > at);
      const onParty = target ? partyOf((target[1] as string).replace(/['’]s$/, '')) : null;
      const before = text.slice(from, m.index);
      const named = findParties(before).pop() ?? null;
      // "China also faces a 30% tariff", "Chinese goods are subject to…": the party named is the one that pays.
      const payer = named && FACES_RE.test(before.slice(named.end)) ? named.party : null;
      const imposer = payer ? null : (named?.party ?? null);
      // Between the story's two main parties, a tariff one imposes falls on the other.
      const other = dominant.length === 2 && imposer && dominant.includes(imposer) ? (dominant.find((d) => d !== imposer) ?? null) : null;
      const targetParty = onParty ?? payer ?? other;
      if (!targetParty) continue;
      const modifier = tariffLayer(window);
      qualifier = `on ${targetParty}${modifier ? ` (${modifier})` : TOTAL_RE.test(window) ? ' (total)' : ''}`;
    }
    if (measure === 'share') {
      // A price gap is no share: "the premium for non-Chinese supply has widened to about 50%", "about 40% over
      // Chinese-origin material", "5% below China".
      if (PRICE_GAP_BEFORE_RE.test(text.slice(from, m.index)) || PRICE_GAP_AFTER_RE.test(text.slice(m.index + m[0].length, to))) continue;
      qualifier = SHARE_KINDS.find(([, re]) => re.test(window))?.[0] ?? null;
      // A share aimed at ("targets for 30 percent of magnets to come from alternative supply sources by 2030") is a
      // goal, compared only with other goals, never with a share that is ("China supplies around 90%").
      if (SHARE_TARGET_RE.test(window)) qualifier = `${qualifier ?? 'share'} (target)`;
    }
    // What is paused, tariffs or export controls (a 90-day pause of tariffs is no length of the controls' suspension).
    if (measure === 'pause') qualifier = pausedKind(window);
    const valueText = unit === '%' ? `${value}%` : `${value} days`;
    make({
      event: measure,
      attribute: 'number',
      qualifier,
      value: valueText,
      display: valueText,
      number: value,
      unit,
      asWritten: m[0].trim(),
      speaker: speaker(m.index),
    });
  }
}

/**
 * A pause's length in months or years ("suspend … for one year", "a one-year suspension", "for 12 months", "an
 * 18-month suspension"), read in days as a pause's length in days is (twelve months and a year are one value).
 */
const LONG_PAUSE_RE =
  /\bfor\s+(?:another\s+|a further\s+)?(an?|one|two|1|2|six|twelve|eighteen|\d{1,2})\s+(years?|months?)\b|\b(an?|one|two|1|2|six|twelve|eighteen|\d{1,2})[- ](year|month)(?:[- ]long)?\s+(?:pause|truce|suspension|reprieve|moratorium|delay)\b/gi;
const LONG_PAUSE_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, six: 6, twelve: 12, eighteen: 18 };

/** What a pause is of, in its clause: tariffs, export controls, or null when it does not say. */
function pausedKind(clause: string): string | null {
  if (/\b(?:tariffs?|duties|duty|levies)\b/i.test(clause)) return 'tariffs';
  // (A ministry's numbered announcements are its measures: "Announcement No. 70 suspends the six October announcements".)
  if (/\b(?:export controls?|controls|restrictions|curbs|measures|rules?|announcements)\b/i.test(clause)) return 'controls';
  return null;
}

function longPauseClaims(s: Sentence, make: MakeClaim, speaker: (at: number) => string | null): void {
  const text = s.text;
  LONG_PAUSE_RE.lastIndex = 0;
  for (let m = LONG_PAUSE_RE.exec(text); m; m = LONG_PAUSE_RE.exec(text)) {
    const raw = (m[1] ?? m[3] ?? '').toLowerCase();
    const n = LONG_PAUSE_NUMBERS[raw] ?? Number(raw);
    if (!Number.isFinite(n) || n <= 0) continue;
    const months = /^year/i.test(m[2] ?? m[4] ?? '') ? 12 * n : n;
    // The clause must pause something ("suspend … for one year"; not "for one year" of a licence's validity).
    const left = text.slice(0, m.index);
    const cut = Math.max(left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('. '));
    const clause = text.slice(Math.max(cut + 1, m.index - 100), Math.min(text.length, m.index + m[0].length + 40));
    if (
      !/\b(?:pause[sd]?|pausing|truce|suspension|suspend(?:ed|s|ing)?|reprieve|moratorium|shelve[sd]?|delay(?:ed|s|ing)?)\b/i.test(clause)
    )
      continue;
    // (Only of export controls: a tariff truce's length changes round by round, 90 days in May, a year in November, and
    // a pause of something unnamed, "the action will be suspended for one year", may be any measure's.)
    if (pausedKind(clause) !== 'controls') continue;
    const days = Math.round((months * 365) / 12);
    make({
      event: 'pause',
      attribute: 'number',
      qualifier: 'controls',
      value: `${days} days`,
      display: m[0].replace(/^for\s+/i, '').trim(),
      number: days,
      unit: 'days',
      asWritten: m[0].trim(),
      speaker: speaker(m.index),
    });
  }
}

// ---- what was lifted, and tone (descriptive claims, scored as "hard") ----

const OWN_CONTROLS_RE =
  /\bexport controls?\b|\bchip|\bsoftware\b|\bhigh-tech\b|\btechnolog|\bEDA\b|\bjet engines?\b|\bethane\b|\baviation\b|\bsemiconductor/i;
const OTHER_GOODS_RE =
  /\b(?:Chinese|China['’]s)\s+(?:imports|exports|goods|products)\b|\bimports?\s+from\s+China\b|\bgoods\s+from\s+China\b/i;

const POSITIVE_TONE_RE =
  /\b(?:breakthrough|turning point|milestone|landmark|pivotal|major step|significant step|step forward|historic|game[- ]changer|hailed)\b/i;
/** Words that deny what follows ("not a breakthrough", "hardly a milestone", "far from historic"). */
const NEGATED_RE =
  /\b(?:not|no|hardly|scarcely|far from|anything but|rather than|instead of|isn't|wasn't|is not|was not)\s+(?:an?\s+|the\s+|quite\s+|yet\s+)?$/i;
const CAUTIOUS_TONE_RE =
  /\b(?:modest|premature|caution(?:ed|s|ing)?|cautious(?:ly)?|skeptic\w*|sceptic\w*|doubts?|fragile|little substance|restraint|unbridled|tentative|falls? short|underwhelming|incremental|ceasefire|stopgap|band-?aid|political handshake|symbolic|short fuse|(?:limited|thin|narrow) (?:deal|agreement|step|scope|progress|document|accord|truce|impact|substance))\b/i;

// ---- leaders ----

const PARTY_ADJ = String.raw`(China['’]s|Chinese|Beijing['’]s|U\.S\.|US|American|America['’]s|Washington['’]s|the U\.S\.|the US)`;
const NAME = String.raw`((?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]+)`;
const LEADER_PATTERNS: RegExp[] = [
  // "China's delegation was led by Commerce Minister Wang Wentao", "a Chinese team led by Vice Premier He Lifeng",
  // "the US delegation was co-led by …", "the Chinese side is again led by …"
  new RegExp(
    String.raw`${PARTY_ADJ}\s+(?:delegation|team|side|negotiators|negotiating team)(?:\s+[\w']+){0,4}?,?\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:again\s+)?(?:co-?)?(?:led|headed|chaired)\s+by\s+(?:(?:trade|chief|top|lead)\s+negotiator\s+)?${NAME}`,
    'g',
  ),
  // "The London round … was led on the US side by Commerce Secretary Howard Lutnick"
  new RegExp(String.raw`\b(?:co-?)?led\s+on\s+${PARTY_ADJ}\s+side\s+by\s+(?:(?:trade|chief|top|lead)\s+negotiator\s+)?${NAME}`, 'g'),
  // "Chinese Vice Premier He Lifeng led Beijing's team", "Bessent, who led the American negotiators"
  new RegExp(
    String.raw`${NAME},?\s+(?:who\s+)?(?:led|headed|leads|heads)\s+(?:the\s+)?${PARTY_ADJ}\s+(?:delegation|team|side|negotiators)`,
    'g',
  ),
  // "with Vice Premier He Lifeng leading the Chinese side"
  new RegExp(String.raw`${NAME}\s+(?:leading|heading)\s+the\s+${PARTY_ADJ}\s+(?:delegation|team|side|negotiators)`, 'g'),
  // "China's lead negotiator, Li Chenggang" (not "China's top trade negotiator", a standing title: who led a
  // round is another matter)
  new RegExp(String.raw`${PARTY_ADJ}\s+lead\s+negotiator,?\s+${NAME}`, 'g'),
];
/**
 * "talks … led by U.S. Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng", "the framework, negotiated
 * by U.S. Commerce Secretary Howard Lutnick and Chinese Vice Premier He Lifeng", "U.S. and Chinese negotiators, led
 * by …": sides from each name's adjective.
 */
const LED_BY_RE =
  /\b(?:[Tt]alks|[Nn]egotiations|[Nn]egotiators|[Dd]elegations|[Mm]eeting|[Ff]ramework|[Dd]eal|[Aa]greement|[Aa]ccord)\b[^.;]{0,60}?\b(?:led|headed|orchestrated|chaired|negotiated|brokered)\s+by\s+((?:[^.;]|(?<=\b[A-Z])\.|\.(?=\S)){5,160})/g;
const TITLES_RE =
  /^(?:(?:U\.S\.|US|Chinese|American|Treasury|Commerce|Trade|Foreign|Finance|Vice|Deputy|Prime|Premier|President|Secretary|Minister|Representative|Ambassador|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)+/;

function cleanName(raw: string): string | null {
  const name = raw
    .replace(TITLES_RE, '')
    .replace(/['’]s$/, '')
    .trim();
  const words = name.split(/\s+/);
  if (words.length < 1 || words.length > 4 || !/^[A-Z]/.test(name) || partyOf(name)) return null;
  return name;
}

/**
 * A title in lower case right after its body's name, then a name: "CLEPA secretary general Sigrid de Vries", "Clepa
 * secretary-general Benjamin Krieger".
 */
const BODY_TITLE_NAME_RE =
  /(?<=\b(?:[A-Z][A-Z&]{1,9}|[A-Z][a-z]+)(?:['’]s)?\s+)((?:[a-z]+(?:-[a-z]+)?\s+){1,3})([A-Z][a-zA-Z'’-]+(?:\s+(?:de|van|von|da|del|di|le|la)?\s*[A-Z][a-zA-Z'’-]+){1,2})/g;

/**
 * An organisation's acronym right before a title: "CLEPA Secretary General", "the IEA's executive director"; also as
 * some outlets write it, capitalised ("Clepa secretary-general"), read in capitals as the same body.
 */
const ORG_BEFORE_RE = /\b([A-Z][A-Z&]{1,9}|[A-Z][a-z]{3,7})(?:['’]s)?\s+$/;

/** Words that put the office in the past or the future ("former Trade Representative Robert Lighthizer"). */
const NOT_NOW_RE =
  /\b(?:former|ex|then|previous|predecessor|past|late|incoming|outgoing|nominee|nominated|would-be|acting)\b(?:\W+[\w.'’]+){0,2}\W*$/i;

/**
 * Who holds an office of one party, as the article names them: "U.S. Trade Representative Jamieson Greer".
 * Two sources naming different people to the same office of the same party disagree (a hard one: it may also be
 * a slip of the pen). Only offices with two or more title words and a named party count.
 */
function roleClaims(s: Sentence, make: MakeClaim): void {
  const text = s.text;
  // "Commerce Secretary Howard Lutnick", and a title in lower case after its body: "CLEPA secretary general Sigrid
  // de Vries", "China's commerce minister Wang Wentao".
  const found = [...text.matchAll(TITLED_NAME_RE), ...text.matchAll(BODY_TITLE_NAME_RE)];
  for (const m of found) {
    const words = titleWords(m[1] as string);
    if (!words || words.length < 2 || !OFFICE_RE.test(words[words.length - 1] as string)) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (NOT_NOW_RE.test(before) || NOT_NOW_RE.test((m[1] as string).split(/\s+/)[0] ?? '')) continue;
    // An office written without its country ("Treasury Secretary Janet Yellen pledged…") takes the party '?': the
    // disagreements read it as the one party the other articles give that office, if there is one.
    // An organisation's office is the organisation's ("CLEPA Secretary General Benjamin Krieger").
    const org = ORG_BEFORE_RE.exec(before)?.[1];
    // (A capitalised word is a body's name only when it is no English word: "Clepa", not "The" or "Former".)
    const body = org && (/^[A-Z&]+$/.test(org) || !isEnglishWord(org.toLowerCase())) ? org.toUpperCase() : undefined;
    const party = findParties(before).pop()?.party ?? body ?? '?';
    const name = (m[2] as string).replace(/['’]s$/, '');
    const office = words.map((w) => w.replace(/\.$/, '')).join(' ');
    make({
      event: 'role',
      attribute: 'holder',
      qualifier: `${party}/${office.toLowerCase()}`,
      value: name,
      display: name,
      asWritten: `${office} ${name}`,
      speaker: null,
    });
  }
}

/**
 * The counterpart a delegation met in a round of talks, named first with its party and a senior title ("Bessent … met
 * with Chinese vice-premier He Lifeng and top trade negotiator Li Chenggang for their fifth round"): who led that side.
 * Group 1 the party word, 2 the name.
 */
const COUNTERPART_RE = new RegExp(
  String.raw`\bmet with\s+${PARTY_ADJ}\s+(?:[Vv]ice[- ][Pp]remier|[Pp]remier|[Pp]resident|[Ss]tate [Cc]ouncilor|[Cc]ommerce [Mm]inister|[Tt]reasury [Ss]ecretary)\s+((?:[A-Z][\w'’-]+\s+){1,2}?[A-Z][\w'’-]+)`,
);
const ROUND_OF_TALKS_RE = /\b(?:round|talks|discussions|negotiations)\b/i;

function leaderClaims(s: Sentence, places: Mention[], make: MakeClaim, contextPlace: () => string | null): void {
  const text = s.text;
  const met = ROUND_OF_TALKS_RE.test(text) ? COUNTERPART_RE.exec(text) : null;
  const side = met ? partyOf((met[1] as string).replace(/^the\s+/i, '').replace(/['’]s$/, '')) : null;
  const name = met ? cleanName(met[2] as string) : '';
  if (met && side && name) {
    const place = places.find((p) => (p.rank ?? 0) === 0)?.text ?? contextPlace();
    make({
      event: 'talks',
      attribute: 'leader',
      qualifier: `${side}${place ? ` in ${place}` : UNPLACED}`,
      value: name,
      display: name,
      asWritten: name,
    });
  }
  if (!/\b(?:led|headed|leading|heading|leads|heads|orchestrated|chaired|negotiated by|brokered by|lead negotiator)\b/.test(text)) return;
  // The talks' place: one named before the end of the words that name the leaders ("talks in London, led by…"),
  // not one in a later clause ("…, builds on a consensus reached in Geneva"); when the sentence names none, the one
  // the sentence before it (same paragraph) or the headline names ("The US delegation was led by…" under "Talks in
  // London end with a framework").
  const placeBefore = (end: number) => places.find((p) => (p.rank ?? 0) === 0 && p.start < end)?.text ?? contextPlace();
  const found: { side: string; name: string; place: string | null }[] = [];
  for (const re of LEADER_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [first, second] = [m[1] as string, m[2] as string];
      const sideWord = partyOf(first.replace(/^the\s+/i, '').replace(/['’]s$/, '')) ? first : second;
      const nameWord = sideWord === first ? second : first;
      const side = partyOf(sideWord.replace(/^the\s+/i, '').replace(/['’]s$/, ''));
      // "U.S. and Chinese negotiators, led by U.S. Commerce Secretary Howard Lutnick and…": a name given its own
      // party is that party's.
      const own = findParties(nameWord)[0];
      if (own && own.start === 0 && own.party !== side) continue;
      const name = cleanName(nameWord);
      if (side && name) found.push({ side, name, place: placeBefore(m.index + m[0].length) });
    }
  }
  LED_BY_RE.lastIndex = 0;
  for (let m = LED_BY_RE.exec(text); m; m = LED_BY_RE.exec(text)) {
    const names: { side: string; name: string }[] = [];
    // The place is one named before the last leader's name ends (the names may run on into another clause).
    let end = m.index;
    let from = m.index + m[0].length - (m[1] as string).length;
    for (const part of (m[1] as string).split(/,\s*|\s+and\s+/)) {
      const at = text.indexOf(part, from);
      from = at + part.length;
      const adj = new RegExp(`^${PARTY_ADJ}\\s+`).exec(part.trim());
      if (!adj) continue;
      const side = partyOf((adj[1] as string).replace(/^the\s+/i, '').replace(/['’]s$/, ''));
      // (The name is the run of capitalised words: "He Lifeng together with …" is He Lifeng.)
      const named = part
        .trim()
        .slice(adj[0].length)
        .split(/\s+(?:in|at|on|to|who|with)\b/)[0] as string;
      const name = cleanName(/^(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*/.exec(named)?.[0] ?? '');
      if (side && name) {
        names.push({ side, name });
        end = at + part.length;
      }
    }
    const place = placeBefore(end);
    for (const n of names) found.push({ ...n, place });
  }
  for (const { side, name, place } of found.filter((f, i, all) => all.findIndex((g) => g.side === f.side && g.name === f.name) === i)) {
    make({
      event: 'talks',
      attribute: 'leader',
      qualifier: place ? `${side} in ${place}` : side,
      value: name,
      display: name,
      asWritten: name,
    });
  }
}

/** The lower-case words of four letters or more of an article's sentences, for `onTopicOf`. */
export function topicWords(sentences: readonly { text: string }[]): Set<string> {
  const set = new Set<string>();
  for (const s of sentences) for (const w of s.text.toLowerCase().match(/[a-z]{4,}/g) ?? []) set.add(w);
  return set;
}

/** The parties an article's sentences name, for `dominantOf`. */
export function namedParties(sentences: readonly { text: string }[]): Set<string> {
  const named = new Set<string>();
  for (const s of sentences) for (const p of findParties(s.text)) named.add(p.party);
  return named;
}

/** A deal said to be another than the one a text is about: "a separate framework", "another deal", "a different pact". */
const SEPARATE_DEAL_RE =
  /\b(?:(?:a|an|the)\s+(?:separate|different|distinct|unrelated)|another)\s+(?:[\w-]+\s+){0,2}?(?:framework|deal|agreement|pact|accord|arrangement|memorandum|treaty)\b/i;

/** Words of a deal between governments, in a headline or a lead. */
const DEAL_WORD_RE = /\b(?:sign(?:s|ed|ing)?|agree(?:s|d|ment|ments)?|deals?|pacts?|accords?|framework|memorandum|partnership|treaty)\b/i;

/**
 * The third country an article's deal is with, when the article is about another pair than the story's: its
 * title or first two sentences, in a line about a deal, pair a country outside `dominant` with one of them
 * ("Australia and US sign framework…", "The United States and Ukraine on April 30 signed…"), and it names one of the story's pair (its
 * two most named parties) at most twice. Such an article (another minerals deal) makes no claims: its signing date, its sums and its
 * officials' verdicts are not the story's. Null for an article about the story, or when `dominant` is not a pair.
 */
export function otherPair(title: string, sentences: readonly { text: string }[], dominant: readonly string[]): string | null {
  // The story's pair: its two most named parties.
  const pair = dominant.slice(0, 2);
  if (pair.length < 2) return null;
  // (A pairing in a line about a deal: "European and American manufacturers say…" pairs no one.)
  const lead = [title, ...sentences.slice(0, 2).map((s) => s.text)].filter((t) => DEAL_WORD_RE.test(t));
  const third = lead.flatMap((t) => counterparts(t)).find((c) => !dominant.includes(c));
  if (!third) return null;
  const named = new Map<string, number>();
  for (const s of sentences) for (const p of findParties(s.text)) named.set(p.party, (named.get(p.party) ?? 0) + 1);
  return Math.min(...pair.map((d) => named.get(d) ?? 0)) <= 2 ? third : null;
}

/** The sentences of each article, in corpus order (one pass over the corpus). */
export function sentencesByArticle(corpus: Corpus): Map<string, Sentence[]> {
  const by = new Map<string, Sentence[]>(corpus.articles.map((a) => [a.id, []]));
  for (const s of corpus.sentences) by.get(s.source)?.push(s);
  return by;
}

/** Last words of buildings' names (`data/lexicon/venue-words.txt`). */
/** Words of trade measures: a sentence with one is about the story's steps even when it names no party. */
const MEASURE_RE =
  /\b(?:rules?|controls?|curbs?|restrictions?|bans?|tariffs?|duties|levies|licen[cs]es?|permits?|exports?|imports?|sanctions?|fees?|entity list|truce|suspension|exemptions?)\b/i;

/**
 * The nouns a day names a measure by ("the October 9 package", "the april 4 controls", "are we exposed to the oct 9
 * rules"): read after a date in articles here, and in questions by the answer's focus and relevance.
 */
export const MEASURE_NOUNS = '(?:rules?|controls?|measures?|package|restrictions?|curbs?|regime)';
/**
 * Words after a day that make it a measure's name: "the October 9 package", "the April 4 export controls"; or a
 * letter's, which is how a measure reaches a company ("the license requirements mentioned in the May 23 letter have
 * been lifted": May 23 is when they were imposed).
 */
const DAY_NAMES_MEASURE_RE = new RegExp(String.raw`^(?:,?\s+\d{4})?\s+(?:(?:export[- ]control\s+)?${MEASURE_NOUNS}|letters?)\b`, 'i');

/**
 * The start of a range right before its last figure ("eight to ", "between 1,000 and ", "8-"): the start in group 1.
 * (Not where a change starts: "from 1,238 to 3,188 tonnes" is 3,188 tonnes.)
 */
const RANGE_START_RE =
  /(?:^|[^\w.,])(?<!\bfrom\s)(?:between\s+)?(\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:to|-|–|and)\s*$/i;

/**
 * The measure a suspension is of, as named ("the suspension of its December 2024 ban", "a one-year suspension of the
 * Affiliates Rule", "suspend the October 9 package"): its words, after the sentence's own naming or else the one of
 * the sentence before it in its paragraph.
 */
const PAUSED_OBJECT_RE = new RegExp(
  String.raw`\b(?:suspension|suspend(?:s|ed|ing)?|pause[sd]?|pausing)\s+(?:of\s+|on\s+)?(?:(?:the|its|their|a|an|one-year|\d+-day|china's|beijing's|washington's|u\.s\.|us)\s+)*((?:[\w%'’-]+\s+){0,5}?(?:${MEASURE_NOUNS}|announcements?|bans?|tariffs?|duties|levies))\b`,
  'i',
);
/** The measure paused named before the pause: "the Affiliates Rule suspension", "the tariff truce". */
const OBJECT_BEFORE_PAUSE_RE = new RegExp(
  String.raw`\b((?:[\w%'’-]+\s+){0,3}?(?:${MEASURE_NOUNS}|bans?|tariffs?|duties|levies))\s+(?:suspension|pause|truce|reprieve|moratorium)\b`,
  'i',
);
/** Words that name no measure in particular ("export controls", "the new rules"). */
const GENERIC_MEASURE_WORDS = new Set(
  'export exports control controls measure measures restriction restrictions curb curbs regime new additional expanded broader sweeping related certain other some all such those these its their multiple several previous earlier prior rule rules package tariff tariffs duty duties levy levies'.split(
    ' ',
  ),
);
/** The month named right after the measures paused, as when they were issued ("…announcements issued on October 9"). */
const ISSUED_IN_MONTH_RE =
  /^\s*(?:(?:it|they|beijing|china|washington)\s+)?(?:had\s+)?(?:issued|announced|imposed|unveiled|introduced|adopted)\s+(?:on\s+|in\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** `|of:<words>`: what a pause is of, in its distinctive words, for the qualifier of its end date ('' when unnamed). */
function pausedObject(text: string, context: string): string {
  for (const where of [text, context]) {
    const m = PAUSED_OBJECT_RE.exec(where) ?? OBJECT_BEFORE_PAUSE_RE.exec(where);
    if (!m) continue;
    const words = tokenize(m[1] as string)
      .map((t) => t.norm)
      // (Nor a length, "the 90-day tariff truce": how long it runs names no measure.)
      .filter((w) => !GENERIC_MEASURE_WORDS.has(w) && !STOPWORDS.has(w) && !/^(?:\d+|days?|weeks?|months?|years?|ninety|one)$/.test(w));
    // The month the measures were issued in names them as well as "the October rules" does: "suspended the export
    // control measures it announced on October 9".
    const issued = ISSUED_IN_MONTH_RE.exec(where.slice(m.index + m[0].length))?.[1];
    if (issued && !words.includes(issued.toLowerCase())) words.push(issued.toLowerCase());
    if (words.length > 0) return `|of:${words.join(' ')}`;
  }
  return '';
}

/** A place named right before a date ("…agreed in Geneva in May"): the place in group 1. */
const PLACE_RIGHT_BEFORE_RE = /\b(?:in|at)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?)\s*,?\s+(?:(?:in|on)\s+)?$/u;

/** Words that put a sentence's month ahead of its page: "will", "plans", "next", "due", "until". */
const AHEAD_RE =
  /\b(?:will|would|shall|next|plans?|planned|planning|due|expected|scheduled|set to|upcoming|until|till|through|starting|expires?|runs?|ahead|future|coming)\b/i;

/**
 * A month without a year that the nearest-year rule put just after the page ("in April" on a page of November 25)
 * in a sentence of what has happened ("the restrictions announced by Beijing in April were followed…"): the April
 * before the page. News tells what happened; a month ahead needs a word that looks ahead.
 */
function pastMonthOf(value: DateValue, published: Ymd | null, text: string): DateValue {
  if (!value.yearImplied || value.precision !== 'month' || !published || value.year == null || value.month == null) return value;
  const after = value.year * 12 + value.month > published.year * 12 + published.month;
  if (!after || AHEAD_RE.test(text) || !/\b(?:was|were|had|did)\b|\b\w{3,}ed\b/i.test(text)) return value;
  return { ...value, year: value.year - 1 };
}

/** A participle of another act right before a date: "introduced in May", "formalised by MOFCOM on 7 November". */
const OTHER_ACT_BEFORE_RE =
  /\b(introduced|imposed|issued|adopted|enacted|unveiled|formali[sz]ed|published|implemented|announced|confirmed|approved|put in place)\s+(?:by\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4})?(?:in|on|since|from)?\s*$/;

/** True when the date at `at` belongs to another act's participle just before it, not to `trigger`. */
function anotherActDates(text: string, at: number, trigger: Trigger): boolean {
  const from = Math.max(0, at - 60);
  const m = OTHER_ACT_BEFORE_RE.exec(text.slice(from, at));
  if (!m) return false;
  const verb = from + m.index;
  return verb < trigger.start || verb >= trigger.end;
}

/** Words that undo or pause a measure: its suspension or lifting announced is no new measure. */
const UNDOING_RE =
  /\b(?:suspend\w*|suspension|paus\w*|lift\w*|eas(?:e|ed|es|ing)|scrap\w*|remov\w*|rescind\w*|halt\w*|revok\w*|withdr\w*|roll\w* back|delay\w*|postpon\w*)\b/i;

/** A measure announced ("announced much broader controls", "the measures it announced on October 9"). */
const ANNOUNCED_MEASURE_RE =
  /\b(?:rules?|controls?|curbs?|restrictions?|bans?|tariffs?|duties|levies|sanctions?|measures|package|expansion)\b/i;
const MEASURE_ANNOUNCED_RE =
  /\b(?:rules?|controls?|curbs?|restrictions?|bans?|tariffs?|duties|sanctions?|measures|package)\s+(?:(?:that|which)\s+)?(?:it|they|he|she|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:had\s+|has\s+|have\s+|first\s+)?$/;

/** How licences are handled: reviews, applications, approvals. */
const LICENSING_RE = /\b(?:licen[cs](?:e|es|ing)|applications?|approv(?:e|ed|es|ing|als?))\b/i;

/**
 * What an announcement announced when it is not the deal: a measure ("On October 9 Beijing announced much broader
 * controls": the measure's word comes before any deal word in the clause after the verb; "the export control
 * measures it announced on October 9"), or a plan ("He also confirmed plans to visit China in April next year").
 */
function announcedObject(text: string, trigger: Trigger): 'measure' | 'plan' | 'licensing' | null {
  if (MEASURE_ANNOUNCED_RE.test(text.slice(Math.max(0, trigger.start - 60), trigger.start))) return 'measure';
  const clause = /^[^,.;:!?]*/.exec(text.slice(trigger.end, trigger.end + 80))?.[0] ?? '';
  if (/^\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:plans?|visits?|trip|intentions?|schedule)\b/i.test(clause)) return 'plan';
  const measure = ANNOUNCED_MEASURE_RE.exec(clause);
  const deal = DEAL_RE.exec(clause);
  // (Not a measure's suspension or lifting: "announced on November 7 that it would suspend the rules it unveiled on
  // October 9" is a step of the deal.)
  if (measure && UNDOING_RE.test(clause)) return null;
  if (measure) return !deal || measure.index < deal.index ? 'measure' : null;
  if (deal) return null;
  // A word on how licences are handled ("said Thursday that Beijing was accelerating review of export license
  // applications and had approved a certain number"): the routine of licensing, not the deal's announcement. (What
  // China "would" approve is the deal's commitment: "said on June 27 that it would approve applications".)
  if (LICENSING_RE.test(clause) && !/\b(?:will|would|shall)\b/i.test(clause)) return 'licensing';
  // A participle after what was announced: "suspended its expanded export controls on rare earths … announced on
  // October 9" (the clause before it names a measure and no deal after it).
  if (!/^announced$/i.test(trigger.text)) return null;
  // (Across a comma to what "the one" or "which" stands for: "The October package, the one announced on the 9th".)
  const before =
    /(?:[^,;:.!?]*,\s*(?:the ones?|which|that)\s+)?[^,;:.!?]*$/.exec(text.slice(Math.max(0, trigger.start - 120), trigger.start))?.[0] ??
    '';
  if (/\b(?:was|were|is|are|been|be|has|have|had)\s+$/i.test(before)) return null;
  const lastMeasure = [...before.matchAll(new RegExp(ANNOUNCED_MEASURE_RE.source, 'gi'))].pop();
  if (!lastMeasure) return null;
  return DEAL_RE.test(before.slice(lastMeasure.index)) ? null : 'measure';
}

/** Classes of dated steps (`date-actions.txt`): one pattern per class, longest phrases first. */
const DATE_ACTIONS: { cls: string; re: RegExp }[] = lexiconLines('date-actions.txt').map((line) => {
  const at = line.indexOf(':');
  return { cls: line.slice(0, at).trim(), re: new RegExp(`(?:${phraseAlternation(line.slice(at + 1))})`, 'gi') };
});

/** The classes of step a text names ("when did it kick in?" → start). */
export function dateActionsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const { cls, re } of DATE_ACTIONS) {
    re.lastIndex = 0;
    if (re.test(text)) out.add(cls);
  }
  return out;
}

/** Words of the action lexicon and of dates: they say when and what kind of step, not what the step is about. */
const NOT_SUBJECT = new Set(
  [
    // The lexicon's own words (read from its lines: "take effect" gives "take" and "effect").
    ...lexiconLines('date-actions.txt').flatMap((l) => l.slice(l.indexOf(':') + 1).split(/[,\s]+/)),
    ...MONTH_NAMES,
    ...'monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m am pm est edt gmt bst utc kst hkt day days week weeks month months year years time eastern standard today yesterday tomorrow said says told stated added noted wrote will would could set due expected'.split(
      ' ',
    ),
  ].map((w) => w.toLowerCase()),
);

/** A clause's own boundaries: another clause starts at these. */
const CLAUSE_BREAK_RE = /[;—]|\b(?:which|who|whom|when|while|because|after|before|following|since|but)\b/i;
const CLAUSE_BREAKS_RE = new RegExp(CLAUSE_BREAK_RE.source, 'gi');

/** "in place since early April", "by mid-June": a date written as the end of a span, not the event's date. */
// (Or "to" after a word for a span that runs on: "the one-year suspension to November 10, 2026", "extended to".)
const SPAN_END_BEFORE_RE =
  /\b(?:since|by|until|till|through)\s+$|\b(?:suspension|suspended|pause|paused|extension|extended|reprieve|runs?|running|lasts?|valid|expires?)\s+(?:[\w-]+\s+){0,2}?(?:to|into)\s+$/i;

/** A wire dateline's month at a line's start, with a day and no year: "BEIJING, July 20 (Reuters) -". */
const YEARLESS_DATELINE_RE =
  /^[ \t]*[A-Z][A-Z.'’ -]+,(?:\s*[A-Z][\w.'’ -]*,)?\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*\(/m;

/** The month (1–12) of an article's year-less wire dateline near its start, or null. */
function datelineMonth(raw: string): number | null {
  const m = YEARLESS_DATELINE_RE.exec(raw.slice(0, 3000));
  return m ? (monthIndex(m[1] as string) ?? null) : null;
}

/** "LONDON, June 10 (Reuters) -": a dateline dates the report, not an event. */
const DATELINE_BEFORE_RE = /^\s*[A-Z][A-Z.'’ -]+,(?:\s*[A-Z][\w.'’ -]*,)?\s*$/;

/** The piece of coverage before "published": "an article", "the earlier version", "this story was first". */
const COVERAGE_PUBLISHED_RE =
  /\b(?:article|story|piece|column|edition|version|post|item|headline|blog|newsletter|op-ed|interview|correction|brief)s?\s+(?:(?:was|were|is|first|originally|initially|that|which)\s+)*$/i;

/** A piece of coverage dated right before a date: "an article published on", "the story posted". */
const COVERAGE_DATED_RE =
  /\b(?:article|story|piece|column|edition|version|post|item|blog|newsletter|op-ed|interview|correction|brief)s?\s+(?:(?:was|were|first|originally)\s+)*(?:published|posted|dated|printed|ran|run|updated)\s+(?:on\s+)?$/i;

interface DateAction {
  cls: string;
  start: number;
  end: number;
}

/** A document right after "issued": "issued a fact sheet", "issued a joint statement", "issued its readout". */
const DOCUMENT_AFTER_RE =
  /^\s+(?:a|an|the|its|their)\s+(?:(?:joint|new|brief|short|formal|written|official)\s+)?(?:fact[ -]?sheet|statement|notice|readout|announcement|communiqu[eé]|press release|white paper)\b/i;

/** The action phrases of a sentence (`date-actions.txt`), found once for all its dates. */
function dateActionsAt(text: string): DateAction[] {
  const found: DateAction[] = [];
  for (const { cls, re } of DATE_ACTIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A document issued is published, not approved: "issued a fact sheet on Saturday, November 1".
      const published = cls === 'approve' && /^issue[sd]?$/i.test(m[0]) && DOCUMENT_AFTER_RE.test(text.slice(m.index + m[0].length));
      found.push({ cls: published ? 'announce' : cls, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

/** A verb of telling, with the "that" of what was told: "announced that", "informed Synopsys that", "said … that". */
const TOLD_THAT_RE = /\b(?:announced|said|says|informed|told|notified|confirmed|wrote|stated|disclosed|reported)\b[^.;:]{0,80}?\bthat\b/i;
const TOLD_BEFORE_RE =
  /\b(?:announced|said|says|informed|told|notified|confirmed|wrote|stated|disclosed|reported)(?:\s+(?!that\b)[\w,&.'’-]+){0,6}?\s+on\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?$|\b(?:announced|said|says|confirmed|stated|disclosed|reported)\s+$/i;

/** 'lift' when the date is that of a telling whose "that" clause lifts a measure (see `dateActionOf`), else null. */
function reportedLifting(
  text: string,
  mention: { start: number; end: number },
  fronted: boolean,
  found: readonly DateAction[],
): string | null {
  const after = text.slice(mention.end, mention.end + 200);
  const toldBefore = TOLD_BEFORE_RE.test(text.slice(Math.max(0, mention.start - 80), mention.start));
  // (The verb and its "that" after a fronted date. A verb before the date, its "that" right after it ("told GE
  // Aerospace on Thursday that it can restart…"), is not read so: that reading was written with a control character
  // where "\b" was meant, so it never ran, and once mended it lost the GE clearance dispute (blind-cd CD13) and July
  // 2's EDA letters (blind-g g22) in session 63; a telling of that order stays no lifting.)
  const that = toldBefore ? null : fronted ? TOLD_THAT_RE.exec(after) : null;
  if (!that) return null;
  const from = mention.end + that.index + that[0].length;
  // The lifting is in the told clause, before it ends.
  const end = text.slice(from).search(/[;]|\.\s/);
  const to = end < 0 ? text.length : from + end;
  return found.some((f) => f.cls === 'lift' && f.start >= from && f.start < to && f.start - from <= 150) ? 'lift' : null;
}

/**
 * The class of step a date is the date of (`date-actions.txt`): the nearest action phrase before it in its
 * clause, or after it ("on Monday, December 8, announced…"; "September 30: the rule comes into force"). An
 * announcement is its own step: the day a suspension was announced is not the day it took effect.
 */
function dateActionOf(text: string, mention: { start: number; end: number }, found: readonly DateAction[]): string | null {
  // (After a run-in label: "What happened: On July 2, …".)
  const fronted =
    /^[\s*_#>-]*(?:[\p{L} ]{1,30}:[\s*_]*)?(?:on\s+)?$/iu.test(text.slice(0, mention.start)) &&
    /^[\s*_]*[,:]/.test(text.slice(mention.end));
  // A lifting told on the date by those who report it: "On July 2, Synopsys, Cadence and Siemens announced that the
  // Commerce Department had rescinded the ban", "On July 3, the Commerce Department informed Synopsys that the licence
  // requirements … were lifted", "the companies said on 2 July that BIS had rescinded". The date is the day the lifting
  // was known by: it dates the lifting, not an announcement of it. (Only for a date no event claim took first: a
  // sentence the event lexicon reads as a lifting or an announcement, as the last one often is, is dated there.)
  const reported = reportedLifting(text, mention, fronted, found);
  if (reported) return reported;
  let best: { cls: string; start: number; end: number; gap: number } | null = null;
  for (const f of found) {
    // "An article published on November 8…": the coverage's own publication is no step of the story.
    if (f.cls === 'announce' && COVERAGE_PUBLISHED_RE.test(text.slice(Math.max(0, f.start - 60), f.start))) continue;
    const before = f.end <= mention.start;
    const between = before ? text.slice(f.end, mention.start) : text.slice(mention.end, f.start);
    if (!before && f.start < mention.end) continue;
    const gap = between.length;
    // After the date, only a verb right behind it ("Wednesday agreed") or behind a fronted date ("September 30:
    // the rule comes into force"); "late Monday pushing the deadline" dates the pushing, not the deadline.
    if (before ? gap > 50 : gap > (fronted ? 120 : 15)) continue;
    if (CLAUSE_BREAK_RE.test(between) || (!before && !fronted && /,/.test(between))) continue;
    const cost = before ? gap : gap + 10;
    if (!best || cost < best.gap) best = { ...f, gap: cost };
  }
  return best?.cls ?? null;
}

/**
 * Claims dating the steps of a measure that the event lexicon above does not name ("the Affiliates Rule is set to
 * take effect again on November 10, 2026"): one per day-precise date with a class of step, qualified by the class
 * and the content words of the clause around it (what the step is of). Disagreements compare them by class,
 * words and nearby dates (`conflicts.ts`). Every other day-precise date makes a claim of no class (`|`; `dateline|`
 * for a dateline), so that the day index of "what happened on …?" holds every dated sentence.
 */
function datedStepClaims(
  text: string,
  dated: readonly DatedMention[],
  make: MakeClaim,
  speakerOf: (at: number) => string | null,
  headline = '',
): void {
  const seen = new Set<string>();
  let found: DateAction[] | null = null;
  const actions = () => {
    found ??= dateActionsAt(text);
    return found;
  };
  for (const d of dated) {
    const value = d.value;
    if (value?.precision !== 'day' || d.mention.anchored) continue;
    // A dateline dates the report's news (class `dateline`); a date of no known kind of step (no class) still says
    // something of that day. Both answer "what happened on November 9?" and are compared with nothing.
    const dateline = DATELINE_BEFORE_RE.test(text.slice(0, d.mention.start));
    // A date between a determiner and the event it is the date of ("in their June 5 phone call": the call the
    // event lexicon found right behind it) dates that event, not the clause's verb ("…the consensus reached by the two
    // heads of state in their June 5 phone call"). ("The October 9 rare earth package" names no event.)
    const trigger = d.trigger;
    const attributive =
      trigger !== null &&
      trigger.kind !== 'report' &&
      trigger.start >= d.mention.end &&
      trigger.start - d.mention.end <= 20 &&
      /^\s+\p{Ll}[^,;:]*$/u.test(text.slice(d.mention.end, trigger.start + 1)) &&
      /\b(?:the|their|its|his|her|a|an|this|that|our|whose)\s+$/i.test(text.slice(Math.max(0, d.mention.start - 8), d.mention.start));
    // "suspend the October 9 package": the day names the measure; the suspension was not on it.
    const namesMeasure = DAY_NAMES_MEASURE_RE.test(text.slice(d.mention.end, d.mention.end + 40));
    const cls = dateline
      ? 'dateline'
      : /^(?:until|through|till)\b/i.test(d.mention.text)
        ? 'end'
        : attributive || namesMeasure
          ? ''
          : (dateActionOf(text, d.mention, actions()) ?? '');
    // "…told reporters on Wednesday": the day something was said, not a day something happened.
    if (!cls && d.trigger?.kind === 'report') continue;
    // "An article published on November 8 under the headline…": the day of the coverage, not of the story.
    if (COVERAGE_DATED_RE.test(text.slice(Math.max(0, d.mention.start - 60), d.mention.start))) continue;
    const key = `${cls}|${isoOf(value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!cls || dateline) {
      make({
        event: 'dated',
        attribute: 'date',
        qualifier: `${cls}|`,
        value: isoOf(value),
        display: displayClaim(d),
        date: value,
        asWritten: d.mention.text,
        speaker: null,
      });
      continue;
    }
    // The words of its clause: up to 110 characters either side, not past another clause's start.
    let before = text.slice(Math.max(0, d.mention.start - 110), d.mention.start);
    // A relative clause dates the noun it hangs on ("the affiliates rule, which Commerce rolled out on October 2"):
    // the two words before its "which" count as the clause's.
    let antecedent = '';
    for (let m = CLAUSE_BREAKS_RE.exec(before); m; m = CLAUSE_BREAKS_RE.exec(before)) {
      antecedent = /^which$/i.test(m[0]) ? (/(\S+\s+\S+)\s*,?\s*$/.exec(before.slice(0, m.index))?.[1] ?? '') : '';
      before = before.slice(m.index + m[0].length);
    }
    before = `${antecedent} ${before}`;
    let after = text.slice(d.mention.end, Math.min(text.length, d.mention.end + 90));
    const stop = CLAUSE_BREAK_RE.exec(after);
    if (stop) after = after.slice(0, stop.index);
    const words: string[] = [];
    for (const t of tokenize(`${before} ${after}`)) {
      if (STOPWORDS.has(t.norm) || NOT_SUBJECT.has(t.norm) || /^\d/.test(t.norm) || t.norm.length < 3) continue;
      if (!words.includes(t.norm)) words.push(t.norm);
    }
    // A clause too short to say what it dates ("The extension runs until November 10.") is about its article's
    // story: the headline's words say which ("Trump extends China tariff truce by 90 days").
    if (words.length < 2 && headline)
      for (const t of tokenize(headline)) {
        if (STOPWORDS.has(t.norm) || NOT_SUBJECT.has(t.norm) || /^\d/.test(t.norm) || t.norm.length < 3) continue;
        if (!words.includes(t.norm)) words.push(t.norm);
      }
    if (words.length < 2) continue;
    make({
      event: 'dated',
      attribute: 'date',
      qualifier: `${cls}|${words.slice(0, 14).join(' ')}`,
      value: isoOf(value),
      display: displayClaim(d),
      date: value,
      asWritten: d.mention.text,
      speaker: speakerOf(d.mention.start),
    });
  }
}

const VENUE_WORDS = lexiconLines('venue-words.txt').flatMap((l) => l.trim().split(/\s+/));
// (A room of the building first, "at the VIP lounge of …", and a possessive with an adjective, "at the UK's historic
// Lancaster House", "in the state rooms of Lancaster House": the building is what follows.)
const VENUE_RE = new RegExp(
  `\\b(?:at|in|inside)\\s+(?:the\\s+)?(?:(?:[A-Z]{2,}|[a-z]+)(?:\\s+[a-z]+)?\\s+of\\s+)?(?:[A-Z][\\w.]*['’]s\\s+(?:[a-z]+\\s+)?)?((?:[A-Z][\\w'’-]+\\s+){1,3}(?:${VENUE_WORDS.join('|')}))\\b`,
);

/** A summit named by who meets, right before the word ("the EU-China Summit", "the EU–China summit", "APEC summit"). */
const NAMED_SUMMIT_RE = /\b([A-Z][\p{L}.]*(?:\s?[-–]\s?[A-Z][\p{L}.]*)+|[A-Z]{2,}\d*|G\d{1,2})\s+$/u;

/**
 * The name of the summit a talks word is ("EU-China" of "the EU-China summit on the 24th of July"), or null: what two
 * dates of it are compared by when the sentence names no place ("The EU-China Summit held on July 25, 2025").
 */
function namedSummit(text: string, trigger: Trigger): string | null {
  if (!/^summit$/i.test(trigger.text)) return null;
  const name = NAMED_SUMMIT_RE.exec(text.slice(Math.max(0, trigger.start - 40), trigger.start))?.[1];
  return name ? name.replace(/\s?[-–]\s?/g, '-') : null;
}

/** The building a sentence places something at ("at Lancaster House"), or null. */
export function venueIn(text: string): string | null {
  const m = VENUE_RE.exec(text);
  if (!m) return null;
  const name = (m[1] as string).trim();
  // A name that stands for a government ("the White House") is not a venue of talks.
  if (findParties(name).length) return null;
  return name;
}

/** A leaders' call: the sentence says who called (presidents, leaders, "between Mr. A and Mr. B"), not just "a call". */
const LEADER_WORDS_RE = /\b(?:leaders?|presidents?|heads? of state|premier|prime minister|chancellor|king|emperor)\b/i;
const BETWEEN_NAMES_RE = /\bbetween\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z]/;

/** Extracts every claim of a corpus. Deterministic; runs at load time. */
export function extractClaims(corpus: Corpus): Claim[] {
  const bySource = sentencesByArticle(corpus);
  const words = new Map<string, Set<string>>();
  const parties = new Map<string, Set<string>>();
  for (const a of corpus.articles) {
    const sentences = bySource.get(a.id) ?? [];
    words.set(a.id, topicWords(sentences));
    parties.set(a.id, namedParties(sentences));
  }
  const onTopic = onTopicOf(words);
  const dominant = dominantOf(parties, onTopic);
  const claims: Claim[] = [];
  for (const article of corpus.articles) {
    if (!onTopic.has(article.id)) continue;
    const sentences = bySource.get(article.id) ?? [];
    if (otherPair(article.meta.title ?? '', sentences, dominant)) continue;
    for (const c of extractArticleClaims(article, sentences, dominant)) claims.push({ ...c, id: claims.length });
  }
  return claims;
}

/** An announcing verb right before its object ("announced the London trade talks", "confirmed new talks"). */
const ANNOUNCED_OBJECT_RE =
  /\b(?:announced|announces|announcing|unveiled|confirmed|disclosed|revealed|flagged|teased)\s+(?:(?:the|a|an|new|fresh|further|more)\s+)*(?:[\w'’-]+\s+){0,3}$/i;

/** A page of corrections ("Corrections and clarifications", "Correction: …", "… contained three errors"). */
const CORRECTION_PAGE_RE =
  /\bcorrections?\s+(?:and|&)\s+clarifications?\b|^\s*(?:#+\s*)?\**corrections?\b|\bcontained (?:an? |one |two |three |four |several )?(?:errors?|mistakes?|inaccurac(?:y|ies))\b/im;
/** What the corrected article said, as a corrections page reports it ("It said…", "The article also stated…"). */
const SAID_WRONGLY_RE =
  /^(?:it|the (?:article|story|report|piece|item|column|headline)|we|our (?:article|story|report))\s+(?:also\s+|originally\s+|incorrectly\s+|wrongly\s+)?(?:said|stated|reported|gave|put|described|named|called|wrote|referred)\b/i;

/**
 * The claims of one article's sentences (in order), given the story's dominant parties. A pure function of
 * the article and `dominant`, so it is computed once per article and stored with its analysis; `id` is
 * assigned when the corpus's claims are put together.
 */
export function extractArticleClaims(article: Article, sentences: readonly Sentence[], dominant: readonly string[]): Omit<Claim, 'id'>[] {
  const claims: Omit<Claim, 'id'>[] = [];
  const push = (c: Omit<Claim, 'id'>) => claims.push(c);
  {
    const published = parseYmd(article.meta.published);
    const writtenMonth = published?.month ?? datelineMonth(article.raw);
    const correctionPage = CORRECTION_PAGE_RE.test(`${article.meta.title ?? ''}\n${article.raw.slice(0, 1500)}`);
    // The one city or country a text names (the headline's, the sentence before's), for leaders named without one.
    // ("Busan, South Korea" names one: a country after its city's comma.)
    const cityOf = (text: string) => {
      const found = findPlaces(text).filter((p) => (p.rank ?? 0) === 0);
      const own = found.filter(
        (p, i) => i === 0 || !/^,\s*(?:South\s+|North\s+)?$/.test(text.slice((found[i - 1] as Mention).end, p.start)),
      );
      const named = [...new Set(own.map((p) => p.text))];
      return named.length === 1 ? (named[0] as string) : null;
    };
    const headlinePlace = cityOf(article.meta.title ?? '');
    const reports: ReportDate[] = [];
    let previousDay: Ymd | null = null;
    sentences.forEach((s, index) => {
      const text = s.text;
      // What a correction says an earlier version got wrong ("An earlier version of this story said 335 tonnes")
      // is no source's claim: the value was withdrawn.
      if (WITHDRAWN_RE.test(text)) return;
      // So is what a corrections page says the corrected article said ("It said the suspension runs until October
      // 30, 2026. In fact, …").
      // (Nor a name or title it says was got wrong, "**London talks (June 12).** A June 12 item misidentified…".)
      if (correctionPage && (SAID_WRONGLY_RE.test(text) || MISNAMED_RE.test(text))) return;
      let triggers = findTriggers(text);
      // An answer under a question ("When were the London talks?" / "In London on June 9 and 10.") is about the
      // event the question asks about, when it names none of its own.
      // The question is the sentence before, or a line between the two (a FAQ's bold question, not a sentence).
      const before = sentences[index - 1];
      const gap = article.raw.slice(before ? before.end : Math.max(0, s.start - 300), s.start);
      const askedLine = /([^\n]{8,200}\?)[*_\s]*\n\s*$/.exec(gap)?.[1] ?? (before && /\?[*_\s]*$/.test(before.text) ? before.text : null);
      if (askedLine && !triggers.some((t) => t.kind !== 'report')) {
        const kinds = [...new Set(findTriggers(askedLine).map((t) => t.kind))].filter((k) => k !== 'report' && k !== 'agreement');
        if (kinds.length === 1) triggers = [{ kind: kinds[0] as Trigger['kind'], start: 0, end: 0, text: '' }];
      }
      // (Not a date the sentence denies: "London talks were June 9–10, not July" dates them in June only.)
      const mentions = findDateMentions(text).filter((m) => !DENIED_BEFORE_RE.test(text.slice(Math.max(0, m.start - 24), m.start)));
      const parties = findParties(text);
      const places = findPlaces(text);
      // A signing or announcement must concern a deal: a deal word or a party here or in the sentence before
      // (same paragraph), or "signed with <Name>".
      const prev = sentences[index - 1];
      const context = prev && prev.paragraph === s.paragraph ? prev.text : '';
      const mentionsDeal = DEAL_RE.test(text) || parties.length > 0 || /\bsign(?:ed|ing)? with [A-Z]/.test(text) || DEAL_RE.test(context);
      const speakerOf = (at: number) => speakerBefore(text, at);
      const make: MakeClaim = (fields) =>
        push({
          source: article.id,
          sentenceId: s.id,
          quote: text,
          start: s.start,
          end: s.end,
          speaker: null,
          inconsistency: null,
          ...fields,
        });
      const recent = reports.filter((r) => index - r.sentenceIndex <= 3);
      const dated = mentions.length ? resolveSentence(text, mentions, triggers, published, recent, speakerOf, previousDay) : [];
      // The day this sentence talks about, for the next one's "the same day".
      // That is the day of the sentence's report ("told reporters on Thursday"), else its first dated day,
      // not a day inside what was reported ("…signed yesterday").
      const days = dated.filter((d) => d.value?.precision === 'day');
      const lastDay = days.find((d) => d.trigger?.kind === 'report') ?? days[0];
      previousDay = lastDay ? toYmd(lastDay.value) : index > 0 && sentences[index - 1]?.paragraph === s.paragraph ? previousDay : null;
      const statements: { trigger: Trigger; dated: DatedMention; speaker: string }[] = [];
      // Dated reports anchor the next sentences' quotes. A dated statement by an institution about the deal
      // ("China's Commerce Ministry said on Friday that…") is itself an event: the announcement.
      for (const d of dated) {
        // (Not a day after the page's own: "the ministry said foreign companies will need approval from Dec 1" was
        // said before December 1.)
        const ymd = d.trigger?.kind === 'report' && !afterPage(d.value, published) ? toYmd(d.value) : null;
        if (!ymd || !d.trigger) continue;
        const speaker = speakerOf(d.trigger.end);
        reports.push({ speaker, date: ymd, sentenceIndex: index });
        if (speaker && INSTITUTION_RE.test(speaker) && mentionsDeal && !inQuoteAt(text, d.trigger.start)) {
          statements.push({ trigger: { ...d.trigger, kind: 'announcement' }, dated: d, speaker });
        }
      }
      // Date claims: one per (trigger, value); several dates on one trigger that agree become one claim.
      const byTrigger = new Map<Trigger, DatedMention[]>();
      for (const st of statements) byTrigger.set(st.trigger, [{ ...st.dated, trigger: st.trigger }]);
      for (const d of dated) {
        if (!d.value || !d.trigger || d.trigger.kind === 'report' || d.trigger.kind === 'agreement') continue;
        // "Their first talks since 2019", "by 2027": the end of a span, not the event's date.
        if (/^(?:since|by|until|through)\b/i.test(d.mention.text) || SPAN_END_BEFORE_RE.test(text.slice(0, d.mention.start))) continue;
        // "the October 9 package", "the April 4 controls": the day names a measure, not this event.
        if (d.trigger.kind !== 'talks' && DAY_NAMES_MEASURE_RE.test(text.slice(d.mention.end, d.mention.end + 40))) continue;
        // "the export curbs introduced in May had been rescinded", "the meeting in Busan on 30 October, formalised
        // by MOFCOM on 7 November": the day of another act, named right before it, not this event's.
        if (anotherActDates(text, d.mention.start, d.trigger)) continue;
        // "WASHINGTON, June 25 (Wire) - Officials signed … on Tuesday, June 24": the dateline dates the report.
        if (DATELINE_BEFORE_RE.test(text.slice(0, d.mention.start))) continue;
        // "Trump announced the London trade talks last Thursday": a day counted from the writing, after talks that
        // are the object of an announcement, dates the announcement (a written date may be the talks': "announced
        // talks for June 9").
        if (
          d.trigger.kind === 'talks' &&
          d.mention.relative &&
          d.mention.start > d.trigger.start &&
          ANNOUNCED_OBJECT_RE.test(text.slice(Math.max(0, d.trigger.start - 50), d.trigger.start))
        )
          continue;
        // "the truce agreed in Geneva in May and the London talks on June 9-10": a month right after another place
        // than the talks' own dates what happened there, not the talks.
        if (d.trigger.kind === 'talks') {
          const own = placesNear(places, d.trigger, text, triggers)[0];
          const before = PLACE_RIGHT_BEFORE_RE.exec(text.slice(Math.max(0, d.mention.start - 40), d.mention.start))?.[1];
          if (own && before && before !== own && places.some((p) => p.text === before)) continue;
        }
        byTrigger.set(d.trigger, [...(byTrigger.get(d.trigger) ?? []), d]);
      }
      // A sentence about other parties only ("the EU and Japan signed a deal on June 3") is another story.
      // So is a deal of one party with a third country ("The United States and Ukraine on April 30 signed…").
      // So is one that says its deal is another ("That was a separate framework signed at the White House on October
      // 20."), or answers a question about another pair's ("Q: Is the US–Australia deal part of this?").
      const bothNamed = dominant.length > 1 && dominant.every((d) => parties.some((p) => p.party === d));
      const otherStory =
        (parties.length > 0 && dominant.length > 0 && !parties.some((p) => dominant.includes(p.party))) ||
        (dominant.length > 1 && !bothNamed && counterparts(text).some((c) => !dominant.includes(c))) ||
        (!bothNamed &&
          (SEPARATE_DEAL_RE.test(text) ||
            (askedLine !== null && dominant.length > 1 && counterparts(askedLine, true).some((c) => !dominant.includes(c)))));
      for (const [trigger, ds] of byTrigger) {
        if ((trigger.kind === 'signing' || trigger.kind === 'announcement') && !mentionsDeal) continue;
        // An announcement of a measure is that measure's date; of a plan, no event of the story.
        let kind = trigger.kind;
        if (kind === 'announcement') {
          const object = announcedObject(text, trigger);
          if (object === 'plan' || object === 'licensing') continue;
          if (object === 'measure') kind = 'controls';
        }
        if (otherStory && trigger.kind !== 'talks') continue;
        if (trigger.kind === 'call' && !LEADER_WORDS_RE.test(text) && !BETWEEN_NAMES_RE.test(text)) continue;
        // Of several written dates on one trigger, the most precise ("in June and signed on June 25": the 25th).
        const written = ds.filter((d) => !d.mention.relative && d.value);
        const rank = { day: 0, month: 1, year: 2 } as const;
        const explicit =
          written.reduce<DatedMention | undefined>(
            (a, d) => (!a || rank[(d.value as DateValue).precision] < rank[(a.value as DateValue).precision] ? d : a),
            undefined,
          ) ?? ds[0];
        if (!explicit?.value) continue;
        const agree = ds.every((d) => d.value && isoOf(d.value as DateValue).startsWith(isoOf(explicit.value as DateValue).slice(0, 7)));
        const group = agree ? [explicit] : ds;
        for (const d of group) {
          const value = pastMonthOf(d.value as DateValue, published, text);
          // Talks a page schedules for weeks after its own day ("talks … due to take place at the APEC summit from
          // October 31 to November 1", written on 11 October) are a plan, not when they were held: later reports say that.
          if (trigger.kind === 'talks' && scheduledAfter(value, published, text)) continue;
          // Several agreeing dates of one precision are quoted together; a vaguer one ("in June") is left out.
          const samePrecision = ds.every((x) => x.value?.precision === value.precision);
          let asWritten =
            agree && ds.length > 1 && samePrecision
              ? text.slice(ds[0]?.mention.start, (ds[ds.length - 1] as DatedMention).mention.end)
              : d.mention.text;
          if ((asWritten.match(/\(/g) ?? []).length > (asWritten.match(/\)/g) ?? []).length) asWritten += ')';
          let qualifier: string | null = null;
          // The place of the talks, or the building they were held in ("held on June 10 at Harbour Hall").
          if (trigger.kind === 'talks')
            qualifier = placesNear(places, trigger, text, triggers)[0] ?? venueIn(text)?.split(/\s+/)[0] ?? namedSummit(text, trigger);
          if (kind === 'announcement' || kind === 'controls' || kind === 'lifting' || kind === 'licences') {
            qualifier = actorAfterBy(text, trigger.end) ?? actorBefore(text, trigger.start) ?? speakerOf(trigger.start);
          }
          make({
            event: kind,
            attribute: 'date',
            qualifier,
            value: isoOf(value),
            display: displayClaim({ ...d, mention: { ...d.mention, text: asWritten } }),
            date: value,
            asWritten,
            speaker: speakerOf(trigger.start),
            inconsistency: inconsistencyOf(
              value,
              published,
              text.slice(Math.max(0, trigger.start - 60), Math.min(text.length, d.mention.end + 10)),
              article,
            ),
          });
        }
      }
      // Dated steps of the story: a sentence about another story or with no word of a deal, a party or a measure
      // (here or just before) dates nothing of it ("the pitcher signed on June 20").
      // (A short sentence under a headline about the deal or a measure is about it: "The extension runs until
      // November 10." under "Trump extends China tariff truce…".)
      const headline = article.meta.title ?? '';
      const underHeadline = text.split(/\s+/).length <= 8 && (DEAL_RE.test(headline) || MEASURE_RE.test(headline));
      if (!otherStory && (mentionsDeal || MEASURE_RE.test(text) || underHeadline)) datedStepClaims(text, dated, make, speakerOf, headline);
      // When a company was told: "GE Aerospace received a letter … on July 2" vs "GE Aerospace was told on Thursday,
      // July 3". The recipient is the name before the verb, or after "sent a letter … to".
      const told = NOTIFY_RE.exec(text);
      if (told) {
        const recipient = /^sent\b/i.test(told[0])
          ? /\bto\s+((?:[A-Z][\w&.-]*\s*){1,4})/.exec(text.slice(told.index))?.[1]
          : /((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)\s+$/.exec(text.slice(0, told.index))?.[1];
        const first = recipient?.trim().split(/\s+/)[0];
        const d =
          dated.find((x) => x.mention.start >= told.index && x.value?.precision === 'day') ??
          dated.find((x) => x.value?.precision === 'day');
        if (first && d?.value && !findParties(first).length && !/^(?:The|A|An|On|In|It|They|We|He|She)$/.test(first)) {
          make({
            event: 'notification',
            attribute: 'date',
            qualifier: first,
            value: isoOf(d.value),
            display: displayClaim(d),
            date: d.value,
            asWritten: d.mention.text,
            speaker: speakerOf(told.index),
          });
        }
      }
      // When the pause ends: "The 90-day pause … runs until August 12" vs "The window closes on July 9" (the
      // sentence before names the pause). Only a pause of the story's parties: another one is another story.
      const ending = pauseEnding(text);
      // (The pause is named in the ending's own clause when the sentence names one: "extend the suspension of higher
      // tariffs for another year; … extend certain tariff exclusions, due to expire on November 29" dates the
      // exclusions, not the suspension.)
      const clauseStart = ending ? clauseStartOf(text, ending.index) : 0;
      const pauseHere =
        ending !== null &&
        (PAUSE_RE.test(text.slice(clauseStart, ending.index + ending[0].length + 40)) ||
          SUSPEND_BEFORE_RE.test(text.slice(clauseStart, ending.index)));
      if (ending && (pauseHere || (!PAUSE_RE.test(text) && PAUSE_RE.test(`${askedLine ?? ''} ${context}`))) && !otherStory) {
        // (Not a day that names the measure paused: "the expiry of China's suspension of the October 9 package on 10
        // November 2026".)
        const d =
          dated.find(
            (x) =>
              x.mention.start >= ending.index &&
              x.value &&
              x.value.precision === 'day' &&
              !x.mention.relative &&
              !DAY_NAMES_MEASURE_RE.test(text.slice(x.mention.end, x.mention.end + 40)),
          ) ??
          // (Or the day that labels it, a timeline's item: "12 August — expiry of the 90-day US–China tariff truce".)
          dated.find(
            (x) =>
              x.mention.end <= ending.index &&
              x.value?.precision === 'day' &&
              !x.mention.relative &&
              /^\s*(?:[-–—:|]\s*)(?:the\s+)?$/.test(text.slice(x.mention.end, ending.index)),
          );
        // What is paused, as far as the sentence says: tariffs, or export controls (a pause of tariffs ends on
        // another day than one of controls: they are not one date told two ways).
        const paused = pausedKind(text) ?? '';
        // An end the pause has now, after it was moved ("The truce now runs until November 10", "extended until…",
        // "the new deadline"), is another end than the one first set: the two are a change over time, no dispute.
        // ("Now" only in the ending's own sentence: a run-in heading kept with it, "**What happens now.** China paused
        // its October rules until…", moves nothing; "**Trump extends China tariff truce.** … It runs until Nov. 10"
        // still tells of a moved end.)
        const before = text.slice(clauseStart, ending.index + ending[0].length);
        const lastStop = [...before.matchAll(/(?<=[a-z\d*])[.!?]\**\s+/g)].at(-1);
        const own = lastStop ? before.slice((lastStop.index ?? 0) + lastStop[0].length) : before;
        // (So is a pause named only in the sentence before, when that one tells of a moved end: "An earlier version said
        // the extended truce runs until Nov. 12. It runs until Nov. 10.")
        const moved =
          MOVED_END_RE.test(before.replace(/\bnow\b/gi, ' ')) || /\bnow\b/i.test(own) || (!pauseHere && MOVED_END_RE.test(context));
        if (d?.value) {
          make({
            event: 'pause',
            attribute: 'date',
            qualifier: `${paused ? `end|${paused}` : 'end'}${moved ? '|moved' : ''}${pausedObject(text, context)}`,
            value: isoOf(d.value),
            display: displayClaim(d),
            date: d.value,
            asWritten: d.mention.text,
            speaker: speakerOf(ending.index),
          });
        }
      }
      // Place claims for talks with a month or day: "talks in Stockholm in May" vs "in Geneva in May".
      for (const trigger of triggers.filter((t) => t.kind === 'talks')) {
        const near = townsOnly(placesNear(places, trigger, text, triggers), text);
        const d = dated.find((x) => x.trigger === trigger && x.value && x.value.precision !== 'year');
        if (near.length !== 1 || !d?.value) continue;
        const place = near[0] as string;
        make({
          event: 'talks',
          attribute: 'place',
          qualifier: displayOf({ ...d.value, day: null, endDay: null, precision: 'month', part: null }).replace(/ \d{4}$/, ''),
          value: place,
          display: place,
          asWritten: place,
          // When the talks were, for telling two rounds of one month apart.
          date: d.value,
          speaker: speakerOf(trigger.start),
        });
      }
      // The building of the talks ("met in London at Lancaster House"), compared within the same city.
      for (const trigger of triggers.filter((t) => t.kind === 'talks')) {
        const venue = venueIn(text);
        // (With no city near the talks, the building's name keys them, as it keys their date: not a city the sentence
        // names for something else, "a framework to implement the Geneva consensus".)
        const city = placesNear(places, trigger, text, triggers)[0] ?? venue?.split(/\s+/)[0];
        if (!venue || !city || otherStory) continue;
        make({
          event: 'talks',
          attribute: 'venue',
          qualifier: city,
          value: venue,
          display: venue,
          asWritten: venue,
          speaker: speakerOf(trigger.start),
        });
        break;
      }
      // Where the deal was signed: "signed … in Washington".
      for (const trigger of triggers.filter((t) => t.kind === 'signing')) {
        if (!mentionsDeal || otherStory) break;
        const near = placesNear(places, trigger, text, triggers).filter((p) => text.indexOf(p) > trigger.start);
        if (near.length !== 1) continue;
        const place = near[0] as string;
        make({
          event: 'signing',
          attribute: 'place',
          qualifier: null,
          value: place,
          display: place,
          asWritten: place,
          speaker: speakerOf(trigger.start),
        });
        break;
      }
      numberClaims(s, make, speakerOf, dominant);
      longPauseClaims(s, make, speakerOf);
      countClaims(s, make, speakerOf);
      // (The sentence before, in the same paragraph, names the month "that month" refers to.)
      const prior = sentences[index - 1];
      quantityClaims(s, make, speakerOf, writtenMonth, prior?.paragraph === s.paragraph ? prior.text : '');
      // (The place before or in the headline is looked up only for a sentence that names leaders without one.)
      leaderClaims(s, places, make, () => cityOf(context) ?? headlinePlace);
      roleClaims(s, make);
      // What a party lifts, by category.
      for (const trigger of triggers.filter((t) => t.kind === 'lifting')) {
        const actor = actorBefore(text, trigger.start);
        if (!actor) continue;
        const object = text.slice(trigger.end, trigger.end + 110);
        const own = OWN_CONTROLS_RE.test(object) && !OTHER_GOODS_RE.test(object);
        const other = OTHER_GOODS_RE.test(object);
        if (!own && !other) continue;
        const otherParty = findParties(object).find((p) => p.party !== actor)?.party ?? 'the other side';
        make({
          event: 'lifting',
          attribute: 'lifted',
          qualifier: actor,
          value: own ? 'export controls' : 'restrictions on imports',
          display: own
            ? `${actor} eases its own export controls (high-tech goods)`
            : `${actor} lifts restrictions on ${otherParty}'s goods (imports/exports)`,
          asWritten: text.slice(trigger.start, Math.min(text.length, trigger.end + 80)).trim(),
          speaker: speakerOf(trigger.start),
        });
        break;
      }
      // Whether the framework was signed or only agreed in principle ("agreed in principle on a framework" vs
      // "the framework that both delegations signed"), for a deal, never both in one sentence.
      if (mentionsDeal) {
        const principle = IN_PRINCIPLE_RE.exec(text);
        const signedAt = principle ? null : SIGNED_RE.exec(text);
        // (An order or an extension signed by one government says nothing of whether the deal was signed.)
        const signed =
          signedAt && !SIGNED_ORDER_RE.test(text.slice(signedAt.index + signedAt[0].length, signedAt.index + signedAt[0].length + 40))
            ? signedAt
            : null;
        const word = principle ?? signed;
        if (word && !NEGATED_RE.test(text.slice(Math.max(0, word.index - 16), word.index))) {
          make({
            event: 'signing',
            attribute: 'status',
            qualifier: null,
            value: principle ? 'in principle' : 'signed',
            display: principle ? `agreed in principle, not signed (“${word[0]}”)` : `signed (“${word[0]}”)`,
            asWritten: word[0],
            speaker: speakerOf(word.index),
          });
        }
      }
      // Tone about the agreement: a sentence that frames it one way and not the other.
      // About the deal: a deal word or a party here or just before ("It is a political handshake…"), or a signing.
      if (mentionsDeal || triggers.some((t) => t.kind === 'signing') || /\b(?:development|announcement|statement|move)\b/i.test(text)) {
        let pos = POSITIVE_TONE_RE.exec(text);
        let neg = CAUTIOUS_TONE_RE.exec(text);
        // "a fragile truce, not a breakthrough": a denied positive word is a cautious one.
        if (pos && NEGATED_RE.test(text.slice(Math.max(0, pos.index - 16), pos.index))) {
          neg ??= pos;
          pos = null;
        }
        const word = pos && !neg ? pos : neg && !pos ? neg : null;
        if (word) {
          make({
            event: 'significance',
            attribute: 'tone',
            qualifier: null,
            value: word === pos ? 'breakthrough' : 'cautious',
            display: word === pos ? `a breakthrough (“${word[0]}”)` : `modest, too early to celebrate (“${word[0]}”)`,
            asWritten: word[0],
            speaker: speakerOf(word.index),
          });
        }
      }
    });
    // A counterpart met in a sentence that names no place (see `COUNTERPART_RE`) met in the one city the page's
    // talks are placed in by its claims, if it places them in one ("talks held in Kuala Lumpur on October 25-26").
    // (Else the one city the page names in its sentences about talks, "talks on the sidelines of the ASEAN Summit in
    // Kuala Lumpur", the capitals standing for their governments left out.)
    let talksCities = new Set(claims.filter((c) => c.event === 'talks' && c.attribute === 'place').map((c) => c.value));
    if (talksCities.size === 0 && claims.some((c) => c.qualifier?.endsWith(UNPLACED)))
      talksCities = new Set(
        sentences
          .filter((s) => ROUND_OF_TALKS_RE.test(s.text))
          .flatMap((s) => findPlaces(s.text).filter((p) => (p.rank ?? 0) === 0 && !findParties(p.text).length))
          .map((p) => p.text),
      );
    for (const c of claims) {
      if (c.event !== 'talks' || c.attribute !== 'leader' || !c.qualifier?.endsWith(UNPLACED)) continue;
      const side = c.qualifier.slice(0, -UNPLACED.length);
      c.qualifier = talksCities.size === 1 ? `${side} in ${[...talksCities][0]}` : side;
    }
  }
  return claims;
}

/** The mark of a counterpart's leader claim whose place the page's talks give (`extractArticleClaims`). */
const UNPLACED = ' in ?';
