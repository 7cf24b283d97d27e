/** Listeners and their helpers, with fakes from buildArguments(): no Bolt, no network. */
import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { parseIntent, stripBotMention } from '../../src/slack/answering.js';
import { ACTION_IDS, encodeButtonValue, type SlackMessage } from '../../src/slack/blocks.js';
import { answerFeedback } from '../../src/slack/listeners/actions.js';
import { dealCommand } from '../../src/slack/listeners/command.js';
import { skipRepeatedDeliveries } from '../../src/slack/listeners/dedupe.js';
import { directMessage } from '../../src/slack/listeners/direct-message.js';
import { appMention } from '../../src/slack/listeners/mention.js';
import { postMessage, respondSafely } from '../../src/slack/post.js';
import { MemoryAnswerStore, MemoryDeliveryLog } from '../../src/slack/stores.js';
import { BusyError, WorkQueue } from '../../src/slack/work-queue.js';
import { buildArguments, fakeBot, fakeLogger, sampleAnswer, testDeps } from '../helpers/slack-fakes.js';

// Listeners take Bolt's argument object; the fakes cover what they use.
// biome-ignore lint/suspicious/noExplicitAny: test doubles stand in for Bolt's full argument types
type AnyListener = (args: any) => Promise<void>;

const platformError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), { code: 'slack_webapi_platform_error', data: { ok: false, error } });

describe('parseIntent', () => {
  it.each([
    ['', 'help'],
    ['  help ', 'help'],
    ['HELP?', 'help'],
    ['sources', 'sources'],
    ['conflicts', 'conflicts'],
    ['timeline', 'timeline'],
    ['Where do the sources disagree?', 'question'],
    ['How do the articles differ on the date?', 'question'],
    ['Who signed the deal?', 'question'],
    ['What are the sources of rare earths?', 'question'],
  ])('%j is %s', (text, kind) => {
    expect(parseIntent(text).kind).toBe(kind);
  });

  it('strips only the bot mention', () => {
    expect(stripBotMention('<@UBOT> who <@UBOT|dealbot> met <@U2>?', 'UBOT')).toBe('who met <@U2>?');
  });
});

describe('dealCommand', () => {
  it('acknowledges before the answer is computed', async () => {
    let release: (a: Answer) => void = () => {};
    const slow = new Promise<Answer>((resolve) => {
      release = resolve;
    });
    const deps = testDeps(fakeBot(() => slow));
    const { args, order, acks, responses } = buildArguments({ command: { text: 'who signed?' } });
    const done = (dealCommand(deps) as AnyListener)(args);
    await vi.waitFor(() => expect(order).toContain('ack'));
    // The answer is still being computed (`slow` is pending), so nothing but the ack can have happened.
    expect(order).toEqual(['ack']);
    expect(JSON.stringify(acks[0])).toContain('Looking through the articles');
    release(sampleAnswer({ question: 'who signed?' }));
    await done;
    expect(order).toEqual(['ack', 'respond']);
    expect(responses[0]).toMatchObject({ response_type: 'ephemeral', replace_original: true });
  });

  it('shows help for an empty command without asking the pipeline', async () => {
    const bot = fakeBot();
    const { args, order, responses } = buildArguments({ command: { text: '' } });
    await (dealCommand(testDeps(bot)) as AnyListener)(args);
    expect(order).toEqual(['ack', 'respond']);
    expect(JSON.stringify(responses[0])).toContain('/deal sources');
    expect(bot.asked).toEqual([]);
  });

  it('answers a failing pipeline with one friendly sentence and logs the detail', async () => {
    const deps = testDeps(
      fakeBot(() => {
        throw new Error('secret internals');
      }),
    );
    const { args, responses } = buildArguments({ command: { text: 'who?' } });
    await (dealCommand(deps) as AnyListener)(args);
    expect(JSON.stringify(responses[0])).toContain('Something went wrong inside dealbot');
    expect(JSON.stringify(responses[0])).not.toContain('secret internals');
    expect(deps.logger.has('error', 'secret internals')).toBe(true);
  });
});

