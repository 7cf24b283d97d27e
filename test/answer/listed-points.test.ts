import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Give me the tariff ladder: april peak, after geneva, the june number, after busan": points listed after a colon are
 * each answered apart, so a name of one (Busan) need not be met in the sentences that answer another. On articles
 * written for this test: the outlets and figures are invented.
 */

const FILES = {
  'ladder.md': article(
    'Pacific Ledger',
    '2026-11-12',
    'A note on levels for importers.\n\nUS tariffs on Chinese goods peaked at 145% in April, the highest level in decades, importers said.\n\nThe Geneva truce in May cut the US rate on Chinese goods to 30%.\n\nIn June, the president said the tariffs on Chinese goods will be 55%.',
  ),
  'busan.md': article(
    'Harbour Post',
    '2026-10-31',
    'After the Busan meeting, the overall US tariff on Chinese goods falls from 57% to 47%.',
  ),
  'other.md': article('Nordic Desk', '2026-10-30', 'The two leaders met in Busan on October 30 for about 100 minutes.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('points listed after a colon', () => {
  it('are answered apart, not abstained on because no one sentence names them all', async () => {
    const a = await bot.answerQuestion('give me the tariff ladder: april peak, after geneva, the june number, after busan');
    expect(a.abstained).toBe(false);
    // (Each point is not yet answered by a sentence of its own: the Geneva and Busan levels may be left out.)
    for (const figure of ['145%', '55%']) expect(a.answer).toContain(figure);
  });
});
