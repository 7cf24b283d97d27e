/**
 * The record of the corpus: when each article was added, from where and by whom; the state of each feed
 * (validators, backoff, items seen); and when the last digest went out. SQLite (better-sqlite3) in the index
 * folder, or in memory for tests and one-off runs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type AddedVia = 'cli' | 'slack' | 'feed' | 'file';

export interface ArticleRecord {
  /** File name inside the articles folder. */
  file: string;
  url: string | null;
  /** Canonical form of the URL (see canonicalUrl), for duplicates. */
  canonicalUrl: string | null;
  /** Hash of the article's words (see textHash), for duplicates. */
  textHash: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** ISO timestamp. */
  addedAt: string;
  /** Who: a Slack user ID, the local user name, or the feed. */
  addedBy: string;
  via: AddedVia;
  /** The feed it came from, when it came from one. */
  feed: string | null;
}

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failures (for the backoff). */
  failures: number;
  /** Epoch milliseconds before which the feed is not polled again. */
  nextPollAt: number;
  lastError: string | null;
}

export interface CorpusRecord {
  articles(): ArticleRecord[];
  article(file: string): ArticleRecord | undefined;
  findDuplicate(canonicalUrl: string | null, textHash: string): ArticleRecord | undefined;
  addArticle(record: ArticleRecord): void;
  feed(url: string): FeedState;
  saveFeed(state: FeedState): void;
  /** True once an item (by its link or guid) of a feed has been handled. */
  seenItem(feed: string, key: string): boolean;
  markItem(feed: string, key: string): void;
  /** Epoch milliseconds of the last digest posted to a channel, or null. */
  lastDigest(channel: string): number | null;
  markDigest(channel: string, at: number, summary: string): void;
  close(): void;
}

const newFeed = (url: string): FeedState => ({ url, etag: null, lastModified: null, failures: 0, nextPollAt: 0, lastError: null });

/** Keeps everything in memory (tests, one-off runs without an index folder). */
export class MemoryCorpusRecord implements CorpusRecord {
  private readonly list: ArticleRecord[] = [];
  private readonly feeds = new Map<string, FeedState>();
  private readonly items = new Set<string>();
  private readonly digests = new Map<string, number>();
  articles() {
    return [...this.list];
  }
  article(file: string) {
    return this.list.find((r) => r.file === file);
  }
  findDuplicate(canonical: string | null, hash: string) {
    return this.list.find((r) => (canonical !== null && r.canonicalUrl === canonical) || r.textHash === hash);
  }
  addArticle(record: ArticleRecord) {
    this.list.push(record);
  }
  feed(url: string) {
    return { ...(this.feeds.get(url) ?? newFeed(url)) };
  }
  saveFeed(state: FeedState) {
    this.feeds.set(state.url, { ...state });
  }
  seenItem(feed: string, key: string) {
    return this.items.has(`${feed}\n${key}`);
  }
  markItem(feed: string, key: string) {
    this.items.add(`${feed}\n${key}`);
  }
  lastDigest(channel: string) {
    return this.digests.get(channel) ?? null;
  }
  markDigest(channel: string, at: number) {
    this.digests.set(channel, at);
  }
  close() {}
}

/** Where the record of an articles folder is kept: `INDEX_DIR/corpus-<hash of the folder's path>.sqlite`. */
export function recordPath(indexDir: string, seedsDir: string): string {
  const key = createHash('sha256').update(path.resolve(seedsDir)).digest('hex').slice(0, 12);
  return path.join(indexDir, `corpus-${key}.sqlite`);
}

interface ArticleRow {
  file: string;
  url: string | null;
  canonical_url: string | null;
  text_hash: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  added_at: string;
  added_by: string;
  via: AddedVia;
  feed: string | null;
}

const toRecord = (r: ArticleRow): ArticleRecord => ({
  file: r.file,
  url: r.url,
  canonicalUrl: r.canonical_url,
  textHash: r.text_hash,
  title: r.title,
  outlet: r.outlet,
  published: r.published,
  addedAt: r.added_at,
  addedBy: r.added_by,
  via: r.via,
  feed: r.feed,
});

