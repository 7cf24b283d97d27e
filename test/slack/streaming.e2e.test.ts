/**
 * Model answers streamed into Slack, end to end: the real Bolt app and WebClient against a fake Slack Web API,
 * the real pipeline with the real `openai` client against a fake OpenAI-compatible server, all on 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { forgetReplyFormats } from '../../src/answer/llm.js';
import type { Answer } from '../../src/answer/types.js';
import { loadConfig } from '../../src/config.js';
import { Dealbot } from '../../src/pipeline.js';
import type { DealbotLike } from '../../src/slack/answering.js';
import { ACTION_IDS, feedbackValue, type KnownBlock } from '../../src/slack/blocks.js';
import { escapeMrkdwn, foldWhitespace } from '../../src/slack/mrkdwn.js';
import { PLACEHOLDER_TEXT } from '../../src/slack/stream.js';
import { goodAnswer, splitMarkerServer } from '../helpers/fake-llm.js';
import { FakeOpenAI } from '../helpers/fake-openai.js';
import { removeTempDirs, SEEDS_DIR, seedText, tempDir } from '../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../helpers/slack-app.js';
import { FAKE_BOT, FakeSlack, type RecordedCall } from '../helpers/slack-fake-api.js';
import { blockActionsBody, eventBody, sendBlockAction, sendEvent } from '../helpers/slack-signing.js';

let slack: FakeSlack;
let openai: FakeOpenAI;
let app: TestApp;
const answers: Answer[] = [];

let tsCounter = 0;
const nextTs = () => `${1750200000 + ++tsCounter}.000100`;

const STREAM_METHODS = new Set(['chat.startStream', 'chat.appendStream', 'chat.stopStream', 'chat.update', 'chat.postMessage']);
const streamCalls = () => slack.calls.filter((c) => STREAM_METHODS.has(c.method));
const blocksOf = (c: RecordedCall) => (c.body.blocks ?? []) as KnownBlock[];

function blockText(blocks: KnownBlock[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.type === 'section' && b.text) parts.push(b.text.text);
    if (b.type === 'header') parts.push(b.text.text);
    if (b.type === 'context') for (const e of b.elements) if ('text' in e) parts.push(e.text);
  }
  return parts.join('\n');
}

/** The streamed text: every markdown_text sent to start and append, in order. */
function streamedText(): string {
  return slack.calls
    .filter((c) => c.method === 'chat.startStream' || c.method === 'chat.appendStream')
    .map((c) => String(c.body.markdown_text ?? ''))
    .join('');
}

function expectOnlyVerifiedQuotes(answer: Answer, blocks: KnownBlock[]): void {
  const text = blockText(blocks);
  expect(answer.citations.length).toBeGreaterThan(0);
  for (const q of answer.citations) {
    expect(seedText(q.source).slice(q.start, q.end)).toBe(q.quote);
    expect(text).toContain(escapeMrkdwn(`“${foldWhitespace(q.quote)}”`));
  }
  // Block quotes are the verified quotes and nothing else.
  const quoted = text.match(/^> “/gm) ?? [];
  expect(quoted.length).toBe(answer.citations.length + answer.disagreements.reduce((n, d) => n + d.positions.length, 0));
}

beforeAll(async () => {
  slack = await FakeSlack.start();
  openai = await FakeOpenAI.start();
  const config = loadConfig({ OPENAI_API_KEY: 'sk-test-stream', OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: 'fake-model' });
  const real = await Dealbot.create({ config, seedsDir: SEEDS_DIR, indexDir: tempDir('dealbot-stream-index-') });
  const bot: DealbotLike = {
    answerQuestion: async (q, o) => {
      const a = await real.answerQuestion(q, o);
      answers.push(a);
      return a;
    },
    sources: () => real.sources(),
    conflicts: () => real.conflicts(),
    timeline: () => real.timeline(),
  };
  app = await startTestApp(slack, bot);
});

afterEach(async () => {
  await slack.settle();
  slack.reset();
  openai.reset();
  forgetReplyFormats();
  answers.length = 0;
});

afterAll(async () => {
  await app?.slack.stop();
  await slack?.close();
  await openai?.close();
  removeTempDirs();
});