describe('appMention', () => {
  const event = { type: 'app_mention', user: 'U1', text: '<@UBOT0001> who signed?', ts: '1.000001', channel: 'C1', event_ts: '1.000001' };

  it('removes the 👀 reaction even when posting fails, and does not throw', async () => {
    const deps = testDeps();
    const { args, order } = buildArguments(
      { event },
      {
        'chat.postMessage': () => {
          throw platformError('not_in_channel');
        },
      },
    );
    await (appMention(deps) as AnyListener)(args);
    expect(order).toEqual(['client:reactions.add', 'client:chat.postMessage', 'client:reactions.remove']);
    expect(deps.logger.has('error', 'not_in_channel')).toBe(true);
  });

  it('answers a given message once', async () => {
    const deps = testDeps();
    const first = buildArguments({ event });
    const second = buildArguments({ event });
    await (appMention(deps) as AnyListener)(first.args);
    await (appMention(deps) as AnyListener)(second.args);
    expect(first.order).toContain('client:chat.postMessage');
    expect(second.order).toEqual([]);
  });
});

describe('directMessage', () => {
  it.each([
    ['an edit', { subtype: 'message_changed' }],
    ['another bot', { bot_id: 'B2' }],
    ['itself', { user: 'UBOT0001' }],
    ['a channel message', { channel_type: 'channel' }],
  ])('ignores %s', async (_name, extra) => {
    const bot = fakeBot();
    const { args, order } = buildArguments({
      message: { type: 'message', channel_type: 'im', user: 'U1', text: 'who?', ts: '2.0', channel: 'D1', ...extra },
    });
    await (directMessage(testDeps(bot)) as AnyListener)(args);
    expect(order).toEqual([]);
    expect(bot.asked).toEqual([]);
  });
});

describe('answerFeedback', () => {
  it('acknowledges, logs and stores the click', async () => {
    const deps = testDeps();
    const id = deps.answers.put(sampleAnswer({ question: 'Who signed?' }));
    const { args, order } = buildArguments({
      action: { action_id: ACTION_IDS.feedbackUp, value: encodeButtonValue({ id, q: 'Who signed?' }) },
      body: { user: { id: 'U7' }, channel: { id: 'C7' } },
    });
    await (answerFeedback(deps) as AnyListener)(args);
    expect(order).toEqual(['ack', 'respond']);
    expect(deps.feedback).toEqual([{ rating: 'up', answerId: id, question: 'Who signed?', user: 'U7', channel: 'C7' }]);
    expect(deps.logger.has('info', `"answerId":"${id}"`)).toBe(true);
  });
});

describe('skipRepeatedDeliveries', () => {
  it('passes an event_id once', async () => {
    const deps = testDeps();
    const mw = skipRepeatedDeliveries(deps) as AnyListener;
    const a = buildArguments({ body: { event_id: 'Ev1' } });
    const b = buildArguments({ body: { event_id: 'Ev1' }, context: { retryNum: 1, retryReason: 'http_timeout' } });
    const c = buildArguments({ body: { type: 'block_actions' } });
    await mw(a.args);
    await mw(b.args);
    await mw(c.args);
    expect([a.order, b.order, c.order]).toEqual([['next'], [], ['next']]);
  });
});

