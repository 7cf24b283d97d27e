/**
 * Following the story in the running app: adds links (from `/deal add` or a feed), refreshes the live
 * pipeline, and posts a digest of what changed — at most one per DIGEST_INTERVAL, none when nothing material
 * changed. Emits events (`added`, `polled`, `digest`, `no-change`, `digest-deferred`) so tests and logs can
 * follow along without timing.
 */
import { EventEmitter } from 'node:events';
import { changeHeadline, diffStory, type StoryDiff, type StoryView } from '../answer/changes.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { type AddResult, addArticle } from './add.js';
import { FeedPoller, type FeedPollResult } from './feeds.js';
import type { AddedVia, CorpusRecord } from './record.js';
import { parseSince, type WhatsNew, whatsNewSince } from './whats-new.js';

/** The part of the live pipeline (issue 8's LiveDealbot) the follower uses. */
export interface LivePipeline {
  readonly current: StoryView;
  refresh(): Promise<{ added: string[]; changed: string[]; removed: string[]; previous: StoryView; current: StoryView }>;
}

/** Sends a digest somewhere (a Slack channel). */
export type DigestPoster = (diff: StoryDiff) => Promise<void>;

export interface StoryFollowerOptions {
  live: LivePipeline | Promise<LivePipeline>;
  record: CorpusRecord;
  config: Config;
  seedsDir: string;
  logger: Logger;
  /** Where digests go; without it (or without DIGEST_CHANNEL) no digest is posted. */
  poster?: DigestPoster;
  now?: () => number;
}

/** After a failed post, the digest is tried again this much later. */
const DIGEST_RETRY_MS = 5 * 60_000;

export class StoryFollower extends EventEmitter {
  readonly poller: FeedPoller | null;
  private readonly now: () => number;
  private baseline: StoryView | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private pollTimer: NodeJS.Timeout | null = null;
  private digestTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private refreshing = false;

  constructor(private readonly options: StoryFollowerOptions) {
    super();
    this.now = options.now ?? Date.now;
    const f = options.config.follow;
    this.poller = f.feeds.length
      ? new FeedPoller({
          feeds: f.feeds,
          record: options.record,
          add: { seedsDir: options.seedsDir, fetch: f, now: () => new Date(this.now()) },
          storyTerms: f.storyTerms,
          intervalMs: f.feedIntervalMs,
          logger: options.logger,
          now: this.now,
        })
      : null;
  }

  /** Whether a Slack user may add articles. */
  isAdmin(user: string): boolean {
    return this.options.config.follow.adminUserIds.includes(user);
  }

  private async live(): Promise<LivePipeline> {
    const live = await this.options.live;
    this.baseline ??= live.current;
    return live;
  }

