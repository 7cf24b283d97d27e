import { afterAll, describe, expect, it } from 'vitest';
import { findDateMentions, isoOf, parseYmd, resolveDate } from '../../src/corpus/dates.js';
import { extractArticle } from '../../src/ingest/extract.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { loadPage, TIN_TALKS_BODY } from '../helpers/pipeline.js';

/**
 * Who published a plain-text page and when, as wire copy and statements write it: the other datelines agencies use
 * ("Lisbon (AFP) June 11, 2025 -", "July 3 (Reuters) -"), a copyright line with a partnership's "L.P.", a statement's
 * opening "Source: …" paragraph, a masthead line with the day under the headline. Before, all of these pages were
 * "outlet unknown", most "date unknown", so a question about the oldest page or about what an agency reported missed
 * them. Also a newsletter's web view marked up as a newsletter, and a month with its year in words. On pages written
 * for this test (outlets' names apart, the people and events are invented).
 */

afterAll(removeTempDirs);

const BODY = TIN_TALKS_BODY;

describe('a wire dateline with the agency before the date, or the date alone', () => {
  it('gives the agency and the dated day when the city is written in title case', async () => {
    const a = await loadPage(
      'afp.txt',
      `Tin talks end with a framework\n\nBy Ana RIBEIRO in Lisbon\n\nLisbon (AFP) June 11, 2025 - ${BODY}`,
    );
    expect(a.meta.outlet).toBe('AFP');
    expect(a.meta.published).toBe('2025-06-11');
  });

  it('reads an abbreviated month with its year ("Sept 24, 2010")', async () => {
    const a = await loadPage('afp2010.txt', `Traders say tin shipments halted\n\nPorto (AFP) Sept 24, 2010 - ${BODY}`);
    expect(a.meta.outlet).toBe('AFP');
    expect(a.meta.published).toBe('2010-09-24');
  });

  it('gives the agency of a dateline that has only its date, and no day without a year', async () => {
    const a = await loadPage('reuters.txt', `Tin exporter told it may resume shipments\n\nBy Karl Mose\n\nJuly 3 (Reuters) - ${BODY}`);
    expect(a.meta.outlet).toBe('Reuters');
    expect(a.meta.published).toBeNull();
  });
});

describe('other lines that name the publisher', () => {
  it("reads a copyright line's partnership name whole, without its legal form", async () => {
    const a = await loadPage(
      'bb.txt',
      `Tin curbs lifted\n\nBy Jo Lane (Bloomberg) - via Harbor Site\n\n${BODY}\n(c) 2025 Bloomberg L.P.\n`,
    );
    expect(a.meta.outlet).toBe('Bloomberg');
  });

  it("reads a statement's opening Source paragraph as its publisher, not the site in brackets", async () => {
    const a = await loadPage(
      'ministry.txt',
      `Spokesperson's Remarks on the Outcomes of the Tinland-Oreland Economic\nand Trade Consultations in Port Vila\n\nSource: Ministry of Mines and Commerce of the Federal Republic of Tinland\n(english.mines.example)\nTranscript of the spokesperson's answer to a media question. Q =\nreporter, A = spokesperson.\n\nA: ${BODY}`,
    );
    expect(a.meta.outlet).toBe('Ministry of Mines and Commerce of the Federal Republic of Tinland');
  });

  it('reads a masthead with the day under the headline, and not a place with its dateline or a credit line', async () => {
    const a = await loadPage('port.txt', `Joint statement after the tin talks\n\nHarborNews, May 12, 2025\n\n${BODY}`);
    expect(a.meta.outlet).toBe('HarborNews');
    expect(a.meta.published).toBe('2025-05-12');
    const release = await loadPage('release.txt', `TIN COUNCIL WELCOMES TRUCE\n\nWashington, D.C. -- October 31, 2025\n\n${BODY}`);
    expect(release.meta.outlet).not.toBe('Washington');
    const credit = await loadPage(
      'credit.txt',
      `Tin curbs lifted\nAdapted from Harbor Business coverage, as republished July 3, 2025\n\n${BODY}`,
    );
    expect(credit.meta.outlet ?? '').not.toMatch(/Adapted/);
  });
});

describe('a newsletter web view', () => {
  it('is the article, though its markup calls it a newsletter', () => {
    const items = Array.from(
      { length: 4 },
      (_, i) =>
        `<h2>${i + 1}. Item</h2><p>Item ${i + 1}: the tin ministry widened its export regime on Thursday to cover more metals, and buyers said the licences would take weeks to arrive.</p>`,
    ).join('');
    const html = `<!DOCTYPE html><html><head><title>Tin Open</title></head><body><header><a href="/">Tin Open</a></header><main><article class="newsletter-webview"><h1>Tin Open — Friday, October 10, 2025</h1>${items}</article></main><div class="newsletter-signup"><h4>Get the newsletter</h4></div></body></html>`;
    const a = extractArticle(html, 'https://tinopen.example/briefing/2025-10-10');
    expect('reason' in a).toBe(false);
    if (!('reason' in a)) expect(a.blocks.join(' ')).toMatch(/widened its export regime/);
  });
});

describe('a month with its year in words', () => {
  const REF = parseYmd('2025-10-30');
  const resolve = (text: string) => {
    const m = findDateMentions(text).find((d) => d.expr.kind === 'absolute');
    const v = m ? resolveDate(m.expr, REF) : null;
    return v ? isoOf(v) : null;
  };
  it('counts the year from the day of writing', () => {
    expect(resolve('He also confirmed plans to visit Tinland in April next year.')).toBe('2026-04');
    expect(resolve('The quotas were set last March.')).toBe('2025-03');
    expect(resolve('The quotas were set last November.')).toBe('2024-11');
    expect(resolve('The quotas will be reviewed next March.')).toBe('2026-03');
    expect(resolve('The curbs were introduced in April of last year.')).toBe('2024-04');
    // Without the words, the nearest April (the past one) as before.
    expect(resolve('The curbs were introduced in April.')).toBe('2025-04');
  });
});