/** The record in `INDEX_DIR/corpus.sqlite` (WAL mode: the CLI and the running app may use it at once). */
export class SqliteCorpusRecord implements CorpusRecord {
  private readonly db: Database.Database;

  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS articles (
        file TEXT PRIMARY KEY, url TEXT, canonical_url TEXT, text_hash TEXT NOT NULL, title TEXT, outlet TEXT,
        published TEXT, added_at TEXT NOT NULL, added_by TEXT NOT NULL, via TEXT NOT NULL, feed TEXT);
      CREATE INDEX IF NOT EXISTS articles_url ON articles(canonical_url);
      CREATE INDEX IF NOT EXISTS articles_hash ON articles(text_hash);
      CREATE TABLE IF NOT EXISTS feeds (
        url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, failures INTEGER NOT NULL DEFAULT 0,
        next_poll_at INTEGER NOT NULL DEFAULT 0, last_error TEXT);
      CREATE TABLE IF NOT EXISTS feed_items (feed TEXT NOT NULL, key TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (feed, key));
      CREATE TABLE IF NOT EXISTS digests (channel TEXT NOT NULL, posted_at INTEGER NOT NULL, summary TEXT NOT NULL);
    `);
  }

  /** Opens the record of an articles folder, kept in the index folder (one file per articles folder). */
  static inIndexDir(indexDir: string, seedsDir: string): SqliteCorpusRecord {
    return new SqliteCorpusRecord(recordPath(indexDir, seedsDir));
  }

  articles() {
    return (this.db.prepare('SELECT * FROM articles ORDER BY added_at, file').all() as ArticleRow[]).map(toRecord);
  }
  article(file: string) {
    const row = this.db.prepare('SELECT * FROM articles WHERE file = ?').get(file) as ArticleRow | undefined;
    return row ? toRecord(row) : undefined;
  }
  findDuplicate(canonical: string | null, hash: string) {
    const row = this.db
      .prepare('SELECT * FROM articles WHERE (canonical_url IS NOT NULL AND canonical_url = ?) OR text_hash = ? LIMIT 1')
      .get(canonical, hash) as ArticleRow | undefined;
    return row ? toRecord(row) : undefined;
  }
  addArticle(r: ArticleRecord) {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO articles (file, url, canonical_url, text_hash, title, outlet, published, added_at, added_by, via, feed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(r.file, r.url, r.canonicalUrl, r.textHash, r.title, r.outlet, r.published, r.addedAt, r.addedBy, r.via, r.feed);
  }
  feed(url: string): FeedState {
    const row = this.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as
      | {
          url: string;
          etag: string | null;
          last_modified: string | null;
          failures: number;
          next_poll_at: number;
          last_error: string | null;
        }
      | undefined;
    if (!row) return newFeed(url);
    return {
      url: row.url,
      etag: row.etag,
      lastModified: row.last_modified,
      failures: row.failures,
      nextPollAt: row.next_poll_at,
      lastError: row.last_error,
    };
  }
  saveFeed(s: FeedState) {
    this.db
      .prepare('INSERT OR REPLACE INTO feeds (url, etag, last_modified, failures, next_poll_at, last_error) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.url, s.etag, s.lastModified, s.failures, s.nextPollAt, s.lastError);
  }
  seenItem(feed: string, key: string) {
    return this.db.prepare('SELECT 1 FROM feed_items WHERE feed = ? AND key = ?').get(feed, key) !== undefined;
  }
  markItem(feed: string, key: string) {
    this.db.prepare('INSERT OR IGNORE INTO feed_items (feed, key, seen_at) VALUES (?, ?, ?)').run(feed, key, new Date().toISOString());
  }
  lastDigest(channel: string) {
    const row = this.db.prepare('SELECT MAX(posted_at) AS at FROM digests WHERE channel = ?').get(channel) as { at: number | null };
    return row.at ?? null;
  }
  markDigest(channel: string, at: number, summary: string) {
    this.db.prepare('INSERT INTO digests (channel, posted_at, summary) VALUES (?, ?, ?)').run(channel, at, summary);
  }
  close() {
    if (this.db.open) this.db.close();
  }
}
