import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "How big is the ministry loan?" asks for a sum of money: a tonnage the articles give is no figure of it. On articles
 * written for this test (a cobalt story between Norway and Finland; the company, sums and tonnages are invented).
 */

const FILES = {
  'release.md': article(
    'Nordic Wire Releases',
    '2026-03-03',
    "Nordkap Alloys' expansion to 8,000 tonnes of refining capacity will be financed by a $410 million direct loan from Norway's industry ministry.\n\nThe company said the plant would open in 2028.",
  ),
  'prices.md': article('Fjord Metals Bulletin', '2026-03-25', 'Cobalt prices rose 4% on the week as refiners in Finland cut output.'),
  'jobs.md': article('Tromsø Times', '2026-03-30', 'A refinery near Tromsø hired 40 workers after the cobalt permits were approved.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a size asked of a sum of money', () => {
  it('is not answered up front with a tonnage', async () => {
    const a = await bot.answerQuestion('how big is the ministry loan for the nordkap expansion?');
    expect(a.answer).not.toMatch(/^Figures given: 8,000 tonnes/);
    expect(a.answer).toContain('$410 million');
  });

  it('leaves the tonnage to a question about tonnes', async () => {
    const a = await bot.answerQuestion('how many tonnes of refining capacity will nordkap have?');
    expect(a.answer).toContain('8,000 tonnes');
  });
});
