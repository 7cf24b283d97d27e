import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runAsk } from '../../src/cli/ask.js';
import { type CliContext, runCommand } from '../../src/cli/common.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { removeTempDirs, SEEDS_DIR, seedText, tempDir } from '../helpers/fixtures.js';
import { type RunResult, runBin, runLauncher, runScript } from '../helpers/run.js';

/** The answer JSON contract of DESIGN.md. */
const AnswerSchema = z.object({
  question: z.string(),
  answer: z.string().min(1),
  abstained: z.boolean(),
  citations: z.array(
    z.object({
      source: z.string(),
      quote: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
    }),
  ),
  disagreements: z.array(
    z.object({
      topic: z.string(),
      positions: z.array(z.object({ claim: z.string(), sources: z.array(z.string()).min(1), quote: z.string() })).min(2),
    }),
  ),
  retrieved: z.array(z.object({ source: z.string(), start: z.number(), end: z.number(), score: z.number() })),
  mode: z.enum(['offline', 'llm']),
});

type ContractAnswer = z.infer<typeof AnswerSchema>;

/** Runs `ask` in this process with captured streams, as `npm run ask` would (exit status and all). */
async function askInProcess(args: string[], env: Record<string, string>): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) =>
    new Writable({
      write: (chunk, _enc, done) => {
        sink.push(String(chunk));
        done();
      },
    });
  const stderr = stream(err);
  const config = loadConfig({ ...env, LOG_LEVEL: 'warn' });
  const logger = createLogger('warn', (l) => err.push(l));
  const stdin = Readable.from([]);
  const ctx: CliContext = { config, logger, stdout: stream(out), stderr, stdin, env: { NO_COLOR: '1' } };
  const code = await runCommand(() => runAsk(args, ctx), logger, stderr);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const LONG = `Who signed the deal and when? ${'really '.repeat(600)}`;
/** Asked through one `ask --json` process reading standard input (the index is built once, by it). */
const BATCH = [
  'Who signed the deal and when?',
  'What is the capital of France?',
  'When did the London talks take place?',
  'How many tons of soybeans will China buy under the deal?',
  LONG,
];

let env: Record<string, string>;
let batch: RunResult;
let answers: ContractAnswer[];
/** The same, unparsed (the schema drops fields outside the contract). */
let raw: Record<string, unknown>[];
// The other processes only read the index the batch built, so they run side by side.
let terminal: Promise<RunResult>;
let listings: Promise<RunResult>;
let forced: Promise<RunResult>;

beforeAll(async () => {
  env = { INDEX_DIR: tempDir('dealbot-cli-index-') };
  batch = await runScript('ask', ['--json'], { env, input: `${BATCH.join('\n')}\n\n` });
  raw = batch.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  answers = raw.map((a) => AnswerSchema.parse(a));
  terminal = runScript('ask', ['When did the London talks take place?'], { env });
  listings = runBin(['ask', '--json', '--sources', '--conflicts', '--timeline'], { env });
  // After the others: a forced rebuild racing a loading `ask` could find that process's fresh index instead.
  forced = Promise.allSettled([terminal, listings]).then(() => runScript('index', ['--force'], { env }));
});
afterAll(removeTempDirs);

