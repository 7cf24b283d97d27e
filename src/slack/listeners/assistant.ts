import { Assistant, type AssistantConfig } from '@slack/bolt';
import { finalReply, parseIntent, replyFor, type SlackDeps, stripBotMention } from '../answering.js';
import { threadQuestions } from '../context.js';
import { addReaction, removeReaction, slackErrorCode } from '../post.js';
import { ThreadStream } from '../stream.js';
import { WORKING_REACTION } from './mention.js';

/** The prompts offered when a user opens dealbot in Slack's assistant (agent) surface. */
export const SUGGESTED_PROMPTS = [
  { title: 'Who signed the deal and when?', message: 'Who signed the deal and when?' },
  { title: 'Where do the sources disagree?', message: 'Where do the sources disagree?' },
  { title: 'What is the timeline?', message: 'timeline' },
];

/** The status shown while an answer is being prepared. */
export const WORKING_STATUS = 'is reading the articles…';

type ThreadContextStore = NonNullable<AssistantConfig['threadContextStore']>;
type ThreadContext = Awaited<ReturnType<ThreadContextStore['get']>>;

/**
 * Thread context (the channel the user is looking at) kept per assistant thread, in memory. Bolt's default
 * store keeps one context for all threads and reads Slack for it; dealbot only needs it per thread.
 */
export class MemoryThreadContextStore implements ThreadContextStore {
  private readonly contexts = new Map<string, ThreadContext>();
  constructor(private readonly max = 1000) {}

  private static key(payload: unknown): string {
    const p = (payload ?? {}) as { channel?: string; thread_ts?: string; assistant_thread?: { channel_id?: string; thread_ts?: string } };
    return `${p.assistant_thread?.channel_id ?? p.channel ?? ''}:${p.assistant_thread?.thread_ts ?? p.thread_ts ?? ''}`;
  }

  async get({ payload }: Parameters<ThreadContextStore['get']>[0]): Promise<ThreadContext> {
    return this.contexts.get(MemoryThreadContextStore.key(payload)) ?? {};
  }

  async save({ payload }: Parameters<ThreadContextStore['save']>[0]): Promise<void> {
    const p = payload as { assistant_thread?: { context?: ThreadContext } };
    this.contexts.set(MemoryThreadContextStore.key(payload), p.assistant_thread?.context ?? {});
    while (this.contexts.size > this.max) {
      const oldest = this.contexts.keys().next().value;
      if (oldest === undefined) break;
      this.contexts.delete(oldest);
    }
  }
}

/**
 * Slack's assistant surface (Bolt's Assistant class): suggested prompts when a thread opens, a working status
 * while answering, earlier questions of the thread as context.
 */
export function dealAssistant(deps: SlackDeps): Assistant {
  return new Assistant({
    threadContextStore: new MemoryThreadContextStore(),
    threadStarted: async function onThreadStarted({ say, setSuggestedPrompts, saveThreadContext }) {
      try {
        await saveThreadContext();
        await say(
          'Hi! I answer questions about the June 2025 US–China rare earth and export-control agreement from the news articles I have, quoting them verbatim and pointing out where they disagree.',
        );
        await setSuggestedPrompts({ title: 'Try asking', prompts: SUGGESTED_PROMPTS });
      } catch (err) {
        deps.logger.warn(`Could not greet an assistant thread (${slackErrorCode(err)}).`);
      }
    },
    userMessage: async function onAssistantMessage({ message, client, context, setStatus }) {
      if (message.subtype !== undefined || message.bot_id || !message.text || !message.thread_ts) return;
      if (!deps.deliveries.claim(`message:${message.channel}:${message.ts}`)) return;
      const botUserId = context.botUserId;
      const intent = parseIntent(stripBotMention(message.text, botUserId));
      // The status is the assistant's way to show work; where it is refused (a plain DM thread), react instead.
      let reacted = false;
      let statusWorks = true;
      try {
        await setStatus({ status: WORKING_STATUS, loading_messages: ['Reading the question…'] });
      } catch (err) {
        statusWorks = false;
        deps.logger.debug(`assistant.threads.setStatus failed (${slackErrorCode(err)}); using a reaction.`);
        reacted = await addReaction(client, message.channel, message.ts, WORKING_REACTION, deps.logger);
      }
      try {
        const earlier =
          intent.kind === 'question'
            ? await threadQuestions(
                client,
                { channel: message.channel, threadTs: message.thread_ts, beforeTs: message.ts, botUserId, mentionsOnly: false },
                deps.logger,
              )
            : [];
        // Loading messages follow the pipeline ("Searching 5 articles…", "Checking quotes…"); a model's answer streams.
        const stream = new ThreadStream(
          client,
          { channel: message.channel, threadTs: message.thread_ts, teamId: context.teamId, userId: message.user },
          deps.logger,
          statusWorks ? (loading_messages) => setStatus({ status: WORKING_STATUS, loading_messages }) : undefined,
        );
        const asker = 'user' in message && typeof message.user === 'string' ? { user: message.user, channel: message.channel } : undefined;
        const reply = await replyFor(deps, intent, earlier, asker ? { asker } : {}, stream.onEvent);
        await stream.finish(finalReply(deps, reply), { channel: message.channel, thread_ts: message.thread_ts });
      } finally {
        if (reacted) await removeReaction(client, message.channel, message.ts, WORKING_REACTION, deps.logger);
        else await setStatus('').catch((err: unknown) => deps.logger.debug(`Clearing the status failed (${slackErrorCode(err)}).`));
      }
    },
  });
}
