import type { Claim } from '../corpus/claims.js';
import type { Corpus } from '../corpus/corpus.js';
import { compatible, type DateValue, monthOfWord } from '../corpus/dates.js';
import { isEnglishWord } from '../text/dictionary.js';
import { findParties, questionPlaces, samePerson } from '../text/entities.js';
import { stem, tokenize } from '../text/tokenize.js';
import { type FoundDisagreement, quantityScope } from './conflicts.js';
import type { AnalyzedQuestion } from './question.js';
import { countsThing, DURATION_UNITS, type QuestionFocus, quantityClaimAsked } from './relevance.js';
import { sourceNames } from './sources.js';

/**
 * The first and last lines of an offline answer: a direct answer built from claims when the question asks
 * for a date, a number or who led something, and a plain statement of every relevant disagreement.
 */
export interface Lead {
  before: string | null;
  after: string | null;
  /** The lead in one line, for front ends that show the quotes and disagreements separately. */
  summary: string | null;
  /**
   * The sentences of the claims a short answer rests on ("10 November 2026, according to Rawmaterials.net, …"), one per
   * source, in claim order: the passages the sources it names wrote, listed with the answer's evidence.
   */
  support: readonly number[];
}

/**
 * A size asked of a sum of money, the money its subject: "how big is the loan", "the deal's total size", "how much is
 * the package worth". (Not "how much soybeans did china buy under the deal", nor a stake, which is a share.)
 */
const MONEY_SIZE_ASKED_RE =
  /\bhow (?:big|large|much)\s+(?:is|was|were|are)\s+(?:the\s+|that\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:deal|loan|investment|package|fund|funding|financing|grant|partnership|pipeline)s?\b|\b(?:deal|loan|investment|package|fund|funding|financing|grant|partnership)s?\b[^?]*?\b(?:(?:total\s+)?size|worth)\b/i;
/** A figure written as money: a currency sign or word, or billions and millions. */
const MONEY_WRITTEN_RE = /[$€£¥]|\b(?:dollars?|euros?|yuan|pounds?|billion|million|bn|mn)\b/i;

/** At most this many sentences back a short answer in the passages listed (`Lead.support`). */
const SUPPORT_MAX = 6;

/**
 * The sentences of the sources a short answer names for one value: the first two sources of these claims (`names`
 * names two and counts the others), one sentence each.
 */
function supportOf(claims: readonly Claim[]): number[] {
  const seen = new Set<string>();
  const ids: number[] = [];
  for (const c of claims) {
    if (seen.has(c.source)) continue;
    seen.add(c.source);
    ids.push(c.sentenceId);
    if (ids.length >= 2) break;
  }
  return ids;
}

function focusedClaims(claims: Claim[], focus: QuestionFocus, attribute: Claim['attribute']): Claim[] {
  return claims.filter((c) => {
    if (c.attribute !== attribute) return false;
    const event = c.attribute === 'leader' ? 'talks' : c.event;
    // "Who led the American side in London?" asks for a delegation's leader without naming the talks.
    if (!focus.events.has(event) && !(attribute === 'leader' && focus.attributes.has('leader'))) return false;
    if (c.event === 'talks' && attribute === 'date' && focus.places.length > 0)
      return focus.places.includes((c.qualifier ?? '').toLowerCase());
    // Who led the round in the place asked about: a leader named without a place may be another round's.
    if (attribute === 'leader' && focus.cities.length > 0) {
      return focus.cities.some((p) => (c.qualifier ?? '').toLowerCase().endsWith(` in ${p}`));
    }
    // A figure with a unit must be about what was asked ("tonnes of magnets in June"), not any figure.
    if (c.event === 'quantity') return quantityClaimAsked(focus, c);
    // "When did China's Commerce Ministry announce…" is not answered by the White House's confirmation.
    if (
      (c.event === 'announcement' || c.event === 'controls' || c.event === 'lifting' || c.event === 'licences') &&
      focus.parties.length > 0
    ) {
      const actor = findParties(c.qualifier ?? '')[0]?.party;
      return !!actor && focus.parties.includes(actor);
    }
    return true;
  });
}

