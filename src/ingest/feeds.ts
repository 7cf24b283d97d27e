/**
 * Polling RSS/Atom feeds politely: conditional GET (ETag / Last-Modified), one interval per feed, and an
 * exponential backoff after errors. New items that mention the story's terms are added like a link.
 */
import Parser from 'rss-parser';
import { IngestError, userMessage } from '../errors.js';
import type { Logger } from '../log.js';
import { type AddContext, type AddResult, addArticle } from './add.js';
import { FEED_TYPES, fetchUrl } from './fetch.js';
import type { CorpusRecord } from './record.js';

/** Longest wait between two polls of a failing feed. */
const MAX_BACKOFF_MS = 24 * 3_600_000;

export interface FeedPollResult {
  feed: string;
  status: 'not-modified' | 'polled' | 'failed';
  /** Items seen for the first time. */
  newItems: number;
  /** New items that do not mention the story. */
  offTopic: number;
  /** What happened to each new item that mentions the story. */
  results: AddResult[];
  error?: string;
}

export interface FeedPollerOptions {
  feeds: readonly string[];
  record: CorpusRecord;
  /** How articles are added (folder, fetch limits); `via`, `feed` and `addedBy` are set per item. */
  add: Omit<AddContext, 'via' | 'feed' | 'addedBy' | 'record'>;
  storyTerms: readonly string[];
  intervalMs: number;
  logger: Logger;
  now?: () => number;
}

/** True when the text mentions one of the terms (case-insensitive, at word boundaries). */
export function mentionsStory(text: string, terms: readonly string[]): boolean {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  return terms.some((term) => {
    const escaped = term
      .toLowerCase()
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/[\s-]+/g, '[\\s-]+');
    return escaped !== '' && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}`, 'u').test(t);
  });
}

export class FeedPoller {
  private readonly parser = new Parser();
  private readonly now: () => number;

  constructor(private readonly options: FeedPollerOptions) {
    this.now = options.now ?? Date.now;
  }

  get feeds(): readonly string[] {
    return this.options.feeds;
  }

  /** Epoch milliseconds when the next feed is due. */
  nextDue(): number {
    return Math.min(...this.options.feeds.map((f) => this.options.record.feed(f).nextPollAt), Number.POSITIVE_INFINITY);
  }

  /** Polls every feed that is due (all of them with `force`), one after the other. */
  async pollDue(force = false): Promise<FeedPollResult[]> {
    const out: FeedPollResult[] = [];
    for (const feed of this.options.feeds) {
      if (!force && this.options.record.feed(feed).nextPollAt > this.now()) continue;
      out.push(await this.poll(feed));
    }
    return out;
  }

  /** Polls one feed now. Never throws. */
  async poll(feed: string): Promise<FeedPollResult> {
    const { record, logger, intervalMs } = this.options;
    const state = record.feed(feed);
    const base = { feed, newItems: 0, offTopic: 0, results: [] as AddResult[] };
    try {
      const res = await fetchUrl(feed, {
        timeoutMs: this.options.add.fetch.fetchTimeoutMs,
        maxBytes: this.options.add.fetch.fetchMaxBytes,
        allowPrivate: this.options.add.fetch.allowPrivateUrls,
        accept: FEED_TYPES,
        etag: state.etag,
        lastModified: state.lastModified,
      });
      if ('notModified' in res) {
        record.saveFeed({ ...state, failures: 0, nextPollAt: this.now() + intervalMs, lastError: null });
        return { ...base, status: 'not-modified' };
      }
      let parsed: Awaited<ReturnType<Parser['parseString']>>;
      try {
        parsed = await this.parser.parseString(res.body);
      } catch (err) {
        throw new IngestError(`${feed} is not a valid RSS or Atom feed.`, err);
      }
      const results: AddResult[] = [];
      let newItems = 0;
      let offTopic = 0;
      for (const item of parsed.items ?? []) {
        const link = item.link?.trim();
        const key = item.guid?.trim() || link;
        if (!key || record.seenItem(feed, key)) continue;
        newItems++;
        const text = [item.title, item.contentSnippet, item.content, item.summary, ...(item.categories ?? [])].filter(Boolean).join(' ');
        if (!link || !mentionsStory(text, this.options.storyTerms)) {
          offTopic++;
          record.markItem(feed, key);
          continue;
        }
        const result = await addArticle(new URL(link, res.url).href, {
          ...this.options.add,
          record,
          via: 'feed',
          feed,
          addedBy: `feed ${new URL(feed).host}`,
        });
        results.push(result);
        if (result.ok) logger.info(`Feed ${feed}: added ${result.file} (${result.outlet ?? 'outlet unknown'}).`);
        else logger.warn(`Feed ${feed}: ${result.reason}`);
        // A page that failed for a passing reason (timeout, server error) is tried again at the next poll.
        if (result.ok || !/try again later|did not (?:answer|send)|broke while/.test(result.reason)) record.markItem(feed, key);
      }
      record.saveFeed({
        url: feed,
        etag: res.etag,
        lastModified: res.lastModified,
        failures: 0,
        nextPollAt: this.now() + intervalMs,
        lastError: null,
      });
      return { ...base, status: 'polled', newItems, offTopic, results };
    } catch (err) {
      const failures = state.failures + 1;
      const wait = Math.min(intervalMs * 2 ** failures, MAX_BACKOFF_MS);
      const message = userMessage(err);
      record.saveFeed({ ...state, failures, nextPollAt: this.now() + wait, lastError: message });
      logger.warn(`Feed ${feed} failed (${failures} in a row; next try in ${Math.round(wait / 1000)} s): ${message}`);
      return { ...base, status: 'failed', error: message };
    }
  }
}
