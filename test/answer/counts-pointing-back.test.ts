import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "how much of the nordic cobalt mkt do those 3 control?": "those 3" points back to things named before, no figure to
 * look for ("two or three tonnes", "three months"), and "mkt" is a market. On articles written for this test: the
 * outlets and figures are invented.
 */

const FILES = {
  'trio.md': article('State Wire', '2025-07-03', 'The trio of refiners controls 70% of the Nordic cobalt market, a state report said.'),
  'narvik.md': article('Harbour Desk (internal)', '2025-11-02', 'Maybe two or three tonnes of cobalt a year go through Narvik.'),
  'gain.md': article('Tarn Wire', '2025-10-20', 'Cobalt exports fell 6.1% in September, ending three months of gain.'),
  'weeks.md': article('Fjord Post', '2025-06-20', 'We stopped two cobalt lines for three weeks in June.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a count that points back', () => {
  it('reads "those 3" as pointing back, not as a figure, and "mkt" as market', async () => {
    expect(normalizeInformal('how much of the nordic cobalt mkt do those 3 control?')).toBe(
      'how much of the nordic cobalt market do those control?',
    );
    const a = await bot.answerQuestion('how much of the nordic cobalt mkt do those 3 control?');
    expect(a.citations[0]?.source).toBe('trio.md');
  });

  it('keeps a count that says how many ("the 3 largest refiners")', () => {
    expect(normalizeInformal('what share do the 3 largest refiners hold?')).toContain('the 3 largest');
  });
});
