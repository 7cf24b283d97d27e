import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SlackDeps } from '../answering.js';

/**
 * Global middleware: an Events API delivery whose `event_id` was already handled (Slack retries when it
 * thinks an event was not acknowledged: `X-Slack-Retry-Num`, or `retry_attempt` in Socket Mode) is dropped.
 * Bolt has acknowledged it before this runs, so Slack stops retrying.
 */
export function skipRepeatedDeliveries(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async function onEveryRequest({ body, context, next }) {
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
