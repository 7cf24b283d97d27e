import { ALL_DESTINATIONS_RE, CHANGE_VERBS, type Claim, exportScope } from '../corpus/claims.js';
import type { Corpus } from '../corpus/corpus.js';
import { byGroupingOrder, compatible, type DateValue, MONTH_NAMES } from '../corpus/dates.js';
import { inStoryYears, storyYears } from '../corpus/story-years.js';
import type { Article } from '../corpus/types.js';
import { countryNamesOf, findParties, findPlaces, samePerson } from '../text/entities.js';
import { goodsOf, otherGoods } from '../text/goods.js';
import { escapeRegExp, lexiconWords } from '../text/lexicon.js';
import { synonymsOf } from '../text/synonyms.js';
import { contentStems, stem, tokenize } from '../text/tokenize.js';
import { claimIdentities, GroupMemo, groupFingerprint, memberIndices } from './memo.js';
import { sourceName } from './sources.js';
import type { Disagreement, Position } from './types.js';

/**
 * Disagreement detection: claims about the same event and attribute whose values cannot both be true at
 * their common precision (24 June vs 25 June; June vs September) form a disagreement. Complementary detail
 * (June vs 9 June) does not. Each side is a position with its normalised value, the sources holding it and
 * a verbatim quote.
 */

/** A disagreement with what it is about, so that answers can pick the ones relevant to a question. */
export interface FoundDisagreement {
  disagreement: Disagreement;
  event: Claim['event'];
  attribute: Claim['attribute'];
  qualifier: string | null;
  /** Sentence ids of the quotes, for passage lists. */
  sentenceIds: number[];
  /** For figures with a unit: the words of all its figures' clauses, for telling which questions it answers. */
  words?: string[];
  /** For figures with a unit: where they went (a party, '' for all destinations), null when no clause says. */
  scope?: string | null;
  /** For figures with a unit: the words every figure's clause has (what they are all of). */
  common?: string[];
  /**
   * For figures with a unit and no destination said: the destinations the folder gives figures of that unit and
   * month for, in claims of their own ("5,933 tons were shipped to the U.S." beside "China exported 57,392 tons").
   */
  scopedElsewhere?: string[];
  /** For leaders: the places of the talks its claims name (lower case), for telling which round a question asks about. */
  places?: string[];
  /**
   * For leaders: per position, the places its claims name (lower case; '' for a claim that names none), for telling
   * whether two sides are about the round asked.
   */
  sidePlaces?: string[][];
}

interface Side {
  claims: Claim[];
  /** The value the side is compared by. */
  date?: DateValue;
  value: string;
}

const MONTHS = MONTH_NAMES;

function distinctSources(claims: Claim[]): string[] {
  return [...new Set(claims.map((c) => c.source))];
}

const RELATIVE_RE =
  /yesterday|today|ago|earlier|prior|before|previous|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\bthe \d/i;

/** How well a claim stands for its side: a known year, then day precision, then explicit wording, then a named speaker. */
function strength(c: Claim): number {
  const d = c.date;
  return (
    (d?.year != null ? 8 : 0) + (d?.precision === 'day' ? 4 : 0) + (c.date && RELATIVE_RE.test(c.asWritten) ? 0 : 2) + (c.speaker ? 1 : 0)
  );
}

