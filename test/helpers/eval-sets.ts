import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './fixtures.js';
import { ROOT, runScript } from './run.js';

/** The rows every set's table prints. */
export const EVAL_ROWS = [
  'facts found',
  'recall@8 (answer passages)',
  'quotes verbatim',
  'conflicts found (normal)',
  'conflicts found (hard)',
  'false disagreements',
  'abstention accuracy',
];

/** How many test files eval/sets.json is run in (`eval-sets-a` … `eval-sets-d`). */
export const EVAL_PARTS = 4;

/**
 * `npm test` runs a fixed part of eval/sets.json, not all of it: with 129 sets the four eval files took 77–114 s
 * each and the suite 245–298 s, at its 5-minute budget, and every round adds two sets. It runs every set that is not
 * a blind set (dev, extra, general, holdout: the seeds and the planted traps), the `NEWEST_BLIND` blind sets added
 * last (the hardest ones, written for the question families as they stand), and every `OLDER_SAMPLE`-th of the older
 * blind sets (counted from the first, so the sample does not change as sets are added). `npm run eval -- --retriever
 * hybrid` runs every set with its thresholds (README, Testing); run it before landing a change to answers.
 */
export const NEWEST_BLIND = 18;
export const OLDER_SAMPLE = 4;

type SetEntry = { name: string; gold: string; seeds: string };

/** The sets of eval/sets.json that `npm test` runs (see `NEWEST_BLIND`), in their file order. */
export function suiteSets<T extends SetEntry>(all: T[]): T[] {
  const blind = all.filter((s) => s.name.startsWith('blind-'));
  const newest = new Set(blind.slice(-NEWEST_BLIND));
  const older = blind.slice(0, Math.max(0, blind.length - NEWEST_BLIND));
  const sampled = new Set(older.filter((_, i) => i % OLDER_SAMPLE === 0));
  return all.filter((s) => !s.name.startsWith('blind-') || newest.has(s) || sampled.has(s));
}

/**
 * Runs `npm run eval --retriever hybrid` on one part of the sets `npm test` runs (`suiteSets`; every `EVAL_PARTS`-th
 * of them from `part`, with their thresholds), so that the parts run in separate test files on the two cores (four
 * shorter files pack the two workers better than two long ones), and checks that every set passes. Returns the names
 * of the sets run.
 */
export async function evalPart(part: number): Promise<string[]> {
  const file = path.join(ROOT, 'eval', 'sets.json');
  const all = JSON.parse(fs.readFileSync(file, 'utf8')) as { sets: SetEntry[] };
  const sets = suiteSets(all.sets)
    .filter((_, i) => i % EVAL_PARTS === part)
    .map((s) => ({ ...s, gold: path.resolve(ROOT, 'eval', s.gold), seeds: path.resolve(ROOT, 'eval', s.seeds) }));
  const dir = tempDir('dealbot-eval-sets-');
  fs.writeFileSync(path.join(dir, 'sets.json'), JSON.stringify({ sets }));
  const r = await runScript('eval', ['--sets', path.join(dir, 'sets.json'), '--retriever', 'hybrid'], {
    env: { INDEX_DIR: tempDir('dealbot-eval-index-') },
    timeoutMs: 300_000,
  });
  // Only the warnings about the holdout corpus's deliberately broken files, and a blind set's front matter that
  // dates a page to a month ("June 2025"), as real pages do.
  expect(r.stderr.split('\n').filter((l) => l && !/warn: .*holdout/.test(l) && !/warn: .*names no day/.test(l))).toEqual([]);
  for (const set of sets) expect(r.stdout).toContain(`Eval set "${set.name}"`);
  for (const row of EVAL_ROWS) expect(r.stdout).toContain(row);
  expect(r.stdout).not.toContain('FAIL');
  expect(r.code).toBe(0);
  return sets.map((s) => s.name);
}

/**
 * The test of one part of eval/sets.json: every threshold passes with the hybrid retriever dealbot answers with.
 * (A hang guard, not a timing test: every set's index is built from scratch.) The other two retrievers are run on
 * one set in eval.test.ts, for the side-by-side table.
 */
export function evalPartSuite(part: number): void {
  afterAll(removeTempDirs);
  describe('npm run eval', () => {
    it(`passes every threshold of eval/sets.json with the hybrid retriever (part ${part + 1} of ${EVAL_PARTS})`, async () => {
      const names = await evalPart(part);
      expect(names.length).toBeGreaterThan(10);
    }, 320_000);
  });
}
