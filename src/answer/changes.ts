/**
 * What changed in the story between two states of the corpus: a new disagreement, a new side in an existing
 * one, a new dated event, a source that contradicts itself. Computed from the two pipelines' claims,
 * disagreements and timelines only; a new article that repeats what is known changes nothing.
 */
import type { Claim } from '../corpus/claims.js';
import type { Dealbot } from '../pipeline.js';
import { humanDate } from './sources.js';
import type { Disagreement, Position, SourceInfo, SourceQuote, TimelineEntry } from './types.js';

/** The part of a pipeline the comparison reads. */
export type StoryView = Pick<Dealbot, 'claims' | 'conflicts' | 'timeline' | 'sources'>;

/** A corpus with no article: the "before" of a first digest. */
export const EMPTY_STORY: StoryView = { claims: [], conflicts: () => [], timeline: () => [], sources: () => [] };

/** A verbatim quote with where it comes from, ready to show. */
export interface QuotedPoint {
  source: string;
  quote: string;
  start: number;
  end: number;
  outlet: string;
  /** Human publication date ("27 June 2025"), or null. */
  date: string | null;
  url: string | null;
}

export type StoryChange =
  | { kind: 'new-disagreement'; topic: string; explanation: string; sides: { claim: string; summary: string; quote: QuotedPoint }[] }
  | {
      kind: 'new-side';
      topic: string;
      claim: string;
      summary: string;
      quote: QuotedPoint;
      against: { claim: string; quote: QuotedPoint }[];
    }
  | { kind: 'new-event'; event: string; date: string; display: string; quote: QuotedPoint }
  | { kind: 'self-contradiction'; topic: string; note: string; quote: QuotedPoint };

export interface StoryDiff {
  /** Articles present now and not before. */
  added: SourceInfo[];
  removed: string[];
  changes: StoryChange[];
}

function sourceLabel(s: SourceInfo | undefined, id: string): string {
  if (!s) return id;
  return s.outlet ?? (s.title ? `“${s.title}”` : id);
}

function pointFrom(dir: Map<string, SourceInfo>, q: { source: string; quote: string; start: number; end: number }): QuotedPoint {
  const s = dir.get(q.source);
  return { ...q, outlet: sourceLabel(s, q.source), date: humanDate(s?.published ?? null), url: s?.url ?? null };
}

function positionPoint(dir: Map<string, SourceInfo>, p: Position): QuotedPoint {
  return pointFrom(dir, { source: p.sources[0] as string, quote: p.quote, start: p.start, end: p.end });
}

/** Compares two states of the corpus; `changes` is empty when nothing material changed. */
export function diffStory(previous: StoryView, current: StoryView): StoryDiff {
  const before = new Set(previous.sources().map((s) => s.source));
  const nowList = current.sources();
  const now = new Set(nowList.map((s) => s.source));
  const dir = new Map(nowList.map((s) => [s.source, s]));
  const changes: StoryChange[] = [];

  const oldConflicts = new Map<string, Disagreement>(previous.conflicts().map((d) => [d.topic, d]));
  for (const d of current.conflicts()) {
    const old = oldConflicts.get(d.topic);
    if (!old) {
      changes.push({
        kind: 'new-disagreement',
        topic: d.topic,
        explanation: d.explanation,
        sides: d.positions.map((p) => ({ claim: p.claim, summary: p.summary, quote: positionPoint(dir, p) })),
      });
      continue;
    }
    const oldClaims = new Set(old.positions.map((p) => p.claim));
    for (const p of d.positions) {
      if (oldClaims.has(p.claim)) continue;
      changes.push({
        kind: 'new-side',
        topic: d.topic,
        claim: p.claim,
        summary: p.summary,
        quote: positionPoint(dir, p),
        against: d.positions
          .filter((o) => o !== p && oldClaims.has(o.claim))
          .map((o) => ({ claim: o.claim, quote: positionPoint(dir, o) })),
      });
    }
  }

  // Self-contradictions: a claim at odds with its own article, not seen before.
  const inconsistencyKey = (c: Claim) => `${c.source}\n${c.start}\n${c.inconsistency}`;
  const oldInconsistent = new Set(previous.claims.filter((c) => c.inconsistency).map(inconsistencyKey));
  const seenNotes = new Set<string>();
  for (const c of current.claims) {
    if (!c.inconsistency || oldInconsistent.has(inconsistencyKey(c))) continue;
    const key = `${c.source}\n${c.inconsistency}`;
    if (seenNotes.has(key)) continue;
    seenNotes.add(key);
    changes.push({
      kind: 'self-contradiction',
      topic: `${c.event} ${c.attribute}`,
      note: c.inconsistency,
      quote: pointFrom(dir, { source: c.source, quote: c.quote, start: c.start, end: c.end }),
    });
  }

  // New dated events: an event at a date no article gave before (a new source for a known one is not news).
  const eventKey = (e: TimelineEntry) => `${e.event}\n${e.date}`;
  const oldEvents = new Set(previous.timeline().map(eventKey));
  const disputed = new Set(changes.flatMap((c) => (c.kind === 'new-side' || c.kind === 'new-disagreement' ? [c.topic] : [])));
  for (const e of current.timeline()) {
    if (oldEvents.has(eventKey(e))) continue;
    // A new date that is a new side of a disagreement is reported there already.
    if (e.disputed && e.disagreement && disputed.has(e.disagreement)) continue;
    const q = (e.quotes.find((x) => !before.has(x.source)) ?? e.quotes[0]) as SourceQuote | undefined;
    if (!q) continue;
    changes.push({ kind: 'new-event', event: e.event, date: e.date, display: e.display, quote: pointFrom(dir, q) });
  }

  return {
    added: nowList.filter((s) => !before.has(s.source)),
    removed: [...before].filter((id) => !now.has(id)),
    changes,
  };
}

/** One line per change, for logs and the digest's plain-text fallback. */
export function changeHeadline(c: StoryChange): string {
  switch (c.kind) {
    case 'new-disagreement':
      return `New disagreement: ${c.topic}`;
    case 'new-side':
      return `New side on the ${c.topic}: ${c.summary}`;
    case 'new-event':
      return `New dated event: ${c.event}, ${c.display}`;
    case 'self-contradiction':
      return `${c.quote.outlet} contradicts itself: ${c.note}`;
  }
}
