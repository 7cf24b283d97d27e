import { MONTH_NAMES } from '../../corpus/dates.js';
import { inStoryYears } from '../../corpus/story-years.js';
import { findParties, questionPlaces } from '../../text/entities.js';
import { escapeRegExp } from '../../text/lexicon.js';
import { sourceLabel, sourceName } from '../sources.js';
import type { Citation, TimelineEntry } from '../types.js';
import { STORY_SPAN_RE } from './classify.js';
import { type AnswerEnv, type Built, citeSentence, passageOf } from './env.js';

/**
 * Questions about the story as a whole. "Summarize the deal" is answered with the sentences most central to
 * the coverage (those that share the most words with what most articles say, one per outlet) and the dated
 * events of the chronology; "what's the timeline?" with the chronology itself, disputed dates marked.
 */

const SUMMARY_QUOTES = 3;
const TIMELINE_EVENTS = 12;

/**
 * Events most sources report, in date order, spread over the story's months: the most reported event of each
 * month first (so a story that runs from April to November is not all June), then the most reported others.
 */
function keyEvents(timeline: readonly TimelineEntry[], n: number): TimelineEntry[] {
  // Events whose year no article gives stay in (the timeline places them in the story's year and says so).
  const byReports = [...timeline].sort((a, b) => b.sources.length - a.sources.length);
  const month = (e: TimelineEntry) => e.date.slice(0, 7);
  const chosen = new Set<TimelineEntry>();
  const months = new Set<string>();
  for (const e of byReports) {
    if (chosen.size >= n) break;
    if (!months.has(month(e))) {
      months.add(month(e));
      chosen.add(e);
    }
  }
  for (const e of byReports) {
    if (chosen.size >= n) break;
    chosen.add(e);
  }
  return timeline.filter((e) => chosen.has(e));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Words that make a lone month one end of a span of the story ("from june to now", "since april", "-> london"). */
const SPAN_WORDS_RE = /\b(?:from|to|thru|through|since|until|till|now|onwards?|after|before)\b|->|→|–|—/i;
const MONTH_RE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=\s|$|[^a-z])/gi;

/**
 * The months a timeline question asks for, as the first and last month (1–12): a span ("from april to november",
 * "apr -> jul"), or one month alone ("key june dates, in order") when nothing makes it one end of a span ("from
 * june to now", "geneva thru the july stuff"); null otherwise. "May" alone is a month only when capitalised ("what
 * may come next" is no month); with another month named, it is one.
 */
function askedMonths(text: string): [number, number] | null {
  const found = [...text.matchAll(MONTH_RE)];
  const months = found.map((m) => MONTHS.indexOf((m[1] as string).toLowerCase()) + 1);
  if (months.length >= 2) return [months[0] as number, months[months.length - 1] as number];
  const [only] = found;
  if (!only || SPAN_WORDS_RE.test(text) || /^may$/.test(only[0].replace(/\.$/, ''))) return null;
  return [months[0] as number, months[0] as number];
}

/** The events of a span of months, in the year most of the timeline's events are in. */
function inSpan(timeline: readonly TimelineEntry[], span: [number, number]): TimelineEntry[] {
  const years = new Map<string, number>();
  for (const e of timeline)
    if (/^\d{4}/.test(e.date)) years.set(e.date.slice(0, 4), (years.get(e.date.slice(0, 4)) ?? 0) + e.sources.length);
  const year = [...years].sort((a, b) => b[1] - a[1])[0]?.[0];
  const [from, to] = span[0] <= span[1] ? span : [span[1], span[0]];
  return timeline.filter((e) => {
    const m = /^(\d{4}|-)-?(\d{2})/.exec(e.date);
    if (!m) return false;
    const mon = Number(m[2]);
    return (m[1] === '-' || m[1] === year) && mon >= from && mon <= to;
  });
}

function eventLine(env: AnswerEnv, e: TimelineEntry): string {
  const names = e.sources
    .map((s) => env.corpus.byId.get(s))
    .filter((a) => a !== undefined)
    .map((a) => sourceName(a));
  const who = names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(' and ');
  return `• ${e.display}: ${e.event}${e.disputed ? ` (date disputed: ${e.disagreement})` : ''} — ${who}`;
}

/**
 * The most central sentences of the on-topic articles: each sentence scores by how many articles use its
 * words (the words the coverage shares), per word, with a preference for sentences early in their article.
 */
function centralSentences(env: AnswerEnv, n: number, among?: ReadonlySet<string>): number[] {
  const key = among ? [...among].sort().join('|') : '';
  return memo(env, `central:${n}:${key}`, () => computeCentralSentences(env, n, among));
}

/**
 * A story that keeps moving: when its latest month with two on-topic articles or more is not the month most of them
 * were published in, the most central sentence of that month's articles (what the coverage says now), with the month.
 */
