import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseIntent, replyFor, type SlackDeps } from '../answering.js';
import { escapeMrkdwn, foldWhitespace, truncateMrkdwn } from '../mrkdwn.js';
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
    // Echo what was typed, escaped: a `<!channel>` in it is shown, never broadcast.
    const echo = truncateMrkdwn(escapeMrkdwn(foldWhitespace(command.text)), 300);
    await ack({ response_type: 'ephemeral', text: `:eyes: Looking through the articles for: ${echo}` });
    const reply = await replyFor(deps, intent, [], { showQuestion: true, shareable: true });
    await respondSafely(
      respond,
      { response_type: 'ephemeral', replace_original: true, ...reply.message },
      deps.logger,
      reply.fallback,
      deps.retryDelayMs,
    );
  };
}
