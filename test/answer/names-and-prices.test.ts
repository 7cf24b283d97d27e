import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Near misses the articles must not answer, on articles written for this test: a company whose name starts with
 * letters that happen to abbreviate something the articles name ("MP Materials" is not "Meet the Press"), and a
 * price no article gives (a price question needs a sum of money, not a sentence about the metal).
 */

const FILES = {
  'sunday.md': article(
    'Harbour Ledger',
    '2025-10-27',
    [
      'Treasury Secretary Scott Bessent told NBC\'s "Meet the Press" that the rare earth export controls would be deferred.',
      'China will issue general licences for exports of rare earths, a White House fact sheet said.',
    ].join(' '),
  ),
  'metals.md': article(
    'Inland Courier',
    '2025-11-05',
    [
      'Heavy rare earths such as dysprosium and terbium remain the hardest to get after the pause of the October rare earth export controls.',
      'Exporters still need a licence for each shipment of dysprosium.',
    ].join(' '),
  ),
  'prices.md': article(
    'Northgate Times',
    '2025-11-06',
    'Terbium oxide sold for $1,050 per kg in Rotterdam after the pause of the rare earth export controls, traders said.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('an abbreviation inside a longer name', () => {
  it('is not read as the abbreviation of something else the articles name', async () => {
    const a = await bot.answerQuestion('did MP Materials get one of the new chinese general licences?');
    expect(a.abstained).toBe(true);
  });

  it('still reads an abbreviation standing alone', () => {
    const mp = bot.analyze('what did bessent tell MP about the controls').terms.find((t) => t.word === 'mp');
    expect(mp?.matches.length ?? 0).toBeGreaterThan(0);
  });
});

describe('a price', () => {
  it("is not answered by sentences about the metal that give no sum of money, nor by another metal's price", async () => {
    const a = await bot.answerQuestion('whats the dysprosium oxide price rn after the pause?');
    expect(a.abstained).toBe(true);
  });

  it('is answered where a sum of money is given', async () => {
    const a = await bot.answerQuestion('whats the terbium oxide price after the pause?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/\$1,050/);
  });

  it('is not asked by a question about a price rise', async () => {
    const a = await bot.answerQuestion('what did the price rises do to dysprosium buyers?');
    expect(a.answer).not.toMatch(/no sum of money/);
  });
});
