import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A meeting in a town the gazetteer does not know, which sources place in two towns and on two days, on articles
 * written for this test: the venue dispute must be found, and "when" must not be answered with the year all
 * dates share.
 */

const FILES = {
  'briefing.md': article(
    'Global Briefing',
    '2025-11-05',
    'The leaders of the United States and China then met in Kestrow on October 30 and signed off on the truce. Tariffs were cut by ten points in 2025.',
  ),
  'ledger.md': article(
    'Asia Ledger',
    '2025-10-30',
    'The two leaders met in Marlport, Portugal, on October 30, their first meeting since 2019. The truce was agreed in 2025.',
  ),
  'digest.md': article(
    'News Digest',
    '2025-11-02',
    'During their summit on October 31 in Portugal, the two leaders reached an understanding on rare earths. The two leaders met in 2025 for the first time since 2019.',
  ),
  'wire.md': article(
    'Trade Wire',
    '2025-10-26',
    'The leaders are due to meet on Thursday in Kestrow, Portugal, to sign off on the terms agreed in 2025.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a meeting in towns the gazetteer does not know', () => {
  it('does not lead "when did they meet" with the year every date shares', async () => {
    const a = await bot.answerQuestion('when exactly did the two leaders meet');
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toMatch(/^Short answer: 2025\b/);
    expect(a.answer).toMatch(/October 3[01]/);
  });

  it('flags the two days given for the meeting, one article naming only the country of the town', async () => {
    const a = await bot.answerQuestion('when exactly did the two leaders meet');
    const dates = a.disagreements.filter((d) => /^date of/.test(d.topic));
    expect(dates.map((d) => d.positions.map((p) => p.claim).sort())).toContainEqual(['2025-10-30', '2025-10-31']);
  });

  it('flags the two towns given for the meeting', async () => {
    const a = await bot.answerQuestion('where did the leaders meet, kestrow or marlport? seeing both');
    const venues = a.disagreements.filter((d) => /venue/.test(d.topic));
    expect(venues.length).toBeGreaterThan(0);
    const values = venues.flatMap((d) => d.positions.map((p) => `${p.claim} ${p.summary}`)).join(' ');
    expect(values).toMatch(/Kestrow/);
    expect(values).toMatch(/Marlport/);
  });
});

describe('two people named to one office', () => {
  const OFFICE = {
    'wire.md': article(
      'Trade Wire',
      '2025-10-26',
      'US Trade Representative Jamieson Greer met Vice Premier He Lifeng in Kuala Lumpur on October 25 and agreed a framework for the leaders.',
    ),
    'briefing.md': article(
      'Global Briefing',
      '2025-11-05',
      'Treasury Secretary Scott Bessent and US Trade Representative Jamieson Greer led the American side in the autumn talks.',
    ),
    'digest.md': article(
      'NewsDigest24',
      '2025-11-02',
      'U.S. Trade Representative Katherine Tai said the deal was a turning point for American manufacturers.\n\nThis article was created with the help of AI tools.',
    ),
  };
  let office: Dealbot;
  beforeAll(async () => {
    office = await makeBot(writeArticles(OFFICE));
  });

  it("passes both holders' sentences, quoted in the dispute, as the answer's passages", async () => {
    const a = await office.answerQuestion("who's the USTR in all this");
    expect(a.disagreements.some((d) => /trade representative/i.test(d.topic))).toBe(true);
    expect(a.retrieved.map((r) => r.source)).toContain('digest.md');
  });
});
