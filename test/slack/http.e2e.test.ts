/**
 * End to end over HTTP: the real Bolt app and WebClient, signed requests exactly as Slack sends them, and a
 * fake Slack Web API on 127.0.0.1 recording what the app sends back.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import type { DealbotLike } from '../../src/slack/answering.js';
import { ACTION_IDS, decodeButtonValue, type KnownBlock, messageProblems, SLACK_LIMITS } from '../../src/slack/blocks.js';
import { SUGGESTED_PROMPTS, WORKING_STATUS } from '../../src/slack/listeners/assistant.js';
import { escapeMrkdwn, foldWhitespace } from '../../src/slack/mrkdwn.js';
import { removeTempDirs, seedText } from '../helpers/fixtures.js';
import { seedBot, startTestApp, type TestApp } from '../helpers/slack-app.js';
import { FAKE_BOT, FakeSlack, type RecordedCall } from '../helpers/slack-fake-api.js';
import {
  blockActionsBody,
  eventBody,
  postSigned,
  SIGNING_SECRET,
  sendBlockAction,
  sendEvent,
  sendSlashCommand,
  signature,
} from '../helpers/slack-signing.js';

interface Asked {
  question: string;
  context: readonly string[];
  answer: Answer;
}

/** The real pipeline, recording what it was asked and answered; a question containing EXPLODE throws. */
function recording(bot: DealbotLike): { bot: DealbotLike; asked: Asked[] } {
  const asked: Asked[] = [];
  return {
    asked,
    bot: {
      answerQuestion: async (question, options) => {
        if (question.includes('EXPLODE')) throw new Error('boom: internal detail');
        const answer = await bot.answerQuestion(question, options);
        asked.push({ question, context: options?.context ?? [], answer });
        return answer;
      },
      sources: () => bot.sources(),
      conflicts: () => bot.conflicts(),
      timeline: () => bot.timeline(),
    },
  };
}

const blocksOf = (c: RecordedCall) => (c.body.blocks ?? []) as KnownBlock[];

/** Every text a reader sees in a posted message (sections, headers, context elements, fallback). */
function textOf(c: RecordedCall): string {
  const parts: string[] = [String(c.body.text ?? '')];
  for (const b of blocksOf(c)) {
    if (b.type === 'section' && b.text) parts.push(b.text.text);
    if (b.type === 'header') parts.push(b.text.text);
    if (b.type === 'context') for (const e of b.elements) if ('text' in e) parts.push(e.text);
  }
  return parts.join('\n');
}

