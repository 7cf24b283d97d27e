/**
 * Earlier questions of a conversation, read back from Slack (bounded), so a follow-up such as
 * "and when was that announced?" is understood.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../log.js';
import { parseIntent, stripBotMention } from './answering.js';
import { slackErrorCode } from './post.js';

/** At most this many earlier questions are passed to the pipeline (it keeps the last four). */
export const MAX_CONTEXT_QUESTIONS = 4;
/** conversations.replies pages read at most (of up to 100 messages each). */
const MAX_PAGES = 3;
/** In a DM without threads, only questions this recent belong to the same conversation. */
const DM_WINDOW_SECONDS = 30 * 60;

interface SlackMessageLike {
  ts?: string;
  thread_ts?: string;
  user?: string;
  text?: string;
  bot_id?: string;
  subtype?: string;
}

/** A message a person wrote (not a bot, not an edit or a join notice). */
function isHuman(m: SlackMessageLike, botUserId: string | undefined): boolean {
  if (m.bot_id || !m.user || m.user === botUserId) return false;
  return m.subtype === undefined || m.subtype === 'thread_broadcast' || m.subtype === 'file_share';
}

/** The questions among messages: mentions of the bot stripped, listings (help, sources…) skipped. */
function questionsOf(messages: SlackMessageLike[], botUserId: string | undefined, mentionsOnly: boolean): string[] {
  const out: string[] = [];
  for (const m of messages) {
    if (!isHuman(m, botUserId) || !m.text) continue;
    if (mentionsOnly && botUserId && !m.text.includes(`<@${botUserId}`)) continue;
    const intent = parseIntent(stripBotMention(m.text, botUserId));
    if (intent.kind === 'question') out.push(intent.text);
  }
  return out.slice(-MAX_CONTEXT_QUESTIONS);
}

const tsLess = (a: string | undefined, b: string) => a !== undefined && Number(a) < Number(b);

export interface ThreadContextRequest {
  channel: string;
  threadTs: string;
  /** The message being answered: only earlier messages count. */
  beforeTs: string;
  botUserId: string | undefined;
  /** In channels only messages that mention the bot were questions to it. */
  mentionsOnly: boolean;
}

/** Earlier questions in a thread, oldest first; [] when the thread cannot be read (logged). */
export async function threadQuestions(client: WebClient, req: ThreadContextRequest, logger: Logger): Promise<string[]> {
  const messages: SlackMessageLike[] = [];
  let cursor: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await client.conversations.replies({
        channel: req.channel,
        ts: req.threadTs,
        latest: req.beforeTs,
        inclusive: false,
        limit: 100,
        ...(cursor ? { cursor } : {}),
      });
      messages.push(...((res.messages ?? []) as SlackMessageLike[]));
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!res.has_more || !cursor) break;
    }
  } catch (err) {
    logger.warn(`Could not read the thread for context (${slackErrorCode(err)}); answering without it.`);
    return [];
  }
  const earlier = messages.filter((m) => tsLess(m.ts, req.beforeTs)).sort((a, b) => Number(a.ts) - Number(b.ts));
  return questionsOf(earlier, req.botUserId, req.mentionsOnly);
}

/** Recent questions in a direct message conversation (top level), oldest first. */
export async function directMessageQuestions(
  client: WebClient,
  req: { channel: string; beforeTs: string; botUserId: string | undefined },
  logger: Logger,
): Promise<string[]> {
  try {
    const res = await client.conversations.history({ channel: req.channel, latest: req.beforeTs, inclusive: false, limit: 20 });
    const since = Number(req.beforeTs) - DM_WINDOW_SECONDS;
    const recent = ((res.messages ?? []) as SlackMessageLike[])
      .filter((m) => tsLess(m.ts, req.beforeTs) && Number(m.ts) >= since && (!m.thread_ts || m.thread_ts === m.ts))
      .sort((a, b) => Number(a.ts) - Number(b.ts));
    return questionsOf(recent, req.botUserId, false);
  } catch (err) {
    logger.warn(`Could not read the conversation for context (${slackErrorCode(err)}); answering without it.`);
    return [];
  }
}
