/** The stores behind dedupe, "Share in channel" ownership and the per-user rate limit, and the dedupe middleware. */
import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { dealCommand } from '../../src/slack/listeners/command.js';
import { skipRepeatedDeliveries } from '../../src/slack/listeners/dedupe.js';
import { MemoryAnswerStore, MemoryDeliveryLog, UserRateLimiter } from '../../src/slack/stores.js';
import { WorkQueue } from '../../src/slack/work-queue.js';
import { buildArguments, fakeBot, sampleAnswer, testDeps } from '../helpers/slack-fakes.js';

// biome-ignore lint/suspicious/noExplicitAny: Bolt's middleware arguments are a large union; tests pass fakes.
type AnyListener = (args: any) => Promise<void>;

describe('MemoryDeliveryLog', () => {
  it('a key is claimed once, stays claimed until its time to live has passed, then can be claimed again', () => {
    let now = 1000;
    const log = new MemoryDeliveryLog(500, 100, () => now);
    expect(log.claim('k')).toBe(true);
    now = 1499;
    expect(log.claim('k')).toBe(false);
    now = 1500;
    expect(log.claim('k')).toBe(true);
    // The new claim starts a new period.
    now = 1999;
    expect(log.claim('k')).toBe(false);
  });

  it('keeps the most recent keys when full, dropping expired ones first', () => {
    let now = 0;
    const log = new MemoryDeliveryLog(100, 3, () => now);
    log.claim('old');
    now = 150;
    log.claim('a');
    log.claim('b');
    log.claim('c');
    // 'old' expired and was dropped; a, b, c are still remembered.
    expect(['a', 'b', 'c'].map((k) => log.claim(k))).toEqual([false, false, false]);
    log.claim('d');
    // Over the cap with nothing expired: the oldest goes.
    expect(log.claim('a')).toBe(true);
    expect(log.claim('d')).toBe(false);
  });

  it('remembers exactly `max` live keys, and no more', () => {
    const log = new MemoryDeliveryLog(60_000, 3, () => 0);
    for (const k of ['a', 'b', 'c']) log.claim(k);
    expect(log.size).toBe(3);
    expect(['a', 'b', 'c'].map((k) => log.claim(k))).toEqual([false, false, false]);
    for (let i = 0; i < 50; i++) log.claim(`k${i}`);
    expect(log.size).toBe(3);
  });

  it('defaults to 30 minutes, well over the 5 minutes a signed request stays valid', () => {
    let now = 0;
    const log = new MemoryDeliveryLog(undefined, undefined, () => now);
    log.claim('k');
    now = 30 * 60_000 - 1;
    expect(log.claim('k')).toBe(false);
    now = 30 * 60_000;
    expect(log.claim('k')).toBe(true);
  });
});

describe('MemoryAnswerStore', () => {
  it('returns each answer with who asked it, where; ids are unique and hard to guess', () => {
    const store = new MemoryAnswerStore();
    const a = store.put(sampleAnswer({ question: 'a' }), { user: 'U1', channel: 'C1' });
    const b = store.put(sampleAnswer({ question: 'b' }));
    expect(store.get(a)?.question).toBe('a');
    expect(store.owner(a)).toEqual({ user: 'U1', channel: 'C1' });
    expect(store.get(b)?.question).toBe('b');
    expect(store.owner(b)).toBeUndefined();
    expect(store.get('nope')).toBeUndefined();
    expect(store.owner('nope')).toBeUndefined();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[\w-]{16}$/);
  });

  it('keeps the most recent `max` answers', () => {
    const store = new MemoryAnswerStore(2);
    const ids = ['a', 'b', 'c'].map((q) => store.put(sampleAnswer({ question: q }), { user: q, channel: null }));
    expect(ids.map((id) => store.get(id)?.question)).toEqual([undefined, 'b', 'c']);
    expect(store.owner(ids[0] as string)).toBeUndefined();
  });
});

describe('UserRateLimiter', () => {
  it('allows `limit` questions per user in the window, then refuses until the oldest leaves it', () => {
    let now = 0;
    const limiter = new UserRateLimiter(2, 1000, () => now);
    expect([limiter.allow('U1'), limiter.allow('U1'), limiter.allow('U1')]).toEqual([true, true, false]);
    // Someone else is not slowed down.
    expect(limiter.allow('U2')).toBe(true);
    now = 999;
    expect(limiter.allow('U1')).toBe(false);
    now = 1000;
    expect([limiter.allow('U1'), limiter.allow('U1'), limiter.allow('U1')]).toEqual([true, true, false]);
  });

  it('a refused question does not count against the user', () => {
    let now = 0;
    const limiter = new UserRateLimiter(1, 1000, () => now);
    expect(limiter.allow('U1')).toBe(true);
    now = 500;
    expect(limiter.allow('U1')).toBe(false);
    now = 1000;
    expect(limiter.allow('U1')).toBe(true);
  });

  it('defaults to 10 a minute', () => {
    let now = 0;
    const limiter = new UserRateLimiter(undefined, undefined, () => now);
    for (let i = 0; i < 10; i++) expect(limiter.allow('U1')).toBe(true);
    expect(limiter.allow('U1')).toBe(false);
    now = 60_000;
    expect(limiter.allow('U1')).toBe(true);
  });

  it('forgets idle users once it tracks many, and still limits active ones', () => {
    let now = 0;
    const limiter = new UserRateLimiter(1, 1000, () => now);
    for (let i = 0; i < 10_000; i++) limiter.allow(`U${i}`);
    expect(limiter.size).toBe(10_000);
    now = 999;
    // Still within everyone's window: nobody is forgotten, however many.
    limiter.allow('recent');
    expect(limiter.size).toBe(10_001);
    now = 1000;
    limiter.allow('active');
    expect(limiter.size).toBe(2);
    expect(limiter.allow('active')).toBe(false);
    expect(limiter.allow('recent')).toBe(false);
    expect(limiter.allow('U5')).toBe(true);
  });
});