  /** Runs one step at a time: adding, refreshing and digesting never interleave. */
  private serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.chain.then(step, step);
    this.chain = run.catch(() => {});
    return run;
  }

  /** Adds links or saved pages, then refreshes the pipeline (and posts a digest if the story changed). */
  add(inputs: readonly string[], addedBy: string, via: AddedVia): Promise<AddResult[]> {
    return this.serial(async () => {
      await this.live();
      const results: AddResult[] = [];
      for (const input of inputs) {
        results.push(
          await addArticle(input, {
            seedsDir: this.options.seedsDir,
            record: this.options.record,
            fetch: this.options.config.follow,
            addedBy,
            via,
            now: () => new Date(this.now()),
          }),
        );
      }
      this.emit('added', results);
      if (results.some((r) => r.ok)) await this.afterChange();
      return results;
    });
  }

  /** Polls the feeds that are due (all with `force`); new articles lead to a refresh and maybe a digest. */
  pollFeeds(force = false): Promise<FeedPollResult[]> {
    return this.serial(async () => {
      if (!this.poller) return [];
      await this.live();
      const results = await this.poller.pollDue(force);
      this.emit('polled', results);
      if (results.some((r) => r.results.some((x) => x.ok))) await this.afterChange();
      return results;
    });
  }

  /** What changed since a date (default: the last 24 hours). */
  async whatsNew(since?: string | null): Promise<WhatsNew> {
    const when = parseSince(since, new Date(this.now()));
    const live = await this.live();
    return whatsNewSince({
      current: live.current,
      seedsDir: this.options.seedsDir,
      record: this.options.record,
      since: when,
      config: this.options.config,
    });
  }

  /** Posts the digest now if the story changed since the last one and the interval has passed. */
  digest(): Promise<void> {
    return this.serial(() => this.digestNow());
  }

  /**
   * The live pipeline changed by itself (a file was dropped into the folder): digest if the story changed.
   * Refreshes started here digest on their own.
   */
  noticeChange(): void {
    if (this.refreshing || this.stopped) return;
    this.serial(() => this.digestNow()).catch((err) => this.options.logger.error('Digest failed:', err));
  }

  private async afterChange(): Promise<void> {
    const live = await this.live();
    this.refreshing = true;
    const r = await live.refresh().finally(() => {
      this.refreshing = false;
    });
    this.options.logger.info(`Articles refreshed: ${r.added.length} added, ${r.changed.length} changed, ${r.removed.length} removed.`);
    await this.digestNow();
  }

  /** Posts a digest of what changed since the last one, if anything did and the interval allows. */
  private async digestNow(): Promise<void> {
    const channel = this.options.config.follow.digestChannel;
    if (!channel || !this.options.poster) return;
    const live = await this.live();
    const current = live.current;
    const diff = diffStory(this.baseline as StoryView, current);
    if (!diff.changes.length) {
      this.baseline = current;
      this.emit('no-change', diff);
      return;
    }
    const last = this.options.record.lastDigest(channel);
    const wait = last === null ? 0 : last + this.options.config.follow.digestIntervalMs - this.now();
    if (wait > 0) {
      this.emit('digest-deferred', { diff, waitMs: wait });
      this.retryLater(wait);
      return;
    }
    try {
      await this.options.poster(diff);
    } catch (err) {
      // Not marked as posted: the next change (or timer) tries again with everything since the baseline.
      this.options.logger.error(`Could not post the digest to ${channel}; trying again in 5 minutes:`, err);
      this.emit('digest-failed', err);
      this.retryLater(DIGEST_RETRY_MS);
      return;
    }
    this.options.record.markDigest(channel, this.now(), diff.changes.map(changeHeadline).join('\n'));
    this.baseline = current;
    this.emit('digest', diff);
  }

  /** Checks again for a digest after `ms` (once: a timer already set stays). */
  private retryLater(ms: number): void {
    if (this.digestTimer || this.stopped) return;
    this.digestTimer = setTimeout(() => {
      this.digestTimer = null;
      this.digest().catch((err) => this.options.logger.error('Digest failed:', err));
    }, ms);
    this.digestTimer.unref();
  }

  /** Polls the feeds on their interval until `stop()`. */
  start(): void {
    if (!this.poller || this.stopped) return;
    const schedule = () => {
      if (this.stopped || !this.poller) return;
      const due = this.poller.nextDue();
      const delay = Math.max(1000, Math.min(due - this.now(), this.options.config.follow.feedIntervalMs));
      this.pollTimer = setTimeout(() => {
        this.pollFeeds()
          .catch((err) => this.options.logger.error('Polling the feeds failed:', err))
          .finally(schedule);
      }, delay);
      this.pollTimer.unref();
    };
    // First poll right away (once the pipeline is loaded).
    this.pollFeeds()
      .catch((err) => this.options.logger.error('Polling the feeds failed:', err))
      .finally(schedule);
  }

  /** Stops polling and waits for the step in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    if (this.digestTimer) clearTimeout(this.digestTimer);
    await this.chain.catch(() => {});
  }
}
