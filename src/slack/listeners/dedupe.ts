import { createHash } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SlackDeps } from '../answering.js';

/**
 * Global middleware: an Events API delivery whose `event_id` was already handled (Slack retries when it
 * thinks an event was not acknowledged: `X-Slack-Retry-Num`, or `retry_attempt` in Socket Mode) is dropped.
 * Bolt has acknowledged it before this runs, so Slack stops retrying.
 */
export function skipRepeatedDeliveries(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async function onEveryRequest(args) {
    const { body, context, next } = args;
    // Slash commands and button clicks carry no delivery id: the same payload twice is a replay (the signature
    // stays valid for its 5 minutes), acknowledged and dropped.
    const b = body as { type?: unknown; command?: unknown };
    if (typeof b.command === 'string' || b.type === 'block_actions') {
      const key = `payload:${createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;
      if (!deps.deliveries.claim(key)) {
        deps.logger.info(`Skipped a repeated ${typeof b.command === 'string' ? 'slash command' : 'button click'}.`);
        if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
        return;
      }
    }
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !deps.deliveries.claim(`event:${eventId}`)) {
      deps.logger.info(
        `Skipped a repeated delivery of event ${eventId} (retry ${context.retryNum ?? 0}${context.retryReason ? `, ${context.retryReason}` : ''}).`,
      );
      return;
    }
    await next();
  };
}
