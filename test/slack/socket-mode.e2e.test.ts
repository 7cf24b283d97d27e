/**
 * Socket Mode end to end: apps.connections.open on the fake Web API returns the ws:// URL of a local server
 * that plays Slack's side; the real Bolt SocketModeReceiver connects, receives envelopes and acknowledges them.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeTempDirs } from '../helpers/fixtures.js';
import { seedBot, startTestApp, type TestApp } from '../helpers/slack-app.js';
import { FAKE_BOT, FakeSlack } from '../helpers/slack-fake-api.js';
import { blockActionsBody, eventBody, slashCommandBody } from '../helpers/slack-signing.js';
import { FakeSocketModeServer } from '../helpers/slack-socket-server.js';

describe('Slack app over Socket Mode', () => {
  let fake: FakeSlack;
  let ws: FakeSocketModeServer;
  let app: TestApp;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    ws = await FakeSocketModeServer.start();
    fake.socketUrl = ws.url;
    app = await startTestApp(fake, seedBot(), { SLACK_APP_TOKEN: 'xapp-1-test-token', SLACK_SIGNING_SECRET: '' });
  });

  afterAll(async () => {
    await app?.slack.stop();
    await ws?.close();
    await fake?.close();
    removeTempDirs();
  });

  it('connects with the app token through SLACK_API_URL', () => {
    expect(app.slack.mode).toBe('socket');
    expect(ws.connections).toBeGreaterThanOrEqual(1);
    const open = fake.callsTo('apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]?.headers.authorization).toBe('Bearer xapp-1-test-token');
  });

  it('acknowledges /deal over the socket at once and answers through response_url', async () => {
    const responseUrl = fake.responseUrl();
    const payload = Object.fromEntries(
      new URLSearchParams(slashCommandBody({ text: 'who signed the deal? <!here>', response_url: responseUrl })),
    );
    await ws.connected();
    const id = ws.sendEnvelope('slash_commands', payload);
    const ack = await ws.waitForAck(id);
    expect(JSON.stringify(ack.payload)).toContain('&lt;!here&gt;');
    const [answer] = await fake.waitFor((c) => c.path === new URL(responseUrl).pathname);
    expect(answer?.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer?.body)).toContain('US President Donald Trump said the deal was signed on June 25');
  });

  it('answers a mention in its thread once, even when Slack retries the envelope', async () => {
    const ts = '1750200000.000100';
    const body = JSON.parse(
      eventBody({
        type: 'app_mention',
        user: 'U0USER',
        text: `<@${FAKE_BOT.userId}> who signed the deal?`,
        ts,
        channel: 'C0SOCK',
        event_ts: ts,
      }),
    );
    await ws.connected();
    const first = ws.sendEnvelope('events_api', body);
    await ws.waitForAck(first);
    const [post] = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0SOCK');
    expect(post?.body.thread_ts).toBe(ts);
    await ws.connected();
    const retry = ws.sendEnvelope('events_api', body, { retry_attempt: 1, retry_reason: 'timeout' });
    await ws.waitForAck(retry);
    await vi.waitFor(() => expect(app.logger.has('info', 'Skipped a repeated delivery')).toBe(true));
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0SOCK')).toHaveLength(1);
  });

  it('handles button clicks over the socket', async () => {
    const responseUrl = fake.responseUrl();
    const payload = JSON.parse(
      new URLSearchParams(blockActionsBody({ actionId: 'dealbot_feedback_up', value: '{"id":"zz","q":"who?"}', responseUrl })).get(
        'payload',
      ) as string,
    );
    await ws.connected();
    const id = ws.sendEnvelope('interactive', payload);
    await ws.waitForAck(id);
    const [thanks] = await fake.waitFor((c) => c.path === new URL(responseUrl).pathname);
    expect(String(thanks?.body.text)).toContain('Thanks');
    expect(app.logger.has('info', '"answerId":"zz"')).toBe(true);
  });

  it('reports health on its own port', async () => {
    expect(app.slack.port).toBeGreaterThan(0);
    const res = await fetch(`http://127.0.0.1:${app.slack.port}/healthz`);
    expect(res.status).toBe(200);
  });
});
