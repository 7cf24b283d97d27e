import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "What was the VLEC demurrage rate off the gulf coast…": a noun no article uses that says what a rate, a price or a
 * fee is of makes it another rate, which the articles do not give, however much else of the question they hold. A
 * word that only describes ("the exact freight rate") does not. On articles written for this test: the outlets,
 * ships and figures are invented.
 */

const FILES = {
  'portwatch.md': article(
    'Quay Watch',
    '2025-07-04',
    [
      'Six very large ethane carriers (VLECs) that had been idling off the US Gulf Coast since early June sailed for Chinese ports on Wednesday, after the US lifted the licence rule on ethane exports to China under the US-China truce.',
      'Freight rates for the carriers rose to $95,000 a day in June, brokers said.',
    ].join(' '),
  ),
  'desk.md': article(
    'Tanker Desk',
    '2025-07-05',
    'Ethane exports to China resumed in July once the US lifted its curbs under the US-China truce; the ships off the Gulf Coast left within days.',
  ),
  'wire.md': article(
    'Gulf Wire',
    '2025-07-03',
    'The US Commerce Department rescinded the licence requirement for ethane shipments to China on July 2 under the US-China truce.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a rate of something no article names', () => {
  it('says the articles do not mention what the rate is of', async () => {
    const a = await bot.answerQuestion('what was the VLEC demurrage rate off the gulf coast in june while the ethane ships were stuck?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/demurrage/);
  });

  it('answers the rate the articles give, asked with a word that only describes it', async () => {
    const a = await bot.answerQuestion('what was the exact freight rate off the gulf coast in june while the ethane ships were stuck?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('$95,000');
  });
});