function expectWithinLimits(c: RecordedCall): void {
  expect(messageProblems({ text: String(c.body.text ?? ''), blocks: blocksOf(c) })).toEqual([]);
  expect(blocksOf(c).length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
}

/** Every quote of the answer is verbatim in its seed file and appears (escaped, whitespace folded) in the message. */
function expectVerbatimQuotes(answer: Answer, c: RecordedCall): void {
  expect(answer.citations.length).toBeGreaterThan(0);
  const text = textOf(c);
  for (const q of answer.citations) {
    expect(seedText(q.source).slice(q.start, q.end)).toBe(q.quote);
    expect(text).toContain(escapeMrkdwn(`“${foldWhitespace(q.quote)}”`));
  }
}

function buttonValue(c: RecordedCall, actionId: string): string {
  for (const b of blocksOf(c)) {
    if (b.type !== 'actions') continue;
    for (const e of b.elements) if (e.type === 'button' && e.action_id === actionId && e.value) return e.value;
  }
  throw new Error(`No ${actionId} button`);
}

/** Asked last by `answeredAfter`. */
const BARRIER_QUESTION = 'When did the London talks take place?';
let barrierUrl = '';

let tsCounter = 0;
/** A fresh Slack message timestamp. */
const nextTs = () => `${1750100000 + ++tsCounter}.000100`;

describe('Slack app over HTTP', () => {
  let fake: FakeSlack;
  let app: TestApp;
  let asked: Asked[];
  let bot: DealbotLike;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    bot = await seedBot();
    const rec = recording(bot);
    asked = rec.asked;
    app = await startTestApp(fake, rec.bot);
  });

  /**
   * Asks one more question and waits for its answer. Answers are computed one at a time in arrival order, so
   * once it is posted, anything a request sent before it would have caused has happened: a test asserting that
   * nothing happened waits for this event instead of sleeping.
   */
  async function answeredAfter(): Promise<void> {
    barrierUrl = fake.responseUrl();
    await sendSlashCommand(app.eventsUrl, { text: BARRIER_QUESTION, response_url: barrierUrl, user_id: 'U0BARRIER' });
    await fake.waitFor((c) => c.path === new URL(barrierUrl).pathname);
  }

  afterEach(async () => {
    await fake.settle();
    fake.reset();
    asked.length = 0;
  });

  afterAll(async () => {
    await app?.slack.stop();
    await fake?.close();
    removeTempDirs();
  });

  it('checks the bot token at start and answers GET /healthz once loaded', async () => {
    // (This is the file's first test: nothing has reset the fake's record of start-up yet.)
    const auth = fake.callsTo('auth.test');
    expect(auth).toHaveLength(1);
    expect(auth[0]?.headers.authorization).toBe('Bearer xoxb-test-token');
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers Slack url_verification', async () => {
    const r = await postSigned(
      app.eventsUrl,
      JSON.stringify({ type: 'url_verification', challenge: 'chal-123', token: 'x' }),
      'application/json',
    );
    expect(r.status).toBe(200);
    expect(r.body).toContain('chal-123');
  });

  it('/deal QUESTION: acks at once, then answers ephemerally via response_url with verbatim quotes', async () => {
    const responseUrl = fake.responseUrl();
    const r = await sendSlashCommand(app.eventsUrl, { text: 'who signed the deal and when?', response_url: responseUrl });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ response_type: 'ephemeral' });
    const [posted] = await fake.waitFor((c) => c.path.endsWith(responseUrl.split('/').pop() as string));
    const call = posted as RecordedCall;
    expect(call.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expectWithinLimits(call);
    const answer = asked[0]?.answer as Answer;
    expect(answer.question).toBe('who signed the deal and when?');
    expectVerbatimQuotes(answer, call);
    expect(textOf(call)).toContain('*Q:* who signed the deal and when?');
    // The 24 vs 25 June dispute, each side with its verbatim quote.
    const text = textOf(call);
    expect(text).toContain('⚠️ Sources disagree');
    expect(text).toContain('24 June 2025');
    expect(text).toContain('25 June 2025');
    expect(text).toContain('two days prior (on the 24th)');
    // The buttons carry the answer's id and the question (to answer again after a restart).
    const share = decodeButtonValue(buttonValue(call, ACTION_IDS.share));
    expect(share).toEqual({ id: expect.stringMatching(/^[\w-]{16}$/), q: 'who signed the deal and when?' });
    expect(decodeButtonValue(buttonValue(call, ACTION_IDS.feedbackUp))).toEqual(share);
  });

  it('never echoes <!channel>, <!here>, <!everyone> or a user mention live', async () => {
    const responseUrl = fake.responseUrl();
    const question = 'who signed the deal? <!channel> <!here> <!everyone> <@U0VICTIM>';
    const r = await sendSlashCommand(app.eventsUrl, { text: question, response_url: responseUrl });
    expect(r.body).not.toMatch(/<[!@]/);
    expect(r.body).toContain('&lt;!channel&gt;');
    expect(r.body).toContain('&lt;@U0VICTIM&gt;');
    const [call] = await fake.waitFor((c) => c.method === 'response_url');
    expect(JSON.stringify(call?.body)).not.toMatch(/<[!@]/);
    // The pipeline got the question without Slack's mention tokens.
    expect(asked[0]?.question).toBe('who signed the deal?');
    expectVerbatimQuotes(asked[0]?.answer as Answer, call as RecordedCall);
  });

  it('/deal alone, /deal help, sources, conflicts and timeline show the listings', async () => {
    const sources = bot.sources();
    const conflicts = bot.conflicts();
    const timeline = bot.timeline();
    const cases: Array<[string, (text: string) => void]> = [
      ['', (t) => expect(t).toContain('Who signed the deal and when?')],
      ['help', (t) => expect(t).toContain('/deal sources')],
      [
        'sources',
        (t) => {
          for (const s of sources) if (s.outlet) expect(t).toContain(escapeMrkdwn(s.outlet));
          expect(t).toContain('28 June 2025');
        },
      ],
      ['conflicts', (t) => expect(t).toContain(conflicts.length ? escapeMrkdwn(conflicts[0]?.topic ?? '') : 'No disagreements found')],
      ['timeline', (t) => expect(t).toContain(timeline.length ? escapeMrkdwn(timeline[0]?.display ?? '') : 'No dated events found')],
    ];
    for (const [text, check] of cases) {
      const responseUrl = fake.responseUrl();
      const r = await sendSlashCommand(app.eventsUrl, { text, response_url: responseUrl });
      expect(r.status).toBe(200);
      const [call] = await fake.waitFor((c) => c.path === new URL(responseUrl).pathname);
      expectWithinLimits(call as RecordedCall);
      check(textOf(call as RecordedCall));
      expect(call?.body.response_type).toBe('ephemeral');
    }
    expect(asked).toEqual([]);
  });

  it('"Share in channel" posts the answer for everyone and removes the private copy', async () => {
    const first = fake.responseUrl();
    await sendSlashCommand(app.eventsUrl, { text: 'When did the London talks take place?', response_url: first, user_id: 'U0ASKER' });
    const [answerCall] = await fake.waitFor((c) => c.method === 'response_url');
    const value = buttonValue(answerCall as RecordedCall, ACTION_IDS.share);
    const actionUrl = fake.responseUrl();
    const r = await sendBlockAction(
      app.eventsUrl,
      blockActionsBody({ actionId: ACTION_IDS.share, value, responseUrl: actionUrl, userId: 'U0ASKER' }),
    );
    expect(r.status).toBe(200);
    const posts = await fake.waitFor((c) => c.path === new URL(actionUrl).pathname, 2);
    const shared = posts[0] as RecordedCall;
    expect(shared.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expectWithinLimits(shared);
    expect(textOf(shared)).toContain('<@U0ASKER> asked:');
    expectVerbatimQuotes(asked[0]?.answer as Answer, shared);
    expect(JSON.stringify(shared.body)).not.toContain(ACTION_IDS.share);
    expect(posts[1]?.body).toMatchObject({ delete_original: true });
    expect(asked).toHaveLength(1);
  });

  it('a feedback click is acknowledged and logged with the question, answer id and user', async () => {
    await sendSlashCommand(app.eventsUrl, { text: 'What did Howard Lutnick say?', response_url: fake.responseUrl() });
    const [answerCall] = await fake.waitFor((c) => c.method === 'response_url');
    const value = buttonValue(answerCall as RecordedCall, ACTION_IDS.feedbackDown);
    const answerId = decodeButtonValue(value)?.id as string;
    const actionUrl = fake.responseUrl();
    const r = await sendBlockAction(
      app.eventsUrl,
      blockActionsBody({ actionId: ACTION_IDS.feedbackDown, value, responseUrl: actionUrl, userId: 'U0RATER' }),
    );
    expect(r.status).toBe(200);
    const [thanks] = await fake.waitFor((c) => c.path === new URL(actionUrl).pathname);
    expect(thanks?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(thanks?.body.text)).toContain('Thanks');
    const line = app.logger.lines.find((l) => l.level === 'info' && l.text.startsWith('feedback ') && l.text.includes(answerId));
    expect(line).toBeDefined();
    expect(JSON.parse(line?.text.slice('feedback '.length) ?? '{}')).toMatchObject({
      rating: 'down',
      answerId,
      user: 'U0RATER',
      question: 'What did Howard Lutnick say?',
    });
  });

  it('a mention is answered in a thread under it, with a 👀 reaction while working', async () => {
    const ts = nextTs();
    const r = await sendEvent(
      app.eventsUrl,
      eventBody({
        type: 'app_mention',
        user: 'U0USER',
        text: `<@${FAKE_BOT.userId}> who signed the deal?`,
        ts,
        channel: 'C0CHAN1',
        event_ts: ts,
      }),
    );
    expect(r.status).toBe(200);
    await fake.waitFor((c) => c.method === 'reactions.remove');
    const methods = fake.calls.map((c) => c.method);
    expect(methods.indexOf('reactions.add')).toBeLessThan(methods.indexOf('chat.postMessage'));
    expect(methods.indexOf('chat.postMessage')).toBeLessThan(methods.indexOf('reactions.remove'));
    expect(fake.callsTo('reactions.add')[0]?.body).toMatchObject({ channel: 'C0CHAN1', timestamp: ts, name: 'eyes' });
    const post = fake.callsTo('chat.postMessage')[0] as RecordedCall;
    expect(post.body).toMatchObject({ channel: 'C0CHAN1', thread_ts: ts });
    expect(post.headers.authorization).toBe('Bearer xoxb-test-token');
    expectWithinLimits(post);
    expect(asked[0]?.question).toBe('who signed the deal?');
    expectVerbatimQuotes(asked[0]?.answer as Answer, post);
  });

  it('a retried event (same event_id, X-Slack-Retry-Num) is not answered twice', async () => {
    const ts = nextTs();
    const body = eventBody({
      type: 'app_mention',
      user: 'U0USER',
      text: `<@${FAKE_BOT.userId}> who signed the deal?`,
      ts,
      channel: 'C0CHAN1',
      event_ts: ts,
    });
    await sendEvent(app.eventsUrl, body);
    await fake.waitFor((c) => c.method === 'chat.postMessage');
    const retry = await sendEvent(app.eventsUrl, body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    const again = await sendEvent(app.eventsUrl, body, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    expect(again.status).toBe(200);
    await vi.waitFor(() => expect(app.logger.lines.filter((l) => l.text.includes('Skipped a repeated delivery'))).toHaveLength(2));
    await answeredAfter();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(asked.map((a) => a.question)).toEqual(['who signed the deal?', BARRIER_QUESTION]);
  });

  it('a mention in a DM that also arrives as a message event is answered once', async () => {
    const ts = nextTs();
    const text = `<@${FAKE_BOT.userId}> who signed the deal?`;
    await Promise.all([
      sendEvent(app.eventsUrl, eventBody({ type: 'app_mention', user: 'U0USER', text, ts, channel: 'D0DM0001', event_ts: ts })),
      sendEvent(
        app.eventsUrl,
        eventBody({ type: 'message', channel_type: 'im', user: 'U0USER', text, ts, channel: 'D0DM0001', event_ts: ts }),
      ),
    ]);
    await fake.waitFor((c) => c.method === 'chat.postMessage');
    await answeredAfter();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(asked.map((a) => a.question)).toEqual(['who signed the deal?', BARRIER_QUESTION]);
  });

  it('a follow-up in a thread uses the earlier questions as context', async () => {
    const root = nextTs();
    const botReply = nextTs();
    const followUp = nextTs();
    fake.threads.set(`C0CHAN2:${root}`, [
      { ts: root, user: 'U0USER', text: `<@${FAKE_BOT.userId}> who signed the deal?` },
      { ts: botReply, user: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, text: 'Trump said the deal was signed…' },
      { ts: nextTs(), user: 'U0OTHER', text: 'interesting, thanks' },
      { ts: followUp, user: 'U0USER', text: `<@${FAKE_BOT.userId}> and when was that announced?`, thread_ts: root },
    ]);
    await sendEvent(
      app.eventsUrl,
      eventBody({
        type: 'app_mention',
        user: 'U0USER',
        text: `<@${FAKE_BOT.userId}> and when was that announced?`,
        ts: followUp,
        thread_ts: root,
        channel: 'C0CHAN2',
        event_ts: followUp,
      }),
    );
    const [post] = await fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post?.body).toMatchObject({ channel: 'C0CHAN2', thread_ts: root });
    const replies = fake.callsTo('conversations.replies')[0];
    expect(replies?.body).toMatchObject({ channel: 'C0CHAN2', ts: root, latest: followUp });
    expect(Number(replies?.body.limit)).toBeLessThanOrEqual(100);
    expect(asked[0]?.context).toEqual(['who signed the deal?']);
    const withoutContext = await bot.answerQuestion('and when was that announced?');
    expect(asked[0]?.answer.answer).not.toBe(withoutContext.answer);
    expectVerbatimQuotes(asked[0]?.answer as Answer, post as RecordedCall);
  });

  it('a direct message is answered in the conversation, with recent questions as context', async () => {
    const earlier = nextTs();
    const ts = nextTs();
    fake.history.set('D0DM0002', [
      { ts: earlier, user: 'U0USER', text: 'who signed the deal?' },
      { ts: String(Number(earlier) - 7200), user: 'U0USER', text: 'an old, unrelated question?' },
    ]);
    await sendEvent(
      app.eventsUrl,
      eventBody({
        type: 'message',
        channel_type: 'im',
        user: 'U0USER',
        text: 'and when was that announced?',
        ts,
        channel: 'D0DM0002',
        event_ts: ts,
      }),
    );
    await fake.waitFor((c) => c.method === 'reactions.remove' && c.body.channel === 'D0DM0002');
    const post = fake.callsTo('chat.postMessage')[0] as RecordedCall;
    expect(post.body.channel).toBe('D0DM0002');
    expect(post.body.thread_ts).toBeUndefined();
    expect(asked[0]?.context).toEqual(['who signed the deal?']);
  });

  it("ignores the bot's own messages and message edits", async () => {
    const ts = nextTs();
    await sendEvent(
      app.eventsUrl,
      eventBody({
        type: 'message',
        channel_type: 'im',
        user: FAKE_BOT.userId,
        bot_id: FAKE_BOT.botId,
        text: 'an answer',
        ts,
        channel: 'D0DM0003',
      }),
    );
    await sendEvent(
      app.eventsUrl,
      eventBody({ type: 'message', subtype: 'message_changed', channel_type: 'im', ts: nextTs(), channel: 'D0DM0003' }),
    );
    await answeredAfter();
    expect(fake.calls.filter((c) => c.method !== 'response_url')).toEqual([]);
    expect(asked.map((a) => a.question)).toEqual([BARRIER_QUESTION]);
  });

  it('the assistant surface: suggested prompts, a working status, answers in the thread', async () => {
    const thread = nextTs();
    const thread_info = {
      user_id: 'U0USER',
      context: { channel_id: 'C0CHAN1', team_id: FAKE_BOT.teamId },
      channel_id: 'D0ASSIST',
      thread_ts: thread,
    };
    await sendEvent(app.eventsUrl, eventBody({ type: 'assistant_thread_started', assistant_thread: thread_info, event_ts: thread }));
    const [prompts] = await fake.waitFor((c) => c.method === 'assistant.threads.setSuggestedPrompts');
    expect(prompts?.body).toMatchObject({ channel_id: 'D0ASSIST', thread_ts: thread, prompts: SUGGESTED_PROMPTS });
    expect(fake.callsTo('chat.postMessage')[0]?.body).toMatchObject({ channel: 'D0ASSIST', thread_ts: thread });
    fake.reset();

    const ts = nextTs();
    await sendEvent(
      app.eventsUrl,
      eventBody({
        type: 'message',
        channel_type: 'im',
        user: 'U0USER',
        text: 'Who signed the deal and when?',
        ts,
        thread_ts: thread,
        channel: 'D0ASSIST',
        event_ts: ts,
      }),
    );
    await fake.waitFor((c) => c.method === 'assistant.threads.setStatus' && c.body.status === '');
    const statuses = fake.callsTo('assistant.threads.setStatus').map((c) => [c.body.status, c.body.loading_messages]);
    // Loading messages say what is happening; the status is cleared at the end.
    expect(statuses).toEqual([
      [WORKING_STATUS, ['Reading the question…']],
      [WORKING_STATUS, ['Searching 5 articles…']],
      ['', undefined],
    ]);
    const methods = fake.calls.map((c) => c.method);
    expect(methods.indexOf('chat.postMessage')).toBeGreaterThan(methods.indexOf('assistant.threads.setStatus'));
    const post = fake.callsTo('chat.postMessage')[0] as RecordedCall;
    expect(post.body).toMatchObject({ channel: 'D0ASSIST', thread_ts: thread });
    expectVerbatimQuotes(asked[0]?.answer as Answer, post);
  });

  it('rejects forged and stale requests without doing anything', async () => {
    const body = eventBody({
      type: 'app_mention',
      user: 'U0USER',
      text: `<@${FAKE_BOT.userId}> who signed?`,
      ts: nextTs(),
      channel: 'C0CHAN1',
    });
    const forged = await sendEvent(app.eventsUrl, body, {
      signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000',
    });
    expect(forged.status).toBe(401);
    const wrongSecret = await sendEvent(app.eventsUrl, body, { secret: 'not-the-secret' });
    expect(wrongSecret.status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const old = await sendEvent(app.eventsUrl, body, { timestamp: stale, signature: signature(SIGNING_SECRET, stale, body) });
    expect(old.status).toBe(401);
    const responseUrl = fake.responseUrl();
    const forgedCommand = await sendSlashCommand(app.eventsUrl, { text: 'who signed?', response_url: responseUrl }, { secret: 'nope' });
    expect(forgedCommand.status).toBe(401);
    await answeredAfter();
    expect(fake.calls.filter((c) => c.path !== new URL(barrierUrl).pathname)).toEqual([]);
    expect(asked.map((a) => a.question)).toEqual([BARRIER_QUESTION]);
  });

  it('retries a rate-limited call after Retry-After', async () => {
    fake.on('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } }, 1);
    const ts = nextTs();
    await sendEvent(
      app.eventsUrl,
      eventBody({ type: 'app_mention', user: 'U0USER', text: `<@${FAKE_BOT.userId}> who signed?`, ts, channel: 'C0CHAN1', event_ts: ts }),
    );
    const posts = await fake.waitFor((c) => c.method === 'chat.postMessage', 2, 15_000);
    expect(posts.map((p) => p.status)).toEqual([429, 200]);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('retries a response_url that is rate-limited', async () => {
    fake.on('response_url', { status: 429, body: 'rate_limited' }, 1);
    const responseUrl = fake.responseUrl();
    await sendSlashCommand(app.eventsUrl, { text: 'who signed the deal?', response_url: responseUrl });
    const posts = await fake.waitFor((c) => c.method === 'response_url', 2);
    expect(posts.map((p) => p.status)).toEqual([429, 200]);
  });

  it('logs channel_not_found without crashing, and keeps serving', async () => {
    fake.on('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    const ts = nextTs();
    await sendEvent(
      app.eventsUrl,
      eventBody({ type: 'app_mention', user: 'U0USER', text: `<@${FAKE_BOT.userId}> who signed?`, ts, channel: 'C0GONE', event_ts: ts }),
    );
    await fake.waitFor((c) => c.method === 'reactions.remove');
    expect(app.logger.has('error', 'channel_not_found')).toBe(true);
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    const r = await sendSlashCommand(app.eventsUrl, { text: 'who signed?', response_url: fake.responseUrl() });
    expect(r.status).toBe(200);
    await fake.waitFor((c) => c.method === 'response_url');
  });

  it('posts a short version when Slack answers msg_too_long', async () => {
    fake.on('chat.postMessage', { body: { ok: false, error: 'msg_too_long' } }, 1);
    const ts = nextTs();
    await sendEvent(
      app.eventsUrl,
      eventBody({ type: 'app_mention', user: 'U0USER', text: `<@${FAKE_BOT.userId}> who signed?`, ts, channel: 'C0CHAN1', event_ts: ts }),
    );
    const posts = await fake.waitFor((c) => c.method === 'chat.postMessage', 2);
    expect(blocksOf(posts[1] as RecordedCall).length).toBeLessThan(blocksOf(posts[0] as RecordedCall).length);
    expect(textOf(posts[1] as RecordedCall)).toContain('too long for Slack');
  });

  it('turns a pipeline failure into one friendly sentence', async () => {
    const responseUrl = fake.responseUrl();
    await sendSlashCommand(app.eventsUrl, { text: 'EXPLODE please', response_url: responseUrl });
    const [call] = await fake.waitFor((c) => c.method === 'response_url');
    expect(textOf(call as RecordedCall)).toContain('Something went wrong inside dealbot');
    expect(JSON.stringify(call?.body)).not.toContain('internal detail');
    expect(app.logger.has('error', 'boom: internal detail')).toBe(true);
  });

  it('acknowledges 40 concurrent /deal requests and answers them all (ack latency: npm run bench)', async () => {
    const urls = Array.from({ length: 40 }, (_, i) => fake.responseUrl(`load-${i}`));
    const acks = await Promise.all(
      urls.map((u, i) =>
        sendSlashCommand(app.eventsUrl, { text: 'who signed the deal and when?', response_url: u, user_id: `U0LOAD${i}` }),
      ),
    );
    for (const a of acks) expect(a.status).toBe(200);
    await fake.waitFor((c) => c.method === 'response_url', 40, 30_000);
    for (const u of urls) expect(fake.responsesTo(u)).toHaveLength(1);
  });
});

describe('health while loading', () => {
  it('answers 503 until the articles are loaded, then 200', async () => {
    const fake = await FakeSlack.start();
    let release: (bot: DealbotLike) => void = () => {};
    const pending = new Promise<DealbotLike>((resolve) => {
      release = resolve;
    });
    const app = await startTestApp(fake, pending);
    try {
      const before = await fetch(`${app.url}/healthz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toEqual({ status: 'loading' });
      // A question asked while loading is acknowledged now and answered once loaded.
      const responseUrl = fake.responseUrl();
      const r = await sendSlashCommand(app.eventsUrl, { text: 'who signed the deal?', response_url: responseUrl });
      expect(r.status).toBe(200);
      release(await seedBot());
      await fake.waitFor((c) => c.method === 'response_url');
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await app.slack.stop();
      await fake.close();
    }
  });
});
