import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { parseGold } from '../src/eval/score.js';
import { Dealbot } from '../src/pipeline.js';

/**
 * `npm run bench`: the performance numbers of the README and the closing notes, measured, not asserted.
 * - cold ask: a fresh process and an empty index folder (loads, cleans, embeds, builds HNSW, answers);
 * - warm ask: a fresh process with the index already built;
 * - per question: in one process, the dev questions answered repeatedly;
 * - Slack: 40 concurrent signed /deal requests against a fake Slack API (scripts/bench-slack.ts).
 * Options: --runs N (default 5), --skip-slack, --seeds DIR, --json.
 * `--scale` instead: synthetic corpora of growing size against stock LangChain BM25 (see src/bench/scale.ts).
 */

const args = process.argv.slice(2);
if (args.includes('--scale')) {
  const { runScaleBench } = await import('../src/bench/scale.js');
  process.exit(await runScaleBench(args));
}
const flag = (name: string) => args.includes(name);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : dflt;
};
const runs = Number(opt('--runs', '5'));
const seeds = path.resolve(opt('--seeds', path.join(PROJECT_ROOT, 'seeds')));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const round = (x: number) => Math.round(x);

function timeAsk(indexDir: string): number {
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'bin/dealbot.js'), 'ask', '--json', '--seeds', seeds, 'Who signed the deal and when?'],
    {
      env: { ...process.env, INDEX_DIR: indexDir, OPENAI_API_KEY: '', LOG_LEVEL: 'error' },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`ask failed: ${r.stderr}`);
  return performance.now() - started;
}

const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dealbot-bench-'));
  cold.push(timeAsk(dir));
  warm.push(timeAsk(dir));
  rmSync(dir, { recursive: true, force: true });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'dealbot-bench-'));
const t0 = performance.now();
const bot = await Dealbot.create({ config: loadConfig({}), seedsDir: seeds, indexDir: dir, answerer: null });
const createMs = performance.now() - t0;
const questions = parseGold(readFileSync(path.join(PROJECT_ROOT, 'eval/dev.jsonl'), 'utf8')).map((g) => g.question);
const perQuestion: number[] = [];
for (let r = 0; r < runs; r++) {
  for (const q of questions) {
    const s = performance.now();
    await bot.answerQuestion(q);
    perQuestion.push(performance.now() - s);
  }
}
rmSync(dir, { recursive: true, force: true });

let slack: Record<string, unknown> | null = null;
if (!flag('--skip-slack')) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/bench-slack.ts')], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'error' },
  });
  const line = r.stdout.split('\n').find((l) => l.trim().startsWith('{'));
  slack = line ? (JSON.parse(line) as Record<string, unknown>) : { error: r.stderr.trim().split('\n').pop() };
}

const result = {
  articles: bot.corpus.articles.length,
  passages: bot.corpus.chunks.length,
  runs,
  cold_ask_ms: { median: round(median(cold)), min: round(Math.min(...cold)), max: round(Math.max(...cold)) },
  warm_ask_ms: { median: round(median(warm)), min: round(Math.min(...warm)), max: round(Math.max(...warm)) },
  in_process_create_ms: round(createMs),
  per_question_ms: {
    median: Math.round(median(perQuestion) * 10) / 10,
    max: Math.round(Math.max(...perQuestion) * 10) / 10,
    questions: perQuestion.length,
  },
  slack,
};
if (flag('--json')) console.log(JSON.stringify(result));
else {
  console.log(`Articles: ${result.articles}, passages: ${result.passages}, ${runs} runs each`);
  console.log(
    `Cold ask (new process, empty index):  median ${result.cold_ask_ms.median} ms (min ${result.cold_ask_ms.min}, max ${result.cold_ask_ms.max})`,
  );
  console.log(
    `Warm ask (new process, index built):  median ${result.warm_ask_ms.median} ms (min ${result.warm_ask_ms.min}, max ${result.warm_ask_ms.max})`,
  );
  console.log(`Pipeline start in process:            ${result.in_process_create_ms} ms`);
  console.log(
    `Per question, warm, in process:       median ${result.per_question_ms.median} ms (max ${result.per_question_ms.max}, ${result.per_question_ms.questions} questions)`,
  );
  if (slack) console.log(`Slack, 40 concurrent /deal:           ${JSON.stringify(slack)}`);
}
