/**
 * The "what changed" digest in Block Kit: one section per change, each quote with its outlet, date and a
 * link to the article; posted to DIGEST_CHANNEL by the follower, and shown by `/deal whats-new`.
 */
import type { WebClient } from '@slack/web-api';
import { changeHeadline, type QuotedPoint, type StoryChange, type StoryDiff } from '../answer/changes.js';
import { humanDate } from '../answer/sources.js';
import type { AddResult } from '../ingest/add.js';
import type { DigestPoster } from '../ingest/follow.js';
import { type KnownBlock, packSections, SLACK_LIMITS, type SlackMessage, simpleMessage } from './blocks.js';
import { blockquote, escapeMrkdwn, foldWhitespace, mrkdwnLink, plainFallback, truncateMrkdwn } from './mrkdwn.js';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const header = (text: string): KnownBlock => ({
  type: 'header',
  text: { type: 'plain_text', text: text.slice(0, SLACK_LIMITS.headerText), emoji: true },
});

/** A verbatim quote as a block quote, then "— *Outlet*, 27 June 2025 · article". */
function quoted(q: QuotedPoint): string {
  const link = q.url ? ` · ${mrkdwnLink(q.url, 'article')}` : '';
  const quote = truncateMrkdwn(escapeMrkdwn(`“${foldWhitespace(q.quote)}”`), 700);
  return `${blockquote(quote)}\n— *${escapeMrkdwn(q.outlet)}*${q.date ? `, ${q.date}` : ''}${link}`;
}

function changeMrkdwn(c: StoryChange): string {
  switch (c.kind) {
    case 'new-disagreement':
      return [
        `:warning: *New disagreement: ${escapeMrkdwn(c.topic)}*`,
        escapeMrkdwn(c.explanation),
        ...c.sides.map((s) => `• *${escapeMrkdwn(s.summary || s.claim)}*\n${quoted(s.quote)}`),
      ].join('\n');
    case 'new-side':
      return [
        `:warning: *New side in the disagreement on the ${escapeMrkdwn(c.topic)}*: ${escapeMrkdwn(c.summary || c.claim)}`,
        quoted(c.quote),
        ...c.against.slice(0, 2).map((a) => `• against *${escapeMrkdwn(a.claim)}*:\n${quoted(a.quote)}`),
      ].join('\n');
    case 'new-event':
      return [`:calendar: *New dated event: ${escapeMrkdwn(c.event)}, ${escapeMrkdwn(c.display)}*`, quoted(c.quote)].join('\n');
    case 'self-contradiction':
      return [`:grey_question: *${escapeMrkdwn(c.quote.outlet)} contradicts itself* — ${escapeMrkdwn(c.note)}`, quoted(c.quote)].join('\n');
  }
}

/** The digest (or the `/deal whats-new` reply) for a comparison; `since` names the period. */
export function digestMessage(diff: StoryDiff, since: Date | null = null): SlackMessage {
  const period = since ? ` since ${humanDate(since.toISOString().slice(0, 10)) ?? since.toISOString()}` : '';
  const added = diff.added.map((s) => {
    const date = humanDate(s.published);
    const title = s.title ? `“${truncateMrkdwn(s.title, 150)}”` : s.source;
    return `${mrkdwnLink(s.url, title)} — ${escapeMrkdwn(s.outlet ?? 'outlet unknown')}${date ? `, ${date}` : ''}`;
  });
  if (!diff.changes.length) {
    const none = diff.added.length
      ? `Nothing material changed${period}: ${diff.added.length} new article${diff.added.length === 1 ? '' : 's'}, no new disagreement, side or dated event.`
      : `No new articles${period}.`;
    return simpleMessage(escapeMrkdwn(none));
  }
  const blocks: KnownBlock[] = [header(`What changed in the story${period}`)];
  const sections = packSections(diff.changes.map(changeMrkdwn));
  const room = SLACK_LIMITS.blocksPerMessage - 3;
  for (const s of sections.slice(0, room)) blocks.push(section(s));
  if (sections.length > room) blocks.push(context(`…and ${sections.length - room} more; ask \`/deal whats-new\` for the rest.`));
  if (added.length)
    blocks.push(
      context(truncateMrkdwn(`New article${added.length === 1 ? '' : 's'}: ${added.join(' · ')}`, SLACK_LIMITS.contextElementText)),
    );
  const text = plainFallback(
    `What changed in the story${period}: ${diff.changes.map(changeHeadline).join('; ')}`,
    SLACK_LIMITS.fallbackText,
  );
  return { text, blocks };
}

/** The reply to `/deal add`: one line per link. */
export function addResultsMessage(results: readonly AddResult[]): SlackMessage {
  const lines = results.map((r) =>
    r.ok
      ? `:white_check_mark: Added ${mrkdwnLink(r.url, r.title ? `“${r.title}”` : r.file)} — ${escapeMrkdwn(r.outlet ?? 'outlet unknown')}${r.published ? `, ${humanDate(r.published)}` : ''} (\`${escapeMrkdwn(r.file)}\`)`
      : `:x: ${escapeMrkdwn(r.reason)}`,
  );
  return simpleMessage(lines.join('\n'));
}

/** Posts digests to a channel with the app's Web API client. */
export function slackDigestPoster(client: WebClient, channel: string): DigestPoster {
  return async (diff) => {
    const message = digestMessage(diff);
    await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
  };
}