/** The date most sources agree on, at the best precision they share, or null when there is none. */
function consensusDate(claims: Claim[]): { claim: Claim; support: Claim[] } | null {
  const dated = claims.filter((c) => c.date);
  if (dated.length === 0) return null;
  // Support is counted per distinct date value (many claims share one), not per pair of claims.
  const values = new Map<string, { date: DateValue; n: number }>();
  for (const c of dated) {
    const key = JSON.stringify(c.date);
    const v = values.get(key);
    if (v) v.n++;
    else values.set(key, { date: c.date as DateValue, n: 1 });
  }
  const supportOf = new Map<string, number>();
  for (const [key, v] of values) {
    let n = 0;
    for (const o of values.values()) if (compatible(o.date, v.date)) n += o.n;
    supportOf.set(key, n);
  }
  const precision = (c: Claim) =>
    ((c.date as DateValue).precision === 'day' ? 2 : (c.date as DateValue).precision === 'month' ? 1 : 0) +
    ((c.date as DateValue).year != null ? 0.5 : 0);
  // The first claim with the most support, then the best precision (what a stable sort would put first).
  let best: { c: Claim; n: number } | null = null;
  for (const c of dated) {
    const n = supportOf.get(JSON.stringify(c.date)) as number;
    if (!best || n > best.n || (n === best.n && precision(c) > precision(best.c))) best = { c, n };
  }
  if (!best) return null;
  // Only a consensus when every dated claim is compatible with it, and at the precision the articles give: "2025"
  // agrees with "October 30" and "October 31" alike, but says nothing when they disagree on the day.
  if (best.n < dated.length) return null;
  if (dated.some((c) => precision(c) > precision(best.c))) return null;
  const claim = best.c;
  return { claim, support: dated.filter((o) => compatible(o.date as DateValue, claim.date as DateValue)) };
}

/** True when a figure's unit is of the kind the question asks for: a percentage, or a length of time. */
function unitAsked(asked: ReadonlySet<'%' | 'days'>, unit: string | undefined): boolean {
  if (unit === '%') return asked.has('%');
  return DURATION_UNITS.has(unit ?? '') && asked.has('days');
}

/** Units a figure is counted in. */
const UNIT_RE = /^(?:tonnes?|tons?|mt|barrels?|bpd|percent|pct|units?|kilos?|kilograms?|kg|pounds?|lbs?|dollars?|usd|yuan)$/;

