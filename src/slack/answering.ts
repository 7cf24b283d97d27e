/**
 * What every Slack entry point shares: the pipeline (possibly still loading), the work queue that keeps
 * answering off the acknowledgement path, the stores, and turning a request into a message.
 */
import type { Answer, SourceInfo } from '../answer/types.js';
import { DealbotError, ErrorCode, userMessage } from '../errors.js';
import type { Logger } from '../log.js';
import type { AskOptions, Dealbot } from '../pipeline.js';
import {
  answerMessage,
  conflictsMessage,
  errorMessage,
  helpMessage,
  minimalAnswerMessage,
  type SlackMessage,
  type SourceDirectory,
  sourceDirectory,
  sourcesMessage,
  timelineMessage,
} from './blocks.js';
import type { FollowCommands } from './listeners/follow.js';
import { plainFromSlack } from './mrkdwn.js';
import type { AnswerOwner, AnswerStore, DeliveryLog, UserRateLimiter } from './stores.js';
import type { FinalReply } from './stream.js';
import type { WorkQueue } from './work-queue.js';

/** The part of the pipeline the Slack app uses (tests may wrap the real one). */
export type DealbotLike = Pick<Dealbot, 'answerQuestion' | 'sources' | 'conflicts' | 'timeline'>;

export type BotStatus = 'loading' | 'ready' | 'failed';

/** The pipeline, which may still be loading when the first request arrives. */
export class BotHandle {
  readonly ready: Promise<DealbotLike>;
  private current: BotStatus = 'loading';
  private directory: SourceDirectory | null = null;
  private directoryKey = '';

  constructor(source: DealbotLike | Promise<DealbotLike>) {
    this.ready = Promise.resolve(source).then(
      (bot) => {
        this.current = 'ready';
        return bot;
      },
      (err: unknown) => {
        this.current = 'failed';
        throw err;
      },
    );
    // Failures are reported by whoever awaits `ready` (runSlack); this keeps them from being "unhandled".
    this.ready.catch(() => {});
  }

  get status(): BotStatus {
    return this.current;
  }

  /** Article metadata by file name (recomputed when the articles change: the pipeline may follow its folder). */
  async sources(): Promise<{ list: SourceInfo[]; dir: SourceDirectory }> {
    const bot = await this.ready;
    const list = bot.sources();
    const key = list.map((s) => s.source).join('\0');
    if (!this.directory || this.directoryKey !== key) {
      this.directory = sourceDirectory(list);
      this.directoryKey = key;
    }
    return { list, dir: this.directory };
  }
}

/** One 👍/👎 click. */
export interface Feedback {
  rating: 'up' | 'down';
  answerId: string;
  question: string;
  user: string;
  channel: string | null;
}

/** Where feedback goes besides the log (a database, a channel…). */
export type FeedbackSink = (feedback: Feedback) => void | Promise<void>;

/** Everything a listener needs besides Bolt's own arguments. */
export interface SlackDeps {
  bot: BotHandle;
  queue: WorkQueue;
  answers: AnswerStore;
  deliveries: DeliveryLog;
  logger: Logger;
  onFeedback: FeedbackSink;
  /** First delay before re-posting to a response_url that failed (doubles each time). */
  retryDelayMs: number;
  /** `/deal add` and `/deal whats-new`; absent when the app does not follow the story. */
  follow?: FollowCommands;
  /** Questions per user and minute; none: unlimited. */
  limiter?: UserRateLimiter;
}

/** One user asked more questions than the rate limit allows. */
export class RateLimitedError extends DealbotError {
  constructor() {
    super(ErrorCode.SlackError, "You're asking questions faster than dealbot answers them; please wait a minute and ask again.");
  }
}

export type Intent = { kind: 'help' | 'sources' | 'conflicts' | 'timeline' } | { kind: 'question'; text: string };

/**
 * What a message or `/deal` text asks for: a listing (`help`, `sources`, `conflicts`, `timeline`) or a
 * question (as plain text, see `plainFromSlack`). "Where do the sources disagree?" is a question: the
 * pipeline answers it with every disagreement, each side quoted.
 */
export function parseIntent(raw: string): Intent {
  const text = plainFromSlack(raw).replace(/\s+/g, ' ').trim();
  const word = text
    .toLowerCase()
    .replace(/[?.!:]+$/, '')
    .trim();
  if (word === '' || word === 'help' || word === 'usage' || word === '-h' || word === '--help') return { kind: 'help' };
  if (word === 'sources' || word === 'source' || word === 'articles') return { kind: 'sources' };
  if (word === 'conflicts' || word === 'conflict' || word === 'disagreements') return { kind: 'conflicts' };
  if (word === 'timeline' || word === 'chronology') return { kind: 'timeline' };
  return { kind: 'question', text };
}

