/**
 * Which evaluation sets `npm test` runs (`suiteSets`): every set that is not blind, the newest blind sets, and a
 * sample of the older ones that stays the same as sets are added.
 */
import { describe, expect, it } from 'vitest';
import { NEWEST_BLIND, OLDER_SAMPLE, suiteSets } from '../helpers/eval-sets.js';

const set = (name: string) => ({ name, gold: `${name}.jsonl`, seeds: name });
const blind = (n: number) => Array.from({ length: n }, (_, i) => set(`blind-${i}`));

describe('suiteSets', () => {
  it('keeps every set that is not blind and every blind set while there are no more than the newest', () => {
    const all = [set('dev'), ...blind(NEWEST_BLIND), set('holdout')];
    expect(suiteSets(all)).toEqual(all);
  });

  it('keeps the newest blind sets and every OLDER_SAMPLE-th older one, in file order', () => {
    const older = 3 * OLDER_SAMPLE + 1;
    const all = [set('dev'), ...blind(older + NEWEST_BLIND)];
    const names = suiteSets(all).map((s) => s.name);
    expect(names[0]).toBe('dev');
    const kept = Array.from({ length: older }, (_, i) => i).filter((i) => i % OLDER_SAMPLE === 0);
    expect(names).toEqual([
      'dev',
      ...kept.map((i) => `blind-${i}`),
      ...Array.from({ length: NEWEST_BLIND }, (_, i) => `blind-${older + i}`),
    ]);
    expect(names).not.toContain('blind-1');
  });

  it('does not change the older sample when a set is added', () => {
    const olderOf = (all: ReturnType<typeof set>[]) =>
      suiteSets(all)
        .map((s) => s.name)
        .filter((n) => Number(n.slice('blind-'.length)) < 40);
    const before = olderOf(blind(40 + NEWEST_BLIND));
    expect(before.length).toBe(Math.ceil(40 / OLDER_SAMPLE));
    expect(olderOf(blind(41 + NEWEST_BLIND))).toEqual(before);
    expect(olderOf(blind(45 + NEWEST_BLIND))).toEqual(before);
  });
});
