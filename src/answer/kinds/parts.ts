import { findParties, partyOf } from '../../text/entities.js';
import { asksTitleHolder, outcomeAfterPages, SUBJECT_RE } from '../abstain.js';
import type { Answer, Disagreement, RetrievedPassage } from '../types.js';
import { CLAIM_VERB_RE, HALF_ASKS_RE } from './classify.js';
import type { AnswerEnv, Built } from './env.js';

/**
 * Two questions in one ("who led the talks and where did they meet?"): each part is answered by the strategy for
 * its kind, the second read as a follow-up of the first (so "they" and "it" keep their meaning), and the two
 * answers are shown one after the other. The whole abstains only when both parts do.
 */
/** A part whose subject is a pronoun for what the first part named: "what deadline were they trying to…". */
// (The auxiliary may be run into the question word: "what'd he call china's oct 9 move".)
const POINTS_BACK_RE =
  /^\s*(?:[\w'’]+(?:\s+[\w'’]+)?\s+(?:did|do|does|were|was|are|is|will|would|had|has|have|can|could)|(?:what|who|where|when|how|why)['’]d)\s+(?:they|he|she|it)\b/i;

/** A part dated from the first one's day ("…oct 9 and how did trump hit back the next day"): a follow-up of it. */
const DATED_BACK_RE =
  /\b(?:the next day|the day after|a day later|that same day|the same day|that day|the following (?:day|week|month)|a week later|days later|after that|afterwards)\b/i;

/** A question word or an auxiliary that opens a question: a part without one asks nothing of its own. */
const ASKS_RE = /\b(?:who|whom|whose|what|whats|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b/i;

/** A label opening a question: a few words, then a colon or a spaced dash ("ethane: …", "kachin supply - …"). */
const LABEL_RE = /^\s*([^:?!.\n]{2,40}?)\s*(?::|\s[-–—]\s)\s*(?=\S)/;

/** A part that only names the kind of thing asked for: "which exporters?", "and what companies", "which ones". */
const ELLIPTICAL_RE =
  /^\s*(?:and\s+|also\s+)?(?:which|what)\s+(?!(?:[\w'’-]+\s+)*?(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|got|get)\b)[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*[?.!]*\s*$/i;

/** The pronoun a second part points back with ("what did he say…"). */
const PRONOUN_RE = /\b(?:he|she|they)\b/i;

/** A second part that puts a name forward for what the first asks: "…in june - was it he lifeng himself?". */
const CANDIDATE_RE =
  /^\s*(?:and\s+|or\s+|so\s+)?(?:was|is|were|did)\s+(?:it|that)\s+((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+?)(?:\s+(?:himself|herself|themselves|personally|then))?\s*[?.!]*$/i;

/** The topic label a question opens with (at most four words, none asking anything), or null. */
function topicLabel(text: string): string | null {
  const label = LABEL_RE.exec(text)?.[1]?.trim();
  if (!label || ASKS_RE.test(label) || label.split(/\s+/).length > 4) return null;
  return label;
}

/**
 * A second part that repeats the first's verb and gaps the rest down to a possessive ("who led the us side in london
 * and who led china's?"): the first part's words after the verb, the other party in place of the first's ("who led
 * china's side in london?"), or null.
 */
export function ungapped(first: string, second: string): string | null {
  const m = /^(.*?)\s*\b([\p{L}.]+)['’]s\s*[?.!]*\s*$/u.exec(second.trim());
  if (!m) return null;
  const prefix = (m[1] as string).replace(/^\s*(?:and|also|but|or|plus)\s+/i, '').trim();
  const whole = first.trim().replace(/[?.!]+$/, '');
  if (!ASKS_RE.test(prefix) || !whole.toLowerCase().startsWith(prefix.toLowerCase())) return null;
  const rest = whole.slice(prefix.length);
  const party =
    findParties(rest)[0] ??
    (() => {
      const us = /\bus\b/i.exec(rest);
      return us ? { start: us.index, end: us.index + us[0].length } : undefined;
    })();
  if (!party || partyOf(m[2] as string) == null) return null;
  const before = rest.slice(0, party.start).replace(/\bthe\s*$/i, '');
  const after = rest.slice(party.end).replace(/^['’]s\b/, '');
  // (The first part's party names something after it, "side", "team", "delegation": the possessive stands for it.)
  if (!/^\s+[\p{L}]/u.test(after)) return null;
  return `${prefix}${before}${m[2]}'s${after}?`.replace(/\s+/g, ' ');
}

export async function answerParts(env: AnswerEnv, parts: [string, string], context: readonly string[]): Promise<Built> {
  const first = await env.ask(parts[0], context);
  // A second part that points back ("…+ what deadline were they trying to push past") is a follow-up however many
  // words it has of its own: read as one ("and …"), it takes the first part's topic along.
  // (Not after a first part the articles do not answer: its topic would take the second part down with it.)
  // So is a second part that asks nothing of its own ("…in july? and germany's number?").
  const pointsBack =
    !first.abstained &&
    ((POINTS_BACK_RE.test(parts[1]) && !/^\s*(?:and|but|so|also)\b/i.test(parts[1])) ||
      !ASKS_RE.test(parts[1]) ||
      DATED_BACK_RE.test(parts[1]));
  // A topic the first part opens with, as a label ("ethane: when did the licence reqs come off and which exporters?"),
  // is the topic of a second part that asks only for a kind of thing, with no verb of its own ("which exporters?"):
  // it says of what (not after a first part the articles do not answer: the label may be why).
  const label = first.abstained || !ELLIPTICAL_RE.test(parts[1]) ? null : topicLabel(parts[0]);
  const asked = label && !topicLabel(parts[1]) ? `${label}: ${parts[1]}` : (ungapped(parts[0], parts[1]) ?? parts[1]);
  // A second part that asks what came of what the first part asks about, pointing back to it ("so did trump actually
  // go to beijing in april 2026? what came out of that trip"), when the pages end before the month the first asks
  // of: they cannot tell what came of it either (its plans are no answer).
  if (first.abstained && OUTCOME_BACK_RE.test(parts[1]) && POINTS_TO_OCCASION_RE.test(parts[1]) && outcomeAfterPages(parts[0], env.corpus))
    return joined(parts, first, { ...first, citations: [], disagreements: [], retrieved: [] });
  // A name put forward for what the first part asks, when the articles name no one for it: they do not say it was
  // that one either (the name's other sentences are no answer).
  // (Only a person asked for, "who…": "…white house or bangkok? and was that wed or thu" offers two values.)
  const candidate = first.abstained && /\bwho\b/i.test(parts[0]) ? CANDIDATE_RE.exec(parts[1])?.[1] : undefined;
  if (candidate && !/\s(?:or|vs\.?|and)\s|\//i.test(candidate)) {
    const second: Answer = {
      ...first,
      answer: `The articles don't say. As above, they name no one for it, so they do not say it was ${candidate}.`,
      summary: `Not said: they do not say it was ${candidate}.`,
      citations: [],
      disagreements: [],
      retrieved: [],
    };
    return joined(parts, first, second);
  }
  // A second part about the person the first asks for, by a pronoun ("who is jl mag's ceo and what did he say about the
  // licence?"), when the articles name no one for it: they do not tell what that person said or did either (another
  // person's words are no answer).
  // (The person asked for: a title's holder, "who's the ceo of vesterhavn", or no one the first part names.)
  if (
    first.abstained &&
    /\bwho\b/i.test(parts[0]) &&
    PERSON_PRONOUN_RE.test(parts[1]) &&
    (asksTitleHolder(parts[0]) || peopleNamed(parts[0], env.personWord).length === 0)
  ) {
    const second: Answer = {
      ...first,
      answer: "The articles don't say. As above, they name no one for it, so they do not tell what that person said or did.",
      summary: 'Not said: they name no one for it.',
      citations: [],
      disagreements: [],
      retrieved: [],
    };
    return joined(parts, first, second);
  }
  // A second part that points back to the one person the first names by a pronoun ("which cmte does moolenaar chair
  // again + what'd he call china's oct 9 move") is asked of that person first: read as a follow-up, the first part's
  // other words would take it elsewhere.
  // (Not one that points back to a place or a time too, "what did he sign there": that needs the first part's words.)
  const named = PERSON_PRONOUN_RE.test(parts[1]) && !OTHER_BACK_RE.test(parts[1]) ? peopleNamed(parts[0], env.personWord) : [];
  if (pointsBack && named.length === 1) {
    const own = await env.ask(withPerson(asked, named[0] as string), context);
    if (!own.abstained) return joined(parts, first, own);
  }
  let second = await env.ask(pointsBack ? `and ${asked}` : asked, [...context, parts[0]]);
  // A second part the articles do not answer on its own words may still be about what the first part asked ("did
  // the penang licence come through? and when did the first licensed shipment land"): it is asked again as a
  // follow-up, which takes the first part's topic along, and that answer is kept when it finds one.
  if (second.abstained && !first.abstained && !pointsBack) {
    const followUp = await env.ask(`and ${asked}`, [...context, parts[0]]);
    if (!followUp.abstained) second = followUp;
  }
  // And one that points back only by its pronoun ("…what did lutnick say abt geneva + what did he say in july re
  // nvidia") may ask of its own topic: asked again with the first part's speaker in place of the pronoun, on its own.
  const speaker = second.abstained && pointsBack ? SUBJECT_RE.exec(parts[0])?.[1] : undefined;
  if (speaker && /^[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?$/u.test(speaker.trim()) && PRONOUN_RE.test(parts[1])) {
    const own = await env.ask(parts[1].replace(PRONOUN_RE, speaker.trim()), context);
    if (!own.abstained) second = own;
  }
  // A first part that asks nothing and says nothing of what a source claims, what the asker says before a dash ("ok our
  // own numbers are a mess. survey vs press release vs whitcombe's testimony — how many members had line stoppages?"),
  // has no answer to give, and no "the articles don't say" either: the second part's answer is the answer.
  const lead = parts[0].replace(/\?+\s*$/, '');
  if (first.abstained && !second.abstained && !HALF_ASKS_RE.test(lead) && !REQUESTS_RE.test(lead) && !CLAIM_VERB_RE.test(lead))
    return {
      answer: second.answer,
      summary: second.summary ?? null,
      abstained: false,
      citations: second.citations,
      disagreements: second.disagreements,
      retrieved: second.retrieved,
    };
  return joined(parts, first, second);
}

/** A part asking what came of something: "what came out of it", "the outcome", "what did they agree/sign there". */
const OUTCOME_BACK_RE =
  /\bwhat\s+(?:came|comes|come)\s+(?:out\s+)?of\b|\b(?:outcomes?|results?|upshot)\b|\bwhat\s+(?:did|do|does)\s+(?:they|he|she|the\s+\w+)\s+(?:agree|sign|announce|decide|achieve|deliver|get)\b|\bwhat\s+happened\b/i;
/** Words that point back to an occasion the first part asks about: "that trip", "this visit", "there", "it". */
const POINTS_TO_OCCASION_RE =
  /\b(?:that|this|the same)\s+(?:trip|visit|meeting|summit|talks?|round|call|event|session|sit-?down)\b|\b(?:there|then|it)\b/i;

/** Words that point back to a place or a time the first part names ("what did he sign there"). */
const OTHER_BACK_RE = /\b(?:there|then)\b/i;

/** A pronoun for one person ("what'd he call…", "his view"). */
export const PERSON_PRONOUN_RE = /\b(?:he|she|him|her|his)\b/i;

/** The text with a person's name in the place of its first pronoun for one ("his" as the name's possessive). */
export function withPerson(text: string, name: string): string {
  return text.replace(PERSON_PRONOUN_RE, (p) => (/^his$/i.test(p) ? `${name}'s` : name));
}

/**
 * The names of the articles' people a text names, each once, as typed ("li chenggang": its words in a row, one of
 * them longer than two letters), by `person`, which says whether a word is one of theirs.
 */
export function peopleNamed(text: string, person: (word: string) => boolean): string[] {
  const names = new Set<string>();
  let run: string[] = [];
  const close = () => {
    if (run.some((w) => w.length > 2)) names.add(run.join(' '));
    run = [];
  };
  for (const typed of text.split(/[^\p{L}'’-]+/u)) {
    const w = typed.toLowerCase().replace(/['’]s$/, '');
    if (w && person(w)) run.push(w);
    else close();
    if (/['’]s$/.test(typed)) close();
  }
  close();
  return [...names];
}

/** A part that asks for something without a question word: "list…", "give me…", "summarize…". */
const REQUESTS_RE = /\b(?:any|list|name|give|tell|show|explain|summari[sz]e)\b/i;

/** The two parts' answers shown one after the other. */
function joined(parts: [string, string], first: Answer, second: Answer): Built {
  const answers: [string, Answer][] = [
    [parts[0], first],
    [parts[1], second],
  ];
  const disagreements: Disagreement[] = [];
  for (const [, a] of answers) for (const d of a.disagreements) if (!disagreements.some((x) => x.topic === d.topic)) disagreements.push(d);
  // Passages alternate between the parts, so that both are represented near the top.
  const retrieved: RetrievedPassage[] = [];
  for (let i = 0; i < Math.max(first.retrieved.length, second.retrieved.length); i++) {
    for (const a of [first, second]) {
      const r = a.retrieved[i];
      if (r) retrieved.push(r);
    }
  }
  const text = answers.map(([part, a], i) => `${i + 1}. ${part}\n${a.answer}`).join('\n\n');
  const summaries = answers.map(([part, a], i) => `${i + 1}. ${part} ${a.summary ?? (a.abstained ? a.answer : '')}`.trim());
  return {
    answer: text,
    summary: summaries.join('\n'),
    abstained: first.abstained && second.abstained,
    citations: [...first.citations, ...second.citations],
    disagreements,
    retrieved,
  };
}