function positionOf(side: Side, corpus: Corpus, taken: Set<number>): Position {
  const ranked = [...side.claims].sort((a, b) => strength(b) - strength(a) || a.id - b.id);
  // Each side is quoted from a sentence of its own when it can be, so the two sides do not show one quote.
  const best = ranked[0] as Claim;
  const rep = ranked.find((c) => !taken.has(c.sentenceId)) ?? best;
  taken.add(rep.sentenceId);
  const sourceList = [rep.source, ...distinctSources(ranked).filter((s) => s !== rep.source)];
  const inconsistent = side.claims.find((c) => c.inconsistency)?.inconsistency ?? null;
  // Per source: how it put it ("yesterday", said on 26 June 2025) and who said it.
  const details = sourceList.slice(0, 6).map((source) => {
    const c = ranked.find((x) => x.source === source) as Claim;
    const name = sourceName(corpus.byId.get(source) as Article);
    // Each source's own words: the date as written, the word that sets the tone, the count as written.
    const how = c.date
      ? c.display.includes('(')
        ? c.display.slice(c.display.indexOf('('))
        : `(“${c.asWritten}”)`
      : c.attribute === 'tone' || c.event === 'count' || (c.unit === 'hours' && c.asWritten.toLowerCase() !== c.display.toLowerCase())
        ? `(“${c.asWritten}”)`
        : '';
    return `${name}${c.speaker && c.attribute !== 'tone' ? `, quoting ${c.speaker}` : ''}${how ? ` ${how}` : ''}`;
  });
  const more = sourceList.length > 6 ? `; and ${sourceList.length - 6} more` : '';
  // The value is the most complete the side has (a known year); the quote, the side's own sentence.
  const valueText = best.date ? best.display.replace(/\s*\(“.*$/, '') : best.display;
  // A span's value carries its last day ("2025-06-09/11"), so two spans from the same first day stay two positions.
  const span = best.date?.endDay != null && best.date.endDay !== best.date.day ? `/${String(best.date.endDay).padStart(2, '0')}` : '';
  return {
    claim: `${best.value}${span}`,
    summary: `${valueText}: ${details.join('; ')}${more}`,
    sources: sourceList,
    quote: rep.quote,
    start: rep.start,
    end: rep.end,
    speaker: rep.speaker,
    inconsistency: inconsistent,
  };
}

/** Splits date claims into mutually incompatible sides; claims compatible with several sides take none. */
function dateSides(claims: Claim[]): Side[] {
  // A date two years or more from the year most sources give is of another event of the kind, told as background
  // ("the Phase 1 trade deal signed in 2020") or ahead ("starting in 2027"): no source misdates the story's own
  // step by years. (Of years given equally often, the latest is the story's.)
  const years = new Map<number, number>();
  for (const c of claims) if (c.date?.year != null) years.set(c.date.year, (years.get(c.date.year) ?? 0) + 1);
  const usual = [...years].reduce<[number, number] | null>(
    (a, b) => (!a || b[1] > a[1] || (b[1] === a[1] && b[0] > a[0]) ? b : a),
    null,
  )?.[0];
  const sorted = [...claims]
    .filter((c) => c.date && (usual == null || c.date.year == null || Math.abs(c.date.year - usual) < 2))
    .sort((a, b) => byGroupingOrder(a.date as DateValue, b.date as DateValue));
  const sides: Side[] = [];
  for (const c of sorted) {
    const d = c.date as DateValue;
    const fits = sides.filter((s) => compatible(s.date as DateValue, d));
    if (fits.length === 1) (fits[0] as Side).claims.push(c);
    else if (fits.length === 0) sides.push({ claims: [c], date: d, value: c.value });
  }
  return sides;
}

/** Sides by equal value (places, numbers, categories, tone). */
function valueSides(claims: Claim[], same: (a: string, b: string) => boolean = (a, b) => a === b): Side[] {
  const sides: Side[] = [];
  for (const c of claims) {
    const side = sides.find((s) => same(s.value, c.value));
    if (side) side.claims.push(c);
    else sides.push({ claims: [c], value: c.value });
  }
  return sides;
}

/**
 * A real disagreement needs two sides held by different sources, or by different named speakers within one
 * source ("Trump said the 25th; Lutnick, the 24th").
 */
function isDispute(sides: Side[]): boolean {
  if (sides.length < 2) return false;
  const sources = new Set(sides.flatMap((s) => s.claims.map((c) => c.source)));
  if (sources.size >= 2) {
    // At least two sides must have a voice that is on no other side: a source, or a speaker it quotes (a source
    // giving the 26th itself and the 24th in Lutnick's words holds each in one voice, against a third source's 25th).
    const voice = (c: Claim) => `${c.source}|${c.speaker ?? ''}`;
    const voicesOf = sides.map((s) => new Set(s.claims.map(voice)));
    const exclusive = sides.filter((s, i) => s.claims.some((c) => voicesOf.every((o, j) => j === i || !o.has(voice(c)))));
    if (exclusive.length >= 2) return true;
  }
  const speakers = sides.map((s) => new Set(s.claims.map((c) => c.speaker).filter(Boolean)));
  return (
    speakers.every((set) => set.size > 0) && speakers.some((a, i) => speakers.some((b, j) => i !== j && ![...a].some((x) => b.has(x))))
  );
}

/**
 * Words that make a figure a sum of several ("a total of 55%", "the combined rate", "the sum of existing levies"), or
 * give it for two things together ("850 jobs across the magnet plant and the separation facility", "between the plant
 * and the facility next door", "the two facilities are expected to create 850 new jobs").
 */
const TOTAL_WORDS_RE =
  /\b(?:total|combined|sum|overall|in all|altogether|stacked|cumulative|all told)\b|\b(?:across|between) (?:the |both )?[\w' -]{0,40}?(?:plant|facility|site|project|factory|mine|company)s? and\b|\b(?:both|the two) (?:facilities|plants|sites|projects|factories|companies|mines)\b/i;

/**
 * "55% vs 30%" where the sources call 55% a total: the larger figure may include the smaller one (a total vs
 * one of its parts) rather than contradict it. Said, not decided: each side is still quoted.
 */
function totalNote(corpus: Corpus, attribute: Claim['attribute'], sides: Side[]): string {
  if (attribute !== 'number' || sides.length < 2) return '';
  // Called a total where the figure is given, or in another sentence of the same article that gives it again.
  const calledTotal = (c: Claim) => {
    if (TOTAL_WORDS_RE.test(c.quote)) return true;
    const figure = String(c.number ?? '');
    const [first, end] = corpus.sentenceRange.get(c.source) ?? [0, 0];
    for (let i = first; i < end; i++) {
      const text = corpus.sentences[i]?.text ?? '';
      if (figure && new RegExp(`\\b${figure}\\s*(?:%|percent|per cent)`, 'i').test(text) && TOTAL_WORDS_RE.test(text)) return true;
    }
    return false;
  };
  const total = sides.find((s) => s.claims.some(calledTotal));
  if (!total) return '';
  const others = sides.filter((s) => s !== total && (s.claims[0]?.number ?? Number.POSITIVE_INFINITY) < (total.claims[0]?.number ?? 0));
  if (others.length === 0) return '';
  const value = total.claims[0]?.display ?? total.value;
  const parts = others.map((s) => s.claims[0]?.display ?? s.value).join(' or ');
  return ` Note: ${value} is given as a total, so it may include ${parts} (a total and one of its parts) rather than contradict it.`;
}

/**
 * "More than six times" against "more than sevenfold": lower bounds, which a figure above both satisfies. Still a
 * difference worth showing (each side quoted), but said to be one that may not be a contradiction.
 */
function boundsNote(attribute: Claim['attribute'], sides: Side[]): string {
  if (attribute !== 'number' || sides.length < 2) return '';
  const bound = (s: Side) => /\d\+/.test(s.value);
  const n = (s: Side) => s.claims[0]?.number ?? Number.NaN;
  const top = Math.max(...sides.map(n));
  // Every side a lower bound, or a figure at least as large as every bound.
  if (!sides.every((s) => bound(s) || sides.filter(bound).every((b) => n(s) >= n(b)))) return '';
  if (!sides.some(bound)) return '';
  const shown = sides.map((s) => s.claims[0]?.display ?? s.value).join(' and ');
  return ` Note: ${shown} are lower bounds (“more than”), which a figure of ${top} or more meets, so they may not contradict each other.`;
}

/**
 * "45 working days" against "45 calendar days" (or "45 days"): one length counted two ways. Still shown, each side
 * quoted, but said to be a difference of measure that may not be a contradiction.
 */
function dayKindNote(attribute: Claim['attribute'], sides: Side[]): string {
  if (attribute !== 'number' || sides.length < 2) return '';
  const kinds = new Set(sides.map((s) => /\b(working|calendar)\s+days\b/.exec(s.value)?.[1] ?? 'plain'));
  const working = sides.find((s) => /\bworking\s+days\b/.test(s.value));
  if (kinds.size < 2 || !working) return '';
  // (Five working days to a week.)
  const n = working.claims[0]?.number ?? 0;
  const weeks = Math.round(n / 5);
  const about = n >= 10 ? ` (${n} working days is about ${weeks} weeks)` : '';
  return ` Note: working days and calendar days count a length differently${about}, so the sides may give one rule measured two ways rather than contradict each other.`;
}

/** "The correct figure is 3,188 tonnes, not 3,881", "around 240,000 barrels per day, not 420,000 as originally published". */
const CORRECTION_RE =
  /\bcorrect(?:ed)?\s+(?:figure|number|total|amount|count|date|version|estimate)?\s*(?:is|was|should be|should have been|reads)\s+(?:around\s+|about\s+)?([\d][\d,.]*)[^;]{0,40}?,?\s+(?:and\s+)?not\s+([\d][\d,.]*)|\b([\d][\d,.]*)[^;,]{0,40},?\s+not\s+([\d][\d,.]*)[^;]{0,40}?\bas\s+(?:originally|previously|earlier|first|wrongly|incorrectly|erroneously)\s+(?:reported|stated|published|said|written|given)/i;

/**
 * A side whose figure a correction notice replaced: "Note: Asia Metals Daily published a correction: 3,188, not
 * 3,881." The corrected figure is then the one to rely on, though the uncorrected copy is still in the folder.
 */
function correctionNote(corpus: Corpus, attribute: Claim['attribute'], sides: Side[], corrections: readonly Claim[]): string {
  if (attribute !== 'number' || sides.length < 2) return '';
  const num = (x: string) => Number(x.replace(/,/g, ''));
  const values = new Set(sides.map((side) => side.claims[0]?.number));
  for (const c of corrections) {
    const m = CORRECTION_RE.exec(c.quote);
    if (!m) continue;
    const [rightText, wrongText] = m[1] ? [m[1], m[2] as string] : [m[3] as string, m[4] as string];
    const right = num(rightText);
    const wrong = num(wrongText);
    if (!values.has(wrong)) continue;
    const who = sourceName(corpus.byId.get(c.source) as Article);
    return ` Note: ${who} published a correction: ${rightText}, not ${wrongText}; the ${wrongText} figure is superseded${values.has(right) ? '' : ` by ${rightText}`}.`;
  }
  return '';
}

/** "The sources disagree on the signing date. 24 June 2025: … 25 June 2025: …" */
function explain(topic: string, positions: Position[]): string {
  const on = /^(?:what|who|how|when|where|whether)\b/.test(topic) ? topic : `the ${topic}`;
  const notes = positions.filter((p) => p.inconsistency).map((p) => ` Note: ${p.inconsistency}.`);
  const capital = (x: string) => `${x.charAt(0).toUpperCase()}${x.slice(1)}`;
  return `The sources disagree on ${on}. ${positions.map((p) => `${capital(p.summary)}.`).join(' ')}${notes.join('')}`;
}

function monthOf(label: string | null): string | null {
  return label && MONTHS.includes(label) ? label : null;
}

function partyAdjective(party: string): string {
  return party === 'China' ? 'Chinese' : party === 'the US' ? 'US' : party;
}

/** Human topic of a group of claims. */
function topicOf(event: Claim['event'], attribute: Claim['attribute'], qualifier: string | null): string {
  if (attribute === 'date') {
    switch (event) {
      case 'signing':
        return 'signing date';
      case 'talks':
        return `date of the ${qualifier} talks`;
      case 'call':
        return 'date of the phone call';
      case 'announcement':
        return qualifier ? `date of ${qualifier}'s announcement` : 'date of the announcement';
      case 'controls':
        return qualifier ? `date of ${qualifier}'s new controls` : 'date of the new controls';
      case 'licences':
        return 'date the licences were granted';
      case 'pause': {
        const parts = (qualifier ?? '').split('|');
        const of = parts.find((p) => p === 'tariffs' || p === 'controls');
        const topic = of ? `date the pause of ${of === 'tariffs' ? 'tariffs' : 'export controls'} ends` : 'date the pause ends';
        return parts.includes('moved') ? `${topic}, as extended` : topic;
      }
      case 'notification':
        return `date ${qualifier ?? 'the company'} was notified`;
      case 'lifting':
        return `date ${qualifier ?? 'the restrictions were'} lifted`;
      case 'dated': {
        // "effective date (affiliates rule)": the kind of step, and the words its sources share.
        const [cls = '', words = ''] = (qualifier ?? '').split(':');
        const step: Record<string, string> = {
          end: 'end date',
          start: 'effective date',
          suspend: 'suspension date',
          approve: 'approval date',
          announce: 'announcement date',
          agree: 'agreement date',
          lift: 'date lifted',
        };
        return `${step[cls] ?? `${cls} date`}${words ? ` (${words})` : ''}`;
      }
      default:
        return `date of the ${event}`;
    }
  }
  if (attribute === 'place') {
    if (event === 'signing') return 'place of signing';
    return `venue of the ${monthOf(qualifier) ?? qualifier ?? ''} talks`.replace(/\s+/g, ' ');
  }
  if (attribute === 'venue') return `venue of the ${qualifier ?? ''} talks (building)`.replace(/\s+/g, ' ');
  if (attribute === 'holder') {
    const [party = '', office = ''] = (qualifier ?? '').split('/');
    const adjective = partyAdjective(party);
    return `who is ${adjective.startsWith('the ') ? adjective : `the ${adjective}`} ${office}`;
  }
  if (attribute === 'leader') {
    const [side, place] = (qualifier ?? '').split(' in ');
    return `leader of the ${partyAdjective(side ?? '')} delegation${place ? ` in ${place}` : ''}`;
  }
  if (attribute === 'lifted')
    return `what ${qualifier} lifts: export controls on its own high-tech goods, or restrictions on the other side's goods`;
  if (attribute === 'tone') return 'significance of the agreement (breakthrough or modest step)';
  if (attribute === 'status') return 'whether the agreement was signed or only agreed in principle';
  if (event === 'tariff') {
    const target = (qualifier ?? '').replace(/^on /, '');
    return `tariff rate on ${partyAdjective(target)} goods`;
  }
  if (event === 'pause')
    return `length of the ${qualifier === 'controls' ? 'export controls suspension' : qualifier === 'tariffs' ? 'tariff pause' : 'pause'}`;
  if (event === 'count') return `number of ${qualifier ?? 'items'}`;
  if (event === 'share') return qualifier?.endsWith('(target)') ? 'share aimed at (target)' : 'share figure cited';
  if (event === 'quantity') {
    const label = (qualifier ?? '').trim();
    const unit = /^[a-z ]+?(?= \(|$)/.exec(label)?.[0] ?? '';
    // (The claims' one word for the United States, "usa", is written "US" for readers.)
    const about = label
      .slice(unit.length)
      .trim()
      .replace(/\busa\b/g, 'US');
    const what: Record<string, string> = {
      tonnes: 'tonnage',
      jobs: 'number of jobs',
      'barrels a day': 'volume in barrels a day',
      barrels: 'volume in barrels',
      hours: 'duration in hours',
      days: 'length of time',
      months: 'duration in months',
      times: 'size of the rise (as a multiple)',
      'percent share': 'share',
      'percent rise': 'size of the rise in percent',
      'percent fall': 'size of the fall in percent',
      'percent rise month on month': 'size of the rise in percent, month on month',
      'percent fall month on month': 'size of the fall in percent, month on month',
      'percent rise year on year': 'size of the rise in percent, year on year',
      'percent fall year on year': 'size of the fall in percent, year on year',
    };
    // A change of a level ("an increase of 307 tonnes") is named as one: "change in tonnage".
    const base = unit.replace(/^change in /, '');
    const name = what[base] ?? `figure in ${base}`;
    return `${base === unit ? name : `change in ${name.replace(/^figure in /, '')}`}${about ? ` ${about}` : ''}`;
  }
  return `${event} ${attribute}`;
}

/** A level a figure moved to: "jumped 56.1% to 656 t", "fell 3% to 564 tonnes", "rose to 6,150 tons". */
const MOVED_TO_RE = new RegExp(
  String.raw`\b(?:${CHANGE_VERBS}|slipped|slips|recovered|rebounded|edged (?:up|down))\b(?:[^.;]|\.\d){0,30}?\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\d`,
  'i',
);

/**
 * A company is told of one decision once: the days two reports give for it, up to a working week apart ("told on July
 * 3" and "notified on July 7"), are that one notice told two ways (calls and statements recur more often: three days).
 * Further apart they are successive notices (letters on June 25 letting cargoes load, a rescission on July 2).
 */
const NOTIFIED_DAYS = 5;

/** Events that recur (calls, announcements): claims more than a month apart are about different occurrences. */
const RECURRING = new Set(['call', 'announcement', 'controls', 'licences', 'lifting', 'notification']);

/** Two figures of which one is five times the other or more. */
function fivefold(a: number | undefined, b: number | undefined): boolean {
  if (!a || !b) return false;
  return Math.max(a, b) / Math.min(a, b) >= 5;
}

/** Events keyed by the party that acted (its claim's qualifier): "China's Ministry of Commerce" and "Beijing" are one. */
const ACTED = new Set<Claim['event']>(['announcement', 'controls', 'lifting', 'licences']);

function groupKey(c: Claim): string | null {
  switch (c.attribute) {
    case 'date':
      // Dated steps are grouped by what they date (datedGroups), not by a key of their own.
      if (c.event === 'dated') return null;
      if (c.event === 'talks' && !c.qualifier) return null;
      if (ACTED.has(c.event) && !c.qualifier) return null;
      if (ACTED.has(c.event)) {
        // "China's Ministry of Commerce" and "Beijing" act for the same party.
        return `${c.event}|date|${findParties(c.qualifier ?? '')[0]?.party ?? c.qualifier}`;
      }
      // (A pause's end by what is paused, tariffs or controls; which measure it is, is split after: pausesByMeasure.)
      if (c.event === 'pause') return `pause|date|${withoutPausedObject(c.qualifier)}`;
      return `${c.event}|date|${c.event === 'signing' || c.event === 'call' ? '' : c.qualifier}`;
    case 'place':
      if (c.event === 'signing') return 'signing|place|';
      return c.qualifier ? `talks|place|${c.qualifier}` : null;
    case 'number':
      // Quantities are grouped by what they measure (quantityGroups), not by a key of their own.
      if (c.event === 'quantity') return null;
      // Counted things by what they are, in the paraphrase lexicon's terms: "seven rare earths", "seven rare earth
      // elements" and "six heavy lanthanides" count the same things.
      if (c.event === 'count') return `count|number|${countedThing(c.qualifier ?? '')}|${c.unit}`;
      // "Total" and unqualified levels are the same measure ("tariffs total 55%" vs "stand at 30%").
      return `${c.event}|number|${(c.qualifier ?? '').replace(/\s*\(total\)$/, '')}|${c.unit}`;
    case 'venue':
      return c.qualifier ? `talks|venue|${c.qualifier}` : null;
    case 'holder':
      return `role|holder|${c.qualifier}`;
    case 'leader':
      return `talks|leader|${(c.qualifier ?? '').split(' in ')[0]}`;
    case 'lifted':
      return `lifting|lifted|${c.qualifier}`;
    case 'tone':
      return 'significance|tone|';
    case 'status':
      return 'signing|status|';
  }
}

/** A pause's qualifier without the measure it names (`|of:…`, claims.ts pausedObject). */
function withoutPausedObject(qualifier: string | null): string {
  return (qualifier ?? '').replace(/\|of:[^|]*/, '');
}

/** The words of the measure a pause's end is of ("december 2024 ban"), empty when the sentence names none. */
function pausedWords(c: Claim): Set<string> {
  return new Set((/\|of:([^|]*)/.exec(c.qualifier ?? '')?.[1] ?? '').split(' ').filter(Boolean));
}

/**
 * The ends of pauses of different measures are no one date told two ways: "the suspension of its December 2024 ban
 * … runs until November 27, 2026", "a one-year suspension of the Affiliates Rule … until November 9, 2026" and "the
 * suspension of the October 9 package" each end on their own day. Each group of pause ends is split by the measures
 * named (those that share a word are one); an end naming none joins the one measure named, or, when several are,
 * is compared only with the other ends that name none.
 */
function pausesByMeasure(groups: Map<string, Claim[]>): void {
  for (const [key, group] of [...groups]) {
    if (!key.startsWith('pause|date|')) continue;
    const named = group.filter((c) => pausedWords(c).size > 0);
    if (named.length === 0) continue;
    const clusters: { words: Set<string>; claims: Claim[] }[] = [];
    for (const c of named) {
      const words = pausedWords(c);
      const meets = clusters.filter((k) => [...words].some((w) => k.words.has(w)));
      const merged = { words: new Set([...words, ...meets.flatMap((k) => [...k.words])]), claims: [...meets.flatMap((k) => k.claims), c] };
      for (const k of meets) clusters.splice(clusters.indexOf(k), 1);
      clusters.push(merged);
    }
    const unnamed = group.filter((c) => pausedWords(c).size === 0);
    groups.delete(key);
    if (clusters.length === 1) {
      groups.set(key, [...(clusters[0] as { claims: Claim[] }).claims, ...unnamed]);
      continue;
    }
    if (unnamed.length > 0) groups.set(key, unnamed);
    for (const k of clusters) groups.set(`${key}|of:${[...k.words].sort().join(' ')}`, k.claims);
  }
}

/** Days between two claimed days ("2025-07-09", "2026-11", "2026": the first of a month or year). */
function daysApart(a: string, b: string): number {
  const day = (v: string) => Date.parse(`${v}${v.length === 4 ? '-01-01' : v.length === 7 ? '-01' : ''}T00:00:00Z`);
  return Math.abs(day(a) - day(b)) / 86_400_000;
}

/** Ends of one pause told apart by more than this many days are ends of different pauses. */
const PAUSE_END_SPAN_DAYS = 183;

/**
 * A source that gets a pause's end wrong is off by days or weeks ("November 10" / "27 November 2026"); ends more than
 * half a year apart are of different pauses that an article names alike ("that pause is set to expire July 9" of the
 * spring's tariff truce, "the suspension runs to 10 November 2026" of the autumn's): each run of ends within half a
 * year of the next is compared on its own.
 */
function pausesByTime(groups: Map<string, Claim[]>): void {
  for (const [key, group] of [...groups]) {
    if (!key.startsWith('pause|date|')) continue;
    const sorted = [...group].sort((a, b) => a.value.localeCompare(b.value));
    const runs: Claim[][] = [];
    for (const c of sorted) {
      const run = runs.at(-1);
      const last = run?.at(-1);
      // (Not an end on the same day of the same month a year on, "until 10 November 2027" against "November 10,
      // 2026": the year slipped, the pause is the same.)
      const slipped = runs.find((r) => r.some((o) => yearSlip(o.value, c.value)));
      if (slipped) slipped.push(c);
      else if (run && last && !(daysApart(last.value, c.value) > PAUSE_END_SPAN_DAYS)) run.push(c);
      else runs.push([c]);
    }
    if (runs.length < 2) continue;
    groups.delete(key);
    // (The measure named stays last in the key, where the topic reads it.)
    for (const [i, run] of runs.entries()) groups.set(key.replace(/(\|of:[^|]*)?$/, `|span:${i}$1`), run);
  }
}

/** Two days on the same day of the same month, one year apart ("2026-11-10", "2027-11-10"). */
function yearSlip(a: string, b: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b)) return false;
  return a.slice(4) === b.slice(4) && Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))) === 1;
}

