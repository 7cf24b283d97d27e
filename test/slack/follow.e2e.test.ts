/**
 * `/deal add` and `/deal whats-new` end to end: the real Bolt app over HTTP with signed requests, a live
 * pipeline, the story follower, a fake news site and a fake Slack Web API, all on 127.0.0.1.
 */
import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { addArticle } from '../../src/ingest/add.js';
import { StoryFollower } from '../../src/ingest/follow.js';
import { MemoryCorpusRecord } from '../../src/ingest/record.js';
import { LiveDealbot } from '../../src/live.js';
import { liveBot } from '../../src/slack/follow-app.js';
import { linksIn } from '../../src/slack/listeners/follow.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';
import { type NewsSite, STORIES, startNewsSite } from '../helpers/news-site.js';
import { startTestApp, type TestApp } from '../helpers/slack-app.js';
import { FakeSlack, type RecordedCall } from '../helpers/slack-fake-api.js';
import { fakeLogger } from '../helpers/slack-fakes.js';
import { sendSlashCommand } from '../helpers/slack-signing.js';

let site: NewsSite;
let fake: FakeSlack;
let app: TestApp;
let live: LiveDealbot;
let follower: StoryFollower;
let seedsDir: string;

function textOf(c: RecordedCall): string {
  const parts = [String(c.body.text ?? '')];
  for (const b of (c.body.blocks ?? []) as { text?: { text: string }; elements?: { text?: string }[] }[]) {
    if (b.text) parts.push(b.text.text);
    for (const e of b.elements ?? []) if (e.text) parts.push(e.text);
  }
  return parts.join('\n');
}

async function command(text: string, user = 'U0ADMIN'): Promise<{ ack: string; reply: RecordedCall | undefined }> {
  const responseUrl = fake.responseUrl();
  const r = await sendSlashCommand(app.eventsUrl, { text, response_url: responseUrl, user_id: user });
  expect(r.status).toBe(200);
  const ack = r.body ? String((JSON.parse(r.body) as { text?: string }).text ?? '') : '';
  if (/^(Only|Usage|At most)/.test(ack)) return { ack, reply: undefined };
  const [reply] = await fake.waitFor((c) => c.method === 'response_url' && c.path.endsWith(responseUrl.split('/').pop() as string));
  return { ack, reply };
}

beforeAll(async () => {
  [site, fake] = await Promise.all([startNewsSite(), FakeSlack.start()]);
  seedsDir = tempDir('dealbot-slack-follow-');
  const record = new MemoryCorpusRecord();
  const fetch = { fetchTimeoutMs: 5000, fetchMaxBytes: 1024 * 1024, allowPrivateUrls: true };
  await addArticle(`${site.origin}${STORIES.agreeing.path}`, {
    seedsDir,
    record,
    fetch,
    addedBy: 'setup',
    via: 'cli',
    now: () => new Date('2025-06-30T00:00:00Z'),
  });
  const config = loadConfig({ ADMIN_USER_IDS: 'U0ADMIN, U0OTHER', ALLOW_PRIVATE_URLS: '1' });
  live = await LiveDealbot.create({ config, seedsDir, indexDir: tempDir('dealbot-index-'), answerer: null });
  follower = new StoryFollower({ live, record, config, seedsDir, logger: fakeLogger(), now: () => Date.parse('2025-07-01T12:00:00Z') });
  app = await startTestApp(fake, liveBot(live), { ADMIN_USER_IDS: 'U0ADMIN' }, { follow: follower });
});

afterEach(async () => {
  await fake.settle();
  fake.reset();
});

afterAll(async () => {
  await app?.slack.stop();
  await follower?.stop();
  await live?.close();
  await Promise.all([site?.close(), fake?.close()]);
  removeTempDirs();
});