/** Removes mentions of the bot (`<@U123>`, `<@U123|name>`) from a message. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  return text
    .replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface AnswerReplyOptions {
  showQuestion?: boolean;
  shareable?: boolean;
  sharedBy?: string;
  /** The answer text was streamed into the message: render only what ends it. */
  omitLead?: boolean;
  /** Slack's native feedback buttons (streamed and assistant messages). */
  nativeFeedback?: boolean;
  /** Who asked, and where: counted against the user's rate limit and stored with the answer. */
  asker?: AnswerOwner;
}

/** A message plus the short form to send if Slack refuses it. */
export interface Reply {
  message: SlackMessage;
  fallback: SlackMessage;
  answer?: Answer;
  answerId?: string;
}

/** Answers a question through the work queue and stores it for the buttons. */
export async function answerQuestion(
  deps: SlackDeps,
  question: string,
  context: readonly string[],
  onEvent?: AskOptions['onEvent'],
  asker?: AnswerOwner,
): Promise<{ answer: Answer; id: string }> {
  if (asker && deps.limiter && !deps.limiter.allow(asker.user)) throw new RateLimitedError();
  const bot = await deps.bot.ready;
  const started = Date.now();
  const answer = await deps.queue.run(() => bot.answerQuestion(question, { context, ...(onEvent ? { onEvent } : {}) }));
  const id = deps.answers.put(answer, asker);
  deps.logger.debug(`Answered in ${Date.now() - started} ms (answer ${id}, ${answer.citations.length} quotes, context ${context.length}).`);
  return { answer, id };
}

/** Renders a stored or fresh answer. */
export async function renderAnswer(deps: SlackDeps, answer: Answer, answerId: string, opts: AnswerReplyOptions): Promise<Reply> {
  const { dir } = await deps.bot.sources();
  const message = answerMessage(answer, {
    answerId,
    sources: dir,
    ...(opts.showQuestion ? { showQuestion: true } : {}),
    ...(opts.shareable ? { shareable: true } : {}),
    ...(opts.sharedBy ? { sharedBy: opts.sharedBy } : {}),
    ...(opts.omitLead ? { omitLead: true } : {}),
    ...(opts.nativeFeedback ? { nativeFeedback: true } : {}),
  });
  return { message, fallback: minimalAnswerMessage(answer), answer, answerId };
}

/**
 * What a streamed reply needs at the end: the whole message, and the blocks that end the stream (quotes,
 * disagreements, native feedback) when the streamed text is the answer's.
 */
export function finalReply(deps: SlackDeps, reply: Reply, opts: AnswerReplyOptions = {}): FinalReply {
  const { answer, answerId } = reply;
  if (!answer || answerId === undefined) return { message: reply.message, fallback: reply.fallback };
  return {
    message: reply.message,
    fallback: reply.fallback,
    lead: answer.mode === 'llm' ? answer.summary : null,
    tail: async () => (await renderAnswer(deps, answer, answerId, { ...opts, omitLead: true, nativeFeedback: true })).message,
  };
}

/** The reply to an intent; failures become one friendly sentence (and a log line). Never throws. */
export async function replyFor(
  deps: SlackDeps,
  intent: Intent,
  context: readonly string[],
  opts: AnswerReplyOptions = {},
  onEvent?: AskOptions['onEvent'],
): Promise<Reply> {
  try {
    if (intent.kind === 'question') {
      const { answer, id } = await answerQuestion(deps, intent.text, context, onEvent, opts.asker);
      return await renderAnswer(deps, answer, id, opts);
    }
    const message = await viewMessage(deps, intent.kind);
    return { message, fallback: message };
  } catch (err) {
    deps.logger.error('Could not answer in Slack:', err);
    const message = errorMessage(userMessage(err));
    return { message, fallback: message };
  }
}

/** The listings: help, sources, conflicts, timeline. */
export async function viewMessage(deps: SlackDeps, kind: 'help' | 'sources' | 'conflicts' | 'timeline'): Promise<SlackMessage> {
  if (kind === 'help') {
    const count = deps.bot.status === 'ready' ? (await deps.bot.sources()).list.length : undefined;
    return helpMessage(count);
  }
  const bot = await deps.bot.ready;
  const { list, dir } = await deps.bot.sources();
  if (kind === 'sources') return sourcesMessage(list);
  // Both may take real CPU time once computed, so they wait their turn like answers.
  if (kind === 'conflicts') return conflictsMessage(await deps.queue.run(async () => bot.conflicts()), dir);
  return timelineMessage(await deps.queue.run(async () => bot.timeline()), dir);
}
