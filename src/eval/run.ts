import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { RetrieverMode } from '../index/retrieve.js';
import type { Logger } from '../log.js';
import { Dealbot } from '../pipeline.js';
import { type Gold, parseGold, type ScoreReport, type Scores, scoreAnswers } from './score.js';

const SetsSchema = z.object({
  sets: z.array(
    z.object({
      name: z.string(),
      gold: z.string(),
      seeds: z.string(),
      thresholds: z.record(z.string(), z.number()),
    }),
  ),
});
export type EvalSet = z.infer<typeof SetsSchema>['sets'][number];

/** Reads `eval/sets.json`; paths in it are relative to its folder. */
export function readSets(file: string): EvalSet[] {
  const dir = path.dirname(file);
  const parsed = SetsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.sets.map((s) => ({ ...s, gold: path.resolve(dir, s.gold), seeds: path.resolve(dir, s.seeds) }));
}

export const MODES: RetrieverMode[] = ['hybrid', 'bm25', 'vector'];

export interface ModeResult {
  mode: RetrieverMode;
  report: ScoreReport;
  /** recall@8 of the retriever's own ranking, before the answerer re-ranks passages. */
  retrieverRecall: number;
  msPerQuestion: number;
}

export interface SetResult {
  set: EvalSet;
  questions: number;
  modes: ModeResult[];
  /** Thresholds the hybrid pipeline missed: "facts 0.85 < 0.9". */
  failures: string[];
}

/** Metrics where lower is better. */
const LOWER_IS_BETTER = new Set(['false_conflict_rate', 'over_abstain']);

function retrieverRecall(
  gold: Gold[],
  lists: { source: string; start: number; end: number }[][],
  text: (s: string) => string | null,
): number {
  let hit = 0;
  let n = 0;
  gold.forEach((g, i) => {
    if (g.abstain) return;
    for (const p of g.passages) {
      n++;
      const at = (text(p.source) ?? '').indexOf(p.contains);
      if ((lists[i] ?? []).slice(0, 8).some((r) => r.source === p.source && r.start <= at + p.contains.length && r.end >= at)) hit++;
    }
  });
  return n ? hit / n : 1;
}

/** Runs one evaluation set through the pipeline with each retriever and scores it. */
export async function runEvalSet(
  set: EvalSet,
  options: { config: Config; logger: Logger; indexDir?: string; modes?: RetrieverMode[] },
): Promise<SetResult> {
  const gold = parseGold(readFileSync(set.gold, 'utf8'));
  const texts = new Map<string, string | null>();
  const text = (source: string) => {
    if (!texts.has(source)) {
      try {
        texts.set(source, readFileSync(path.join(set.seeds, source), 'utf8'));
      } catch {
        texts.set(source, null);
      }
    }
    return texts.get(source) ?? null;
  };
  const modes: ModeResult[] = [];
  for (const mode of options.modes ?? MODES) {
    const bot = await Dealbot.create({
      config: options.config,
      seedsDir: set.seeds,
      logger: options.logger,
      retriever: mode,
      answerer: null,
      ...(options.indexDir ? { indexDir: options.indexDir } : {}),
    });
    const answers = [];
    const lists = [];
    const started = performance.now();
    for (const g of gold) {
      answers.push(await bot.answerQuestion(g.question));
      const raw = await bot.retriever.retrieve(bot.analyze(g.question), 8);
      lists.push(raw.map((r) => ({ source: r.chunk.source, start: r.chunk.start, end: r.chunk.end })));
    }
    const ms = (performance.now() - started) / Math.max(1, gold.length);
    modes.push({ mode, report: scoreAnswers(gold, answers, text), retrieverRecall: retrieverRecall(gold, lists, text), msPerQuestion: ms });
  }
  const hybrid = modes.find((m) => m.mode === 'hybrid') ?? modes[0];
  const failures: string[] = [];
  if (hybrid) {
    for (const [metric, limit] of Object.entries(set.thresholds)) {
      const value = hybrid.report.scores[metric as keyof Scores];
      if (typeof value !== 'number') continue;
      const bad = LOWER_IS_BETTER.has(metric) ? value > limit : value < limit;
      if (bad) failures.push(`${metric} ${value.toFixed(2)} ${LOWER_IS_BETTER.has(metric) ? '>' : '<'} ${limit}`);
    }
  }
  return { set, questions: gold.length, modes, failures };
}

const ROWS: [string, (m: ModeResult) => string][] = [
  ['facts found', (m) => m.report.scores.facts.toFixed(2)],
  ['recall@8 (answer passages)', (m) => m.report.scores.recall_at_k.toFixed(2)],
  ['recall@8 (retriever alone)', (m) => m.retrieverRecall.toFixed(2)],
  ['cites a gold source', (m) => m.report.scores.cites_gold_source.toFixed(2)],
  ['quotes verbatim', (m) => `${m.report.scores.quotes_verbatim.toFixed(2)} (${m.report.scores.quotes})`],
  ['conflicts found (normal)', (m) => m.report.scores.conflict_recall.toFixed(2)],
  ['conflicts found (hard)', (m) => m.report.scores.hard_conflict_recall.toFixed(2)],
  ['false disagreements', (m) => m.report.scores.false_conflict_rate.toFixed(2)],
  ['abstention accuracy', (m) => m.report.scores.abstain_acc.toFixed(2)],
  ['over-abstention', (m) => m.report.scores.over_abstain.toFixed(2)],
  ['ms per question', (m) => m.msPerQuestion.toFixed(0)],
];

/** The table `npm run eval` prints. */
export function renderSetResult(r: SetResult, verbose = false): string {
  const head = `Eval set "${r.set.name}": ${r.questions} questions, articles in ${path.relative(process.cwd(), r.set.seeds) || '.'}`;
  const width = 28;
  const lines = [head, `${''.padEnd(width)}${r.modes.map((m) => m.mode.padStart(12)).join('')}`];
  for (const [label, get] of ROWS) lines.push(`${label.padEnd(width)}${r.modes.map((m) => get(m).padStart(12)).join('')}`);
  lines.push(r.failures.length ? `FAIL (hybrid): ${r.failures.join('; ')}` : 'PASS (hybrid meets every threshold in eval/sets.json)');
  const hybrid = r.modes.find((m) => m.mode === 'hybrid');
  if (verbose && hybrid?.report.misses.length) lines.push('Misses (hybrid):', ...hybrid.report.misses.map((x) => `  ${x}`));
  return lines.join('\n');
}
