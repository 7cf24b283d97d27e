import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "What's the bottom line on who negotiated for china across oslo, bergen and tromsø?": three rounds named as
 * separate occasions, each told of in sentences that name only its own place. Such a sentence covers that much less of
 * the question, so the bar each must pass is lower; each place met so is an answer, not "the articles mention Oslo,
 * Bergen or Tromsø, but not in connection with this question". On articles written for this test: the rounds, places
 * and negotiators are invented.
 */

const FILES = {
  'oslo.md': article(
    'Harbour Post',
    '2025-05-12',
    'At the cobalt talks in Oslo, China was represented by Vice Premier Lin Haobo, who met the US trade envoy for two days.',
  ),
  'bergen.md': article(
    'Fjord Ledger',
    '2025-06-11',
    'The Chinese delegation in Bergen was again led by Lin Haobo, joined by trade negotiator Qiu Ming, as the cobalt talks resumed.',
  ),
  'tromso.md': article(
    'Delta Metals Desk',
    '2025-10-27',
    'In Tromsø, Lin Haobo and Qiu Ming negotiated for China in a fourth round of cobalt talks with US officials.',
  ),
  'prices.md': article('Tarn Wire', '2025-10-28', 'Cobalt prices fell after the talks as buyers expected more supply from China.'),
  // (Pages that make the question's other words common or its own: each round's sentence covers little of it.)
  'copper.md': article('Copper Notes', '2025-11-02', 'The bottom line for copper buyers is that prices held steady across Europe.'),
  ...Object.fromEntries(
    [1, 2, 3, 4, 5, 6].map((i) => [
      `desk${i}.md`,
      article(
        `Desk ${i}`,
        `2025-11-0${i}`,
        'China and the United States discussed cobalt supply again, and officials from China said the talks on cobalt would continue.',
      ),
    ]),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('places asked about apart', () => {
  it('answers who negotiated across three rounds each told of on its own', async () => {
    const a = await bot.answerQuestion("what's the bottom line on who negotiated for china across oslo, bergen and tromsø?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Lin Haobo');
  });
});
