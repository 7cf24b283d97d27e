/**
 * The HTTP app against hostile input: oversized and slow uploads, connection floods, replayed and
 * future-dated signed requests, someone else's answer shared, one user flooding the queue. Each test fails
 * without the defence it names.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import type { DealbotLike } from '../../src/slack/answering.js';
import { ACTION_IDS, type KnownBlock } from '../../src/slack/blocks.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { seedBot, startTestApp, type TestApp } from '../helpers/slack-app.js';
import { FakeSlack, type RecordedCall } from '../helpers/slack-fake-api.js';
import { blockActionsBody, postSigned, sendSlashCommand, signature, slashCommandBody } from '../helpers/slack-signing.js';
import { FakeSocketModeServer } from '../helpers/slack-socket-server.js';

const blocksOf = (c: RecordedCall) => (c.body.blocks ?? []) as KnownBlock[];

function buttonValue(c: RecordedCall, actionId: string): string {
  for (const b of blocksOf(c)) {
    if (b.type !== 'actions') continue;
    for (const e of b.elements) if (e.type === 'button' && e.action_id === actionId && e.value) return e.value;
  }
  throw new Error(`No ${actionId} button`);
}

/** A TCP connection to the app; resolves `closed` when the server hangs up, with what it sent. */
function connect(port: number): Promise<{ socket: net.Socket; closed: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => {
      received += d.toString();
    });
    const closed = new Promise<string>((r) => socket.on('close', () => r(received)));
    socket.on('error', () => {});
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

