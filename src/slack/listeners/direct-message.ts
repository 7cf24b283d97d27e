import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { finalReply, parseIntent, replyFor, type SlackDeps, stripBotMention } from '../answering.js';
import { directMessageQuestions, threadQuestions } from '../context.js';
import { addReaction, removeReaction } from '../post.js';
import { ThreadStream } from '../stream.js';
import { WORKING_REACTION } from './mention.js';

/**
 * A direct message to dealbot (`message.im`). Threads in the assistant surface are handled by the Assistant
 * (registered first); this answers plain DMs, with recent questions of the conversation as context.
 */
export function directMessage(deps: SlackDeps) {
  return async function onDirectMessage({
    message,
    client,
    context,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> {
    if (message.subtype !== undefined || message.channel_type !== 'im') return;
    if (message.bot_id || !message.user || message.user === context.botUserId || !message.text) return;
    if (!deps.deliveries.claim(`message:${message.channel}:${message.ts}`)) return;
    const botUserId = context.botUserId;
    const intent = parseIntent(stripBotMention(message.text, botUserId));
    const reacting = addReaction(client, message.channel, message.ts, WORKING_REACTION, deps.logger);
    try {
      let earlier: string[] = [];
      if (intent.kind === 'question') {
        earlier = message.thread_ts
          ? await threadQuestions(
              client,
              { channel: message.channel, threadTs: message.thread_ts, beforeTs: message.ts, botUserId, mentionsOnly: false },
              deps.logger,
            )
          : await directMessageQuestions(client, { channel: message.channel, beforeTs: message.ts, botUserId }, deps.logger);
      }
      // A model's answer is streamed as a reply to the message (Slack streams only replies); others are posted as before.
      const stream = new ThreadStream(
        client,
        { channel: message.channel, threadTs: message.thread_ts ?? message.ts, teamId: context.teamId, userId: message.user },
        deps.logger,
      );
      const reply = await replyFor(deps, intent, earlier, { asker: { user: message.user, channel: message.channel } }, stream.onEvent);
      await stream.finish(finalReply(deps, reply), { channel: message.channel, thread_ts: message.thread_ts });
    } finally {
      if (await reacting) await removeReaction(client, message.channel, message.ts, WORKING_REACTION, deps.logger);
    }
  };
}
