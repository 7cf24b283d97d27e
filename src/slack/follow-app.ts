/**
 * The running app follows the story: a live pipeline (reloaded when articles are added), the corpus record,
 * the feed poller and the digest poster, wired together for `npm start`.
 */
import type { WebClient } from '@slack/web-api';
import type { Config } from '../config.js';
import { StoryFollower } from '../ingest/follow.js';
import { SqliteCorpusRecord } from '../ingest/record.js';
import { LiveDealbot } from '../live.js';
import type { Logger } from '../log.js';
import type { DealbotLike } from './answering.js';
import { slackDigestPoster } from './digest.js';

/** How often the articles folder is checked for files added or changed by hand (or by `dealbot add`). */
const WATCH_INTERVAL_MS = 5_000;

/** Answers from whatever the live pipeline holds now. */
export function liveBot(live: LiveDealbot): DealbotLike {
  return {
    answerQuestion: (q, o) => live.current.answerQuestion(q, o),
    sources: () => live.current.sources(),
    conflicts: () => live.current.conflicts(),
    timeline: () => live.current.timeline(),
  };
}

export interface Following {
  bot: Promise<DealbotLike>;
  follower: StoryFollower;
  /** Gives the digest poster the app's Web API client. */
  attach(client: WebClient): void;
  /** Starts polling the feeds and watching the folder. */
  start(): void;
  stop(): Promise<void>;
}

export function followStory(options: { config: Config; logger: Logger; seedsDir: string }): Following {
  const { config, logger, seedsDir } = options;
  const live = LiveDealbot.create({ config, logger, seedsDir });
  const record = SqliteCorpusRecord.inIndexDir(config.indexDir, seedsDir);
  let client: WebClient | null = null;
  const channel = config.follow.digestChannel;
  const follower = new StoryFollower({
    live,
    record,
    config,
    seedsDir,
    logger,
    ...(channel
      ? {
          poster: async (diff) => {
            if (!client) throw new Error('the Slack client is not ready');
            await slackDigestPoster(client, channel)(diff);
          },
        }
      : {}),
  });
  live.catch(() => {});
  return {
    bot: live.then(liveBot),
    follower,
    attach(c) {
      client = c;
    },
    start() {
      live.then(
        (l) => {
          l.onChange(() => follower.noticeChange());
          l.watch(WATCH_INTERVAL_MS);
          follower.start();
        },
        () => {},
      );
    },
    async stop() {
      await follower.stop();
      await live.then((l) => l.close()).catch(() => {});
      record.close();
    },
  };
}
