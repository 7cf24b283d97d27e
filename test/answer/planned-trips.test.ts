import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "When is lind supposed to go to china after oslo?": a trip someone is due to make is the visit the articles tell of
 * as planned ("confirmed plans to visit China in April"), not the day of the meeting the question dates it by: "go to"
 * is the visit (informal.txt), and a place that only times the question ("after oslo") names no round whose date is
 * asked. On articles written for this test: the people, outlets and places are invented.
 */

const FILES = {
  'oslo.md': article(
    'Harbour Post',
    '2026-10-30',
    'Lind and Koskinen met in Oslo on October 30 for about 100 minutes.\n\nLind also confirmed plans to visit China in April next year.',
  ),
  'weekly.md': article(
    'Kvarken Weekly',
    '2026-11-14',
    'That follows the Oslo meeting of October 30, where Lind cut the levy on China from 20% to 10%.',
  ),
  'brief.md': article(
    'Nordic Desk',
    '2026-11-13',
    'Then Lind and China’s president met in Oslo on October 30 and China agreed to pause the October measures.',
  ),
  'wire.md': article(
    'Tarn Wire',
    '2026-10-31',
    'Lind went to Oslo on October 30 to meet China’s leader after weeks of tension with China.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a trip someone is due to make', () => {
  it('is the visit the articles tell of as planned', async () => {
    const a = await bot.answerQuestion('when is lind supposed to go to china after oslo?');
    expect(a.abstained).toBe(false);
    expect(a.answer.split('\n')[0]).toContain('confirmed plans to visit China in April');
  });
});
