import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { writeSyntheticCorpus } from './synth.js';

/**
 * `npm run bench -- --scale`: dealbot on synthetic corpora of growing size (N generated articles plus the
 * five seeds), against the stock LangChain BM25 pipeline (RecursiveCharacterTextSplitter + BM25Retriever) on
 * the same articles and questions, in the same run. Every phase runs in a fresh process (scripts/bench-scale).
 * Options: --sizes 500,2000,5000  --restarts 3  --runs 5 (new-process runs on the seeds)  --json  --keep.
 */

interface Phase {
  ms?: number;
  cpuMs?: number;
  addMs?: number;
  editMs?: number;
  addCpuMs?: number;
  editCpuMs?: number;
  questions?: number[];
  peakRssMb: number;
  passages?: number;
  analysed?: number | string[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number) : Number.NaN;
};

function node(args: string[], input?: string): { ms: number; stdout: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    input: input ?? '',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, OPENAI_API_KEY: '', LOG_LEVEL: 'error', NO_COLOR: '1' },
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

function phase(...args: string[]): Phase {
  const { stdout } = node([path.join(PROJECT_ROOT, 'bin/run.js'), 'bench-scale', ...args]);
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Phase;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    total += e.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

function questionsFile(dir: string): { file: string; count: number } {
  const questions: string[] = [];
  for (const name of ['dev.jsonl', 'extra.jsonl']) {
    for (const line of readFileSync(path.join(PROJECT_ROOT, 'eval', name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const q = (JSON.parse(line) as { question?: string }).question;
      if (q && q.trim().length > 0 && q.length < 300) questions.push(q.replace(/\s+/g, ' '));
    }
  }
  const file = path.join(dir, 'questions.txt');
  writeFileSync(file, `${questions.join('\n')}\n`);
  return { file, count: questions.length };
}

const fmt = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms)
    ? '—'
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${Math.round(ms * 10) / 10} ms`;

export async function runScaleBench(args: string[]): Promise<number> {
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? (args[i + 1] as string) : dflt;
  };
  const sizes = opt('--sizes', '500,2000,5000')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n >= 0);
  const restarts = Number(opt('--restarts', '3'));
  const runs = Number(opt('--runs', '5'));
  const root = mkdtempSync(path.join(os.tmpdir(), 'dealbot-scale-'));
  const { file: qfile, count } = questionsFile(root);
  const rows: Record<string, unknown>[] = [];
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    // The seeds, in new processes: `ask --json` with the index built vs a stock LangChain BM25 script.
    {
      const seeds = path.join(PROJECT_ROOT, 'seeds');
      const indexDir = path.join(root, 'index-seeds');
      const env = { ...process.env };
      process.env.INDEX_DIR = indexDir;
      const q = 'Who signed the deal and when?';
      node([path.join(PROJECT_ROOT, 'bin/dealbot.js'), 'ask', '--json', '--seeds', seeds, q]);
      const ask: number[] = [];
      const lc: number[] = [];
      const repl: number[] = [];
      for (let i = 0; i < runs; i++) {
        ask.push(node([path.join(PROJECT_ROOT, 'bin/dealbot.js'), 'ask', '--json', '--seeds', seeds, q]).ms);
        lc.push(node([path.join(PROJECT_ROOT, 'bin/run.js'), 'bench-langchain', seeds, q]).ms);
        repl.push(node([path.join(PROJECT_ROOT, 'bin/dealbot.js'), 'repl', '--seeds', seeds], ':quit\n').ms);
      }
      const restart = phase('restart', seeds, indexDir, qfile);
      const lcq = phase('langchain', seeds, qfile);
      process.env = env;
      rows.push({
        n: 0,
        label: 'seeds',
        askProcessMs: median(ask),
        langchainProcessMs: median(lc),
        replStartMs: median(repl),
        restartMs: restart.ms,
        p50: pct(restart.questions ?? [], 50),
        p95: pct(restart.questions ?? [], 95),
        lcP50: pct(lcq.questions ?? [], 50),
        lcP95: pct(lcq.questions ?? [], 95),
        peakRssMb: restart.peakRssMb,
        indexBytes: folderBytes(indexDir),
      });
      log(`seeds: ${JSON.stringify(rows[rows.length - 1])}`);
    }
    for (const n of sizes) {
      const articles = path.join(root, `articles-${n}`);
      const indexDir = path.join(root, `index-${n}`);
      await writeSyntheticCorpus(articles, n);
      cpSync(path.join(PROJECT_ROOT, 'seeds'), articles, { recursive: true });
      log(`N=${n}: full build…`);
      const build = phase('build', articles, indexDir);
      log(`N=${n}: restarts and ${count} questions…`);
      const restartRuns = Array.from({ length: Math.max(1, restarts) }, (_, i) =>
        i === 0 ? phase('restart', articles, indexDir, qfile) : phase('restart', articles, indexDir),
      );
      const questions = restartRuns[0]?.questions ?? [];
      log(`N=${n}: +1 article, edit 1 article…`);
      const update = phase('update', articles, indexDir);
      const indexBytes = folderBytes(indexDir);
      log(`N=${n}: LangChain…`);
      const lc = phase('langchain', articles, qfile);
      rows.push({
        n,
        label: `${n} + 5 seeds`,
        passages: build.passages,
        buildMs: build.ms,
        buildCpuMs: build.cpuMs,
        restartCpuMs: median(restartRuns.map((r) => r.cpuMs as number)),
        addMs: update.addMs,
        editMs: update.editMs,
        addCpuMs: update.addCpuMs,
        editCpuMs: update.editCpuMs,
        restartMs: median(restartRuns.map((r) => r.ms as number)),
        p50: pct(questions, 50),
        p95: pct(questions, 95),
        peakRssMb: Math.max(build.peakRssMb, update.peakRssMb, ...restartRuns.map((r) => r.peakRssMb)),
        indexBytes,
        lcBuildMs: lc.ms,
        lcP50: pct(lc.questions ?? [], 50),
        lcP95: pct(lc.questions ?? [], 95),
        lcPeakRssMb: lc.peakRssMb,
      });
      log(`N=${n}: ${JSON.stringify(rows[rows.length - 1])}`);
      rmSync(articles, { recursive: true, force: true });
      if (!args.includes('--keep')) rmSync(indexDir, { recursive: true, force: true });
    }
  } finally {
    if (!args.includes('--keep')) rmSync(root, { recursive: true, force: true });
  }
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ questions: count, rows })}\n`);
    return 0;
  }
  const mb = (b: unknown) => `${Math.round((b as number) / 1e6)} MB`;
  const lines = [
    `Questions: ${count} (eval/dev + eval/extra), each answered twice after a warm-up round; ${os.cpus().length} CPUs.`,
    '',
    'Times are wall clock; CPU time of the process in parentheses (on a busy machine, wall time includes waiting for a core).',
    '',
    '| articles | full build | +1 article | edit 1 | restart (index built) | per question p50 / p95 | peak RSS | index on disk | LangChain BM25: build, per question p50 / p95 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    if (r.n === 0) continue;
    lines.push(
      `| ${r.label} | ${fmt(r.buildMs as number)} (${fmt(r.buildCpuMs as number)}) | ${fmt(r.addMs as number)} (${fmt(r.addCpuMs as number)}) | ${fmt(r.editMs as number)} (${fmt(r.editCpuMs as number)}) | ${fmt(r.restartMs as number)} (${fmt(r.restartCpuMs as number)}) | ${fmt(r.p50 as number)} / ${fmt(r.p95 as number)} | ${r.peakRssMb} MB | ${mb(r.indexBytes)} | ${fmt(r.lcBuildMs as number)}, ${fmt(r.lcP50 as number)} / ${fmt(r.lcP95 as number)} |`,
    );
  }
  const s = rows.find((r) => r.n === 0);
  if (s) {
    lines.push(
      '',
      `Seeds: new process \`ask --json\` (index built) ${fmt(s.askProcessMs as number)} vs stock LangChain BM25 script ${fmt(s.langchainProcessMs as number)} ` +
        `(ratio ${((s.askProcessMs as number) / (s.langchainProcessMs as number)).toFixed(2)}); REPL start to exit ${fmt(s.replStartMs as number)}; ` +
        `pipeline start in process ${fmt(s.restartMs as number)}; per question p50 / p95 ${fmt(s.p50 as number)} / ${fmt(s.p95 as number)} ` +
        `(LangChain BM25 ${fmt(s.lcP50 as number)} / ${fmt(s.lcP95 as number)}).`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
