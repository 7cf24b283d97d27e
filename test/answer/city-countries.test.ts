import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { countryNamesOf } from '../../src/text/entities.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A question's city met by its country in the evidence ("the levy after busan": "…after leaving South Korea"), from
 * `data/lexicon/city-countries.txt`. On articles written for this test (outlets and figures are invented).
 */

const FILES = {
  'wire.md': article(
    'Harbor Wire',
    '2025-10-30',
    'Tin tariffs on Portuguese goods fall from 20% to 10% immediately, the president told reporters after leaving South Korea, cutting the overall levy on Portuguese exports to 37 percent.',
  ),
  'summit.md': article(
    'Coast Times',
    '2025-10-30',
    'The two leaders met in Busan for ninety minutes. Officials in Busan said the meeting ended early.',
  ),
  'gen.md': article('Lisbon Daily', '2025-06-12', 'The tin talks in Geneva ended with a framework on licences and a levy review.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe("a city's country", () => {
  it('is read from the data file', () => {
    expect(countryNamesOf('Busan')).toEqual(['South Korea', 'Korea']);
    expect(countryNamesOf('Springfield')).toEqual([]);
  });

  it('meets the city in the evidence: the figure named with the country answers', async () => {
    const a = await bot.answerQuestion("levy math after busan? what's the overall levy on portuguese goods now");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/37 percent/);
  });
});
