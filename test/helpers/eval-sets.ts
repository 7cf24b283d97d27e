import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { tempDir } from './fixtures.js';
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

/**
 * Runs `npm run eval --retriever hybrid` on one half of eval/sets.json (the sets at even or odd places, with their
 * thresholds), so that the two halves run in two test files on two cores, and checks that every set passes. Returns
 * the names of the sets run.
 */
export async function evalHalf(half: 0 | 1): Promise<string[]> {
  const file = path.join(ROOT, 'eval', 'sets.json');
  const all = JSON.parse(fs.readFileSync(file, 'utf8')) as { sets: { name: string; gold: string; seeds: string }[] };
  const sets = all.sets
    .filter((_, i) => i % 2 === half)
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
