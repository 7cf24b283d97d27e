import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Which disagreements a question is about, on articles written for this test: real disputes exist (the world's
 * monthly magnet exports, the tariff level, the date of a ministry statement, the significance of the deal),
 * and questions that only brush against them must not be answered with them.
 */

const FILES = {
  'data.md': article(
    'Customs Watch',
    '2025-07-21',
    "Across all destinations, China exported 3,188 tonnes of rare earth magnets in June. China's exports of rare earth magnets to the United States jumped 660% in June from May, to 353 tonnes. Three firms control 70% of China's chip-design software market.",
  ),
  'note.md': article(
    'Corvina Research',
    '2025-07-25',
    'China shipped 22,319 tonnes of rare earth magnets in June, according to our reading of the customs data. The deal is a breakthrough, our analysts said.',
  ),
  'tariffs.md': article(
    'Capital Desk',
    '2025-10-20',
    'The US tariff on Chinese goods stands at 57%. Treasury Secretary Pat Orr said on Sunday that the threatened 100% tariffs would not be needed. The deal is a modest step, critics said.',
  ),
  'tariffs2.md': article(
    'Harbour Post',
    '2025-10-21',
    'The US tariff on Chinese goods stands at 30%, officials said. In Geneva, the two sides issued a joint statement on May 12 that cut tariffs for 90 days.',
  ),
  'ministry.md': article(
    'Asia Wire',
    '2025-06-28',
    "China's Commerce Ministry announced on June 27 that it would approve export licences.",
  ),
  'ministry2.md': article(
    'Metro Daily',
    '2025-06-29',
    "China's Commerce Ministry announced on June 26 that it would approve export licences.",
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

const topics = (a: { disagreements: { topic: string }[] }) => a.disagreements.map((d) => d.topic).join(' | ');

describe('the disagreements a question is about', () => {
  it('shows the world tonnage dispute for the world, not for shipments to the US', async () => {
    expect(topics(await bot.answerQuestion('how many tonnes of magnets did china export in june overall?'))).toMatch(/tonnage/);
    const us = await bot.answerQuestion('how much did magnet shipments to the states jump in june vs may');
    expect(topics(us)).not.toMatch(/tonnage/);
    expect(us.answer).toMatch(/353 tonnes/);
  });

  it('does not read "how big a slice" as a question about how big a deal it is', async () => {
    const a = await bot.answerQuestion("how big a slice of china's chip-design market do the three firms have");
    expect(topics(a)).not.toMatch(/significance/);
    expect(a.answer).toMatch(/70%/);
  });

  it('does not answer "what did X say about the 100% tariffs" with the tariff-level dispute', async () => {
    const said = await bot.answerQuestion("orr on sunday - what'd he say abt the 100% tariffs");
    expect(topics(said)).not.toMatch(/tariff/);
    expect(topics(await bot.answerQuestion('what is the us tariff on chinese goods now'))).toMatch(/tariff/);
  });

  it('does not answer "when was the Geneva statement" with the dispute over another statement’s date', async () => {
    const a = await bot.answerQuestion('when was the geneva joint statement and what did it do to tariffs');
    expect(topics(a)).not.toMatch(/announcement/);
    expect(topics(await bot.answerQuestion('when did the commerce ministry announce it'))).toMatch(/announcement/);
  });
});