async function mention(text = 'Who signed the deal and when?'): Promise<string> {
  const ts = nextTs();
  await sendEvent(
    app.eventsUrl,
    eventBody({ type: 'app_mention', user: 'U0USER', text: `<@${FAKE_BOT.userId}> ${text}`, ts, channel: 'C0CHAN1', event_ts: ts }),
  );
  return ts;
}

describe('model answers stream into Slack', () => {
  it('a mention: start, append…, stop in the thread, in order, ending with verified quotes, the disagreement and feedback', async () => {
    openai.onChat(splitMarkerServer);
    const ts = await mention();
    const [stop] = await slack.waitFor((c) => c.method === 'chat.stopStream');
    const calls = streamCalls();
    const methods = calls.map((c) => c.method);
    expect(methods[0]).toBe('chat.startStream');
    expect(methods.at(-1)).toBe('chat.stopStream');
    expect(methods.filter((m) => m === 'chat.appendStream').length).toBeGreaterThan(0);
    expect(methods).not.toContain('chat.postMessage');
    expect(methods).not.toContain('chat.update');
    const start = calls[0] as RecordedCall;
    expect(start.body).toMatchObject({
      channel: 'C0CHAN1',
      thread_ts: ts,
      recipient_user_id: 'U0USER',
      recipient_team_id: FAKE_BOT.teamId,
    });
    for (const c of calls.slice(1)) expect(c.body.channel).toBe('C0CHAN1');
    const appendTs = new Set(calls.slice(1).map((c) => c.body.ts));
    expect(appendTs.size).toBe(1);

    const answer = answers[0] as Answer;
    expect(answer.mode).toBe('llm');
    expect(streamedText()).toBe(answer.summary);
    const blocks = blocksOf(stop as RecordedCall);
    expectOnlyVerifiedQuotes(answer, blocks);
    expect(blockText(blocks)).toContain('⚠️ Sources disagree');
    expect(blockText(blocks)).toContain('signing date');
    expect(blockText(blocks)).toContain('2 quotes verified verbatim in the articles');
    const feedback = blocks.find((b) => b.type === 'context_actions');
    expect(feedback).toMatchObject({ elements: [{ type: 'feedback_buttons', action_id: ACTION_IDS.feedback }] });
  });

  it('a DM: streamed as a reply to the message', async () => {
    openai.onChat(splitMarkerServer);
    const ts = nextTs();
    await sendEvent(
      app.eventsUrl,
      eventBody({
        type: 'message',
        channel_type: 'im',
        user: 'U0USER',
        text: 'Who signed the deal and when?',
        ts,
        channel: 'D0DM1',
        event_ts: ts,
      }),
    );
    const [stop] = await slack.waitFor((c) => c.method === 'chat.stopStream');
    const methods = streamCalls().map((c) => c.method);
    expect(methods[0]).toBe('chat.startStream');
    expect(slack.callsTo('chat.startStream')[0]?.body).toMatchObject({ channel: 'D0DM1', thread_ts: ts });
    expectOnlyVerifiedQuotes(answers[0] as Answer, blocksOf(stop as RecordedCall));
  });

  it('a marker whose quote fails is gone from the final message: the streamed message is replaced by the checked answer', async () => {
    openai.onChat((req) => {
      const good = goodAnswer(req);
      return {
        content: JSON.stringify({
          answer: 'The first outlet reports what happened [1]. The deal was signed on the moon on 1 April [2].',
          abstain: false,
          citations: [
            good.citations[0],
            { n: 2, passage: 'P1', quote: 'The deal was signed on the moon by both presidents on the first of April.' },
          ],
        }),
      };
    });
    await mention();
    const [update] = await slack.waitFor((c) => c.method === 'chat.update');
    expect(streamedText()).toContain('moon');
    const methods = streamCalls().map((c) => c.method);
    expect(methods.indexOf('chat.stopStream')).toBeLessThan(methods.indexOf('chat.update'));
    const answer = answers[0] as Answer;
    const final = blockText(blocksOf(update as RecordedCall));
    expect(final).not.toContain('moon');
    expect(final).not.toContain('[2]');
    expect(final).toContain('The first outlet reports what happened [1].');
    expectOnlyVerifiedQuotes(answer, blocksOf(update as RecordedCall));
    expect(final).toContain('1 statement without a verified quote removed');
  });

  it('the assistant pane: loading messages while working, then the answer streamed in the thread', async () => {
    openai.onChat(splitMarkerServer);
    const thread = nextTs();
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
    const [stop] = await slack.waitFor((c) => c.method === 'chat.stopStream');
    await slack.waitFor((c) => c.method === 'assistant.threads.setStatus' && c.body.status === '');
    const loading = slack.callsTo('assistant.threads.setStatus').flatMap((c) => (c.body.loading_messages as string[] | undefined) ?? []);
    expect(loading).toEqual(['Reading the question…', 'Searching 5 articles…', 'Writing the answer…', 'Checking quotes…']);
    expect(slack.callsTo('chat.startStream')[0]?.body).toMatchObject({ channel: 'D0ASSIST', thread_ts: thread });
    expectOnlyVerifiedQuotes(answers[0] as Answer, blocksOf(stop as RecordedCall));
  });

  it('where streaming is unavailable, a placeholder is posted in the thread and updated with the answer', async () => {
    slack.on('chat.startStream', { body: { ok: false, error: 'unknown_method' } });
    openai.onChat(splitMarkerServer);
    const ts = await mention();
    const [update] = await slack.waitFor((c) => c.method === 'chat.update');
    const [placeholder] = slack.callsTo('chat.postMessage');
    expect(placeholder?.body).toMatchObject({ channel: 'C0CHAN1', thread_ts: ts, text: PLACEHOLDER_TEXT });
    expect(update?.body.channel).toBe('C0CHAN1');
    expectOnlyVerifiedQuotes(answers[0] as Answer, blocksOf(update as RecordedCall));
    expect(slack.callsTo('chat.appendStream')).toEqual([]);
  });

  it('when Slack drops the stream (message_not_in_streaming_state), the message is updated with the answer', async () => {
    slack.on('chat.appendStream', { body: { ok: false, error: 'message_not_in_streaming_state' } });
    openai.onChat(splitMarkerServer);
    await mention();
    const [update] = await slack.waitFor((c) => c.method === 'chat.update');
    expect(slack.callsTo('chat.stopStream')).toEqual([]);
    expect(update?.body.ts).toBe(slack.callsTo('chat.appendStream')[0]?.body.ts);
    expectOnlyVerifiedQuotes(answers[0] as Answer, blocksOf(update as RecordedCall));
  });

  it('a model failure after text was streamed replaces the message with the offline answer and its notice', async () => {
    openai.onChat({
      content: '{"answer": "Streaming along [1] and then the JSON breaks',
      chunks: ['{"answer": "Streaming along [1] and then', ' the JSON breaks'],
    });
    await mention();
    const [update] = await slack.waitFor((c) => c.method === 'chat.update');
    const answer = answers[0] as Answer;
    expect(answer.mode).toBe('offline');
    const final = blockText(blocksOf(update as RecordedCall));
    expect(final).not.toContain('Streaming along');
    expect(final).toContain('The language model could not be used');
    expectOnlyVerifiedQuotes(answer, blocksOf(update as RecordedCall));
  });

  it('offline answers (no text to stream) are posted as before', async () => {
    openai.onChat({ status: 401 });
    await mention();
    await slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(slack.callsTo('chat.startStream')).toEqual([]);
  });

  it('a native feedback click is logged with its rating', async () => {
    const value = feedbackValue('down', 'ans-123', 'Who signed the deal and when?');
    const res = await sendBlockAction(
      app.eventsUrl,
      blockActionsBody({ actionId: ACTION_IDS.feedback, value, responseUrl: slack.responseUrl(), userId: 'U0RATER' }),
    );
    expect(res.status).toBe(200);
    await slack.waitFor((c) => c.method === 'response_url');
    const line = app.logger.lines.find((l) => l.level === 'info' && l.text.startsWith('feedback '));
    expect(JSON.parse((line?.text ?? '').slice('feedback '.length))).toMatchObject({
      rating: 'down',
      answerId: 'ans-123',
      question: 'Who signed the deal and when?',
      user: 'U0RATER',
    });
  });
});
