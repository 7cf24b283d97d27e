import type { Claim } from '../corpus/claims.js';
import type { Corpus } from '../corpus/corpus.js';

/**
 * Results computed per group of claims (a disagreement per event, the timeline's entries per event), kept from
 * one corpus of a folder to the next so that an update recomputes only the groups its changed articles touch.
 * A group is looked up by a fingerprint of what its result depends on: its key, the identity of each member
 * claim (its article's content hash and its place among that article's claims; claims are a function of
 * those, see `corpus.ts`), and whatever corpus-wide context the caller adds. Each pass keeps only the entries
 * it used, so the memo never holds more than one corpus's groups.
 */
export class GroupMemo<T> {
  private entries = new Map<string, T>();
  /** Groups of the last pass whose result was reused / computed. */
  reused = 0;
  computed = 0;

  /** Runs one pass over a corpus's groups; `get` returns a group's stored result or computes and stores it. */
  pass<R>(run: (get: (fingerprint: string, compute: () => T) => T) => R): R {
    const next = new Map<string, T>();
    let reused = 0;
    let computed = 0;
    const result = run((fingerprint, compute) => {
      let value: T;
      if (this.entries.has(fingerprint)) {
        value = this.entries.get(fingerprint) as T;
        reused++;
      } else {
        value = compute();
        computed++;
      }
      next.set(fingerprint, value);
      return value;
    });
    this.entries = next;
    this.reused = reused;
    this.computed = computed;
    return result;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * What names every claim across corpora (claim ids and sentence ids shift when another article is added before
 * it): its article (file name and content hash, as a number) and its place among that article's claims. By
 * claim id.
 */
export interface ClaimIdentities {
  article: Int32Array;
  place: Int32Array;
}

/** Article numbers: one per file name and content hash, the same in every pass of a process. */
const articleNumbers = new Map<string, number>();

export function claimIdentities(corpus: Corpus, claims: readonly Claim[]): ClaimIdentities {
  let size = 0;
  for (const c of claims) size = Math.max(size, c.id + 1);
  const article = new Int32Array(size);
  const place = new Int32Array(size);
  const first = new Map<string, { no: number; at: number }>();
  for (const c of claims) {
    let seen = first.get(c.source);
    if (!seen) {
      const name = `${c.source}\u0001${corpus.byId.get(c.source)?.hash ?? ''}`;
      let no = articleNumbers.get(name);
      if (no === undefined) {
        no = articleNumbers.size + 1;
        articleNumbers.set(name, no);
      }
      seen = { no, at: c.id };
      first.set(c.source, seen);
    }
    // Claims of an article are consecutive, in id order.
    seen.at = Math.min(seen.at, c.id);
  }
  for (const c of claims) {
    const seen = first.get(c.source) as { no: number; at: number };
    article[c.id] = seen.no;
    place[c.id] = c.id - seen.at;
  }
  return { article, place };
}

/**
 * The fingerprint of a group: its key, the context and its size in full, and its members' identities (in order)
 * as two independent 32-bit hashes: a long group (thousands of claims) is not spelled out in a string.
 */
export function groupFingerprint(key: string, context: string, members: readonly Claim[], ids: ClaimIdentities): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (const c of members) {
    const a = ids.article[c.id] as number;
    const p = ids.place[c.id] as number;
    h1 = Math.imul(h1 ^ a, 0x01000193);
    h1 = Math.imul(h1 ^ p, 0x01000193);
    h2 = Math.imul(h2 ^ (a + 0x9e3779b9), 0x5bd1e995);
    h2 ^= h2 >>> 13;
    h2 = Math.imul(h2 ^ (p + 0x7f4a7c15), 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return `${key}\u0002${context}\u0002${members.length}\u0002${h1 >>> 0}\u0002${h2 >>> 0}`;
}

/** Where each of `picked` sits in `group` (for re-deriving claims from a stored result). */
export function memberIndices(group: readonly Claim[], picked: readonly Claim[]): number[] {
  const at = new Map(group.map((c, i) => [c, i]));
  return picked.map((c) => at.get(c) as number);
}