/** The value written most often (the first of equals). */
function commonest(values: readonly string[]): string {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, k] of n) if (k > (n.get(best) ?? 0)) best = v;
  return best;
}

/** The thing a count counts: its noun's stem, or the first stem of the noun's paraphrase group (synonyms.txt). */
function countedThing(qualifier: string): string {
  const head = stem(qualifier.split(' ').pop() ?? '');
  const group = synonymsOf(head);
  // Counts of firms name different sets (the firms licensed, the largest suppliers): only the same words compare.
  // (A paraphrase group leaves out its own word: "companies" is the head itself, not one of its synonyms.)
  if (head === stem('companies') || group.has(stem('companies'))) return qualifier;
  return [head, ...group].sort()[0] ?? head;
}

/** The claims of sources that give one value only. */
function singleValued(group: readonly Claim[]): Claim[] {
  const values = new Map<string, Set<string>>();
  for (const c of group) {
    const v = values.get(c.source);
    if (v) v.add(c.value);
    else values.set(c.source, new Set([c.value]));
  }
  return group.filter((c) => (values.get(c.source) as Set<string>).size === 1);
}

/**
 * True when a word is part of a person's name or title in every quote that has it: always capitalised, and not
 * in a place or party the entity lexicon knows ("Trump", "President"; not "Busan", "Affiliates" when another
 * source writes "affiliates rule").
 */
