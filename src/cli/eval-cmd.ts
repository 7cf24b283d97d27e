import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../config.js';
import { UsageError } from '../errors.js';
import { MODES, readSets, renderSetResult, runEvalSet } from '../eval/run.js';
import type { RetrieverMode } from '../index/retrieve.js';
import type { CliContext } from './common.js';

export const EVAL_USAGE = `Usage: npm run eval -- [--set NAME] [--json] [--verbose] [--retriever MODE]

Runs the evaluation sets of eval/sets.json through the pipeline with three retrievers (hybrid, bm25-only,
vector-only) and prints their scores side by side. Exits 1 when the hybrid pipeline misses a threshold.
  --set NAME        run one set (dev, extra, general); default: all
  --retriever MODE  run one retriever only
  --json            machine-readable output
  --verbose         list the questions with problems`;

/** `npm run eval`. */
export async function runEval(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      set: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      retriever: { type: 'string' },
      sets: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    ctx.stdout.write(`${EVAL_USAGE}\n`);
    return 0;
  }
  const file = path.resolve(values.sets ?? path.join(PROJECT_ROOT, 'eval', 'sets.json'));
  let sets = readSets(file);
  if (values.set) {
    sets = sets.filter((s) => s.name === values.set);
    if (sets.length === 0) throw new UsageError(`No eval set named "${values.set}" in ${file}.`);
  }
  const modes = values.retriever ? [values.retriever as RetrieverMode] : MODES;
  if (!modes.every((m) => MODES.includes(m))) throw new UsageError(`--retriever must be one of ${MODES.join(', ')}.`);
  let failed = false;
  const results = [];
  for (const set of sets) {
    const r = await runEvalSet(set, { config: ctx.config, logger: ctx.logger, modes });
    results.push(r);
    if (r.failures.length) failed = true;
    if (!values.json) ctx.stdout.write(`${renderSetResult(r, values.verbose === true)}\n\n`);
  }
  if (values.json) {
    ctx.stdout.write(
      `${JSON.stringify(
        results.map((r) => ({
          set: r.set.name,
          questions: r.questions,
          thresholds: r.set.thresholds,
          failures: r.failures,
          modes: r.modes.map((m) => ({
            mode: m.mode,
            scores: m.report.scores,
            retriever_recall_at_k: m.retrieverRecall,
            ms_per_question: m.msPerQuestion,
            misses: m.report.misses,
          })),
        })),
      )}\n`,
    );
  }
  return failed ? 1 : 0;
}
