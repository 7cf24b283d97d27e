/**
 * Slack Web API calls that never throw: a failure is logged with Slack's error code and the caller carries on.
 * Rate limits (429 + Retry-After) are retried by the WebClient itself; a message Slack refuses as too long or
 * invalid is retried once in a minimal form.
 */
import type { RespondArguments, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../log.js';
import { messageProblems, type SlackMessage } from './blocks.js';

/** Slack's error code for a failed call (`channel_not_found`, `ratelimited`, `http_500`, …). */
export function slackErrorCode(err: unknown): string {
  const e = (err ?? {}) as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  switch (e.code) {
    case 'slack_webapi_platform_error':
      return typeof e.data?.error === 'string' ? e.data.error : 'platform_error';
    case 'slack_webapi_rate_limited_error':
      return 'ratelimited';
    case 'slack_webapi_http_error':
    case 'slack_bolt_respond_error':
      return `http_${String(e.statusCode)}`;
    case 'slack_webapi_request_error':
      return 'request_failed';
    default:
      return err instanceof Error ? err.name : 'unknown_error';
  }
}

/** Errors that mean "this message is too big or malformed", worth one retry with a smaller message. */
const REFUSED_CONTENT = new Set([
  'msg_too_long',
  'invalid_blocks',
  'invalid_blocks_format',
  'too_many_blocks',
  'invalid_arguments',
  'http_400',
  'http_413',
]);

/** Errors that mean "the bot cannot post there"; explained in the log, nothing to retry. */
const HINTS: Record<string, string> = {
  channel_not_found: 'the channel does not exist or the bot cannot see it (invite it with /invite @dealbot)',
  not_in_channel: 'the bot is not a member of the channel (invite it with /invite @dealbot)',
  is_archived: 'the channel is archived',
  missing_scope: 'the app lacks a scope; reinstall it from manifest.yml',
  invalid_auth: 'SLACK_BOT_TOKEN is not valid',
  token_revoked: 'SLACK_BOT_TOKEN was revoked',
  ratelimited: 'Slack rate-limited the app',
};

function describe(method: string, where: string, code: string): string {
  return `Slack ${method} failed in ${where}: ${code}${HINTS[code] ? ` (${HINTS[code]})` : ''}.`;
}

/** Posts only messages within Slack's limits; an invalid one is replaced by the fallback (and logged, as it is a bug). */
function guarded(message: SlackMessage, fallback: SlackMessage | undefined, logger: Logger): SlackMessage {
  const problems = messageProblems(message);
  if (problems.length === 0 || !fallback) return message;
  logger.error(`A message broke Slack's limits (${problems.join('; ')}); sending the short version. This is a bug.`);
  return fallback;
}

export interface PostTarget {
  channel: string;
  thread_ts?: string | undefined;
}

/** chat.postMessage; returns the message ts, or null when Slack refused (logged). */
export async function postMessage(
  client: WebClient,
  target: PostTarget,
  message: SlackMessage,
  logger: Logger,
  fallback?: SlackMessage,
): Promise<string | null> {
  const send = (m: SlackMessage) =>
    client.chat.postMessage({
      channel: target.channel,
      ...(target.thread_ts ? { thread_ts: target.thread_ts } : {}),
      text: m.text,
      blocks: m.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  const first = guarded(message, fallback, logger);
  try {
    return (await send(first)).ts ?? null;
  } catch (err) {
    const code = slackErrorCode(err);
    if (REFUSED_CONTENT.has(code) && fallback && first !== fallback) {
      logger.warn(`Slack refused a message (${code}); posting a shorter version.`);
      try {
        return (await send(fallback)).ts ?? null;
      } catch (err2) {
        logger.error(describe('chat.postMessage', target.channel, slackErrorCode(err2)));
        return null;
      }
    }
    logger.error(describe('chat.postMessage', target.channel, code));
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Posts through a response_url (Bolt's `respond`), retrying rate limits and server errors twice and
 * a refused message once in its short form. Returns whether Slack accepted it.
 */
export async function respondSafely(
  respond: RespondFn,
  payload: RespondArguments,
  logger: Logger,
  fallback?: SlackMessage,
  retryDelayMs = 1000,
): Promise<boolean> {
  let current: RespondArguments = payload;
  const blocks = (payload as { blocks?: SlackMessage['blocks'] }).blocks;
  if (blocks && fallback && messageProblems({ text: payload.text ?? '', blocks }).length) {
    current = { ...payload, text: fallback.text, blocks: fallback.blocks };
    logger.error("A response broke Slack's limits; sending the short version. This is a bug.");
  }
  let usedFallback = current !== payload;
  for (let attempt = 0; ; attempt++) {
    try {
      await respond(current);
      return true;
    } catch (err) {
      const code = slackErrorCode(err);
      const status = (err as { statusCode?: number }).statusCode;
      const transient = status === undefined || status === 429 || status >= 500;
      if (transient && attempt < 2) {
        logger.warn(`Posting to the response_url failed (${code}); retrying.`);
        await sleep(retryDelayMs * 2 ** attempt);
        continue;
      }
      if (REFUSED_CONTENT.has(code) && fallback && !usedFallback) {
        logger.warn(`Slack refused a response (${code}); sending a shorter version.`);
        current = { ...current, text: fallback.text, blocks: fallback.blocks };
        usedFallback = true;
        continue;
      }
      logger.error(
        `Posting to the response_url failed: ${code}${status === 404 ? ' (the response_url expired or was used too often)' : ''}.`,
      );
      return false;
    }
  }
}

/** Adds a reaction; "already reacted" is fine, anything else is logged. */
export async function addReaction(client: WebClient, channel: string, timestamp: string, name: string, logger: Logger): Promise<boolean> {
  try {
    await client.reactions.add({ channel, timestamp, name });
    return true;
  } catch (err) {
    const code = slackErrorCode(err);
    if (code === 'already_reacted') return true;
    logger.warn(describe('reactions.add', channel, code));
    return false;
  }
}

/** Removes a reaction; "no reaction" is fine, anything else is logged. */
export async function removeReaction(client: WebClient, channel: string, timestamp: string, name: string, logger: Logger): Promise<void> {
  try {
    await client.reactions.remove({ channel, timestamp, name });
  } catch (err) {
    const code = slackErrorCode(err);
    if (code !== 'no_reaction') logger.warn(describe('reactions.remove', channel, code));
  }
}