function personWord(word: string, quotes: readonly string[]): boolean {
  const re = new RegExp(`\\b${escapeRegExp(word)}\\b`, 'gi');
  let seen = false;
  for (const q of quotes) {
    const spans = [...findPlaces(q), ...findParties(q)];
    for (const m of q.matchAll(re)) {
      seen = true;
      if (!/^[A-Z]/.test(m[0])) return false;
      if (spans.some((p) => p.start <= m.index && m.index < p.end)) return false;
    }
  }
  return seen;
}

/** Dates of one step further apart than this (days) are different occurrences or steps, not a dispute: sources that
 * misdate a step are a day or a few off ("September 29" / "October 2"); a step two weeks on is another one. */
const DATED_STEP_DAYS = 7;

/** Share of the articles from which a word says little about which step it is ("China", "tariffs"). */
const COMMON_WORD_SHARE = 0.4;

/** Words that say when, who or that something was done, not what (`data/lexicon/not-a-step.txt`, and months). */
const NOT_A_STEP = new Set([...MONTH_NAMES, ...lexiconWords('not-a-step.txt')].map((w) => stem(w.toLowerCase())));

/** The stems of a sentence, once per sentence text (the same sentences are grouped again at every update). */
const stemsBySentence = new Map<string, ReadonlySet<string>>();
function sentenceStems(text: string): ReadonlySet<string> {
  let stems = stemsBySentence.get(text);
  if (!stems) {
    stems = new Set(contentStems(text));
    if (stemsBySentence.size >= 100_000) stemsBySentence.clear();
    stemsBySentence.set(text, stems);
  }
  return stems;
}

/**
 * Groups dated steps (claims of event `dated`: "the rule took effect on September 29") by the step they date: the
 * same class of step (`date-actions.txt`), clauses that share a distinctive word and one more (or two distinctive
 * words), dates at most a week apart, different sources. Keys are `dated|date|<class>:<words>`.
 */
