import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "What duty does sweden charge on cobalt from finland?": a rate asked of a country besides the story's parties is
 * answered by a sentence that gives a rate and names that country; the parties' own rates are no answer. On articles
 * written for this test (a cobalt story between Norway and Finland; outlets and rates invented).
 */

const FILES = {
  'levy.md': article(
    'Helsinki Trade Review',
    '2026-03-20',
    'Finland raised its cobalt export levy to 12% in March, and Norway answered with a 9% duty on Finnish cobalt.',
  ),
  'talks.md': article(
    'Baltic Wire',
    '2026-03-22',
    'Norwegian and Finnish negotiators will meet in Oslo next week to discuss the cobalt levy and the Norwegian duty.',
  ),
  'sweden.md': article(
    'Polar Business',
    '2026-03-24',
    'Swedish battery makers buy most of their cobalt from Finland, and Sweden wants the levy dispute settled quickly.',
  ),
  'prices.md': article('Fjord Metals Bulletin', '2026-03-25', 'Cobalt prices rose 4% on the week as refiners in Finland cut output.'),
  'jobs.md': article('Tromsø Times', '2026-03-30', 'A refinery near Tromsø hired 40 workers after the cobalt permits were approved.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a rate asked of a country besides the parties', () => {
  it('is not answered with the parties’ rates', async () => {
    const a = await bot.answerQuestion('what import duty does sweden charge on cobalt from finland?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/Sweden/);
  });

  it('leaves a party’s rate answered', async () => {
    const a = await bot.answerQuestion('what levy does finland charge on cobalt exports?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('12%');
  });
});
