import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { userMessage } from '../../errors.js';
import type { StoryFollower } from '../../ingest/follow.js';
import type { SlackDeps } from '../answering.js';
import { errorMessage, type simpleMessage } from '../blocks.js';
import { addResultsMessage, digestMessage } from '../digest.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { respondSafely } from '../post.js';

/** What `/deal add` and `/deal whats-new` need: the story follower of the running app. */
export type FollowCommands = Pick<StoryFollower, 'add' | 'whatsNew' | 'isAdmin'>;

/** At most this many links in one `/deal add`. */
const MAX_LINKS = 10;

/** The links of a command's text: Slack sends them as `<https://…>` or `<https://…|label>`; bare ones too. */
export function linksIn(text: string): string[] {
  const links: string[] = [];
  const rest = text.replace(/<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/gi, (_m, url: string) => {
    links.push(url.replace(/&amp;/g, '&'));
    return ' ';
  });
  for (const m of rest.matchAll(/\bhttps?:\/\/\S+/gi)) links.push(m[0].replace(/&amp;/g, '&'));
  return [...new Set(links)];
}

/**
 * `/deal add URL…` (users in ADMIN_USER_IDS) and `/deal whats-new [since]`; any other `/deal` text goes on
 * to the question listener. Acknowledged at once, answered through `respond()` when done.
 */
export function followCommand(deps: SlackDeps & { follow?: FollowCommands }) {
  return async function onFollowCommand({ command, ack, respond, next }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    const text = (command.text ?? '').trim();
    const m = /^(add|whats[-_ ]?new|what['’]s[-_ ]new)(?:\s+([\s\S]*))?$/i.exec(text);
    const follow = deps.follow;
    if (!m || !follow) return next();
    const send = (message: ReturnType<typeof simpleMessage>) =>
      respondSafely(respond, { response_type: 'ephemeral', replace_original: true, ...message }, deps.logger, message, deps.retryDelayMs);
    const arg = (m[2] ?? '').trim();
    if ((m[1] as string).toLowerCase() === 'add') {
      if (!follow.isAdmin(command.user_id)) {
        await ack({
          response_type: 'ephemeral',
          text: 'Only the people listed in ADMIN_USER_IDS can add articles. Ask one of them, or ask a question with /deal.',
        });
        return;
      }
      const links = linksIn(arg);
      if (links.length === 0) {
        await ack({ response_type: 'ephemeral', text: 'Usage: /deal add https://example.org/news/article (one or more links).' });
        return;
      }
      if (links.length > MAX_LINKS) {
        await ack({ response_type: 'ephemeral', text: `At most ${MAX_LINKS} links at a time, please.` });
        return;
      }
      await ack({ response_type: 'ephemeral', text: `:inbox_tray: Fetching ${links.length} link${links.length === 1 ? '' : 's'}…` });
      try {
        const results = await follow.add(links, command.user_id, 'slack');
        await send(addResultsMessage(results));
      } catch (err) {
        deps.logger.error('/deal add failed:', err);
        await send(errorMessage(userMessage(err)));
      }
      return;
    }
    await ack({
      response_type: 'ephemeral',
      text: `:hourglass_flowing_sand: Comparing the story${arg ? ` since ${escapeMrkdwn(arg)}` : ''}…`,
    });
    try {
      const news = await follow.whatsNew(arg || null);
      await send(digestMessage(news.diff, news.since));
    } catch (err) {
      deps.logger.warn('/deal whats-new failed:', err);
      await send(errorMessage(userMessage(err)));
    }
  };
}
