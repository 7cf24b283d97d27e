import type { Claim } from '../corpus/claims.js';
import type { Corpus } from '../corpus/corpus.js';
import { byGroupingOrder, compatible, type DateValue, displayOf, sortKey } from '../corpus/dates.js';
import { type FoundDisagreement, venueCities } from './conflicts.js';
import { claimIdentities, GroupMemo, groupFingerprint } from './memo.js';
import type { TimelineEntry } from './types.js';

const PRECISION_ORDER = { day: 0, month: 1, year: 2 } as const;

interface Bucket {
  event: Claim['event'];
  qualifier: string | null;
  date: DateValue;
  claims: Claim[];
}

/** A bucket as the memo keeps it: its members by their place in its key's claims. */
interface StoredBucket {
  event: Claim['event'];
  qualifier: string | null;
  date: DateValue;
  members: number[];
}

/** The timeline's buckets per event, kept between the corpora of one folder (see `GroupMemo`). */
export type TimelineMemo = GroupMemo<StoredBucket[]>;

export function timelineMemo(): TimelineMemo {
  return new GroupMemo<StoredBucket[]>();
}

/**
 * One event's dated claims (same event and qualifier) in buckets of compatible dates, most precise first: "June"
 * joins the bucket of "9 June", not one of its own, and "June 9" the bucket of "June 9–10".
 */
function storedBuckets(claims: readonly Claim[]): StoredBucket[] {
  const buckets: StoredBucket[] = [];
  const ranked = claims.map((c, i) => ({ c, i })).sort((a, b) => byGroupingOrder(a.c.date as DateValue, b.c.date as DateValue));
  for (const { c, i } of ranked) {
    const date = c.date as DateValue;
    const best = buckets.find((b) => compatible(b.date, date));
    if (best) {
      best.members.push(i);
      // A more complete date (a known year) replaces a less complete one at the same precision.
      if (best.date.year == null && date.year != null && date.precision === best.date.precision) best.date = date;
    } else {
      buckets.push({ event: c.event, qualifier: c.event === 'signing' || c.event === 'call' ? null : c.qualifier, date, members: [i] });
    }
  }
  return buckets;
}

/** Events whose entries name who or where (their claims' qualifier). */
const QUALIFIED = new Set<Claim['event']>(['talks', 'controls', 'announcement']);

/** Events that belong on the chronology, and how each is named. */
const LABELS: Partial<Record<Claim['event'], (q: string | null) => string>> = {
  signing: () => 'Agreement signed',
  talks: (q) => (q ? `Talks in ${q}` : 'Talks'),
  call: () => 'Phone call between the leaders',
  announcement: (q) => (q ? `${q} announces or confirms the agreement` : 'Agreement announced'),
  controls: (q) => (q ? `${q} announces new controls` : 'New controls announced'),
  licences: () => 'Export licences granted',
  lifting: (q) => (q ? `${q} lifts restrictions` : 'Restrictions lifted'),
};

function isoAt(v: DateValue): string {
  const y = v.year == null ? '-' : String(v.year);
  const m = String(v.month ?? 0).padStart(2, '0');
  if (v.precision === 'year') return y;
  if (v.precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(v.day ?? 0).padStart(2, '0')}`;
}

/**
 * The story's chronology from dated claims: one entry per event and date, with the sources and their quotes;
 * where sources disagree on an event's date, one entry per position, marked as disputed.
 */
export function buildTimeline(
  claims: Claim[],
  disagreements: FoundDisagreement[],
  corpus: Corpus | null = null,
  memo: TimelineMemo = timelineMemo(),
): TimelineEntry[] {
  // Talks at a building the articles place in a city are talks in that city (as for the disagreements).
  const cityOf = venueCities(claims);
  const dated = claims
    .filter((c) => c.attribute === 'date' && c.date && LABELS[c.event])
    .map((c) => {
      const city = c.event === 'talks' && c.qualifier ? cityOf.get(c.qualifier) : undefined;
      return city ? { ...c, qualifier: city } : c;
    });
  // The year most claims give, to place entries whose article has no date.
  const years = new Map<number, number>();
  for (const c of dated) if (c.date?.year != null) years.set(c.date.year, (years.get(c.date.year) ?? 0) + 1);
  const commonYear = [...years].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  // Bucketed per event and qualifier (a claim is compared only with the buckets it could join); a key whose
  // claims are unchanged since the memo's last pass keeps its buckets.
  const byKey = new Map<string, Claim[]>();
  for (const c of dated) {
    const key = `${c.event}\0${(c.event === 'signing' || c.event === 'call' ? null : c.qualifier) ?? '\u0001'}`;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const names = corpus ? claimIdentities(corpus, dated) : null;
  const buckets: Bucket[] = memo.pass((get) =>
    [...byKey].flatMap(([key, list]) => {
      const stored = names ? get(groupFingerprint(key, '', list, names), () => storedBuckets(list)) : storedBuckets(list);
      return stored.map((b) => ({ event: b.event, qualifier: b.qualifier, date: b.date, claims: b.members.map((i) => list[i] as Claim) }));
    }),
  );
  // In the order the buckets were opened over all the claims, most precise first (entries of one day keep it).
  const place = new Map(dated.map((c, i) => [c, i]));
  const opened = (b: Bucket) => {
    const first = b.claims[0] as Claim;
    return PRECISION_ORDER[(first.date as DateValue).precision] * dated.length + (place.get(first) as number);
  };
  buckets.sort((a, b) => opened(a) - opened(b));
  // Talks without a place that match placed talks at the same date are the same talks; so are controls or an
  // announcement no party is named for and the same event of a party on the same date (its sources join that one).
  const merged = buckets.filter((b) => {
    if (b.qualifier || !QUALIFIED.has(b.event)) return true;
    const named = buckets.find((o) => o !== b && o.event === b.event && o.qualifier && compatible(o.date, b.date));
    if (!named) return true;
    if (b.event !== 'talks') named.claims.push(...b.claims);
    return false;
  });
  const disputeSentences = new Map(disagreements.map((d) => [d, new Set(d.sentenceIds)]));

  const entries: TimelineEntry[] = merged.map((b) => {
    const dispute = disagreements.find(
      (d) =>
        d.attribute === 'date' &&
        d.event === b.event &&
        (d.qualifier ?? null) === (b.event === 'signing' || b.event === 'call' ? null : b.qualifier) &&
        b.claims.some((c) => disputeSentences.get(d)?.has(c.sentenceId)),
    );
    const seen = new Set<string>();
    const perSource = b.claims.filter((c) => !seen.has(c.source) && !!seen.add(c.source));
    return {
      date: isoAt(b.date),
      display: b.date.year == null ? `${displayOf(b.date)} (year not given)` : displayOf(b.date),
      event: (LABELS[b.event] as (q: string | null) => string)(b.qualifier),
      sources: perSource.map((c) => c.source),
      quotes: perSource.slice(0, 3).map((c) => ({ source: c.source, quote: c.quote, start: c.start, end: c.end, asWritten: c.asWritten })),
      disputed: !!dispute,
      disagreement: dispute?.disagreement.topic ?? null,
    };
  });
  const withKeys = entries.map((e, i) => {
    const b = merged[i] as Bucket;
    return { e, k: sortKey({ ...b.date, year: b.date.year ?? commonYear }) };
  });
  return withKeys.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.e);
}