describe('the HTTP app against hostile input', () => {
  let fake: FakeSlack;
  let app: TestApp;
  let port: number;
  const asked: string[] = [];

  beforeAll(async () => {
    fake = await FakeSlack.start();
    const real = await seedBot();
    const bot: DealbotLike = {
      answerQuestion: (q, o) => {
        asked.push(q);
        return real.answerQuestion(q, o);
      },
      sources: () => real.sources(),
      conflicts: () => real.conflicts(),
      timeline: () => real.timeline(),
    };
    app = await startTestApp(fake, bot, {}, { httpLimits: { requestTimeoutMs: 500 }, userQuestionsPerMinute: 3 });
    port = Number(new URL(app.url).port);
  });

  afterAll(async () => {
    await app?.slack.stop();
    await fake?.close();
    removeTempDirs();
  });

  /** Asks one question and waits for its answer: requests sent before it have had their effect (answers are queued in order). */
  async function answeredAfter(): Promise<string> {
    const url = fake.responseUrl();
    await sendSlashCommand(app.eventsUrl, { text: 'Who signed the deal?', response_url: url, user_id: `U0BARRIER${asked.length}` });
    await fake.waitFor((c) => c.path === new URL(url).pathname);
    return url;
  }

  it('refuses a body over 256 KB with 413, even when signed, before answering anything', async () => {
    const url = fake.responseUrl();
    const body = slashCommandBody({ text: `who signed? ${'x'.repeat(300 * 1024)}`, response_url: url });
    const r = await postSigned(app.eventsUrl, body, 'application/x-www-form-urlencoded');
    expect(r.status).toBe(413);
    const unsigned = await fetch(app.eventsUrl, { method: 'POST', body: 'x'.repeat(1024 * 1024) });
    expect(unsigned.status).toBe(413);
    await answeredAfter();
    expect(fake.responsesTo(url)).toEqual([]);
  });

  it('closes a slow upload once the request timeout passes', async () => {
    const { socket, closed } = await connect(port);
    socket.write('POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{"a":');
    // Node's default would keep this open for 300 s; the test's limit is 0.5 s.
    expect(await closed).toMatch(/^HTTP\/1\.1 408|^$/);
  });

  it('refuses a validly signed request dated more than 5 minutes ahead or behind, and accepts one within', async () => {
    const now = Math.floor(Date.now() / 1000);
    const url = fake.responseUrl();
    const body = slashCommandBody({ text: 'who signed the deal?', response_url: url });
    for (const t of [now + 24 * 3600, now + 6 * 60, now - 6 * 60]) {
      const r = await postSigned(app.eventsUrl, body, 'application/x-www-form-urlencoded', {
        timestamp: t,
        signature: signature('test-signing-secret-0123456789abcdef', t, body),
      });
      expect(r.status, `timestamp ${t - now} s from now`).toBe(401);
    }
    await answeredAfter();
    expect(fake.responsesTo(url)).toEqual([]);
    const within = now + 4 * 60;
    const ok = await postSigned(app.eventsUrl, body, 'application/x-www-form-urlencoded', {
      timestamp: within,
      signature: signature('test-signing-secret-0123456789abcdef', within, body),
    });
    expect(ok.status).toBe(200);
    await fake.waitFor((c) => c.path === new URL(url).pathname);
  });

  it('answers identical signed /deal bytes sent three times once', async () => {
    const url = fake.responseUrl();
    const body = slashCommandBody({ text: 'When did the London talks take place?', response_url: url, user_id: 'U0REPLAY' });
    const timestamp = Math.floor(Date.now() / 1000);
    const acks = [];
    for (let i = 0; i < 3; i++) acks.push(await postSigned(app.eventsUrl, body, 'application/x-www-form-urlencoded', { timestamp }));
    expect(acks.map((a) => a.status)).toEqual([200, 200, 200]);
    await vi.waitFor(() => expect(app.logger.lines.filter((l) => l.text.includes('Skipped a repeated slash command'))).toHaveLength(2));
    await answeredAfter();
    expect(fake.responsesTo(url)).toHaveLength(1);
  });

  it('acts on a replayed button click once', async () => {
    const url = fake.responseUrl();
    await sendSlashCommand(app.eventsUrl, { text: 'Who signed the deal?', response_url: url, user_id: 'U0CLICK' });
    const [answer] = await fake.waitFor((c) => c.path === new URL(url).pathname);
    const actionUrl = fake.responseUrl();
    const click = blockActionsBody({
      actionId: ACTION_IDS.feedbackUp,
      value: buttonValue(answer as RecordedCall, ACTION_IDS.feedbackUp),
      responseUrl: actionUrl,
      userId: 'U0CLICK',
    });
    const timestamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 3; i++) await postSigned(app.eventsUrl, click, 'application/x-www-form-urlencoded', { timestamp });
    await vi.waitFor(() => expect(app.logger.lines.filter((l) => l.text.includes('Skipped a repeated button click'))).toHaveLength(2));
    await fake.waitFor((c) => c.path === new URL(actionUrl).pathname);
    await answeredAfter();
    expect(fake.responsesTo(actionUrl)).toHaveLength(1);
    expect(app.logger.lines.filter((l) => l.text.startsWith('feedback '))).toHaveLength(1);
  });

  it("never shares someone else's answer, nor the asker's in another conversation", async () => {
    const url = fake.responseUrl();
    await sendSlashCommand(app.eventsUrl, { text: 'Who signed the deal?', response_url: url, user_id: 'U0OWNER', channel_id: 'C0OWNER' });
    const [answer] = await fake.waitFor((c) => c.path === new URL(url).pathname);
    const value = buttonValue(answer as RecordedCall, ACTION_IDS.share);
    const attempts = [
      { userId: 'U0THIEF', channelId: 'C0OWNER' },
      { userId: 'U0OWNER', channelId: 'C0ELSEWHERE' },
    ];
    for (const who of attempts) {
      const actionUrl = fake.responseUrl();
      await postSigned(
        app.eventsUrl,
        blockActionsBody({ actionId: ACTION_IDS.share, value, responseUrl: actionUrl, ...who }),
        'application/x-www-form-urlencoded',
      );
      const [reply] = await fake.waitFor((c) => c.path === new URL(actionUrl).pathname);
      expect(reply?.body.response_type).toBe('ephemeral');
      expect(JSON.stringify(reply?.body)).toContain('Only the person who asked can share this answer');
      expect(fake.responsesTo(actionUrl)).toHaveLength(1);
    }
    expect(fake.calls.filter((c) => c.body.response_type === 'in_channel')).toEqual([]);
    expect(app.logger.has('warn', 'tried to share answer')).toBe(true);
  });

  it('limits how many questions one user asks per minute, without slowing anyone else', async () => {
    const urls = Array.from({ length: 5 }, () => fake.responseUrl());
    for (const u of urls) await sendSlashCommand(app.eventsUrl, { text: 'Who signed the deal?', response_url: u, user_id: 'U0GREEDY' });
    const other = fake.responseUrl();
    await sendSlashCommand(app.eventsUrl, { text: 'Who signed the deal?', response_url: other, user_id: 'U0PATIENT' });
    const paths = urls.map((u) => new URL(u).pathname);
    await fake.waitFor((c) => paths.includes(c.path), 5);
    const texts = urls.map((u) => JSON.stringify(fake.responsesTo(u)[0]?.body));
    expect(texts.slice(0, 3).every((t) => t.includes('Donald Trump'))).toBe(true);
    expect(texts.slice(3).every((t) => t.includes('faster than dealbot answers them'))).toBe(true);
    const [patient] = await fake.waitFor((c) => c.path === new URL(other).pathname);
    expect(JSON.stringify(patient?.body)).toContain('Donald Trump');
  });

  it('echoes the typed question escaped once, and marks every text section verbatim', async () => {
    const url = fake.responseUrl();
    // What Slack delivers when someone types `<!here> tariffs & chips` as text (not as a mention).
    const r = await sendSlashCommand(app.eventsUrl, { text: '&lt;!here&gt; tariffs &amp; chips', response_url: url, user_id: 'U0ECHO' });
    const ack = JSON.parse(r.body) as { text: string };
    expect(ack.text).toContain('&lt;!here&gt; tariffs &amp; chips');
    expect(ack.text).not.toContain('&amp;lt;');
    const [answer] = await fake.waitFor((c) => c.path === new URL(url).pathname);
    const texts = blocksOf(answer as RecordedCall).flatMap((b) =>
      b.type === 'section' && b.text ? [b.text] : b.type === 'context' ? b.elements.filter((e) => e.type === 'mrkdwn') : [],
    );
    expect(texts.length).toBeGreaterThan(2);
    for (const t of texts) expect(t).toMatchObject({ type: 'mrkdwn', verbatim: true });
  });
});

