import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { removeTempDirs, SEEDS_DIR, seedText, tempDir } from '../helpers/fixtures.js';
import { runScript } from '../helpers/run.js';

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

let env: Record<string, string>;
beforeAll(async () => {
  env = { INDEX_DIR: tempDir('dealbot-cli-index-') };
  // Build the index once so the other runs measure the warm path.
  const r = await runScript('index', [], { env });
  expect(r.code).toBe(0);
});
afterAll(removeTempDirs);

describe('npm run ask', () => {
  it('--json prints exactly one contract object on stdout, quotes verbatim at their offsets', async () => {
    const r = await runScript('ask', ['--json', 'Who signed the deal and when?'], { env });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const a = AnswerSchema.parse(JSON.parse(lines[0] as string));
    expect(a.mode).toBe('offline');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Trump/);
    expect(a.answer).toMatch(/25 June|June 25/);
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect(seedText(c.source).slice(c.start, c.end)).toBe(c.quote);
    for (const d of a.disagreements) for (const p of d.positions) expect(p.sources.some((s) => seedText(s).includes(p.quote))).toBe(true);
    expect(a.disagreements.map((d) => d.topic)).toContain('signing date');
  });

  it('reads one question per line from stdin and prints one JSON object per line, in order', async () => {
    const questions = ['Who signed the deal and when?', 'What is the capital of France?', 'When did the London talks take place?'];
    const r = await runScript('ask', ['--json'], { env, input: `${questions.join('\n')}\n` });
    expect(r.code).toBe(0);
    const answers = r.stdout
      .trim()
      .split('\n')
      .map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.abstained)).toEqual([false, true, false]);
  });

  it('prints a readable answer with quotes, disagreements and sources for a terminal', async () => {
    const r = await runScript('ask', ['When did the London talks take place?'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Q: When did the London talks take place?');
    expect(r.stdout).toMatch(/⚠ Sources disagree — date of the London talks/);
    expect(r.stdout).toMatch(/“Earlier this month, top trade envoys/);
    expect(r.stdout).toMatch(/Sources\n\s+\[1\]/);
  });

  it('answers with no outlet, date or title as the file name and says the articles do not answer an unrelated question', async () => {
    const r = await runScript('ask', ['--json', 'How many tons of soybeans will China buy under the deal?'], { env });
    const a = AnswerSchema.parse(JSON.parse(r.stdout));
    expect(a.abstained).toBe(true);
    expect(a.citations).toEqual([]);
    expect(a.answer).toMatch(/don't say/);
  });

  it('--conflicts and --timeline list the whole corpus, as JSON too', async () => {
    const c = await runScript('ask', ['--conflicts', '--json'], { env });
    const conflicts = JSON.parse(c.stdout) as { topic: string }[];
    expect(conflicts.map((d) => d.topic)).toEqual(expect.arrayContaining(['signing date', 'date of the London talks']));
    const t = await runScript('ask', ['--timeline'], { env });
    expect(t.stdout).toMatch(/Talks in Geneva/);
    expect(t.stdout).toMatch(/Agreement signed.*disputed \(signing date\)/);
    const s = await runScript('ask', ['--sources'], { env });
    expect(s.stdout).toContain('Global Economic Times');
    expect(s.stdout).toContain('AI-generated page');
  });

  it('rejects bad input with a clear message and a non-zero exit, never a stack trace', async () => {
    const empty = await runScript('ask', [''], { env });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/The question is empty/);
    expect(empty.stderr).toMatch(/Usage: npm run ask/);
    const none = await runScript('ask', [], { env });
    expect(none.code).toBe(2);
    const missing = await runScript('ask', ['--seeds', path.join(tempDir(), 'nowhere'), 'Who signed?'], { env });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/does not exist/);
    const emptyDir = await runScript('ask', ['--seeds', tempDir(), 'Who signed?'], { env });
    expect(emptyDir.code).not.toBe(0);
    expect(emptyDir.stderr).toMatch(/No articles in/);
    const badFlag = await runScript('ask', ['--frobnicate', 'x'], { env });
    expect(badFlag.code).toBe(2);
    for (const r of [empty, none, missing, emptyDir, badFlag]) expect(r.stderr).not.toMatch(/\n\s+at \S+ \(/);
  });

  it('truncates an over-long question with a notice instead of hanging', async () => {
    const long = `Who signed the deal and when? ${'really '.repeat(600)}`;
    const r = await runScript('ask', ['--json', long], { env });
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as { question: string; notices?: string[] };
    expect(a.question.length).toBeLessThanOrEqual(2000);
    expect(a.notices?.[0]).toMatch(/only the first/);
  });

  it('works on another folder of articles given with --seeds, skipping unreadable files with a warning', async () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(SEEDS_DIR, '003_bae4251f2b00ca8e.txt'), path.join(dir, 'one.txt'));
    fs.writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const r = await runScript('ask', ['--json', '--seeds', dir, 'Who signed the deal?'], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Skipped .*broken\.txt: binary file/);
    const a = JSON.parse(r.stdout) as { citations: { source: string }[] };
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
});
