import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Disputes in the wording of trade coverage, on articles written for this test: lengths of time in days and weeks,
 * an executive order that is no signing of the deal, a deal of years before, leaders of a framework "negotiated by"
 * each side's official, a meeting's town given with its country, and the disputes a question is not about (another
 * layer of tariffs, one party's reaction, levels told of other times than the place asked, a meeting that only dates
 * the question).
 */

const FILES = {
  'wire.md': article(
    'Harbour Wire',
    '2025-06-12',
    [
      'Tolvik Motors idled its Ravensburg assembly plant for a week in May because magnets ran short.',
      'The Orland and Beijing trade framework, negotiated by U.S. Commerce Secretary Martin Hale and Chinese Vice Premier Zhou Ren, builds on a consensus reached in Lisbon.',
      'The deal was signed on June 25.',
    ].join(' '),
  ),
  'podcast.md': article(
    'Supply Talk',
    '2025-10-31',
    [
      'Tolvik Motors idled its Ravensburg assembly plant for two weeks in May.',
      'The US delegation was led by Treasury Secretary Paula Grant, alongside other officials.',
      'Analysts noted that China fell short of its commitments under the Phase 1 trade deal signed in 2020.',
      'U.S. President Donald Trump and Chinese President Xi Jinping ended a face-to-face meeting in Busan, South Korea, on Thursday, October 30, with an agreement to cut tariffs.',
    ].join(' '),
  ),
  'tokyo.md': article(
    'Pacific Daily',
    '2025-07-03',
    [
      'Tolvik Motors idled its Ravensburg assembly plant for three days in May as supplies dried up.',
      'The deal was signed on June 25, officials said.',
      'President Donald Trump signed an executive order on Tuesday, August 12, extending the tariff truce between the United States and China for another 90 days.',
      'China also faces a 30% country-specific tariff on its goods, the Commerce Department said.',
      'Critics called the agreement a modest stopgap.',
    ].join(' '),
  ),
  'preview.md': article(
    'Asia Desk',
    '2025-10-26',
    'Chinese President Xi Jinping and U.S. President Donald Trump are expected to meet on the sidelines of the summit on Thursday, October 30, in Gyeongju, South Korea.',
  ),
  'tariffs.md': article(
    'Tariff Tracker',
    '2025-07-20',
    [
      'The United States keeps a 55 percent tariff on Chinese imports, Trump said.',
      'The reciprocal tariff on Chinese goods stands at 10%.',
      'The Growers Union said the agreement was a breakthrough for farmers.',
    ].join(' '),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

const topics = (a: { disagreements: { topic: string }[] }) => a.disagreements.map((d) => d.topic).join(' | ');

describe('lengths of time', () => {
  it('compares a week, two weeks and three days as one measure', async () => {
    const a = await bot.answerQuestion('tolvik ravensburg plant - how long was it actually down?');
    const d = a.disagreements.find((x) => /length of time/.test(x.topic));
    expect(d, topics(a)).toBeDefined();
    const claims = d?.positions.map((p) => p.claim).join(' | ') ?? '';
    expect(claims).toMatch(/7 days/);
    expect(claims).toMatch(/14 days/);
    expect(claims).toMatch(/3 days/);
  });

  it('reads "the day" a thing happened as a time, not a question for a length', async () => {
    const a = await bot.answerQuestion('how much did tolvik stock move the day the ravensburg plant was idled');
    expect(topics(a)).not.toMatch(/length of time/);
    const week = await bot.answerQuestion('how many articles say the ravensburg plant was idled one week?');
    expect(topics(week)).toMatch(/length of time/);
  });

  it('reads no length in a time ("a week later") nor in a pause', async () => {
    const other = await makeBot(
      writeArticles({
        'a.md': article('One', '2025-06-01', 'A week later, the plant at Ravensburg reopened. The 90-day truce runs for 90 days.'),
        'b.md': article('Two', '2025-06-02', 'Within three days the plant at Ravensburg reopened.'),
      }),
    );
    const a = await other.answerQuestion('how long was the ravensburg plant closed?');
    expect(topics(a)).not.toMatch(/length of time/);
  });
});

describe('signings that are not the deal', () => {
  it('does not date the deal by an executive order, nor by a deal of years before', async () => {
    const a = await bot.answerQuestion('when was the deal signed?');
    expect(topics(a)).not.toMatch(/signing date/);
    expect(a.answer).toMatch(/25 June 2025|June 25/);
  });
});

describe('who led each side', () => {
  it('reads the officials a framework was "negotiated by" as its leaders, where their names are', async () => {
    const a = await bot.answerQuestion('who led the us team?');
    const d = a.disagreements.find((x) => /leader of the US delegation/.test(x.topic));
    expect(d, topics(a)).toBeDefined();
    expect(d?.topic).not.toMatch(/Lisbon/);
    const claims = d?.positions.map((p) => p.claim).join(' | ') ?? '';
    expect(claims).toMatch(/Martin Hale/);
    expect(claims).toMatch(/Paula Grant/);
  });
});

describe('where a meeting was', () => {
  it('reads "Busan, South Korea" as Busan, against a preview that put it in another town', async () => {
    const a = await bot.answerQuestion('where did the trump xi meeting happen');
    const d = a.disagreements.find((x) => x.kind === 'place');
    expect(d, topics(a)).toBeDefined();
    const claims = d?.positions.map((p) => p.claim).join(' | ') ?? '';
    expect(claims).toMatch(/Busan/);
    expect(claims).toMatch(/Gyeongju/);
  });
});

describe('disputes a question is not about', () => {
  it('reads the party that faces a tariff as the one that pays it', async () => {
    const a = await bot.answerQuestion('what is the US tariff rate on chinese goods?');
    const d = a.disagreements.find((x) => /tariff rate on Chinese goods/.test(x.topic));
    expect(d, topics(a)).toBeDefined();
    expect(topics(a)).not.toMatch(/tariff rate on US goods/);
  });

  it('keeps another layer of tariffs out of a question about one layer', async () => {
    const a = await bot.answerQuestion('whats the reciprocal tariff on china rn');
    expect(a.answer).toMatch(/10%/);
    expect(topics(a)).not.toMatch(/tariff rate on Chinese goods/);
  });

  it("keeps how the sources frame the deal out of one named party's reaction", async () => {
    const own = await bot.answerQuestion("what was the growers union's reaction to the fact sheet");
    expect(topics(own)).not.toMatch(/significance/);
    const general = await bot.answerQuestion('how was the agreement received?');
    expect(topics(general)).toMatch(/significance/);
  });

  it('keeps levels told of other times out of a question set at a place', async () => {
    const a = await bot.answerQuestion('what tariff levels did they agree in geneva?');
    expect(topics(a)).not.toMatch(/tariff rate/);
  });
});
