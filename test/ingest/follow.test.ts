/**
 * Following the story end to end: an RSS feed on 127.0.0.1 gains items between polls; the follower adds
 * them, refreshes the live pipeline and posts the digest through the real Slack WebClient to a fake Slack.
 */
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { addArticle } from '../../src/ingest/add.js';
import { StoryFollower } from '../../src/ingest/follow.js';
import { MemoryCorpusRecord } from '../../src/ingest/record.js';
import { LiveDealbot } from '../../src/live.js';
import { slackDigestPoster } from '../../src/slack/digest.js';
import { escapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';
import { type NewsSite, STORIES, startNewsSite } from '../helpers/news-site.js';
import { FakeSlack, type RecordedCall } from '../helpers/slack-fake-api.js';
import { fakeLogger } from '../helpers/slack-fakes.js';

let site: NewsSite;
let fake: FakeSlack;
beforeAll(async () => {
  [site, fake] = await Promise.all([startNewsSite(), FakeSlack.start()]);
});
afterAll(async () => {
  await Promise.all([site.close(), fake.close()]);
  removeTempDirs();
});

const item = (key: keyof typeof STORIES | 'offTopic', day: number) =>
  key === 'offTopic'
    ? {
        title: 'Celebrity chef opens third restaurant',
        link: `${site.origin}/a2`,
        description: 'A new place in town.',
        pubDate: new Date(Date.UTC(2025, 5, day)).toUTCString(),
      }
    : {
        title: STORIES[key].title,
        link: `${site.origin}${STORIES[key].path}`,
        description: STORIES[key].paragraphs[0] as string,
        pubDate: new Date(Date.UTC(2025, 5, day)).toUTCString(),
      };

function textOf(c: RecordedCall): string {
  const parts = [String(c.body.text ?? '')];
  for (const b of (c.body.blocks ?? []) as { type: string; text?: { text: string }; elements?: { text?: string }[] }[]) {
    if (b.text) parts.push(b.text.text);
    for (const e of b.elements ?? []) if (e.text) parts.push(e.text);
  }
  return parts.join('\n');
}

describe('following a feed', () => {
  it('adds new items, posts exactly one digest for a new disagreement, none for an article that changes nothing, at most one per interval', async () => {
    const seedsDir = tempDir('dealbot-follow-');
    const record = new MemoryCorpusRecord();
    const fetchLimits = { fetchTimeoutMs: 5000, fetchMaxBytes: 1024 * 1024, allowPrivateUrls: true };
    for (const k of ['agreeing', 'third'] as const)
      expect(
        (
          await addArticle(`${site.origin}${STORIES[k].path}`, {
            seedsDir,
            record,
            fetch: fetchLimits,
            addedBy: 'setup',
            via: 'cli',
            now: () => new Date(Date.UTC(2025, 5, 30)),
          })
        ).ok,
      ).toBe(true);
    const config = loadConfig({
      FEEDS: `${site.origin}/feed.xml`,
      DIGEST_CHANNEL: 'C0DIGEST',
      DIGEST_INTERVAL: '1h',
      FEED_INTERVAL: '15m',
      ALLOW_PRIVATE_URLS: '1',
    });
    let clock = Date.UTC(2025, 6, 1, 9, 0, 0);
    const live = await LiveDealbot.create({ config, seedsDir, indexDir: tempDir('dealbot-index-'), answerer: null });
    const client = new WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const follower = new StoryFollower({
      live,
      record,
      config,
      seedsDir,
      logger: fakeLogger(),
      poster: slackDigestPoster(client, 'C0DIGEST'),
      now: () => clock,
    });
    const events: string[] = [];
    for (const e of ['no-change', 'digest', 'digest-deferred']) follower.on(e, () => events.push(e));
    const digests = () => fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0DIGEST');

    // Poll 1: one item off the story, one that repeats what is known.
    site.feedItems.push(item('offTopic', 28), item('repeating', 29));
    const [first] = await follower.pollFeeds(true);
    expect(first).toMatchObject({ status: 'polled', newItems: 2, offTopic: 1 });
    expect(first?.results).toEqual([expect.objectContaining({ ok: true, outlet: 'Metro Markets Daily' })]);
    expect(events).toEqual(['no-change']);
    expect(digests()).toHaveLength(0);
    expect(live.current.sources()).toHaveLength(3);

    // Poll 2: the feed has not changed; a conditional GET gets 304.
    clock += 15 * 60_000;
    expect((await follower.pollFeeds())[0]).toMatchObject({ status: 'not-modified' });
    const feedRequests = site.requests.filter((r) => r.path === '/feed.xml');
    expect(feedRequests.at(-1)).toMatchObject({ status: 304, headers: expect.objectContaining({ 'if-none-match': expect.any(String) }) });

    // Poll 3: the feed gains an article that contradicts the others.
    clock += 15 * 60_000;
    site.feedItems.push(item('contradicting', 30));
    const started = performance.now();
    await follower.pollFeeds();
    const [digest] = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0DIGEST');
    const elapsed = performance.now() - started;
    expect(digests()).toHaveLength(1);
    expect(events).toEqual(['no-change', 'digest']);
    const text = textOf(digest as RecordedCall);
    expect(text).toContain('New disagreement: signing date');
    // Both sides quoted, with outlet, date and a link to the article.
    expect(text).toContain(escapeMrkdwn('“The rare earths agreement between Washington and Beijing was signed on June 23'));
    expect(text).toMatch(/— \*Coastal Ledger\*, 28 June 2025 · <http:\/\/127\.0\.0\.1:\d+\/business\/rare-earths-deal-date\|article>/);
    expect(text).toContain(escapeMrkdwn('“WASHINGTON — The United States and China signed a framework on rare earth exports on June 25'));
    expect(text).toMatch(
      /— \*Harbour Herald\*, 27 June 2025 · <http:\/\/127\.0\.0\.1:\d+\/world\/2025\/06\/27\/rare-earths-framework-signed\|article>/,
    );
    process.stderr.write(`new feed item → digest posted: ${Math.round(elapsed)} ms\n`);

    // Poll 4, ten minutes later: a new dated event, but the last digest was under an hour ago.
    clock += 10 * 60_000;
    site.feedItems.push(item('talks', 30));
    await follower.pollFeeds(true);
    expect(events.at(-1)).toBe('digest-deferred');
    expect(digests()).toHaveLength(1);
    // An hour after the first digest, the deferred one goes out with only what is new since.
    clock += 60 * 60_000;
    await follower.digest();
    expect(digests()).toHaveLength(2);
    const second = textOf(digests()[1] as RecordedCall);
    expect(second).toMatch(/New dated event: Talks in Geneva, 8 July 2025/);
    // The article is dated 1 July but describes the 8 July meeting as past: a source contradicting itself.
    expect(second).toMatch(/\*Coastal Ledger contradicts itself\* — /);
    expect(second).not.toContain('New disagreement');

    // What's new since the start of the day, on demand: every change.
    const news = await follower.whatsNew('2025-07-01');
    expect(news.diff.changes.map((c) => c.kind).sort()).toEqual(['new-disagreement', 'new-event', 'self-contradiction']);
    expect(news.diff.added.map((s) => s.outlet).sort()).toEqual(['Coastal Ledger', 'Coastal Ledger', 'Metro Markets Daily']);
    await follower.stop();
    await live.close();
  });

  it('keeps a digest that Slack refused and posts it at the next try', async () => {
    const seedsDir = tempDir('dealbot-follow-');
    const record = new MemoryCorpusRecord();
    const fetch = { fetchTimeoutMs: 5000, fetchMaxBytes: 1024 * 1024, allowPrivateUrls: true };
    await addArticle(`${site.origin}${STORIES.agreeing.path}`, { seedsDir, record, fetch, addedBy: 'setup', via: 'cli' });
    const config = loadConfig({ DIGEST_CHANNEL: 'C0RETRY', ALLOW_PRIVATE_URLS: '1' });
    const live = await LiveDealbot.create({ config, seedsDir, indexDir: tempDir('dealbot-index-'), answerer: null });
    const client = new WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    const follower = new StoryFollower({
      live,
      record,
      config,
      seedsDir,
      logger: fakeLogger(),
      poster: slackDigestPoster(client, 'C0RETRY'),
    });
    fake.on('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } }, 1);
    const failed = new Promise((resolve) => follower.once('digest-failed', resolve));
    const [added] = await follower.add([`${site.origin}${STORIES.contradicting.path}`], 'U0ADMIN', 'slack');
    expect(added?.ok).toBe(true);
    await failed;
    await follower.digest();
    const posted = fake.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0RETRY');
    expect(posted.map((c) => c.status)).toEqual([200, 200]);
    expect(textOf(posted[1] as RecordedCall)).toContain('New disagreement: signing date');
    await follower.stop();
    await live.close();
  });

  it('backs off after a feed error', async () => {
    const config = loadConfig({ FEEDS: `${site.origin}/missing-feed.xml`, FEED_INTERVAL: '10m', ALLOW_PRIVATE_URLS: '1' });
    const seedsDir = tempDir('dealbot-follow-');
    const record = new MemoryCorpusRecord();
    const clock = 1_000_000;
    const follower = new StoryFollower({
      live: {
        current: { claims: [], conflicts: () => [], timeline: () => [], sources: () => [] },
        refresh: async () => {
          throw new Error('not used');
        },
      },
      record,
      config,
      seedsDir,
      logger: fakeLogger(),
      now: () => clock,
    });
    expect((await follower.pollFeeds())[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/not found \(HTTP 404\)/) });
    expect(record.feed(`${site.origin}/missing-feed.xml`)).toMatchObject({ failures: 1, nextPollAt: clock + 20 * 60_000 });
    // Not due yet: nothing is fetched.
    expect(await follower.pollFeeds()).toEqual([]);
    await follower.pollFeeds(true);
    expect(record.feed(`${site.origin}/missing-feed.xml`)).toMatchObject({ failures: 2, nextPollAt: clock + 40 * 60_000 });
  });
});
