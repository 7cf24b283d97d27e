/** `npm start` as a process: missing variables, a rejected token, and a clean SIGTERM shutdown. */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';
import { FakeSlack } from '../helpers/slack-fake-api.js';
import { SIGNING_SECRET, sendSlashCommand } from '../helpers/slack-signing.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env.NODE_PATH ? { NODE_PATH: process.env.NODE_PATH } : {}),
      // Set (even blank) so a developer's .env cannot fill them in.
      SLACK_BOT_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: '',
      OPENAI_API_KEY: '',
      LOG_LEVEL: 'warn',
      INDEX_DIR: tempDir(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => err, exited };
}

async function waitForLine(run: Run, re: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = run.stderr().match(re);
    if (m) return m;
    if (Date.now() > deadline || run.child.exitCode !== null) throw new Error(`No ${re} in:\n${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await FakeSlack.start();
  });
  afterAll(async () => {
    await fake?.close();
    removeTempDirs();
  });

  it('names each missing variable and how to get it, exits non-zero, no stack trace', async () => {
    const run = start({});
    const code = await run.exited;
    expect(code).not.toBe(0);
    const err = run.stderr();
    expect(err).toContain('SLACK_BOT_TOKEN');
    expect(err).toContain('OAuth & Permissions');
    expect(err).toContain('SLACK_SIGNING_SECRET');
    expect(err).toContain('Basic Information');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('says clearly when Slack rejects the bot token', async () => {
    fake.on('auth.test', { body: { ok: false, error: 'invalid_auth' } }, 1);
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' });
    expect(await run.exited).not.toBe(0);
    expect(run.stderr()).toContain('Slack rejected SLACK_BOT_TOKEN (invalid_auth)');
    expect(run.stderr()).not.toContain('xoxb-bad');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('serves HTTP, reports health, answers, and shuts down cleanly on SIGTERM', async () => {
    const run = start({ SLACK_BOT_TOKEN: 'xoxb-good', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' });
    try {
      const [, port] = await waitForLine(run, /listening on port (\d+)/);
      const base = `http://127.0.0.1:${port}`;
      await waitForLine(run, /articles loaded/);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const responseUrl = fake.responseUrl();
      const ack = await sendSlashCommand(`${base}/slack/events`, { text: 'who signed the deal and when?', response_url: responseUrl });
      expect(ack.status).toBe(200);
      const [reply] = await fake.waitFor((c) => c.path === new URL(responseUrl).pathname);
      // The answer arrives at response_url with verbatim quotes and the 24 vs 25 June disagreement.
      const posted = JSON.stringify(reply?.body);
      expect(posted).toContain('Sources disagree');
      expect(posted).toContain('24 June 2025');
      expect(posted).toContain('25 June 2025');
      expect(posted).toContain('US President Donald Trump said the deal was signed on June 25, but did not disclose details.');
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(run.stderr()).toContain('received SIGTERM; shutting down.');
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
    }
  });
});
