import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseIntent, replyFor, type SlackDeps } from '../answering.js';
import { escapeMrkdwn, foldWhitespace, truncateMrkdwn, unescapeMrkdwn } from '../mrkdwn.js';
import { respondSafely } from '../post.js';

/**
 * `/deal QUESTION`: acknowledged at once (Slack allows 3 seconds), answered later through `respond()` as an
 * ephemeral message with a "Share in channel" button. `/deal`, `/deal help`, `sources`, `conflicts` and
 * `timeline` show the listings.
 */
export function dealCommand(deps: SlackDeps) {
  return async function onDealCommand({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    const intent = parseIntent(command.text ?? '');
    if (intent.kind !== 'question') {
      await ack();
      const reply = await replyFor(deps, intent, []);
      await respondSafely(respond, { response_type: 'ephemeral', ...reply.message }, deps.logger, reply.fallback, deps.retryDelayMs);
      return;
    }
    // Echo what was typed, escaped once: a `<!channel>` in it is shown, never broadcast. Slack delivers `<`,
    // `>` and `&` that were typed as entities already, so those are decoded first (else `&amp;lt;`).
    const echo = truncateMrkdwn(escapeMrkdwn(unescapeMrkdwn(foldWhitespace(command.text))), 300);
    await ack({ response_type: 'ephemeral', text: `:eyes: Looking through the articles for: ${echo}` });
    const reply = await replyFor(deps, intent, [], {
      showQuestion: true,
      shareable: true,
      asker: { user: command.user_id, channel: command.channel_id ?? null },
    });
    await respondSafely(
      respond,
      { response_type: 'ephemeral', replace_original: true, ...reply.message },
      deps.logger,
      reply.fallback,
      deps.retryDelayMs,
    );
  };
}