describe('postMessage and respondSafely', () => {
  const message: SlackMessage = { text: 'full', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'full' } }] };
  const short: SlackMessage = { text: 'short', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'short' } }] };

  it('retries once with the short version on msg_too_long', async () => {
    let n = 0;
    const { args, clientCalls } = buildArguments(
      {},
      {
        'chat.postMessage': () => {
          if (n++ === 0) throw platformError('msg_too_long');
          return { ok: true, ts: '9.9' };
        },
      },
    );
    const logger = fakeLogger();
    // biome-ignore lint/suspicious/noExplicitAny: fake client
    expect(await postMessage(args.client as any, { channel: 'C1' }, message, logger, short)).toBe('9.9');
    expect(clientCalls.map((c) => c.args.text)).toEqual(['full', 'short']);
  });

  it('returns null and logs on channel_not_found', async () => {
    const { args } = buildArguments(
      {},
      {
        'chat.postMessage': () => {
          throw platformError('channel_not_found');
        },
      },
    );
    const logger = fakeLogger();
    // biome-ignore lint/suspicious/noExplicitAny: fake client
    expect(await postMessage(args.client as any, { channel: 'C404' }, message, logger, short)).toBeNull();
    expect(logger.has('error', 'channel_not_found')).toBe(true);
  });

  it('retries a response_url on 429 and 5xx, then gives up with a log line', async () => {
    const statuses = [429, 503, 200];
    const sent: unknown[] = [];
    const respond = async (m: unknown) => {
      sent.push(m);
      const status = statuses.shift() ?? 500;
      if (status !== 200) throw Object.assign(new Error('failed'), { code: 'slack_bolt_respond_error', statusCode: status });
      return new Response('ok');
    };
    const logger = fakeLogger();
    expect(await respondSafely(respond, { text: 'x' }, logger, undefined, 1)).toBe(true);
    expect(sent).toHaveLength(3);
    expect(await respondSafely(respond, { text: 'x' }, logger, undefined, 1)).toBe(false);
    expect(logger.has('error', 'http_500')).toBe(true);
  });
});

describe('WorkQueue', () => {
  it('runs one job at a time, in order, letting pending I/O run in between', async () => {
    const q = new WorkQueue(1);
    const events: string[] = [];
    const job = (name: string) => async () => {
      events.push(`${name}:start`);
      // Something that arrives while the job runs (like an HTTP request) must be served before the next job.
      setImmediate(() => events.push(`io-after-${name}`));
      await Promise.resolve();
      events.push(`${name}:end`);
      return name;
    };
    const results = await Promise.all([q.run(job('a')), q.run(job('b')), q.run(job('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['a:start', 'a:end', 'io-after-a', 'b:start', 'b:end', 'io-after-b', 'c:start', 'c:end']);
    await q.idle();
    expect(q.size).toBe(0);
  });

  it('refuses work when full, and survives a failing job', async () => {
    const q = new WorkQueue(1, 1);
    const first = q.run(async () => {
      throw new Error('x');
    });
    const second = q.run(async () => 2);
    await expect(q.run(async () => 3)).rejects.toBeInstanceOf(BusyError);
    await expect(first).rejects.toThrow('x');
    expect(await second).toBe(2);
  });
});

describe('stores', () => {
  it('MemoryDeliveryLog claims a key once until it expires', () => {
    let now = 0;
    const log = new MemoryDeliveryLog(1000, 100, () => now);
    expect(log.claim('a')).toBe(true);
    expect(log.claim('a')).toBe(false);
    now = 1001;
    expect(log.claim('a')).toBe(true);
  });

  it('MemoryDeliveryLog stays bounded', () => {
    const log = new MemoryDeliveryLog(60_000, 10);
    for (let i = 0; i < 100; i++) log.claim(`k${i}`);
    expect(log.claim('k99')).toBe(false);
    expect(log.claim('k0')).toBe(true);
  });

  it('MemoryAnswerStore keeps the most recent answers', () => {
    const store = new MemoryAnswerStore(2);
    const a = store.put(sampleAnswer({ question: 'a' }));
    const b = store.put(sampleAnswer({ question: 'b' }));
    const c = store.put(sampleAnswer({ question: 'c' }));
    expect(store.get(a)).toBeUndefined();
    expect(store.get(b)?.question).toBe('b');
    expect(store.get(c)?.question).toBe('c');
  });
});
