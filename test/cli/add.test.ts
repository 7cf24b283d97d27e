/** `npm run add` and `ask --sources / --whats-new` in child processes, against a fake news site on 127.0.0.1. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSince } from '../../src/ingest/whats-new.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';
import { type NewsSite, STORIES, startNewsSite } from '../helpers/news-site.js';
import { runScript } from '../helpers/run.js';

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
  removeTempDirs();
});

describe('dealbot add (command line)', () => {
  it('adds links, refuses a repeated one and private addresses, and the record shows in --sources and --whats-new', async () => {
    const seeds = tempDir('dealbot-cli-seeds-');
    const env = { INDEX_DIR: tempDir('dealbot-cli-index-'), ALLOW_PRIVATE_URLS: '1' };
    const url = (k: keyof typeof STORIES) => `${site.origin}${STORIES[k].path}`;
    const added = await runScript(
      'add',
      ['--seeds', seeds, '--by', 'desk-editor', url('agreeing'), url('contradicting'), url('agreeing'), `${site.origin}/business`],
      { env },
    );
    expect(added.code).toBe(65);
    expect(added.stdout.trim().split('\n')).toEqual([
      'added harbour-herald-2025-06-27-us-and-china-sign-rare-earths-framework.md — Harbour Herald, 27 June 2025, “US and China sign rare earths framework”',
      'added coastal-ledger-2025-06-28-rare-earths-pact-was-sealed-earlier-than-announced.md — Coastal Ledger, 28 June 2025, “Rare earths pact was sealed earlier than announced”',
    ]);
    expect(added.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^dealbot: http:.* is already in the articles \(the same link as harbour-herald-.*\.md\); not added again\.$/),
      expect.stringMatching(/^dealbot: http:.*\/business was not added: it does not look like a news article/),
    ]);
    const written = readFileSync(
      path.join(seeds, 'coastal-ledger-2025-06-28-rare-earths-pact-was-sealed-earlier-than-announced.md'),
      'utf8',
    );
    expect(written.startsWith('---\ntitle: Rare earths pact was sealed earlier than announced\noutlet: Coastal Ledger\n')).toBe(true);

    const refused = await runScript('add', ['--seeds', seeds, url('third')], { env: { ...env, ALLOW_PRIVATE_URLS: '' } });
    expect(refused.code).toBe(65);
    expect(refused.stderr).toMatch(
      /^dealbot: 127\.0\.0\.1:\d+ is a private or loopback address; dealbot only fetches public pages \(set ALLOW_PRIVATE_URLS=1 to allow\)\.\n$/,
    );

    const listed = await runScript('ask', ['--seeds', seeds, '--sources', '--whats-new', '--since', '1d'], { env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      /Coastal Ledger — “Rare earths pact was sealed earlier than announced” — 28 June 2025 — coastal-ledger-.*\.md — http:\/\/127\.0\.0\.1:\d+\/business\/rare-earths-deal-date/,
    );
    expect(listed.stdout).toMatch(
      /added \d{4}-\d\d-\d\d \d\d:\d\d UTC by desk-editor \(cli\) from http:\/\/127\.0\.0\.1:\d+\/business\/rare-earths-deal-date/,
    );
    expect(listed.stdout).toMatch(/What changed in the story since/);
    expect(listed.stdout).toMatch(/⚠ New disagreement — signing date/);
    expect(listed.stdout).toContain('“The rare earths agreement between Washington and Beijing was signed on June 23');
    expect(listed.stdout).toMatch(
      /— Coastal Ledger, 28 June 2025, http:\/\/127\.0\.0\.1:\d+\/business\/rare-earths-deal-date \(coastal-ledger-/,
    );
  });
});

describe('parseSince', () => {
  const now = new Date('2025-07-01T12:00:00Z');
  it('reads dates, timestamps and look-backs; defaults to a day', () => {
    expect(parseSince(null, now).toISOString()).toBe('2025-06-30T12:00:00.000Z');
    expect(parseSince('2025-06-27', now).toISOString()).toBe('2025-06-27T00:00:00.000Z');
    expect(parseSince('27 June 2025', now).toISOString()).toBe('2025-06-27T00:00:00.000Z');
    expect(parseSince('12h', now).toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(parseSince('1w', now).toISOString()).toBe('2025-06-24T12:00:00.000Z');
    expect(() => parseSince('whenever', now)).toThrow(/is not a date/);
  });
});