describe('the connection cap', () => {
  it('drops connections beyond the cap at once, while the others stay open', async () => {
    const fake = await FakeSlack.start();
    // Request timeout 60 s: only the cap can close the extra connection within the test's 10 s.
    const app = await startTestApp(fake, seedBot(), {}, { httpLimits: { maxConnections: 3, requestTimeoutMs: 60_000 } });
    try {
      const port = Number(new URL(app.url).port);
      const order: string[] = [];
      const held = await Promise.all(Array.from({ length: 3 }, () => connect(port)));
      for (const h of held) void h.closed.then(() => order.push('held'));
      const extra = await connect(port);
      await extra.closed;
      order.push('extra');
      expect(order).toEqual(['extra']);
      for (const h of held) h.socket.destroy();
      await Promise.all(held.map((h) => h.closed));
    } finally {
      await app.slack.stop();
      await fake.close();
    }
  }, 10_000);
});

describe('starting and losing state', () => {
  it('/healthz answers 503 "failed" when loading the articles failed, never 200', async () => {
    const fake = await FakeSlack.start();
    const app = await startTestApp(fake, Promise.reject(new Error('no articles')));
    try {
      await app.slack.bot.ready.catch(() => {});
      const res = await fetch(`${app.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'failed' });
      // The bot token was checked at start.
      expect(fake.callsTo('auth.test')).toHaveLength(1);
    } finally {
      await app.slack.stop();
      await fake.close();
    }
  });

  it('"Share in channel" after the stored answer is gone answers the question again and shares that', async () => {
    const fake = await FakeSlack.start();
    const real = await seedBot();
    const asked: string[] = [];
    const bot: DealbotLike = {
      answerQuestion: (q, o) => {
        asked.push(q);
        return real.answerQuestion(q, o);
      },
      sources: () => real.sources(),
      conflicts: () => real.conflicts(),
      timeline: () => real.timeline(),
    };
    // A store that forgets everything, as after a restart.
    const answers = { put: (_a: Answer) => 'forgotten-id', get: () => undefined, owner: () => undefined };
    const app = await startTestApp(fake, bot, {}, { answers });
    try {
      const url = fake.responseUrl();
      await sendSlashCommand(app.eventsUrl, { text: 'When did the London talks take place?', response_url: url });
      const [answer] = await fake.waitFor((c) => c.path === new URL(url).pathname);
      const actionUrl = fake.responseUrl();
      await postSigned(
        app.eventsUrl,
        blockActionsBody({
          actionId: ACTION_IDS.share,
          value: buttonValue(answer as RecordedCall, ACTION_IDS.share),
          responseUrl: actionUrl,
        }),
        'application/x-www-form-urlencoded',
      );
      const [shared] = await fake.waitFor((c) => c.path === new URL(actionUrl).pathname);
      expect(shared?.body.response_type).toBe('in_channel');
      expect(JSON.stringify(shared?.body)).toContain('Earlier this month, top trade envoys');
      expect(asked).toEqual(['When did the London talks take place?', 'When did the London talks take place?']);
    } finally {
      await app.slack.stop();
      await fake.close();
    }
  });

  it('Socket Mode with a rejected app token fails start-up with one sentence naming SLACK_APP_TOKEN', async () => {
    const fake = await FakeSlack.start();
    const ws = await FakeSocketModeServer.start();
    fake.socketUrl = ws.url;
    fake.on('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    try {
      const err = await startTestApp(fake, seedBot(), { SLACK_APP_TOKEN: 'xapp-1-revoked', SLACK_SIGNING_SECRET: '' }).catch(
        (e: unknown) => e,
      );
      expect((err as Error).message).toBe(
        "Slack rejected SLACK_APP_TOKEN (invalid_auth). Copy it again from your app's settings (see docs/slack-setup.md).",
      );
      expect(ws.connections).toBe(0);
    } finally {
      await ws.close();
      await fake.close();
    }
  });
});
