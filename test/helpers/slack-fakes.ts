/**
 * Fakes for unit-testing Slack listeners without Bolt or a network: a recording logger, a pipeline with
 * canned answers, the listener dependencies, and `buildArguments()` for Bolt-shaped listener arguments.
 */
import type { Answer, Disagreement, SourceInfo, TimelineEntry } from '../../src/answer/types.js';
import type { Logger } from '../../src/log.js';
import { BotHandle, type DealbotLike, type Feedback, type SlackDeps } from '../../src/slack/answering.js';
import { MemoryAnswerStore, MemoryDeliveryLog } from '../../src/slack/stores.js';
import { WorkQueue } from '../../src/slack/work-queue.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  text: string;
}

export type FakeLogger = Logger & { lines: LogLine[]; has(level: LogLine['level'], substring: string): boolean; dump(): string };

/** A logger that keeps every line (objects and errors rendered as text). */
export function fakeLogger(): FakeLogger {
  const lines: LogLine[] = [];
  const render = (m: unknown[]) =>
    m
      .map((x) => {
        if (x instanceof Error) return `${x.name}: ${x.message}`;
        if (typeof x === 'string') return x;
        try {
          return JSON.stringify(x);
        } catch {
          return String(x);
        }
      })
      .join(' ');
  const at =
    (level: LogLine['level']) =>
    (...m: unknown[]) =>
      lines.push({ level, text: render(m) });
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    has: (level, substring) => lines.some((l) => l.level === level && l.text.includes(substring)),
    dump: () => lines.map((l) => `${l.level}: ${l.text}`).join('\n'),
  };
}

export const SAMPLE_SOURCES: SourceInfo[] = [
  {
    source: '000_a.txt',
    title: 'US & China <agree>',
    outlet: 'Global Economic Times',
    author: 'Ana',
    published: '2025-06-28',
    url: 'https://example.com/a?x=1&y=2',
    aiGenerated: false,
    sentences: 10,
  },
  {
    source: '001_b.txt',
    title: 'Rare earths',
    outlet: null,
    author: null,
    published: '2025-06-27',
    url: null,
    aiGenerated: true,
    sentences: 5,
  },
];

/** A small answer; override any field. */
export function sampleAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: 'Who signed the deal?',
    answer: 'Global Economic Times reports: “Trump said the deal was signed.”',
    abstained: false,
    citations: [
      {
        source: '000_a.txt',
        quote: 'Trump said the deal was signed.',
        start: 0,
        end: 31,
        title: 'US & China <agree>',
        outlet: 'Global Economic Times',
        published: '2025-06-28',
        url: 'https://example.com/a?x=1&y=2',
      },
    ],
    disagreements: [],
    retrieved: [],
    mode: 'offline',
    ...overrides,
  };
}

export function sampleDisagreement(i = 0): Disagreement {
  return {
    topic: `signing date ${i}`,
    difficulty: 'normal',
    kind: 'date',
    explanation: `Global Economic Times says 24 June; the other article says 25 June (${i}).`,
    positions: [
      {
        claim: '2025-06-24',
        summary: '24 June 2025',
        sources: ['000_a.txt'],
        quote: 'signed on the 24th',
        start: 0,
        end: 18,
        speaker: 'Howard Lutnick',
      },
      {
        claim: '2025-06-25',
        summary: '25 June 2025',
        sources: ['001_b.txt'],
        quote: 'signed on June 25',
        start: 0,
        end: 17,
        inconsistency: null,
      },
    ],
  };
}

export interface FakeBot extends DealbotLike {
  asked: Array<{ question: string; context: readonly string[] }>;
}

/** A pipeline with canned answers (`answer(question, context)` decides), recording what it was asked. */
export function fakeBot(
  answer: (question: string, context: readonly string[]) => Answer | Promise<Answer> = (q) => sampleAnswer({ question: q }),
  extras: { conflicts?: Disagreement[]; timeline?: TimelineEntry[]; sources?: SourceInfo[] } = {},
): FakeBot {
  const asked: FakeBot['asked'] = [];
  return {
    asked,
    answerQuestion: async (question, options = {}) => {
      const context = options.context ?? [];
      asked.push({ question, context });
      return answer(question, context);
    },
    sources: () => extras.sources ?? SAMPLE_SOURCES,
    conflicts: () => extras.conflicts ?? [],
    timeline: () => extras.timeline ?? [],
  };
}

/** Listener dependencies with in-memory stores and a recording logger. */
export function testDeps(
  bot: DealbotLike | Promise<DealbotLike> = fakeBot(),
  overrides: Partial<SlackDeps> = {},
): SlackDeps & { logger: FakeLogger; feedback: Feedback[] } {
  const feedback: Feedback[] = [];
  const logger = fakeLogger();
  return {
    bot: new BotHandle(bot),
    queue: new WorkQueue(1),
    answers: new MemoryAnswerStore(),
    deliveries: new MemoryDeliveryLog(),
    onFeedback: (f) => {
      feedback.push(f);
    },
    retryDelayMs: 5,
    ...overrides,
    logger,
    feedback,
  };
}

/** One recorded Web API call of the fake client. */
export interface ClientCall {
  method: string;
  args: Record<string, unknown>;
}

type Responder = (args: Record<string, unknown>) => unknown;

/**
 * Bolt-shaped listener arguments: `ack`, `respond`, `say`, a fake `client`, `logger`, `context`, `next`.
 * Every call is appended to `order` ("ack", "respond", "client:chat.postMessage"…) so tests can check
 * what happened first. `client` answers `{ ok: true }` unless `responders` says otherwise (throw to fail).
 */
export function buildArguments<T extends Record<string, unknown>>(overrides: T = {} as T, responders: Record<string, Responder> = {}) {
  const order: string[] = [];
  const acks: unknown[] = [];
  const responses: unknown[] = [];
  const clientCalls: ClientCall[] = [];
  const call = (method: string) => async (args: Record<string, unknown>) => {
    order.push(`client:${method}`);
    clientCalls.push({ method, args });
    const r = responders[method];
    return r ? r(args) : { ok: true, ts: '1750000999.000001', messages: [] };
  };
  const client = {
    chat: { postMessage: call('chat.postMessage'), postEphemeral: call('chat.postEphemeral') },
    reactions: { add: call('reactions.add'), remove: call('reactions.remove') },
    conversations: { replies: call('conversations.replies'), history: call('conversations.history') },
    assistant: {
      threads: { setStatus: call('assistant.threads.setStatus'), setSuggestedPrompts: call('assistant.threads.setSuggestedPrompts') },
    },
  };
  const args = {
    ack: async (response?: unknown) => {
      order.push('ack');
      acks.push(response);
    },
    respond: async (message: unknown) => {
      order.push('respond');
      responses.push(message);
      const r = responders.respond;
      if (r) r(message as Record<string, unknown>);
      return new Response('ok');
    },
    say: async (message: unknown) => {
      order.push('say');
      return client.chat.postMessage(message as Record<string, unknown>);
    },
    client,
    logger: fakeLogger(),
    context: { botUserId: 'UBOT0001', retryNum: undefined as number | undefined },
    next: async () => {
      order.push('next');
    },
    ...overrides,
  };
  return { args, order, acks, responses, clientCalls };
}
