/**
 * Requests exactly as Slack sends them: signed with the signing secret (`v0:timestamp:body`, HMAC-SHA256),
 * form-encoded slash commands and interactivity payloads, JSON Events API callbacks.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { FAKE_BOT } from './slack-fake-api.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Replace the signature (forgery). */
  signature?: string;
  headers?: Record<string, string>;
}

export interface SlackResponse {
  status: number;
  body: string;
  /** Milliseconds from sending to the response (the ack). */
  ms: number;
}

/** POSTs a signed request to the app. */
export async function postSigned(url: string, body: string, contentType: string, opts: SendOptions = {}): Promise<SlackResponse> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? signature(opts.secret ?? SIGNING_SECRET, timestamp, body),
      ...opts.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

export interface SlashCommandFields {
  text: string;
  response_url: string;
  user_id?: string;
  channel_id?: string;
  command?: string;
}

/** A `/deal` request body, form-encoded as Slack sends it. */
export function slashCommandBody(f: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: FAKE_BOT.teamId,
    team_domain: 'fake',
    channel_id: f.channel_id ?? 'C0000CHAN',
    channel_name: 'general',
    user_id: f.user_id ?? 'U0000USER',
    user_name: 'asker',
    command: f.command ?? '/deal',
    text: f.text,
    api_app_id: 'A0000APP',
    is_enterprise_install: 'false',
    response_url: f.response_url,
    trigger_id: `${Date.now()}.${randomUUID()}`,
  }).toString();
}

export function sendSlashCommand(appUrl: string, f: SlashCommandFields, opts?: SendOptions): Promise<SlackResponse> {
  return postSigned(appUrl, slashCommandBody(f), 'application/x-www-form-urlencoded', opts);
}

/** An Events API `event_callback` body. */
export function eventBody(
  event: Record<string, unknown>,
  eventId = `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`,
): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: FAKE_BOT.teamId,
    api_app_id: 'A0000APP',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  });
}

export function sendEvent(appUrl: string, body: string, opts?: SendOptions): Promise<SlackResponse> {
  return postSigned(appUrl, body, 'application/json', opts);
}

/** An interactivity payload (`block_actions`), form-encoded as `payload=<json>`. */
export function blockActionsBody(p: { actionId: string; value: string; responseUrl: string; userId?: string; channelId?: string }): string {
  const payload = {
    type: 'block_actions',
    user: { id: p.userId ?? 'U0000USER', username: 'asker', name: 'asker', team_id: FAKE_BOT.teamId },
    api_app_id: 'A0000APP',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1750000000.000100', channel_id: p.channelId ?? 'C0000CHAN', is_ephemeral: true },
    trigger_id: `${Date.now()}.${randomUUID()}`,
    team: { id: FAKE_BOT.teamId, domain: 'fake' },
    channel: { id: p.channelId ?? 'C0000CHAN', name: 'general' },
    response_url: p.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: p.actionId,
        block_id: 'dealbot_answer_actions',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: p.value,
        action_ts: String(Date.now() / 1000),
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function sendBlockAction(appUrl: string, body: string, opts?: SendOptions): Promise<SlackResponse> {
  return postSigned(appUrl, body, 'application/x-www-form-urlencoded', opts);
}
