/**
 * Adding articles from links and saved pages, against a fake news site on 127.0.0.1: the right text and
 * metadata, quotes that verify against the written files, one clear message per bad page, no duplicates.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { loadArticles } from '../../src/corpus/load.js';
import { type AddContext, addArticle } from '../../src/ingest/add.js';
import { extractArticle } from '../../src/ingest/extract.js';
import { MemoryCorpusRecord, SqliteCorpusRecord } from '../../src/ingest/record.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';
import { BOILERPLATE, type NewsSite, newsPage, STORIES, startNewsSite } from '../helpers/news-site.js';
import { makeBot } from '../helpers/pipeline.js';

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
  removeTempDirs();
});

function context(overrides: Partial<AddContext> = {}): AddContext {
  return {
    seedsDir: tempDir('dealbot-add-'),
    record: new MemoryCorpusRecord(),
    fetch: { fetchTimeoutMs: 5000, fetchMaxBytes: 1024 * 1024, allowPrivateUrls: true },
    addedBy: 'tester',
    via: 'cli',
    now: () => new Date('2025-07-01T10:00:00Z'),
    ...overrides,
  };
}

describe('extraction from saved news pages', () => {
  it('keeps every body paragraph, drops navigation, ads, share widgets, comments and footers, reads the metadata', () => {
    let kept = 0;
    let paragraphs = 0;
    let leaked = 0;
    for (const story of Object.values(STORIES)) {
      const a = extractArticle(newsPage(story, site.origin), `${site.origin}${story.path}`);
      if ('reason' in a) throw new Error(`${story.path}: ${a.reason}`);
      const text = a.blocks.join('\n');
      paragraphs += story.paragraphs.length;
      kept += story.paragraphs.filter((p) => a.blocks.includes(p)).length;
      leaked += BOILERPLATE.filter((b) => text.includes(b)).length;
      // Nothing but the body: as many blocks as paragraphs.
      expect(a.blocks).toEqual(story.paragraphs);
      expect(a).toMatchObject({
        title: story.title,
        outlet: story.outlet,
        author: story.author,
        published: story.published,
        url: `${site.origin}${story.path}`,
      });
    }
    expect({ kept, paragraphs, leaked }).toEqual({ kept: 21, paragraphs: 21, leaked: 0 });
  });

  it('refuses a paywall stub and a section page, each with its reason', async () => {
    const paywall = extractArticle(await (await fetch(`${site.origin}/premium/inside-story`)).text(), null);
    expect(paywall).toEqual({ reason: expect.stringMatching(/paywall/) });
    const section = extractArticle(await (await fetch(`${site.origin}/business`)).text(), null);
    expect(section).toEqual({ reason: expect.stringMatching(/does not look like a news article/) });
    expect(extractArticle('', null)).toHaveProperty('reason');
    expect(extractArticle('<<<>>>not html at all', null)).toHaveProperty('reason');
  });
});

describe('dealbot add', () => {
  it('writes Markdown with front matter named from outlet, date and title; quotes verify against the written file', async () => {
    const ctx = context();
    const results = [];
    for (const s of [STORIES.agreeing, STORIES.contradicting, STORIES.repeating])
      results.push(await addArticle(`${site.origin}${s.path}`, ctx));
    expect(results.map((r) => (r.ok ? r.file : r.reason))).toEqual([
      'harbour-herald-2025-06-27-us-and-china-sign-rare-earths-framework.md',
      'coastal-ledger-2025-06-28-rare-earths-pact-was-sealed-earlier-than-announced.md',
      'metro-markets-daily-2025-06-29-rare-earth-stocks-rally-after-framework.md',
    ]);
    const raw = readFileSync(
      path.join(ctx.seedsDir, 'coastal-ledger-2025-06-28-rare-earths-pact-was-sealed-earlier-than-announced.md'),
      'utf8',
    );
    expect(parseFrontMatter(raw).data).toEqual({
      title: STORIES.contradicting.title,
      outlet: 'Coastal Ledger',
      author: 'Ibrahim Sato',
      url: `${site.origin}${STORIES.contradicting.path}`,
      published: '2025-06-28',
    });
    for (const p of STORIES.contradicting.paragraphs) expect(raw).toContain(p);
    for (const b of BOILERPLATE) expect(raw).not.toContain(b);
    // The loader reads the metadata back, and every quote of the pipeline is verbatim in the written files.
    const bot = await makeBot(ctx.seedsDir, { retriever: 'bm25' });
    expect(
      bot
        .sources()
        .map((s) => s.outlet)
        .sort(),
    ).toEqual(['Coastal Ledger', 'Harbour Herald', 'Metro Markets Daily']);
    const files = new Map(readdirSync(ctx.seedsDir).map((f) => [f, readFileSync(path.join(ctx.seedsDir, f), 'utf8')]));
    expect(bot.claims.length).toBeGreaterThan(0);
    for (const c of bot.claims) expect(files.get(c.source)?.slice(c.start, c.end)).toBe(c.quote);
    for (const d of bot.conflicts())
      for (const p of d.positions) expect(files.get(p.sources[0] as string)?.slice(p.start, p.end)).toBe(p.quote);
    const answer = await bot.answerQuestion('When was the rare earths framework signed?');
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) expect(files.get(c.source)?.slice(c.start, c.end)).toBe(c.quote);
    expect(answer.disagreements.map((d) => d.topic)).toContain('signing date');
  });

  it('refuses a repeated link, the same page through a redirect or with tracking parameters, and the same text elsewhere', async () => {
    const ctx = context();
    const first = await addArticle(`${site.origin}/old-link`, ctx);
    expect(first).toMatchObject({ ok: true, url: `${site.origin}${STORIES.agreeing.path}` });
    const again = await addArticle(`${site.origin}${STORIES.agreeing.path}`, ctx);
    expect(again).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/already in the articles \(the same link as harbour-herald-.*\.md\); not added again/),
    });
    expect(await addArticle(`${site.origin}${STORIES.agreeing.path}?utm_source=x#comments`, ctx)).toMatchObject({ ok: false });
    // A saved copy of the page: same text, no link.
    const saved = path.join(tempDir('dealbot-saved-'), 'copy.html');
    writeFileSync(saved, newsPage(STORIES.agreeing, 'https://mirror.example'));
    expect(await addArticle(saved, ctx)).toMatchObject({ ok: false, reason: expect.stringMatching(/already in the articles/) });
    expect(readdirSync(ctx.seedsDir).filter((f) => !f.startsWith('.'))).toHaveLength(1);
  });

  it('finds duplicates in the folder even without a record (front matter url or same words)', async () => {
    const ctx = context();
    expect((await addArticle(`${site.origin}${STORIES.third.path}`, ctx)).ok).toBe(true);
    const fresh = context({ seedsDir: ctx.seedsDir });
    expect(await addArticle(`${site.origin}${STORIES.third.path}`, fresh)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/the same link/),
    });
  });

  it('gives one clear sentence for each bad page and never throws', async () => {
    const ctx = context({ fetch: { fetchTimeoutMs: 5000, fetchMaxBytes: 1024 * 1024, allowPrivateUrls: true } });
    const reason = async (input: string) => {
      const r = await addArticle(input, ctx);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.reason;
    };
    expect(await reason(`${site.origin}/premium/inside-story`)).toMatch(
      /^http:.* was not added: only a teaser is readable .* behind a paywall or a login\.$/,
    );
    expect(await reason(`${site.origin}/business`)).toMatch(/was not added: it does not look like a news article/);
    expect(await reason(`${site.origin}/huge`)).toMatch(/is too large \(over 1048576 bytes\)/);
    expect(await reason(`${site.origin}/no-such-page`)).toMatch(/was not found \(HTTP 404\)/);
    expect(await reason(`${site.origin}/report.pdf`)).toMatch(/is not a web page \(application\/pdf\)/);
    expect(await reason(`${site.origin}/loop`)).toMatch(/redirects more than 5 times/);
    expect(await reason('not a url')).toMatch(/is not a URL/);
    expect(await reason('ftp://example.org/file')).toMatch(/Only http and https/);
    expect(await reason('/no/such/saved-page.html')).toMatch(/is not a file/);
    for (const r of [await reason(`${site.origin}/business`), await reason(`${site.origin}/report.pdf`)])
      expect(r.split(/\.\s/).length).toBeLessThanOrEqual(2);
    expect(readdirSync(ctx.seedsDir)).toEqual([]);
  });

  it('refuses private and loopback addresses unless ALLOW_PRIVATE_URLS is set', async () => {
    const ctx = context({ fetch: { fetchTimeoutMs: 5000, fetchMaxBytes: 1024 * 1024, allowPrivateUrls: false } });
    for (const url of [
      `${site.origin}${STORIES.agreeing.path}`,
      'http://localhost:1/x',
      'http://10.1.2.3/x',
      'http://[::1]:8080/',
      'http://169.254.169.254/latest/meta-data',
    ]) {
      const r = await addArticle(url, ctx);
      expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/private or loopback address.*ALLOW_PRIVATE_URLS=1/) });
    }
    // Nothing was fetched from the refused addresses; the one page fetched earlier carried the user agent.
    expect(site.requests.some((r) => r.path === STORIES.agreeing.path && r.headers['user-agent']?.startsWith('dealbot/'))).toBe(true);
  });

  it('reads .html files dropped into the folder like the pages it fetches', async () => {
    const dir = tempDir('dealbot-html-');
    writeFileSync(path.join(dir, 'saved.html'), newsPage(STORIES.contradicting, 'https://coastal.example'));
    writeFileSync(path.join(dir, 'stub.htm'), await (await fetch(`${site.origin}/premium/inside-story`)).text());
    writeFileSync(
      path.join(dir, 'other.md'),
      '---\ntitle: x\n---\n\nThe framework was signed on June 25, officials said in a statement released in Washington on Friday morning.\n',
    );
    const loaded = await loadArticles(dir);
    const html = loaded.articles.find((a) => a.id === 'saved.html');
    expect(html?.meta).toMatchObject({ outlet: 'Coastal Ledger', published: '2025-06-28', author: 'Ibrahim Sato' });
    expect(loaded.skipped).toEqual([{ path: path.join(dir, 'stub.htm'), reason: expect.stringMatching(/paywall/) }]);
    const bot = await makeBot(dir, { retriever: 'bm25' });
    expect(bot.conflicts().map((d) => d.topic)).toContain('signing date');
  });

  it('keeps the record in SQLite in the index folder', async () => {
    const indexDir = tempDir('dealbot-index-');
    const seedsDir = tempDir('dealbot-seeds-');
    mkdirSync(seedsDir, { recursive: true });
    const record = SqliteCorpusRecord.inIndexDir(indexDir, seedsDir);
    const r = await addArticle(`${site.origin}${STORIES.repeating.path}`, context({ seedsDir, record, addedBy: 'U0ADMIN', via: 'slack' }));
    record.close();
    const reopened = SqliteCorpusRecord.inIndexDir(indexDir, seedsDir);
    expect(reopened.articles()).toEqual([
      expect.objectContaining({
        file: r.ok ? r.file : '',
        addedBy: 'U0ADMIN',
        via: 'slack',
        addedAt: '2025-07-01T10:00:00.000Z',
        outlet: 'Metro Markets Daily',
      }),
    ]);
    reopened.close();
  });
});
