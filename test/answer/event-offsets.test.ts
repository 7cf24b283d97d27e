import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/corpus/claims.js';
import { findDateMentions } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "N days before/after" followed by an event counts from that event, not from the sentence's own date: "said on
 * Friday…, a day after the two countries confirmed a deal" is Friday's saying (the confirming is a day before it, a
 * day nothing else in the sentence gives); "inked two days before his remarks on June 26" is June 24. On articles
 * written for this test (ministries, firms and deals are invented). Also: "an earlier round" is talks.
 */

const FILES = {
  'wire.md': article(
    'Harbor Wire',
    '2025-06-27',
    "Norway's Ministry of Trade said on Friday that Oslo would approve exports of controlled tin items, a day after the two countries confirmed a trade agreement.",
  ),
  'daily.md': article(
    'Lisbon Daily',
    '2025-06-28',
    "Norway's Ministry of Trade confirmed the details of the tin framework on Friday, June 27, in a statement on its website.",
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('an offset before an event', () => {
  it('counts from a date the event is given right after it', () => {
    const [offset] = findDateMentions('Lutnick later described it as inked two days before his remarks on June 26.');
    expect(offset?.forward).toBe(true);
    expect(offset?.expr).toEqual({ kind: 'offsetDays', days: -2 });
  });

  it('does not take a date reported inside the event as its own', () => {
    const mentions = findDateMentions('The statement came a day after Trump announced that the deal was signed on June 25.');
    expect(mentions.some((m) => m.forward)).toBe(false);
  });

  it("never dates the sentence's own event a day after itself", async () => {
    const a = await bot.answerQuestion("when did norway's trade ministry confirm the tin framework details?");
    const claims = a.disagreements.flatMap((d) => d.positions.map((p) => `${p.claim} ${p.summary ?? ''}`));
    expect(claims.join(' ')).not.toMatch(/28 June|2025-06-28/);
    expect(a.answer).toMatch(/27 June|June 27/);
  });

  it('gives the sentence no date from the offset when its own date is earlier in it', async () => {
    const claims = extractClaims(await corpusOf({ 'wire.md': FILES['wire.md'] }));
    expect(claims.map((c) => c.value)).not.toContain('2025-06-28');
  });

  it('counts back from the date the event after it is given', async () => {
    const claims = extractClaims(
      await corpusOf({
        'gazette.md': article(
          'Port Gazette',
          '2025-07-02',
          'Minister Ana Ferro said the tin framework was signed two days before her remarks on June 26.',
        ),
      }),
    );
    expect(claims.map((c) => c.value)).toContain('2025-06-24');
  });
});

describe('a round of talks', () => {
  it('is talks when called an earlier, previous or initial round ("following an earlier round in Bergen in April")', async () => {
    const claims = extractClaims(
      await corpusOf({
        'digest.md': article(
          'AutoDigest',
          '2025-07-20',
          'The tin deal was negotiated at talks in Oslo on July 9-10, 2025, following an earlier round in Bergen in April 2025.',
        ),
      }),
    );
    expect(claims.some((c) => c.event === 'talks' && c.value.startsWith('2025-04'))).toBe(true);
  });
});