/** The first words after "how many"/"how much" up to its verb ("how many soybeans did…": soybean), as stems. */
function countedThing(q: AnalyzedQuestion, common: (stem: string) => boolean): Set<string> {
  const phrase =
    /\bhow (?:many|much)\s+((?:[a-z'-]+\s+){0,3}?[a-z'-]+)\s+(?:did|do|does|were|was|are|is|has|have|had|will|would|can|could|got|get|went)\b/i.exec(
      q.topic,
    )?.[1];
  // "How long is mofcom's suspension of the oct 9 measures valid": what lasts (a length is given with it, however
  // many articles use the word).
  const lasting =
    /\bhow long\s+(?:is|was|are|were|will|would|does|did|do)\s+(?:the\s+)?((?:[a-z'’-]+\s+){0,2}?[a-z'’-]+)(?=\s+(?:valid|last|lasts|run|runs|go|be|stay|of|for|on|in)\b|\s*[?.]|$)/i.exec(
      q.topic,
    )?.[1];
  const words = new Set((phrase ?? lasting ?? '').toLowerCase().split(/\s+/));
  // (Not a unit, "how many tonnes of…", nor a word many articles use, "magnets": a figure's clause may leave those to
  // the sentence before.)
  return new Set(
    q.terms
      // (What lasts may read as a verb, "how long do holds last": any word of it the articles use.)
      .filter(
        (t) =>
          words.has(t.word) &&
          (t.salient || !phrase) &&
          t.present &&
          !t.frame &&
          !UNIT_RE.test(t.word) &&
          (!phrase || !t.matches.some(common)),
      )
      .flatMap((t) => t.matches),
  );
}

/** The stems of the words around a quantity claim's figure (its qualifier's near and clause words). */
function claimWords(c: Claim): string[] {
  const [, , near = '', clause = ''] = (c.qualifier ?? '').split('|');
  return `${near} ${clause}`.split(' ').filter(Boolean).map(stem);
}

/** A question asking for a share: "what share of…", "how much of…", "what %", "what percentage". */
const ASKS_SHARE_RE = /\bhow much of\b|\bwhat (?:share|percentage|proportion|fraction|portion|percent|part)\b|%|\bper ?cent\b|\bshare\b/i;

/**
 * The companies and people a question names (a name, or a word no dictionary knows; not a party, a place or a
 * figure): a date lead is of them.
 */
export function ownNames(q: AnalyzedQuestion): AnalyzedQuestion['terms'] {
  return q.terms.filter(
    (t) =>
      (t.name || !isEnglishWord(t.word)) &&
      !/\d/.test(t.word) &&
      t.salient &&
      t.present &&
      !t.frame &&
      findParties(t.word).length === 0 &&
      questionPlaces(t.word).length === 0,
  );
}

const distinctions = new WeakMap<Corpus, Map<string, boolean>>();

/**
 * Whether the articles write the noun `head` both right after `modifier` and without it before it ("general licences"
 * and "temporary export licences"): then the word names a kind of it. Only the sentences holding the noun are read
 * (`holding`, the index's look-up; every sentence without it).
 */
function distinguishes(
  corpus: Corpus,
  modifier: string,
  head: string,
  holding: ((stem: string) => readonly number[]) | undefined,
): boolean {
  let known = distinctions.get(corpus);
  if (!known) {
    known = new Map();
    distinctions.set(corpus, known);
  }
  const key = `${modifier}|${head}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let withIt = false;
  let without = false;
  const ids = holding ? holding(head) : corpus.sentences.map((_, i) => i);
  for (const id of ids) {
    const tokens = tokenize(corpus.sentences[id]?.text ?? '').map((t) => t.stem);
    tokens.forEach((st, i) => {
      if (st !== head) return;
      if (tokens[i - 1] === modifier) withIt = true;
      else without = true;
    });
    if (withIt && without) break;
  }
  known.set(key, withIt && without);
  return withIt && without;
}

/** The party a question asks figures to go to ("…ship to the US", "us-bound", "exports to china"), or null. */
function destinationAsked(text: string): string | null {
  const m = /\b(?:to|for|into|bound for)\s+(?:the\s+)?([\p{L}.]+(?:\s+[\p{L}.]+)?)|\b([\p{L}.]+)-bound\b/iu.exec(text);
  const words = m ? ((m[1] ?? m[2]) as string) : '';
  return findParties(words.replace(/\b(?:us|u\.s\.?)\b/gi, 'US'))[0]?.party ?? null;
}

/** Words for a place in a series ("first", "latest"), which say which one, not what kind. */
const ORDINAL_WORD_RE =
  /^(?:first|second|third|fourth|fifth|last|latest|next|previous|final|initial|new|newest|recent|\d+(?:st|nd|rd|th))$/i;

/** Builds the lead and the closing note of an answer. */
export function directAnswer(
  corpus: Corpus,
  q: AnalyzedQuestion,
  focus: QuestionFocus,
  claims: Claim[],
  relevant: FoundDisagreement[],
  common: (stem: string) => boolean = () => false,
  /** The companies and people the question names (`ownNames`), when the caller has them already. */
  own: AnalyzedQuestion['terms'] = ownNames(q),
  /** Whether most of the articles use a stem (the story's own words: "licences", "rare earth"). */
  storyWide: (stem: string) => boolean = common,
  /** The sentences holding a stem (the index's look-up), for reading a kind's words. */
  holding?: (stem: string) => readonly number[],
): Lead {
  const notes = relevant.map((d) => `⚠️ ${d.disagreement.explanation}`);
  const asked = (attribute: Claim['attribute']) => relevant.findIndex((d) => d.attribute === attribute);
  let before: string | null = null;
  let support: number[] = [];
  if (focus.attributes.has('date') && focus.events.size > 0) {
    const i = asked('date');
    if (i >= 0) before = notes.splice(i, 1)[0] ?? null;
    else {
      // (Of the companies and people the question names: "when did kestrova go back to 3 shifts" is not answered by a
      // date Halden Aero was told it could resume shipping.)
      // (Only where it names some: then each claim's words are read, by stem.)
      // (And of a word typed right before one of its particular nouns that says which of its kind it asks about:
      // "when were the first general licences issued" is not answered by a date "China granted temporary export
      // licenses". A noun not the whole story's is particular.)
      const particular = q.terms.filter(
        (t) =>
          t.salient &&
          t.present &&
          !t.frame &&
          !t.name &&
          isEnglishWord(t.word) &&
          !/\d/.test(t.word) &&
          monthOfWord(t.word) === null &&
          findParties(t.word).length === 0 &&
          questionPlaces(t.word).length === 0 &&
          !t.matches.some((m) => storyWide(m)),
      );
      const typed = tokenize(q.text).map((t) => t.stem);
      const kind = q.terms.filter(
        (t) =>
          !t.salient &&
          t.present &&
          !t.frame &&
          isEnglishWord(t.word) &&
          !ORDINAL_WORD_RE.test(t.word) &&
          !t.matches.some((m) => storyWide(m)) &&
          // (Of a noun it is typed before, which the articles write both with it and without it.)
          particular.some(
            (p) => typed.some((st, i) => st === t.stem && typed[i + 1] === p.stem) && distinguishes(corpus, t.stem, p.stem, holding),
          ),
      );
      const holds = (c: Claim, terms: AnalyzedQuestion['terms']) => {
        if (terms.length === 0) return true;
        const words = new Set(tokenize(`${c.quote} ${c.qualifier ?? ''}`).map((w) => w.stem));
        return terms.every((t) => t.matches.some((m) => words.has(m)));
      };
      // (A kind's word only where the articles write the noun both with it and without it: "general licences" and
      // "temporary licences" are kinds; "rare" of "rare earth" names no kind.)
      const found = consensusDate(focusedClaims(claims, focus, 'date').filter((c) => holds(c, [...own, ...kind])));
      if (found) support = supportOf(found.support);
      // (Its sentences are evidence, but no short answer rests on pages that say they were generated by AI alone:
      // "Short answer: April 2025, according to TrendPulse Daily (AI-generated page)" would pass on what no reporting
      // says.)
      if (found && !found.support.every((c) => corpus.byId.get(c.source)?.meta.aiGenerated))
        before = `Short answer: ${found.claim.display.replace(/\s*\(“.*$/, '')}, according to ${sourceNames(
          corpus,
          found.support.map((c) => c.source),
        )}.`;
    }
  } else if (focus.attributes.has('leader') && q.type === 'who') {
    const i = asked('leader');
    if (i >= 0) before = notes.splice(i, 1)[0] ?? null;
    else {
      const leaders = focusedClaims(claims, focus, 'leader');
      const people: { name: string; side: string; sources: string[] }[] = [];
      for (const c of leaders) {
        const side = (c.qualifier ?? '').split(' in ')[0] as string;
        // "Who led the American delegation?" is about one side.
        if (focus.parties.length > 0 && !focus.parties.includes(side)) continue;
        const known = people.find((p) => p.side === side && samePerson(p.name, c.value));
        if (known) known.sources.push(c.source);
        else people.push({ name: c.value, side, sources: [c.source] });
      }
      if (people.length > 0) {
        support = people.flatMap((p) => supportOf(leaders.filter((c) => p.sources.includes(c.source) && samePerson(p.name, c.value))));
        before = `Short answer: ${people.map((p) => `${p.name} (${p.side})`).join(' and ')}, according to ${sourceNames(
          corpus,
          people.flatMap((p) => p.sources),
        )}.`;
      }
    }
  } else if (focus.attributes.has('number') && q.type === 'howmany') {
    const i = asked('number');
    if (i >= 0) before = notes.splice(i, 1)[0] ?? null;
    else {
      // The figures the articles give for the measure asked about, each with its sources.
      const target = focus.target;
      const asked = claims.filter(
        (c) =>
          c.attribute === 'number' &&
          focus.events.has(c.event) &&
          // "How long / how many days…" wants a duration, "what rate" a percentage: a count of things is neither.
          (focus.units.size === 0 || unitAsked(focus.units, c.unit)) &&
          (!target || c.event !== 'tariff' || (c.qualifier ?? '').startsWith(`on ${target}`)) &&
          (c.event !== 'quantity' || quantityClaimAsked(focus, c)) &&
          // A count is of what its qualifier names ("7 rare earths", "140 licence applications"): the question must
          // name it too ("how many e-scooters" is not a count of rare earths).
          (c.event !== 'count' || countAsked(focus, c)) &&
          // So is a share ("98% of the EU's supply"): "what share of licence requests were granted" is not of supply.
          // (One with no qualifier, "two-thirds", only for a question asking for a share: a share is no count.)
          (c.event !== 'share' || (c.qualifier ? countAsked(focus, c) : ASKS_SHARE_RE.test(q.topic))) &&
          // "How many tonnes…": counts of things are not tonnages.
          (c.event === 'quantity' || !focus.measureUnit) &&
          // "How big is the pentagon loan?", "the deal's total size": a sum of money, not a tonnage.
          (!MONEY_SIZE_ASKED_RE.test(q.topic) || MONEY_WRITTEN_RE.test(c.display || c.value)),
      );
      // "China magnet exports june 2025, how many t?": where some figures are of the month asked (the claims date
      // them), the others are of other months or of none (a company's yearly volume).
      const months = focus.months.map((m) => m.toLowerCase());
      const ofMonth = (c: Claim) => c.event === 'quantity' && months.includes((c.qualifier ?? '').split('|')[1] ?? '');
      const dated = asked.some(ofMonth) ? asked.filter((c) => c.event !== 'quantity' || ofMonth(c)) : asked;
      // "How many tons … to the US": a figure its clause says went to another country ("the India-bound volume was
      // 172 tonnes") is not one of them.
      const to = destinationAsked(q.text);
      const figures = to ? dated.filter((c) => c.event !== 'quantity' || [to, null, ''].includes(quantityScope(c))) : dated;
      // "How many soybeans…": where some figures are of the thing counted (their clause names it), the others are
      // figures of something else the candidates hold ("about half of all US ethane exports").
      const thing = countedThing(q, common);
      const ofThing = figures.filter((c) => c.event === 'quantity' && claimWords(c).some((w) => thing.has(w)));
      // "How long is the suspension valid": a length of something else ("ending three months of gain") is no figure
      // of it; with none of it, no figures are given up front (the quotes answer).
      const lengthOfThing = /\bhow long\b/i.test(q.topic) && thing.size > 0;
      const byValue = new Map<string, string[]>();
      const shown = new Map<string, string>();
      for (const c of ofThing.length > 0 || lengthOfThing ? ofThing : figures) {
        const list = byValue.get(c.value);
        if (list) list.push(c.source);
        else byValue.set(c.value, [c.source]);
        // As the first source wrote it ("3,188 tonnes", "a third"), not the normalised value.
        if (!shown.has(c.value)) shown.set(c.value, c.display || c.value);
      }
      if (byValue.size > 0) {
        const parts = [...byValue]
          .sort((a, b) => b[1].length - a[1].length)
          .map(([v, sources]) => `${shown.get(v) ?? v} (${sourceNames(corpus, sources)})`);
        before = `Figures given: ${parts.join('; ')}.`;
      }
    }
  }
  // A disagreement leads with its whole explanation; the one-line summary only names it.
  // (Every side, when there are more than two: "850 jobs", "620 jobs", "1,200 jobs".)
  const sides = relevant.find((d) => before?.endsWith(d.disagreement.explanation))?.disagreement.positions.length ?? 2;
  const summary = before?.startsWith('⚠️')
    ? `${before.split('. ')[0]}; ${sides > 2 ? `all ${sides} positions are` : 'both sides are'} quoted below.`
    : before;
  return {
    before,
    after: notes.length ? notes.join('\n') : null,
    summary,
    support: before?.startsWith('⚠️') ? [] : support.slice(0, SUPPORT_MAX),
  };
}

/** Whether a count claim ("7 rare earths") counts what the question asks about: a word of its qualifier is asked. */
function countAsked(focus: QuestionFocus, c: Claim): boolean {
  const qualifier = c.qualifier ?? '';
  return (
    qualifier.split(/\s+/).some((w) => w.length > 2 && focus.stems.has(stem(w.replace(/licenc/g, 'licens')))) &&
    (c.event !== 'count' || countsThing(focus.text, qualifier))
  );
}
