import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { finalReply, parseIntent, replyFor, type SlackDeps, stripBotMention } from '../answering.js';
import { threadQuestions } from '../context.js';
import { addReaction, removeReaction } from '../post.js';
import { ThreadStream } from '../stream.js';

/** The reaction shown on a message while dealbot works on it. */
export const WORKING_REACTION = 'eyes';

/**
 * `@dealbot QUESTION` in a channel: answered in a thread (under the mention, or in the mention's own thread,
 * whose earlier questions are the context). A 👀 reaction shows that dealbot is working.
 */
export function appMention(deps: SlackDeps) {
  return async function onAppMention({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> {
    if (event.bot_id || !event.user) return;
    // The same message may also arrive as a `message` event (in a DM): answer it once.
    if (!deps.deliveries.claim(`message:${event.channel}:${event.ts}`)) return;
    const botUserId = context.botUserId;
    const intent = parseIntent(stripBotMention(event.text ?? '', botUserId));
    const threadTs = event.thread_ts ?? event.ts;
    const reacting = addReaction(client, event.channel, event.ts, WORKING_REACTION, deps.logger);
    try {
      const earlier =
        intent.kind === 'question' && event.thread_ts
          ? await threadQuestions(
              client,
              {
                channel: event.channel,
                threadTs: event.thread_ts,
                beforeTs: event.ts,
                botUserId,
                mentionsOnly: !event.channel.startsWith('D'),
              },
              deps.logger,
            )
          : [];
      // A model's answer is streamed into the thread as it is written.
      const stream = new ThreadStream(
        client,
        { channel: event.channel, threadTs, teamId: context.teamId, userId: event.user },
        deps.logger,
      );
      const reply = await replyFor(deps, intent, earlier, { asker: { user: event.user, channel: event.channel } }, stream.onEvent);
      await stream.finish(finalReply(deps, reply), { channel: event.channel, thread_ts: threadTs });
    } finally {
      if (await reacting) await removeReaction(client, event.channel, event.ts, WORKING_REACTION, deps.logger);
    }
  };
}