function datedGroups(claims: readonly Claim[], articles: number): Map<string, Claim[]> {
  const dated = claims.filter((c) => c.event === 'dated' && c.date?.precision === 'day' && !/^(?:dateline)?\|/.test(c.qualifier ?? ''));
  // A day written without a year in an undated page ("on Wednesday, July 2" in a transcript) is compared in the
  // year most of the dated steps are in.
  const years = new Map<number, number>();
  for (const c of dated) if (c.date?.year != null) years.set(c.date.year, (years.get(c.date.year) ?? 0) + 1);
  const storyYear = [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 2000;
  const items = dated.map((c) => {
    const [cls = '', words = ''] = (c.qualifier ?? '').split('|');
    // The story's parties ("China", "U.S.") say who acted, not which step: they tie no two steps together.
    // Nor do the words for who spoke or acted and the generic "measures": they say nothing of what was done.
    const list = words.split(' ').filter((w) => w && findParties(w).length === 0 && !NOT_A_STEP.has(stem(w)));
    const d = c.date as DateValue;
    return {
      c,
      cls,
      words: list,
      stems: new Set(list.map((w) => stem(w))),
      day: dayNumber(d, storyYear),
    };
  });
  const out = new Map<string, Claim[]>();
  if (items.length < 2) return out;
  // How many sources use a word in their dated sentences (the whole sentence: a clause's few words would make
  // "Chinese" look rare). A word that 40% of the articles date things with is the story's own ("China",
  // "tariffs"), not a step's.
  const sourcesOf = new Map<string, Set<string>>();
  const sources = new Set<string>();
  for (const x of items) {
    sources.add(x.c.source);
    for (const w of sentenceStems(x.c.quote)) {
      const set = sourcesOf.get(w);
      if (set) set.add(x.c.source);
      else sourcesOf.set(w, new Set([x.c.source]));
    }
  }
  const limit = Math.max(2, Math.floor(Math.max(articles, sources.size) * COMMON_WORD_SHARE));
  const distinctive = (w: string) => (sourcesOf.get(w)?.size ?? 0) <= limit;
  // Candidates share a class and a distinctive word: only those pairs are compared.
  const buckets = new Map<string, number[]>();
  items.forEach((x, i) => {
    for (const w of x.stems) {
      if (!distinctive(w)) continue;
      const key = `${x.cls}\0${w}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  for (const list of buckets.values()) {
    // By day, so that only dates within the window are compared.
    list.sort((p, q) => (items[p] as (typeof items)[number]).day - (items[q] as (typeof items)[number]).day || p - q);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x] as number, list[y] as number];
        const a = items[i] as (typeof items)[number];
        const b = items[j] as (typeof items)[number];
        if (b.day - a.day > DATED_STEP_DAYS) break;
        if (a.c.source === b.c.source) continue;
        let shared = 0;
        let rare = 0;
        for (const w of a.stems) {
          if (!b.stems.has(w)) continue;
          shared++;
          if (distinctive(w)) rare++;
        }
        if (rare >= 2 || (rare >= 1 && shared >= 2)) parent[find(i)] = find(j);
      }
    }
  }
  const groups = new Map<number, (typeof items)[number][]>();
  items.forEach((x, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(x);
    else groups.set(root, [x]);
  });
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    // Named by the distinctive words all (else most) of its members share, in the first member's order.
    const first = list[0] as (typeof list)[number];
    const sharedBy = (w: string) => list.filter((x) => x.stems.has(stem(w))).length;
    const everyone = first.words.filter((w) => distinctive(stem(w)) && sharedBy(w) === list.length);
    const named = everyone.length ? everyone : first.words.filter((w) => distinctive(stem(w)) && sharedBy(w) * 2 >= list.length);
    // People's names ("President Donald Trump") say who acted, not which step: the words name the step by what
    // else they share when they can (a place, "affiliates rule").
    const about = named.filter(
      (w) =>
        !personWord(
          w,
          list.map((x) => x.c.quote),
        ),
    );
    let key = `dated|date|${first.cls}:${(about.length ? about : named).slice(0, 3).join(' ')}`;
    while (out.has(key)) key += ' ';
    out.set(
      key,
      list.map((x) => x.c),
    );
  }
  return out;
}

/** Two quantities measure the same thing when their clauses share this share of their words (and no month differs). */
const SAME_MEASURE = 0.5;

/**
 * Groups quantity claims ("353 tonnes of magnets to the US in June") by what they measure: the same unit and
 * clauses that share most of their words, in the same month if they name one. Keys are `quantity|number|<label>`
 * where the label names the unit and the words the group shares.
 */
/** Per quantity claim in a group, the words every figure of its group's clauses has (see `quantityGroups`). */
const commonWords = new WeakMap<Claim, string[]>();

/** Months since year 0 of a page date ("2025-06-11"), or null. */
function monthCount(published: string | null | undefined): number | null {
  if (!published || !/^\d{4}-\d{2}/.test(published)) return null;
  return Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 1;
}

/** The month count of a month named without a year, read as the latest such month not after the page's date. */
function eventMonthOf(month: string, published: string | null | undefined): number | null {
  const m = MONTHS.findIndex((name) => name.toLowerCase() === month);
  const page = monthCount(published);
  if (m < 0 || page == null) return null;
  const pageMonth = page % 12;
  return page - pageMonth + m - (m <= pageMonth ? 0 : 12);
}

/** Two figures a thousandfold or more apart. */
function apart(a: number | undefined, b: number | undefined): boolean {
  if (!a || !b) return false;
  return Math.max(a, b) / Math.min(a, b) >= 1000;
}

/**
 * A figure given as an expectation: "we expect … to come in above 6,000 tonnes", "forecast to reach". (Not "projects",
 * mostly a noun in mining and trade pages: "an $8.5 billion pipeline of projects".)
 */
const FORECAST_RE = /\b(?:expects?|expected to|forecasts?|forecast to|projected to|predicts?|anticipates?)\b/i;

function quantityGroups(
  claims: readonly Claim[],
  publishedOf: (c: Claim) => string | null | undefined = () => null,
  /** The sentence before a claim's, in its paragraph ('' when none): what a clause naming no goods is about. */
  beforeOf: (c: Claim) => string = () => '',
): Map<string, Claim[]> {
  // British and American spellings are one word here ("licences", "licenses").
  const stemOf = (w: string) => stem(w.replace(/licenc/g, 'licens'));
  // A hyphenated word counts as itself and as its parts ("rare-earth magnets" and "rare earth magnets").
  const stemsOf = (words: string[]) =>
    new Set(
      words
        .flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]))
        .filter(Boolean)
        .map(stemOf),
    );
  const items = claims
    .filter((c) => c.event === 'quantity')
    .map((c) => {
      const [written = '', month = '', near = '', clause = '', kind = ''] = (c.qualifier ?? '').split('|');
      const words = clause.split(' ').filter(Boolean);
      // A change in percent over a base ("percent rise month on month"): compared with changes of the same direction;
      // one whose base no clause gives may be of either base (as a figure of unknown destination).
      const percent = /^(percent (?:rise|fall))(?: (.+))?$/.exec(written);
      const unit = percent ? (percent[1] as string) : written;
      return {
        c,
        unit,
        base: percent ? (percent[2] ?? null) : null,
        month,
        kind,
        scope: quantityScope(c),
        words,
        near: stemsOf(near.split(' ')),
        stems: stemsOf(words),
        goods: goodsOf([...stemsOf(near.split(' ')), ...stemsOf(words)]),
        // (A clause that names no goods is about the goods the sentence before names: "The halt in shipments caused a
        // dip, with June exports falling to just 57,000 barrels per day", after "half of all US ethane exports…".)
        goodsAround: goodsOf(tokenize(beforeOf(c)).map((t) => t.stem)),
      };
    });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  // The month of each group's figures ("353 tonnes in June"): only figures of the same month are compared.
  const monthOf = items.map((x) => x.month);
  // The least and the most figure of each group.
  const lowOf = items.map((x) => x.c.number ?? 0);
  const highOf = items.map((x) => x.c.number ?? 0);
  const scopeOfGroup = items.map((x) => x.scope);
  const baseOfGroup = items.map((x) => x.base);
  // When a group's dated event happened (a month count: its month in the latest year not after its page's date), and
  // the first and last page months of its members: a length of time no month names is of an event not after its page.
  const eventOfGroup = items.map((x) => eventMonthOf(x.month, publishedOf(x.c)));
  const firstPage = items.map((x) => monthCount(publishedOf(x.c)));
  const lastPage = [...firstPage];
  // Only figures of one unit are compared: groups never mix units, so each unit's pairs are taken in their own
  // order (as in one pass over all pairs) and the other units' pairs are not visited.
  const byUnit = new Map<string, number[]>();
  items.forEach((x, i) => {
    const list = byUnit.get(x.unit);
    if (list) list.push(i);
    else byUnit.set(x.unit, [i]);
  });
  for (const list of byUnit.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x] as number, list[y] as number];
        const a = items[i] as (typeof items)[number];
        const b = items[j] as (typeof items)[number];
        if (a.c.source === b.c.source) continue;
        // Figures a thousandfold apart ("353 tonnes" of magnets, "12 million tonnes" of soybeans) measure different
        // things, however their clauses are worded.
        if (apart(a.c.number, b.c.number)) continue;
        // Figures of different goods ("12 million metric tons of U.S. soybeans", "57,392 tons of rare earth magnet")
        // measure different things, whatever other words their clauses share (data/lexicon/goods.txt).
        if (otherGoods(a.goods, b.goods)) continue;
        // Lengths of time fivefold apart ("25 hours" of talks in London, a meeting of "more than two hours" in Busan)
        // are of different events: no source gets one for the other.
        // (Group by group: "1 hour 30 minutes" joins no group holding "25 hours" through one holding "7 hours".)
        const [ra, rb] = [find(i), find(j)];
        if (ra === rb) continue;
        // (Group by group too: "12 million tonnes" of soybeans joins no group holding December's "4,392 tons" of rare
        // earths through one holding the year's "57,392 tons" of magnets.)
        if (apart(Math.min(lowOf[ra] ?? 0, lowOf[rb] ?? 0), Math.max(highOf[ra] ?? 0, highOf[rb] ?? 0))) continue;
        const timed = a.unit === 'hours' || a.unit === 'days';
        if (timed && fivefold(Math.min(lowOf[ra] ?? 0, lowOf[rb] ?? 0), Math.max(highOf[ra] ?? 0, highOf[rb] ?? 0))) continue;
        // A group takes the destination of its first member that names one; a figure of unknown destination joins a
        // group of either, never two of different destinations (it would bridge them).
        const [sa, sb] = [scopeOfGroup[ra], scopeOfGroup[rb]];
        if (sa != null && sb != null && sa !== sb) continue;
        const [ba, bb] = [baseOfGroup[ra], baseOfGroup[rb]];
        if (ba != null && bb != null && ba !== bb) continue;
        // A change in percent of no known month is of no known period: compared with nothing.
        if (a.unit.startsWith('percent') && (!monthOf[ra] || !monthOf[rb])) continue;
        const [ma, mb] = [monthOf[ra], monthOf[rb]];
        // Durations of one kind of event (a call, talks): the same measure whatever the words around them; their
        // month is the event's, which one source may give and another not.
        const sameEvent = a.kind !== '' && a.kind === b.kind;
        // A figure for one month and a figure for no month in particular ("in the first half") differ in kind; a
        // length of time's month is when it happened, which one source may give and another not.
        const lengthOfTime = a.unit === 'days' || a.unit === 'hours';
        if (ma !== mb && !((sameEvent || lengthOfTime) && (!ma || !mb))) continue;
        // ("nearly 20 hours of talks" on a page of June is not the length of October's talks.) Two lengths of a
        // recurring event (talks, calls) no month dates, on pages more than two months apart, are of different rounds.
        const [ea, eb] = [eventOfGroup[ra] ?? null, eventOfGroup[rb] ?? null];
        const [fa, fb, la, lb] = [firstPage[ra] ?? null, firstPage[rb] ?? null, lastPage[ra] ?? null, lastPage[rb] ?? null];
        if ((!ma && fa != null && eb != null && fa < eb) || (!mb && fb != null && ea != null && fb < ea)) continue;
        if (sameEvent && !ma && !mb && fa != null && fb != null && la != null && lb != null && (fb - la > 2 || fa - lb > 2)) continue;
        // Flows no month dates ("just 46 tons" on a page of May, "fell 3% to 564 tonnes" on one of January) on pages
        // more than two months apart are of different months, whatever their clauses share. So are two that a move
        // reached ("jumped 56.1% to 656 t" in a note of November, "fell 3% to 564 t" in one of January) on pages of
        // different months: each is the latest month's figure when its page was written.
        const flow = a.unit === 'tonnes' || a.unit === 'barrels a day';
        // A flow someone expects ("We expect China's magnet exports for November to come in above 6,000 tonnes") is no
        // account of the flow reported.
        if (flow && FORECAST_RE.test(a.c.quote) !== FORECAST_RE.test(b.c.quote)) continue;
        const gap = fa != null && fb != null && la != null && lb != null ? Math.max(fb - la, fa - lb) : null;
        if (flow && !ma && !mb && gap != null && (gap > 2 || (gap >= 1 && MOVED_TO_RE.test(a.c.quote) && MOVED_TO_RE.test(b.c.quote))))
          continue;
        let shared = 0;
        for (const x of a.stems) if (b.stems.has(x)) shared++;
        const union = a.stems.size + b.stems.size - shared;
        const nearShared = [...a.near].some((x) => b.near.has(x));
        // Both figures said to go to the same party in the same month ("exports to the US … in June", "shipments to
        // the United States … in June"): one measure, however else the clauses are worded.
        const sameDestination = a.scope != null && a.scope !== '' && a.scope === b.scope && a.month !== '' && a.month === b.month;
        // The same thing measured: a word right next to both figures and one more in common, or most of the clause.
        // Or the same goods measured in the same month and unit, the goods named in the clause or, for a clause that
        // names none, in the sentence before ("57,000 barrels per day" of ethane in June, "20,000 barrels a day" of
        // ethane loadings in June).
        const goodsA = a.goods.size > 0 ? a.goods : a.goodsAround;
        const goodsB = b.goods.size > 0 ? b.goods : b.goodsAround;
        // (The very same goods, and the same destination or none said of either: "rare earth magnets" are not "rare
        // earths", nor are May's magnets to the US May's magnets in all.)
        const sameGoods =
          ma !== '' &&
          ma === mb &&
          a.scope === b.scope &&
          goodsA.size > 0 &&
          goodsA.size === goodsB.size &&
          [...goodsA].every((g) => goodsB.has(g)) &&
          (a.goods.size > 0 || b.goods.size > 0);
        if (sameEvent || sameDestination || sameGoods || (nearShared && shared >= 2) || (union > 0 && shared / union >= SAME_MEASURE)) {
          parent[ra] = rb;
          lowOf[rb] = Math.min(lowOf[ra] ?? 0, lowOf[rb] ?? 0);
          highOf[rb] = Math.max(highOf[ra] ?? 0, highOf[rb] ?? 0);
          monthOf[rb] = mb || ma || '';
          scopeOfGroup[rb] = sb ?? sa ?? null;
          baseOfGroup[rb] = bb ?? ba ?? null;
          eventOfGroup[rb] = eb ?? ea;
          firstPage[rb] = fa != null && fb != null ? Math.min(fa, fb) : (fa ?? fb);
          lastPage[rb] = la != null && lb != null ? Math.max(la, lb) : (la ?? lb);
        }
      }
    }
  }
  const groups = new Map<number, (typeof items)[number][]>();
  items.forEach((item, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(item);
    else groups.set(root, [item]);
  });
  const out = new Map<string, Claim[]>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const first = list[0] as (typeof list)[number];
    // The words every member's clause has, in the first member's order: what the figure is of.
    const common = first.words.filter((w) => list.every((x) => x.stems.has(stemOf(w)))).slice(0, 3);
    for (const x of list)
      commonWords.set(
        x.c,
        first.words.filter((w) => list.every((y) => y.stems.has(stemOf(w)))),
      );
    const month = list.find((x) => x.month)?.month;
    // A duration names its event ("hours (call, June)"), which its sources may each call otherwise.
    const kind = list.find((x) => x.kind)?.kind;
    const about = [
      ...(kind && !common.includes(kind) ? [kind] : []),
      ...common,
      ...(month ? [month.charAt(0).toUpperCase() + month.slice(1)] : []),
    ];
    const base = list.find((x) => x.base)?.base;
    const label = `${first.unit}${base ? ` ${base}` : ''}${about.length ? ` (${about.join(', ')})` : ''}`;
    let key = `quantity|number|${label}`;
    while (out.has(key)) key += ' ';
    out.set(
      key,
      list.map((x) => x.c),
    );
  }
  return out;
}

/**
 * Where a figure went, as its own clause says: a party ("exports to the US"), '' for all destinations ("across
 * all destinations", "in total"), null when it does not say. (Claims made before the clause was read keep the
 * sentence's.)
 */
export function quantityScope(c: Claim): string | null {
  const scopeField = (c.qualifier ?? '').split('|')[5];
  return scopeField === undefined ? exportScope(c.quote) : scopeField === '?' ? null : scopeField;
}

/**
 * The destination a quantity group's figures share (see `quantityScope`): the first party given, '' when a figure
 * is called a total of all destinations, null otherwise (a country's exports with no destination said may be
 * mostly to one party: "U.S. ethane exports").
 */
function groupScope(group: readonly Claim[]): string | null {
  for (const c of group) {
    const scope = quantityScope(c);
    if (scope) return scope;
  }
  return group.some((c) => quantityScope(c) === '' && ALL_DESTINATIONS_RE.test(c.quote)) ? '' : null;
}

/** The words next to and around every figure of a quantity group (near words and clause words, deduplicated). */
function quantityWords(group: readonly Claim[]): string[] {
  const words = new Set<string>();
  for (const c of group) {
    const [, , near = '', clause = ''] = (c.qualifier ?? '').split('|');
    for (const w of `${near} ${clause}`.split(' ')) if (w) words.add(w);
  }
  return [...words];
}

/**
 * A building the articles place in a city stands for that city: "talks at Lancaster House on June 10" date the
 * same talks as "talks in London on June 9". Maps a building's first word (the qualifier talks at it get) to
 * its city.
 */
export function venueCities(claims: readonly Claim[]): Map<string, string> {
  const cityOf = new Map<string, string>();
  for (const c of claims) {
    if (c.attribute !== 'venue' || !c.qualifier) continue;
    const first = c.value.split(/\s+/)[0];
    if (first && first !== c.qualifier) cityOf.set(first, c.qualifier);
  }
  return cityOf;
}

/**
 * A town the articles place in a country that other articles give as the talks' only place: "met in Gyeongju on
 * October 30" and "their summit on October 31 in South Korea" date the same meeting when some article writes
 * "Gyeongju, South Korea". Maps the town to the country, only for countries that are themselves a talks' place.
 */
export function townCountries(claims: readonly Claim[]): Map<string, string> {
  const talks = claims.filter((c) => c.event === 'talks' && (c.attribute === 'date' || c.attribute === 'place'));
  const countries = new Set(talks.filter((c) => c.attribute === 'date' && c.qualifier).map((c) => c.qualifier as string));
  const towns = new Set(talks.flatMap((c) => (c.attribute === 'place' ? [c.value] : c.qualifier ? [c.qualifier] : [])));
  const countryOf = new Map<string, string>();
  if (countries.size < 2) return countryOf;
  const seen = new Set<number>();
  for (const c of talks) {
    if (seen.has(c.sentenceId)) continue;
    seen.add(c.sentenceId);
    for (const m of c.quote.matchAll(/\b([A-Z][a-z]+(?: [A-Z][a-z]+)?), (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/g)) {
      const [, town = '', country = ''] = m;
      if (town !== country && towns.has(town) && countries.has(country)) countryOf.set(town, country);
    }
  }
  return countryOf;
}

/** The per-group results `findDisagreements` keeps between the corpora of one folder (see `GroupMemo`). */
export type DisagreementMemo = GroupMemo<JudgedGroup | null>;

/** A group's disagreement without its sentence ids (they shift between corpora), and the quoted members' places. */
interface JudgedGroup {
  found: Omit<FoundDisagreement, 'sentenceIds'>;
  members: number[];
}

export function disagreementMemo(): DisagreementMemo {
  return new GroupMemo<JudgedGroup | null>();
}

/**
 * Every disagreement in a corpus's claims. With a memo from the previous corpus of the same folder, only the
 * groups whose claims (or the corrections and venues every group depends on) changed are judged again.
 */
export function findDisagreements(corpus: Corpus, claims: Claim[], memo: DisagreementMemo = disagreementMemo()): FoundDisagreement[] {
  const groups = new Map<string, Claim[]>();
  // Correction notices' figures ("The correct figure is 3,188 tonnes, not 3,881"), for the sides they supersede.
  const corrections = claims.filter((c) => c.attribute === 'number' && CORRECTION_RE.test(c.quote));
  const cityOf = venueCities(claims);
  const countryOfTown = townCountries(claims);
  for (const [town, country] of countryOfTown) if (!cityOf.has(town)) cityOf.set(town, country);
  const officeParty = officeParties(claims);
  for (const c of claims) {
    const city = c.attribute === 'date' && c.event === 'talks' && c.qualifier ? cityOf.get(c.qualifier) : undefined;
    // An office named without its country belongs to the one party other claims give it, else to no group.
    const office = c.attribute === 'holder' && c.qualifier?.startsWith('?/') ? c.qualifier.slice(2) : null;
    if (office !== null && !officeParty.has(office)) continue;
    const key = groupKey(
      city ? { ...c, qualifier: city } : office !== null ? { ...c, qualifier: `${officeParty.get(office)}/${office}` } : c,
    );
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  // A country given as the talks' place where others name a town in it ("in South Korea" / "in Gyeongju") is the
  // same place, less precisely: not a side of the dispute over the town.
  const countries = new Set(countryOfTown.values());
  for (const [key, group] of groups) {
    if (!key.startsWith('talks|place|')) continue;
    const towns = new Set(group.filter((c) => countryOfTown.has(c.value)).map((c) => countryOfTown.get(c.value)));
    // (Or that city-countries.txt places in one: "met in Busan on October 30" and "expected at the end of October in
    // South Korea".)
    const listed = new Set(group.flatMap((c) => countryNamesOf(c.value)));
    const kept = group.filter((c) => !((countries.has(c.value) && towns.has(c.value)) || listed.has(c.value)));
    if (kept.length < group.length) groups.set(key, kept);
  }
  pausesByMeasure(groups);
  pausesByTime(groups);
  const before = (c: Claim) => {
    const [s, p] = [corpus.sentences[c.sentenceId], corpus.sentences[c.sentenceId - 1]];
    return s && p && p.source === s.source && p.paragraph === s.paragraph ? p.text : '';
  };
  for (const [key, group] of quantityGroups(claims, (c) => corpus.byId.get(c.source)?.meta.published, before)) groups.set(key, group);
  for (const [key, group] of datedGroups(claims, corpus.onTopic.size)) groups.set(key, group);
  const names = claimIdentities(corpus, claims);
  // What every group's judgement may read besides its own claims: the corrections and the venues' cities.
  // (And the story's years, which tell an earlier year's figures.)
  const context = `${groupFingerprint('', '', corrections, names)}\u0003${[...cityOf].join(',')}\u0003${storyYears(corpus).join(',')}`;
  const out: FoundDisagreement[] = memo.pass((get) => {
    const found: FoundDisagreement[] = [];
    for (const [key, group] of groups) {
      const judged = get(groupFingerprint(key, context, group, names), () => {
        const result = judgeGroup(corpus, key, group, corrections);
        return result && { found: result.found, members: memberIndices(group, result.quoted) };
      });
      if (judged) found.push({ ...judged.found, sentenceIds: judged.members.map((i) => (group[i] as Claim).sentenceId) });
    }
    return found;
  });
  // Destinations the folder gives figures for separately, by unit and month: a dispute over figures that name no
  // destination is not about one of those (they are that destination's own figures, in claims of their own).
  const scoped = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.event !== 'quantity') continue;
    const scope = quantityScope(c);
    if (!scope) continue;
    const [unit = '', month = ''] = (c.qualifier ?? '').split('|');
    const key = `${unit}|${month}`;
    scoped.set(key, (scoped.get(key) ?? new Set()).add(scope));
  }
  for (const d of out) {
    if (d.event !== 'quantity' || d.scope !== null || !d.qualifier) continue;
    const claim = claims.find((c) => d.sentenceIds.includes(c.sentenceId) && c.event === 'quantity');
    const [unit = '', month = ''] = (claim?.qualifier ?? '').split('|');
    const elsewhere = scoped.get(`${unit}|${month}`);
    if (elsewhere) d.scopedElsewhere = [...elsewhere];
  }
  // A dated step that an event's own disagreement already covers (the signing date) is not told twice.
  const covered = new Set(out.filter((d) => d.event !== 'dated').flatMap((d) => d.sentenceIds));
  const kept = out.filter((d) => d.event !== 'dated' || d.sentenceIds.filter((id) => covered.has(id)).length * 2 < d.sentenceIds.length);
  const rank = (d: FoundDisagreement) => (d.disagreement.difficulty === 'hard' ? 1 : 0);
  return kept.sort((a, b) => rank(a) - rank(b) || b.sentenceIds.length - a.sentenceIds.length);
}

/** Office → the one party whose holder of it the claims name ("treasury secretary" → "the US"); offices two parties have are left out. */
function officeParties(claims: readonly Claim[]): Map<string, string> {
  const parties = new Map<string, Set<string>>();
  for (const c of claims) {
    if (c.attribute !== 'holder' || !c.qualifier || c.qualifier.startsWith('?/')) continue;
    const [party = '', office = ''] = c.qualifier.split('/');
    const set = parties.get(office) ?? new Set<string>();
    set.add(party);
    parties.set(office, set);
  }
  return new Map([...parties].filter(([, set]) => set.size === 1).map(([office, set]) => [office, [...set][0] as string]));
}

/** A day as a number of days since 1970 (a date without a year in `year`; 2000 by default), for distances. */
function dayNumber(d: DateValue, year = 2000): number {
  return Date.UTC(d.year ?? year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;
}

/** The first figure as a side's sources write it ("157.5%" → 157.5 with 1 decimal), or null. */
function writtenFigure(side: Side): { value: number; decimals: number } | null {
  const m = /\d[\d,]*(?:\.(\d+))?/.exec(side.claims[0]?.asWritten ?? '');
  if (!m) return null;
  return { value: Number(m[0].replace(/,/g, '')), decimals: m[1]?.length ?? 0 };
}

/** True when two sides' written figures agree once the more precise is rounded to the other's precision. */
function sameByRounding(a: Side, b: Side): boolean {
  const x = writtenFigure(a);
  const y = writtenFigure(b);
  if (!x || !y || x.decimals === y.decimals) return false;
  const [fine, coarse] = x.decimals > y.decimals ? [x, y] : [y, x];
  const scale = 10 ** coarse.decimals;
  // Half away from zero, as reporters round (157.5 → 158), on the written digits (no binary rounding error).
  return Math.round(Number((fine.value * scale).toFixed(fine.decimals)) + 1e-9) === Math.round(coarse.value * scale);
}

/**
 * A figure written round and hedged as approximate ("roughly 62,600 tonnes") and one that rounds to it at the hundreds
 * its zeros leave ("62,585 tonnes"): one figure, told two ways. (Only within a hundredth of it: "about 1,000" is not
 * "1,400" however it rounds.)
 */
const HEDGE_BEFORE_RE =
  /(?:\b(?:roughly|about|around|approximately|approx\.?|some|nearly|almost|close to|just (?:under|over)|an estimated|estimated)|~)\s*$/i;

function roundHedged(side: Side): { value: number; scale: number } | null {
  const x = writtenFigure(side);
  if (!x || x.decimals > 0 || x.value === 0) return null;
  let scale = 1;
  while (x.value % (scale * 10) === 0) scale *= 10;
  if (scale === 1 || scale / x.value > 0.01) return null;
  const hedged = side.claims.some((c) => {
    const digits = /\d[\d,]*/.exec(c.asWritten)?.[0];
    const at = digits ? c.quote.indexOf(digits) : -1;
    return at > 0 && HEDGE_BEFORE_RE.test(c.quote.slice(0, at));
  });
  return hedged ? { value: x.value, scale } : null;
}

function sameByApproximation(a: Side, b: Side): boolean {
  for (const [coarse, fine] of [
    [a, b],
    [b, a],
  ] as const) {
    const round = roundHedged(coarse);
    const y = round ? writtenFigure(fine) : null;
    if (round && y && y.value !== round.value && Math.round(y.value / round.scale) * round.scale === round.value) return true;
  }
  return false;
}

/** The same figure once rounding is allowed for: to a written precision, or to a hedged round number. */
function sameFigure(a: Side, b: Side): boolean {
  return sameByRounding(a, b) || sameByApproximation(a, b);
}

/** The disagreement in one group of claims (null when they agree), and the claims of its sides. */
/** A quantity claim's value without the base of a change ("18.9 percent fall year on year" → "18.9 percent fall"). */
function withoutBase(value: string): string {
  return value.replace(/\s+(?:year on year|month on month)$/, '');
}

/** A sentence that gives each of its figures to someone: two verbs of saying ("X says…; Y quotes Z saying…"). */
function attributesEach(quote: string): boolean {
  return (quote.match(/\b(?:says?|said|saying|quotes?|quoted|reports?|reported|according to|cites?|cited|puts?)\b/gi) ?? []).length >= 2;
}

/** The claims of articles published in the year most of them are from (or undated). */
function ofModalYear(corpus: Corpus, group: Claim[]): Claim[] {
  const years = group.map((c) => corpus.byId.get(c.source)?.meta.published?.slice(0, 4) ?? '');
  const counts = new Map<string, number>();
  for (const y of years) if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
  const modal = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return group.filter((_, i) => !modal || !years[i] || years[i] === modal);
}

/** The claims of articles not published before the story's years (`inStoryYears`; undated ones are kept). */
function notOfEarlierYears(corpus: Corpus, group: Claim[]): Claim[] {
  return group.filter((c) => inStoryYears(corpus, corpus.byId.get(c.source)?.meta.published?.slice(0, 4)));
}

function judgeGroup(
  corpus: Corpus,
  key: string,
  group: Claim[],
  corrections: readonly Claim[],
): { found: Omit<FoundDisagreement, 'sentenceIds'>; quoted: Claim[] } | null {
  const [event, attribute, qualifier] = key.split('|') as [Claim['event'], Claim['attribute'], string];
  let sides: Side[];
  if (attribute === 'date') {
    // A source dating one step twice, differently, describes two occurrences: it takes no side.
    sides = dateSides(event === 'dated' ? singleValued(group) : group);
    if (RECURRING.has(event)) {
      // Recurring events (calls, statements): dates a few days apart are one event told differently;
      // further apart they are separate occurrences, not a dispute.
      const near = (a: Side, b: Side) => {
        const x = a.date as DateValue;
        const y = b.date as DateValue;
        if (x.month == null || y.month == null || (x.year != null && y.year != null && x.year !== y.year)) return false;
        if (x.precision === 'day' && y.precision === 'day') {
          return Math.abs(dayNumber(x) - dayNumber(y)) <= (event === 'notification' ? NOTIFIED_DAYS : 3);
        }
        return x.month === y.month;
      };
      sides = sides.filter((s) => sides.some((o) => o !== s && near(s, o)));
      // Two runs of near dates are two occurrences ("June 27" and "June 28" of the framework's confirmation; "November
      // 7" and "November 9" of another announcement): the dispute is within the run most sources date, not across.
      const runs: Side[][] = [];
      for (const side of sides) {
        const joined = runs.filter((run) => run.some((o) => near(side, o)));
        const merged = [side, ...joined.flat()];
        for (const run of joined) runs.splice(runs.indexOf(run), 1);
        runs.push(merged);
      }
      if (runs.length > 1) {
        const sourcesOf = (run: Side[]) => new Set(run.flatMap((x) => x.claims.map((c) => c.source))).size;
        const best = runs.reduce((a, b) => (sourcesOf(b) > sourcesOf(a) ? b : a));
        sides = sides.filter((x) => best.includes(x));
      }
    }
  } else if (attribute === 'number') {
    // A figure in an article from before the story's years measures an earlier period ("exports in the first four
    // months of 2021" against 2025's): no side. (A later article may restate the story's figures.)
    const current = notOfEarlierYears(corpus, group);
    // A source that gives two values for one measure is describing different things; it takes no side.
    const bySource = new Map<string, Set<string>>();
    for (const c of current) {
      const values = bySource.get(c.source);
      if (values) values.add(c.value);
      else bySource.set(c.source, new Set([c.value]));
    }
    // (A change given with its base and the same change given without one are one figure: "fell 18.9% on the
    // year" and "fell 18.9%".)
    sides = valueSides(
      current.filter((c) => (bySource.get(c.source) as Set<string>).size === 1),
      (a, b) => a === b || withoutBase(a) === withoutBase(b),
    );
    if (event === 'quantity') {
      // Two figures one source gives side by side measure different things ("46 tonnes to the US, 1,238 in
      // all"): they are no dispute anywhere; a side is kept only if it clashes with another in no one source.
      // (Not a source that reports the dispute, each figure with whose it is: "Tekedia says over 20 hours of
      // negotiations; CNN quotes Lutnick saying 25 hours".)
      const reportsBoth = new Set(current.filter((c) => attributesEach(c.quote)).map((c) => c.source));
      const together = [...bySource].filter(([source, v]) => v.size > 1 && !reportsBoth.has(source)).map(([, v]) => v);
      const clash = (a: Side, b: Side) => !together.some((v) => v.has(a.value) && v.has(b.value));
      sides = sides.filter((a) => sides.some((b) => b !== a && clash(a, b)));
    }
    // "up 157.5%" and "rose 158%": the same figure, one rounded; a side is kept only if it differs from another
    // by more than rounding.
    sides = sides.filter((a) => sides.some((b) => b !== a && !sameFigure(a, b)));
    // ("7,742.2 tonnes" and "7,742 tonnes" beside a third figure: one side, of both sources.)
    const merged: Side[] = [];
    for (const side of sides) {
      const same = merged.find((m) => sameFigure(m, side));
      if (same) same.claims = [...same.claims, ...side.claims];
      else merged.push({ ...side });
    }
    sides = merged;
  } else if (attribute === 'holder') {
    // Who held an office is a matter of when: only articles of the year most of them are from count (a 2020 piece
    // naming that year's holder is no dispute), and a source naming two holders takes no side.
    const current = ofModalYear(corpus, group);
    const names = new Map<string, Claim[]>();
    for (const c of current) names.set(c.source, [...(names.get(c.source) ?? []), c]);
    const single = current.filter((c) => (names.get(c.source) as Claim[]).every((o) => samePerson(o.value, c.value)));
    sides = valueSides(single, samePerson);
  } else if (attribute === 'leader') {
    // Sources naming several leaders for one side describe co-leaders, not a dispute.
    const bySource = new Map<string, Claim[]>();
    for (const c of group) {
      const list = bySource.get(c.source);
      if (list) list.push(c);
      else bySource.set(c.source, [c]);
    }
    const single = group.filter((c) => (bySource.get(c.source) as Claim[]).every((o) => samePerson(o.value, c.value)));
    sides = valueSides(single, samePerson);
    const coLed = [...bySource.values()].some((cs) => sides.filter((s) => cs.some((c) => samePerson(c.value, s.value))).length > 1);
    if (coLed) sides = [];
    // Leaders of different rounds are no dispute (He Lifeng in London and Kuala Lumpur, Xi Jinping in Busan): a side is
    // kept only if it shares a round with another, or one of the two names no round.
    const rounds = (side: Side) => new Set(side.claims.map((c) => (c.qualifier ?? '').split(' in ')[1] ?? ''));
    const sameRound = (a: Side, b: Side) => {
      const [ra, rb] = [rounds(a), rounds(b)];
      return ra.has('') || rb.has('') || [...ra].some((r) => rb.has(r));
    };
    sides = sides.filter((a) => sides.some((b) => b !== a && sameRound(a, b)));
  } else if (attribute === 'place' && event === 'talks') {
    // Talks in two cities in one month are two rounds when both are dated to days more than three days apart
    // (Kuala Lumpur on the 25th, Busan on the 30th); a side dated to the month only may be either.
    sides = valueSides(group);
    const days = (s: Side) => s.claims.flatMap((c) => (c.date?.precision === 'day' ? [dayNumber(c.date)] : []));
    const clash = (a: Side, b: Side) => {
      const [da, db] = [days(a), days(b)];
      return da.length === 0 || db.length === 0 || da.some((x) => db.some((y) => Math.abs(x - y) <= 3));
    };
    sides = sides.filter((a) => sides.some((b) => b !== a && clash(a, b)));
  } else {
    sides = valueSides(group);
  }
  if (!isDispute(sides)) return null;
  const realQualifier =
    attribute === 'date' && (event === 'signing' || event === 'call')
      ? null
      : event === 'count'
        ? // Named by the group's own word for the thing ("rare earths" over "heavy lanthanides") when a source uses it.
          commonest(group.map((c) => c.qualifier ?? '').filter((x) => stem(x.split(' ').pop() ?? '') === qualifier)) ||
          commonest(group.map((c) => c.qualifier ?? '')) ||
          null
        : qualifier || null;
  // (The ends of pauses split by measure name theirs: "date the pause ends (december 2024 ban)".)
  const measure = event === 'pause' ? /\|of:([^|]*)$/.exec(key)?.[1] : undefined;
  const topic = `${topicOf(event, attribute, realQualifier)}${measure ? ` (${measure})` : ''}`;
  const taken = new Set<number>();
  const positions = sides
    .sort((a, b) => (a.date && b.date ? (a.value < b.value ? -1 : 1) : b.claims.length - a.claims.length))
    .map((s) => positionOf(s, corpus, taken));
  // A correction notice superseding one side ('' when none applies; only figures are corrected).
  const corrected = correctionNote(corpus, attribute, sides, corrections);
  const measuredTwoWays = dayKindNote(attribute, sides);
  const hard =
    attribute === 'lifted' ||
    attribute === 'tone' ||
    attribute === 'holder' ||
    attribute === 'status' ||
    corrected !== '' ||
    measuredTwoWays !== '';
  return {
    found: {
      disagreement: {
        topic,
        difficulty: hard ? 'hard' : 'normal',
        kind:
          attribute === 'date'
            ? 'date'
            : attribute === 'number'
              ? 'number'
              : attribute === 'place' || attribute === 'venue'
                ? 'place'
                : attribute === 'tone'
                  ? 'tone'
                  : 'description',
        positions,
        explanation:
          explain(topic, positions) + totalNote(corpus, attribute, sides) + boundsNote(attribute, sides) + measuredTwoWays + corrected,
      },
      event,
      attribute,
      qualifier: realQualifier,
      ...(event === 'quantity'
        ? { words: quantityWords(group), scope: groupScope(group), common: commonWords.get(group[0] as Claim) ?? [] }
        : {}),
      ...(attribute === 'leader'
        ? {
            places: [
              ...new Set(
                group.flatMap((c) =>
                  (c.qualifier ?? '')
                    .split(' in ')
                    .slice(1)
                    .map((p) => p.toLowerCase()),
                ),
              ),
            ],
            sidePlaces: sides.map((side) => [
              ...new Set(side.claims.map((c) => ((c.qualifier ?? '').split(' in ')[1] ?? '').toLowerCase())),
            ]),
          }
        : {}),
      // A dated step is about the words that named its group ("affiliates rule").
      ...(event === 'dated' ? { words: (qualifier.split(':')[1] ?? '').split(' ').filter(Boolean) } : {}),
    },
    quoted: sides.flatMap((s) => s.claims),
  };
}