describe('skipRepeatedDeliveries', () => {
  const command = { command: '/deal', text: 'who signed?', trigger_id: '1.2.a', user_id: 'U1' };
  const click = { type: 'block_actions', trigger_id: '3.4.b', actions: [{ action_id: 'x' }] };

  it('passes an event_id once; a retry is dropped and logged', async () => {
    const deps = testDeps();
    const mw = skipRepeatedDeliveries(deps) as AnyListener;
    const a = buildArguments({ body: { event_id: 'Ev1' } });
    const b = buildArguments({ body: { event_id: 'Ev1' }, context: { retryNum: 1, retryReason: 'http_timeout' } });
    const other = buildArguments({ body: { event_id: 'Ev2' } });
    await mw(a.args);
    await mw(b.args);
    await mw(other.args);
    expect([a.order, b.order, other.order]).toEqual([['next'], [], ['next']]);
    expect(deps.logger.has('info', 'Skipped a repeated delivery of event Ev1 (retry 1, http_timeout)')).toBe(true);
  });

  it('passes a slash command once; the same payload again is acknowledged and dropped', async () => {
    const deps = testDeps();
    const mw = skipRepeatedDeliveries(deps) as AnyListener;
    const runs = [command, command, { ...command, trigger_id: '1.2.c' }].map((body) => buildArguments({ body }));
    for (const r of runs) await mw(r.args);
    expect(runs.map((r) => r.order)).toEqual([['next'], ['ack'], ['next']]);
    expect(deps.logger.has('info', 'Skipped a repeated slash command')).toBe(true);
  });

  it('passes a button click once; the same payload again is acknowledged and dropped', async () => {
    const deps = testDeps();
    const mw = skipRepeatedDeliveries(deps) as AnyListener;
    const runs = [click, click].map((body) => buildArguments({ body }));
    for (const r of runs) await mw(r.args);
    expect(runs.map((r) => r.order)).toEqual([['next'], ['ack']]);
    expect(deps.logger.has('info', 'Skipped a repeated button click')).toBe(true);
  });

  it('a replay without an ack function (Socket Mode acks elsewhere) is still dropped, without throwing', async () => {
    const deps = testDeps();
    const mw = skipRepeatedDeliveries(deps) as AnyListener;
    const order: string[] = [];
    const args = (ack: unknown) => ({ body: command, context: {}, ack, next: async () => void order.push('next') });
    await mw(args(undefined));
    await mw(args(undefined));
    await mw(args('not a function'));
    expect(order).toEqual(['next']);
  });

  it('lets through other payloads, repeated or not', async () => {
    const deps = testDeps();
    const mw = skipRepeatedDeliveries(deps) as AnyListener;
    const body = { type: 'view_submission', view: { id: 'V1' } };
    const runs = [body, body].map((b) => buildArguments({ body: b }));
    for (const r of runs) await mw(r.args);
    expect(runs.map((r) => r.order)).toEqual([['next'], ['next']]);
  });
});

describe('limits a Slack user meets', () => {
  it('a full queue answers /deal with one friendly "busy" sentence, and the queue recovers', async () => {
    let release: (a: Answer) => void = () => {};
    const slow = new Promise<Answer>((resolve) => {
      release = resolve;
    });
    const bot = fakeBot((q) => (q === 'first' ? slow : sampleAnswer({ question: q })));
    // One answer at a time and room for one more to wait: a third question finds the queue full.
    const deps = testDeps(bot, { queue: new WorkQueue(1, 1) });
    const ask = (text: string) => {
      const run = buildArguments({ command: { text } });
      return { run, done: (dealCommand(deps) as AnyListener)(run.args) };
    };
    const first = ask('first');
    await vi.waitFor(() => expect(bot.asked).toHaveLength(1));
    const second = ask('second');
    const third = ask('third');
    await third.done;
    expect(third.run.order).toEqual(['ack', 'respond']);
    expect(JSON.stringify(third.run.responses[0])).toContain(
      'dealbot is answering many questions right now; please ask again in a minute.',
    );
    release(sampleAnswer({ question: 'first' }));
    await Promise.all([first.done, second.done]);
    const fourth = ask('fourth');
    await fourth.done;
    expect(JSON.stringify(fourth.run.responses[0])).not.toContain('answering many questions');
    expect(bot.asked.map((a) => a.question)).toEqual(['first', 'second', 'fourth']);
  });

  it('a user over the rate limit is told so in one sentence; the pipeline is not asked', async () => {
    const bot = fakeBot();
    const deps = testDeps(bot, { limiter: new UserRateLimiter(1, 60_000) });
    const runs = [1, 2].map(() => buildArguments({ command: { text: 'who signed?', user_id: 'U1' } }));
    for (const r of runs) await (dealCommand(deps) as AnyListener)(r.args);
    expect(JSON.stringify(runs[1]?.responses[0])).toContain('faster than dealbot answers them');
    expect(bot.asked).toHaveLength(1);
  });
});
