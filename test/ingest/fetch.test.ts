import { describe, expect, it } from 'vitest';
import { loadConfig, parseDuration } from '../../src/config.js';
import { mentionsStory } from '../../src/ingest/feeds.js';
import { checkUrl, isPrivateAddress } from '../../src/ingest/fetch.js';
import { articleFileName, canonicalUrl, textHash } from '../../src/ingest/markdown.js';

describe('address checks', () => {
  it('knows private, loopback, link-local and mapped addresses', () => {
    for (const a of [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '::1',
      '[::1]',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '100.64.0.1',
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700::1111', 'example.org', '172.32.0.1'])
      expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses what is not a public http(s) URL', () => {
    expect(() => checkUrl('http://127.0.0.1/x', false)).toThrow(/private or loopback/);
    expect(() => checkUrl('http://localhost/x', false)).toThrow(/private or loopback/);
    expect(() => checkUrl('http://app.localhost/x', false)).toThrow(/private or loopback/);
    expect(() => checkUrl('https://user:pw@example.org/', false)).toThrow(/user name or password/);
    expect(() => checkUrl('file:///etc/passwd', true)).toThrow(/Only http and https/);
    expect(() => checkUrl('javascript:alert(1)', true)).toThrow(/Only http and https/);
    expect(checkUrl('https://example.org/a', false).href).toBe('https://example.org/a');
    expect(checkUrl('http://127.0.0.1:8080/a', true).port).toBe('8080');
  });
});

describe('feeds and names', () => {
  it('matches story terms at word starts, across hyphens and spaces', () => {
    const terms = ['rare earth', 'export control'];
    expect(mentionsStory('China eases Rare-Earth exports', terms)).toBe(true);
    expect(mentionsStory('New EXPORT  CONTROLS announced', terms)).toBe(true);
    expect(mentionsStory('Celebrity chef opens third restaurant', terms)).toBe(false);
    expect(mentionsStory('a nightmare earthquake', terms)).toBe(false);
  });

  it('names files from outlet, date and title; canonical URLs and text hashes ignore what does not matter', () => {
    expect(
      articleFileName(
        { title: 'Ça va: US & China “sign” deal!', outlet: 'Le Monde', author: null, published: null, url: null, blocks: [] },
        '2025-07-01',
      ),
    ).toBe('le-monde-2025-07-01-ca-va-us-china-sign-deal.md');
    expect(canonicalUrl('https://www.example.org/a/b/?utm_source=x&id=3#top')).toBe('https://example.org/a/b?id=3');
    expect(textHash('Hello,  world!\n')).toBe(textHash('hello world'));
  });

  it('reads the follow settings from the environment', () => {
    const c = loadConfig({
      FEEDS: 'https://a.example/rss, https://b.example/atom',
      DIGEST_INTERVAL: '30m',
      ADMIN_USER_IDS: 'U1,U2',
      STORY_TERMS: 'tariff, rare earth',
    });
    expect(c.follow).toMatchObject({
      feeds: ['https://a.example/rss', 'https://b.example/atom'],
      digestIntervalMs: 1_800_000,
      feedIntervalMs: 900_000,
      adminUserIds: ['U1', 'U2'],
      storyTerms: ['tariff', 'rare earth'],
      allowPrivateUrls: false,
      digestChannel: null,
    });
    expect(parseDuration('90s')).toBe(90_000);
    expect(() => loadConfig({ DIGEST_INTERVAL: 'soon' })).toThrow(/DIGEST_INTERVAL/);
  });
});
