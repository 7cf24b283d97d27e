import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGold, scoreAnswers } from '../../src/eval/score.js';
import { EVAL_ROWS } from '../helpers/eval-sets.js';
import { removeTempDirs, SEEDS_DIR, tempDir } from '../helpers/fixtures.js';
import { makeBot } from '../helpers/pipeline.js';
import { ROOT, runScript } from '../helpers/run.js';

afterAll(removeTempDirs);

// (Every set of eval/sets.json against its thresholds: eval-sets-a.test.ts to eval-sets-d.test.ts.)
describe('npm run eval', () => {
  const ROWS = EVAL_ROWS;

  it('prints the three retrievers side by side', async () => {
    const r = await runScript('eval', ['--set', 'dev'], { env: { INDEX_DIR: tempDir('dealbot-eval-index-') }, timeoutMs: 120_000 });
    expect(r.stdout).toMatch(/^\s+hybrid\s+bm25\s+vector$/m);
    expect(r.stdout).toContain('Eval set "dev"');
    for (const row of ROWS) expect(r.stdout).toContain(row);
    expect(r.code).toBe(0);
  }, 150_000);

  it('exits non-zero when a threshold is missed', async () => {
    const dir = tempDir();
    const gold = path.join(dir, 'impossible.jsonl');
    fs.writeFileSync(
      gold,
      `${JSON.stringify({ id: 'i1', question: 'Who signed the deal and when?', facts: [['a fact no article states']], passages: [], conflicts: [], abstain: false })}\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'sets.json'),
      JSON.stringify({ sets: [{ name: 'impossible', gold, seeds: SEEDS_DIR, thresholds: { facts: 1 } }] }),
    );
    const r = await runScript('eval', ['--sets', path.join(dir, 'sets.json'), '--retriever', 'hybrid', '--json'], {
      env: { INDEX_DIR: tempDir() },
    });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { failures: string[] }[];
    expect(out[0]?.failures).toEqual(['facts 0.00 < 1']);
  });
});

describe('the metrics', () => {
  it('agree with the reference scorer (eval/score-answers.mjs) on real and deliberately broken answers', async () => {
    const goldText = fs.readFileSync(path.join(ROOT, 'eval/dev.jsonl'), 'utf8');
    const gold = parseGold(goldText);
    const bot = await makeBot(SEEDS_DIR);
    const answers: Record<string, unknown>[] = [];
    for (const g of gold) answers.push({ ...(await bot.answerQuestion(g.question)) });
    // Break a few on purpose so that the comparison covers failures too.
    answers[0] = {
      ...answers[0],
      citations: [{ source: '003_bae4251f2b00ca8e.txt', quote: 'not in the article at all', start: 0, end: 25 }],
    };
    answers[1] = { ...answers[1], disagreements: [] };
    answers[10] = { ...answers[10], abstained: false };
    answers[5] = {
      ...answers[5],
      disagreements: [{ topic: 'x', positions: [{ claim: 'a', sources: ['000_613d5abc6721492a.txt'], quote: 'x' }] }],
    };
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'answers.jsonl'), `${answers.map((a) => JSON.stringify(a)).join('\n')}\n`);
    let out = '';
    try {
      out = execFileSync(
        process.execPath,
        [
          path.join(ROOT, 'eval/score-answers.mjs'),
          '--gold',
          path.join(ROOT, 'eval/dev.jsonl'),
          '--seeds',
          SEEDS_DIR,
          '--answers',
          path.join(dir, 'answers.jsonl'),
        ],
        { encoding: 'utf8' },
      );
    } catch (err) {
      out = (err as { stdout: string }).stdout;
    }
    const reference = JSON.parse(out.split('\n').find((l) => l.startsWith('{')) as string);
    const ours = scoreAnswers(gold, answers, (s) => {
      try {
        return fs.readFileSync(path.join(SEEDS_DIR, s), 'utf8');
      } catch {
        return null;
      }
    });
    expect(ours.scores).toEqual(reference);
    expect(ours.pass).toBe(false);
    expect(ours.misses.length).toBe(out.split('\n').filter((l) => l.startsWith('  miss')).length);
  });

  it('count a rate of bad outcomes with nothing to judge as 0, like the reference scorer', () => {
    // Only a should-abstain question: no answerable question and no strict-no-conflict question to judge.
    const gold = parseGold(
      '{"id":"z1","question":"What is the capital of France?","facts":[],"passages":[],"conflicts":[],"abstain":true}\n',
    );
    const answer = { answer: "The articles don't say.", abstained: true, citations: [], disagreements: [], retrieved: [] };
    const ours = scoreAnswers(gold, [answer], () => null);
    expect(ours.scores.over_abstain).toBe(0);
    expect(ours.scores.false_conflict_rate).toBe(0);
    expect(ours.scores.abstain_acc).toBe(1);
  });

  it('read a disagreement with three sides, scoring its first two like the reference scorer', () => {
    const gold = parseGold(
      '{"id":"z2","question":"How many elements?","facts":[],"passages":[],"conflicts":[{"topic":"count","values":[["seven"],["eight"],["six"]],"difficulty":"hard"}],"abstain":false}\n',
    );
    const positions = (a: string, b: string) => [{ claim: a }, { claim: b }];
    const answer = (ps: { claim: string }[]) => ({
      answer: 'x',
      abstained: false,
      citations: [],
      disagreements: [{ topic: 'count', positions: ps }],
      retrieved: [],
    });
    expect(scoreAnswers(gold, [answer(positions('seven', 'eight'))], () => null).scores.hard_conflict_recall).toBe(1);
    expect(scoreAnswers(gold, [answer(positions('seven', 'six'))], () => null).scores.hard_conflict_recall).toBe(0);
  });

  it('are computed by a byte-identical copy of the shared reference scorer', () => {
    const shared = path.join(ROOT, '../shared/tools/score-answers.mjs');
    if (!fs.existsSync(shared)) return; // a clone without the shared folder beside it has nothing to compare with
    expect(fs.readFileSync(path.join(ROOT, 'eval/score-answers.mjs'), 'utf8')).toBe(fs.readFileSync(shared, 'utf8'));
  });
});