function latestDevelopment(env: AnswerEnv): { id: number; month: string } | null {
  return memo(env, 'latest', () => {
    const byMonth = new Map<string, Set<string>>();
    for (const source of env.onTopic) {
      const month = env.corpus.byId.get(source)?.meta.published?.slice(0, 7);
      if (!month || !/^\d{4}-\d{2}$/.test(month)) continue;
      const set = byMonth.get(month) ?? new Set<string>();
      set.add(source);
      byMonth.set(month, set);
    }
    const months = [...byMonth].filter(([, set]) => set.size >= 2).sort((a, b) => a[0].localeCompare(b[0]));
    const busiest = [...byMonth].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]?.[0];
    const last = months.at(-1);
    if (!last || last[0] === busiest) return null;
    const [id] = centralSentences(env, 1, last[1]);
    return id === undefined ? null : { id, month: last[0] };
  });
}

/**
 * What a story answer derives from the whole corpus depends on nothing else (the corpus, its on-topic articles
 * and sentence terms): computed once per corpus, not per question.
 */
const memos = new WeakMap<object, { onTopic: unknown; terms: unknown; values: Map<string, unknown> }>();
function memo<T>(env: AnswerEnv, key: string, compute: () => T): T {
  let entry = memos.get(env.corpus);
  if (!entry || entry.onTopic !== env.onTopic || entry.terms !== env.terms) {
    entry = { onTopic: env.onTopic, terms: env.terms, values: new Map() };
    memos.set(env.corpus, entry);
  }
  if (!entry.values.has(key)) entry.values.set(key, compute());
  return entry.values.get(key) as T;
}

