import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A page's claim put first, then the question of what really was ("fjord post says the oslo deal was struck in june??
 * when was oslo really"): answered from every page, not only the one whose claim is doubted. And a complaint that the
 * asker has several dates ("i've got 3 diff dates in my notes") after a question of its own: that question's dispute,
 * not every dispute of the folder. On articles written for this test: the people, outlets and figures are invented.
 */

const FILES = {
  'oslo.md': article(
    'Harbour Post',
    '2026-05-13',
    'After two days of talks in Oslo on May 10 and 11, Norway and Finland agreed to cut cobalt tariffs for 90 days.',
  ),
  'wire.md': article('Tarn Wire', '2026-05-12', 'Norway and Finland struck a deal in Oslo on May 11 to roll back most cobalt tariffs.'),
  'fjord.md': article(
    'Fjord Post',
    '2026-07-21',
    'After trade negotiators struck an agreement in June in Oslo to ease tensions, the Finnish president said cobalt would flow again.',
  ),
  'eda.md': article(
    'Nordic Desk',
    '2026-07-03',
    'Finland lifted its ban on chip design software sales to Norway on July 2, the software makers said.',
  ),
  'eda2.md': article(
    'Baltic Ledger',
    '2026-07-04',
    'On Thursday, July 3, the Finnish trade ministry told software makers the chip design software ban was lifted.',
  ),
  'sign.md': article('Kvarken Weekly', '2026-06-26', 'Norway and Finland signed the cobalt framework on June 25.'),
  'sign2.md': article('Fjord Times', '2026-06-27', 'The cobalt framework was signed on June 24, the Finnish minister said.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a claim heard, then the question', () => {
  it('answers what really was from every page, not only the page whose claim is doubted', async () => {
    const a = await bot.answerQuestion('fjord post says the oslo deal was struck in june?? when was oslo really');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/May 11|10–11 May/);
    expect(a.citations.some((c) => c.source === 'oslo.md' || c.source === 'wire.md')).toBe(true);
  });

  it("gives the question's own dispute when the asker says they have several dates", async () => {
    const a = await bot.answerQuestion("when did finland lift the chip software ban? i've got 3 diff dates in my notes lol");
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toMatch(/disagree on \d+ points/);
    const d = a.disagreements.find((x) => x.positions.some((p) => p.claim === 'July 2'));
    expect(d?.positions.map((p) => `${p.claim} ${p.sources[0]}`)).toEqual(['July 2 eda.md', 'July 3 eda2.md']);
  });
});