describe('/deal add and /deal whats-new', () => {
  it('finds the links in a command as Slack sends them', () => {
    expect(linksIn('<https://a.example/x?a=1&amp;b=2|a.example/x> and https://b.example/y <mailto:x@y.z|x>')).toEqual([
      'https://a.example/x?a=1&b=2',
      'https://b.example/y',
    ]);
  });

  it('refuses users who are not in ADMIN_USER_IDS', async () => {
    const { ack } = await command(`add <${site.origin}${STORIES.contradicting.path}>`, 'U0STRANGER');
    expect(ack).toMatch(/Only the people listed in ADMIN_USER_IDS can add articles/);
    expect(readdirSync(seedsDir).filter((f) => !f.startsWith('.'))).toHaveLength(1);
  });

  it('adds a link for an admin, answers from it at once, and refuses it the second time', async () => {
    const { ack, reply } = await command(`add <${site.origin}${STORIES.contradicting.path}>`);
    expect(ack).toMatch(/Fetching 1 link/);
    expect(textOf(reply as RecordedCall)).toMatch(
      /:white_check_mark: Added <http:\/\/127\.0\.0\.1:\d+\/business\/rare-earths-deal-date\|“Rare earths pact was sealed earlier than announced”> — Coastal Ledger, 28 June 2025/,
    );
    // The live pipeline already has it: the disagreement shows in /deal conflicts.
    const conflicts = await command('conflicts');
    expect(textOf(conflicts.reply as RecordedCall)).toContain('signing date');
    expect(textOf(conflicts.reply as RecordedCall)).toContain('Coastal Ledger');
    const again = await command(`add ${site.origin}${STORIES.contradicting.path}`);
    expect(textOf(again.reply as RecordedCall)).toMatch(
      /:x: .* is already in the articles \(the same link as coastal-ledger-2025-06-28-.*\.md\); not added again\./,
    );
    const bad = await command(`add <${site.origin}/report.pdf>`);
    expect(textOf(bad.reply as RecordedCall)).toMatch(/:x: .*is not a web page \(application\/pdf\)/);
  });

  it('shows what changed on demand, with both sides quoted', async () => {
    const { reply } = await command('whats-new 2025-07-01');
    const text = textOf(reply as RecordedCall);
    expect(text).toContain('What changed in the story since 1 July 2025');
    expect(text).toContain('New disagreement: signing date');
    expect(text).toContain('— *Coastal Ledger*, 28 June 2025');
    expect(text).toContain('— *Harbour Herald*, 27 June 2025');
    const none = await command('whats-new 2025-07-02');
    expect(textOf(none.reply as RecordedCall)).toContain('No new articles since 2 July 2025.');
    const wrong = await command('whats-new someday maybe');
    expect(textOf(wrong.reply as RecordedCall)).toMatch(/is not a date/);
  });

  it('leaves questions to the question listener', async () => {
    const { reply } = await command('when was the framework signed?', 'U0STRANGER');
    expect(textOf(reply as RecordedCall)).toContain('June 25');
  });
});

describe('the app follows a feed (npm start wiring)', () => {
  it('polls the feed at start, adds the new article, answers from it and posts one digest to DIGEST_CHANNEL', async () => {
    const { followStory } = await import('../../src/slack/follow-app.js');
    const { WebClient } = await import('@slack/web-api');
    const dir = tempDir('dealbot-start-follow-');
    const base = new MemoryCorpusRecord();
    const fetch = { fetchTimeoutMs: 5000, fetchMaxBytes: 1024 * 1024, allowPrivateUrls: true };
    await addArticle(`${site.origin}${STORIES.agreeing.path}`, { seedsDir: dir, record: base, fetch, addedBy: 'setup', via: 'cli' });
    site.feedItems.splice(0, site.feedItems.length, {
      title: STORIES.contradicting.title,
      link: `${site.origin}${STORIES.contradicting.path}`,
      description: 'Rare earths pact date questioned',
      pubDate: new Date(Date.UTC(2025, 5, 28)).toUTCString(),
    });
    const config = loadConfig({
      SEEDS_DIR: dir,
      INDEX_DIR: tempDir('dealbot-index-'),
      FEEDS: `${site.origin}/feed.xml`,
      DIGEST_CHANNEL: 'C0DIGEST',
      ALLOW_PRIVATE_URLS: '1',
    });
    const following = followStory({ config, logger: fakeLogger(), seedsDir: dir });
    following.attach(new WebClient('xoxb-test-token', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } }));
    const digested = new Promise((resolve) => following.follower.once('digest', resolve));
    following.start();
    await digested;
    const posts = fake.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body.channel).toBe('C0DIGEST');
    expect(textOf(posts[0] as RecordedCall)).toContain('New disagreement: signing date');
    const bot = await following.bot;
    expect(
      bot
        .sources()
        .map((s) => s.outlet)
        .sort(),
    ).toEqual(['Coastal Ledger', 'Harbour Herald']);
    await following.stop();
  });
});