function computeCentralSentences(env: AnswerEnv, n: number, among?: ReadonlySet<string>): number[] {
  const { corpus } = env;
  const articleCount = Math.max(1, env.onTopic.size);
  const df = new Map<string, number>();
  const bySource = new Map<string, number[]>();
  for (const s of corpus.sentences) {
    // (Not a page that says it was generated by AI: the story is told from the reporting.)
    if (!env.onTopic.has(s.source) || corpus.byId.get(s.source)?.meta.aiGenerated === true) continue;
    const list = bySource.get(s.source) ?? [];
    list.push(s.id);
    bySource.set(s.source, list);
  }
  const stems = new Map<number, Set<string>>();
  for (const [, ids] of bySource) {
    const inArticle = new Set<string>();
    for (const id of ids) {
      const set = new Set((env.terms[id] ?? []).filter((t) => t.length > 2 && !/^\d+$/.test(t)));
      stems.set(id, set);
      for (const st of set) inArticle.add(st);
    }
    for (const st of inArticle) df.set(st, (df.get(st) ?? 0) + 1);
  }
  const score = (id: number) => {
    const set = stems.get(id) ?? new Set<string>();
    const s = corpus.sentences[id];
    if (!s || set.size < 6 || /\?["'”’]?$/.test(s.text)) return 0;
    let sum = 0;
    for (const st of set) sum += (df.get(st) ?? 0) / articleCount;
    return (sum / Math.sqrt(set.size)) * (s.position < 3 ? 1.2 : 1);
  };
  const best: { id: number; value: number }[] = [];
  for (const [source, ids] of bySource) {
    if (among && !among.has(source)) continue;
    let top = { id: -1, value: 0 };
    for (const id of ids) {
      const value = score(id);
      if (value > top.value) top = { id, value };
    }
    if (top.id >= 0) best.push(top);
  }
  return best
    .sort((a, b) => b.value - a.value)
    .slice(0, n)
    .map((b) => b.id);
}

/** The story's two main parties: those most named in the opening sentences of the on-topic articles. */
function mainParties(env: AnswerEnv): string[] {
  return memo(env, 'parties', () => computeMainParties(env));
}

function computeMainParties(env: AnswerEnv): string[] {
  const count = new Map<string, number>();
  for (const s of env.corpus.sentences) {
    if (s.position > 2 || !env.onTopic.has(s.source)) continue;
    for (const p of new Set(findParties(s.text).map((x) => x.party))) count.set(p, (count.get(p) ?? 0) + 1);
  }
  return [...count]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([p]) => p);
}

/** What each main party undertakes: the best answer to "What did <party> agree to do?". */
async function commitments(env: AnswerEnv): Promise<number[]> {
  const out: number[] = [];
  for (const party of mainParties(env)) {
    const { scored } = await env.evidence(`What did ${party} agree to do in return?`);
    // (Not a conditional: "if any US president would remove chip restrictions in exchange…, it would be Trump"; nor a
    // page that says it was generated by AI, whose errors a summary would repeat.)
    const best = scored.find(
      (s) =>
        !out.includes(s.sentence.id) &&
        s.coverage >= 0.34 &&
        !/\bif\b/i.test(s.sentence.text) &&
        env.corpus.byId.get(s.sentence.source)?.meta.aiGenerated !== true,
    );
    if (best) out.push(best.sentence.id);
  }
  return out;
}

/**
 * "Summarize the deal", "tl;dr": the central sentences of the coverage, what each main party undertakes, and
 * the key dated events.
 */
export async function answerStory(env: AnswerEnv, question = ''): Promise<Built> {
  const { corpus } = env;
  const central = centralSentences(env, SUMMARY_QUOTES);
  const ids = [...(await commitments(env)), ...central].filter((id, i, all) => all.indexOf(id) === i).slice(0, 4);
  // The ends of the span asked for ("from geneva thru the nov pause"): the best sentence on each, when the summary
  // has none of its words.
  for (const end of spanEnds(question)) {
    const words = end.toLowerCase().split(/\s+/);
    const told = (id: number) => words.some((w) => new RegExp(`\\b${escapeRegExp(w)}`, 'i').test(corpus.sentences[id]?.text ?? ''));
    if (ids.some(told)) continue;
    const { scored } = await env.evidence(`What happened at the ${end}?`);
    const best = scored.find((x) => !ids.includes(x.sentence.id) && x.coverage >= 0.5 && env.onTopic.has(x.sentence.source));
    if (best) ids.push(best.sentence.id);
  }
  // Where it stands now, last, when the story has moved on since most of the coverage.
  const latest = latestDevelopment(env);
  if (latest && !ids.includes(latest.id)) ids.push(latest.id);
  // (Of the story's own articles: not "3 December 2024: Agreement announced" of a page on another, earlier ban; nor
  // only of a page that says it was generated by AI, whose errors a summary would repeat.)
  const ofStory = (source: string) => {
    const meta = env.corpus.byId.get(source)?.meta;
    return (
      env.onTopic.has(source) &&
      !env.corpus.otherPair.has(source) &&
      meta?.aiGenerated !== true &&
      inStoryYears(env.corpus, meta?.published?.slice(0, 4))
    );
  };
  const events = keyEvents(
    env.timeline.filter((e) => e.sources.some(ofStory)),
    5,
  );
  const citations: Citation[] = ids.map((id) => citeSentence(corpus, id));
  const quoteLines = ids.map((id) => {
    const s = corpus.sentences[id];
    const article = s ? corpus.byId.get(s.source) : undefined;
    const lead = latest?.id === id ? `Latest (${monthName(latest.month)}): ` : '';
    return article && s ? `• ${lead}${sourceLabel(article)}: “${s.text.replace(/\s+/g, ' ').trim()}”` : '';
  });
  const disputed = env.found.filter((d) => d.disagreement.difficulty === 'normal');
  const head = `The story in brief, from ${env.onTopic.size} article${env.onTopic.size === 1 ? '' : 's'}:`;
  const lines = [head, ...quoteLines];
  if (events.length) lines.push('Key dates:', ...events.map((e) => eventLine(env, e)));
  if (disputed.length) lines.push(`⚠️ The sources disagree on ${disputed.map((d) => d.disagreement.topic).join('; ')}.`);
  for (const e of events) {
    const q = e.quotes[0];
    if (q) citations.push({ ...citeSentenceAt(env, q.source, q.start, q.end) });
  }
  return {
    answer: lines.join('\n'),
    summary: [head, ...(events.length ? events.map((e) => eventLine(env, e)) : [])].join('\n'),
    abstained: ids.length === 0,
    citations,
    disagreements: disputed.map((d) => d.disagreement),
    retrieved: ids.flatMap((id) => passageOf(corpus, id, 1) ?? []),
  };
}

/** Span ends that name no event: "…to now", "…through today". */
const NO_EVENT_RE = /^(?:now|today|date|present|here|the end|end)$/i;

/** "from geneva thru the nov pause", "geneva -> busan": the span's two ends ("geneva", "nov pause"), as a summary reads them. */
function spanEnds(question: string): string[] {
  const m = new RegExp(STORY_SPAN_RE.source, 'iu').exec(question.replace(/[?!.]+$/, ''));
  if (!m) return [];
  return [m[1] ?? m[3] ?? '', (m[2] ?? m[4] ?? '').replace(/\s+(?:pls|please|plz|in .*)$/i, '')].filter(
    (e) => e.trim() !== '' && !NO_EVENT_RE.test(e.trim()),
  );
}

/** "2025-11" → "November 2025". */
function monthName(ym: string): string {
  const [year, month] = ym.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? ''} ${year}`;
}

function citeSentenceAt(env: AnswerEnv, source: string, start: number, end: number): Citation {
  const [first, last] = env.corpus.sentenceRange.get(source) ?? [0, 0];
  const s = env.corpus.sentences.slice(first, last).find((x) => x.start === start && x.end === end);
  if (s) return citeSentence(env.corpus, s.id);
  const article = env.corpus.byId.get(source);
  return {
    source,
    quote: article?.raw.slice(start, end) ?? '',
    start,
    end,
    title: article?.meta.title ?? null,
    outlet: article?.meta.outlet ?? null,
    published: article?.meta.published ?? null,
    url: article?.meta.url ?? null,
  };
}

/** "geneva thru busan", "from London to Kuala Lumpur": the two ends of a span named by its events. */
const EVENT_SPAN_RE = /\b([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+(?:to|through|thru|till|until|up to|->|→)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)/u;

/** True when an event is named by `words` (its description or its first quote: "Talks in Geneva", "…in Busan…"). */
function names(e: TimelineEntry, words: string): boolean {
  const re = new RegExp(`\\b${escapeRegExp(words)}\\b`, 'i');
  return re.test(e.event) || re.test(e.quotes[0]?.quote ?? '');
}

/**
 * The events between two rounds the question names by their cities ("timeline, geneva thru busan": from the first
 * event in Geneva to the last in Busan), or null when it names no such span. A city may be two words ("kuala lumpur").
 */
function inEventSpan(timeline: readonly TimelineEntry[], question: string): TimelineEntry[] | null {
  // (Not a chain of steps, "geneva -> london -> signing": those are the events asked for, the whole chronology.)
  if ((question.match(/->|→/g) ?? []).length > 1) return null;
  const m = EVENT_SPAN_RE.exec(question);
  if (!m) return null;
  // Rounds are named by their cities ("geneva thru busan"); "the april controls through busan" is a span of months.
  const places = new Set(questionPlaces(question));
  const place = (phrase: string, first: boolean) => {
    const words = phrase.toLowerCase().split(/\s+/);
    return [words.join(' '), first ? (words[words.length - 1] as string) : (words[0] as string)].find((w) => places.has(w));
  };
  const a = place(m[1] as string, true);
  const b = place(m[2] as string, false);
  if (!a || !b) return null;
  const from = timeline.findIndex((e) => names(e, a));
  const to = timeline.findLastIndex((e) => names(e, b));
  return from >= 0 && to >= from ? timeline.slice(from, to + 1) : null;
}

/** "What's the timeline?": the chronology, one line per dated event, each with a quote; disputed dates marked. */
export function answerTimeline(env: AnswerEnv, question = ''): Built {
  // "timeline pls: april -> november", "key june dates": the events of those months; "geneva thru busan": of those
  // events. (A month alone is asked only without span words, which events naming a span need.)
  const span = askedMonths(question);
  const between = span ? null : inEventSpan(env.timeline, question);
  const within = span ? inSpan(env.timeline, span) : (between ?? []);
  // The two events that end a span named by its events are always in it (the others as many sources report).
  const events =
    between && between.length > 2
      ? [between[0] as TimelineEntry, ...keyEvents(between.slice(1, -1), TIMELINE_EVENTS - 2), between[between.length - 1] as TimelineEntry]
      : keyEvents(within.length > 0 ? within : env.timeline, TIMELINE_EVENTS);
  if (events.length === 0) {
    const text = 'The articles give no dated events to put on a timeline.';
    return { answer: text, summary: text, abstained: true, citations: [], disagreements: [], retrieved: [] };
  }
  const lines = [`The chronology the ${env.corpus.articles.length} articles give:`];
  const citations: Citation[] = [];
  const retrieved = [];
  for (const e of events) {
    const q = e.quotes[0];
    if (!q) {
      lines.push(eventLine(env, e));
      continue;
    }
    const cited = citeSentenceAt(env, q.source, q.start, q.end);
    citations.push(cited);
    // Each event with the words of its first source, as written ("…on Friday, June 27, confirmed…").
    lines.push(`${eventLine(env, e)}: “${cited.quote}”`);
    const [first, last] = env.corpus.sentenceRange.get(q.source) ?? [0, 0];
    const s = env.corpus.sentences.slice(first, last).find((x) => x.start <= q.start && x.end >= q.end);
    const p = s ? passageOf(env.corpus, s.id, 1) : null;
    if (p) retrieved.push(p);
  }
  const disputedTopics = new Set(events.filter((e) => e.disputed).map((e) => e.disagreement));
  return {
    answer: lines.join('\n'),
    summary: lines.join('\n'),
    abstained: false,
    citations,
    disagreements: env.found.filter((d) => disputedTopics.has(d.disagreement.topic)).map((d) => d.disagreement),
    retrieved,
  };
}