describe('npm run ask', () => {
  it('reads one question per line from stdin and prints one contract object per line, in order, nothing else', () => {
    expect(batch.code).toBe(0);
    expect(batch.stderr).toBe('');
    expect(answers.map((a) => a.question)).toEqual([...BATCH.slice(0, 4), expect.stringMatching(/^Who signed the deal and when\? really/)]);
    expect(answers.map((a) => a.abstained)).toEqual([false, true, false, true, false]);
    expect(answers.every((a) => a.mode === 'offline')).toBe(true);
  });

  it('answers who signed and when with verbatim quotes at their offsets and both sides of the date dispute', () => {
    const a = answers[0] as ContractAnswer;
    expect(a.answer).toContain('Trump');
    expect(a.answer).toMatch(/25 June|June 25/);
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect(seedText(c.source).slice(c.start, c.end)).toBe(c.quote);
    const signing = a.disagreements.find((d) => d.topic === 'signing date');
    expect(signing?.positions.map((p) => p.claim).sort()).toEqual(['2025-06-24', '2025-06-25']);
    for (const d of a.disagreements) for (const p of d.positions) expect(p.sources.some((s) => seedText(s).includes(p.quote))).toBe(true);
    for (const r of a.retrieved) expect(seedText(r.source).length).toBeGreaterThanOrEqual(r.end);
  });

  it('says plainly that the articles do not answer an unrelated question, with no quotes', () => {
    for (const a of [answers[1], answers[3]] as ContractAnswer[]) {
      expect(a.citations).toEqual([]);
      expect(a.answer).toMatch(/^The articles don't say/);
    }
  });

  it('truncates an over-long question with a notice instead of hanging', () => {
    const a = raw[4] as { question: string; notices?: string[] };
    expect(a.question.length).toBeLessThanOrEqual(2000);
    expect(a.question.length).toBeLessThan(LONG.length);
    expect(a.notices?.[0]).toMatch(/only the first/);
  });

  it('prints a readable answer with quotes, disagreements and sources for a terminal', async () => {
    const r = await terminal;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Q: When did the London talks take place?');
    expect(r.stdout).toMatch(/⚠ Sources disagree — date of the London talks/);
    expect(r.stdout).toMatch(/“Earlier this month, top trade envoys/);
    expect(r.stdout).toMatch(/Sources\n\s+\[1\]/);
    expect(r.stdout.trim().startsWith('{')).toBe(false);
  });

  it('bin/dealbot.js ask --sources --conflicts --timeline lists the whole corpus as JSON', async () => {
    const r = await listings;
    expect(r.code).toBe(0);
    const [sources, conflicts, timeline] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)) as [
      { outlet: string | null; aiGenerated: boolean }[],
      { topic: string }[],
      { event: string; disputed: boolean; disagreement?: string | null }[],
    ];
    expect(sources).toHaveLength(5);
    expect(sources.map((s) => s.outlet)).toContain('Global Economic Times');
    expect(sources.filter((s) => s.aiGenerated)).toHaveLength(1);
    expect(conflicts.map((d) => d.topic)).toEqual(expect.arrayContaining(['signing date', 'date of the London talks']));
    expect(timeline.map((e) => e.event)).toContain('Talks in Geneva');
    expect(timeline.find((e) => e.event === 'Agreement signed')).toMatchObject({ disputed: true, disagreement: 'signing date' });
  });

  it('index --force rebuilds the index the others used', async () => {
    const r = await forced;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Index rebuilt in .*index-\w+ \(0 article\(s\) embedded now\)/);
  });

  it('rejects bad input with a clear message and a non-zero exit, never a stack trace', async () => {
    // In-process: the same runAsk and runCommand the script calls, without five more Node start-ups.
    const [empty, none, missing, emptyDir, badFlag] = await Promise.all([
      askInProcess([''], env),
      askInProcess([], env),
      askInProcess(['--seeds', path.join(tempDir(), 'nowhere'), 'Who signed?'], env),
      askInProcess(['--seeds', tempDir(), 'Who signed?'], env),
      askInProcess(['--frobnicate', 'x'], env),
    ]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/The question is empty/);
    expect(empty.stderr).toMatch(/Usage: npm run ask/);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/No questions on standard input/);
    expect(missing.code).toBe(66);
    expect(missing.stderr).toMatch(/does not exist/);
    expect(emptyDir.code).toBe(66);
    expect(emptyDir.stderr).toMatch(/No articles in/);
    expect(badFlag.code).toBe(2);
    for (const r of [empty, none, missing, emptyDir, badFlag]) {
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at \S+ \(/);
    }
  });

  it('works on another folder of articles given with --seeds, skipping unreadable files with a warning', async () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(SEEDS_DIR, '003_bae4251f2b00ca8e.txt'), path.join(dir, 'one.txt'));
    fs.writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const r = await askInProcess(['--json', '--seeds', dir, 'Who signed the deal?'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Skipped .*broken\.txt: binary file/);
    const a = AnswerSchema.parse(JSON.parse(r.stdout));
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations.every((c) => c.source === 'one.txt')).toBe(true);
  });
});

describe('npm run repl', () => {
  it('answers questions and runs commands from piped input', async () => {
    const r = await runScript('repl', [], {
      env,
      input: ':help\n:sources\nWho signed the deal and when?\n:json\nWhat is the capital of France?\n:conflicts\n:bogus\n:quit\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(':timeline');
    expect(r.stdout).toContain('Global Economic Times');
    expect(r.stdout).toMatch(/Q: Who signed the deal and when\?/);
    expect(r.stdout).toContain('JSON output on.');
    expect(r.stdout).toMatch(/"abstained":true/);
    expect(r.stdout).toMatch(/Unknown command :bogus/);
  });

  it('exits on :quit before any question (the tagging worker never holds the process)', async () => {
    const r = await runBin(['repl'], { env, input: ':quit\n', timeoutMs: 30_000 });
    expect(r.code).toBe(0);
  });
});

describe('the npm scripts’ launcher', () => {
  it('answers an unknown script with its usage and exit status 2, not a stack trace', async () => {
    for (const args of [['--help'], [], ['no-such-script']]) {
      const r = await runLauncher(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^(?:no such script: \S+\n)?usage: node bin\/run\.js SCRIPT/);
      expect(r.stderr).toMatch(/\bask\b/);
      expect(r.stderr).not.toMatch(/\bat \S+ \(|ERR_MODULE_NOT_FOUND/);
    }
  });
});
