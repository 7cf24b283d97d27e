import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Break down that 48% for me — what's in it?": what a whole is made of is the sentence that says what it includes,
 * not another that only states the whole. On articles written for this test: the people, outlets and figures are
 * invented.
 */

const FILES = {
  'desk.md': article(
    'Nordic Desk',
    '2026-06-12',
    'President Lind said in June that the tariffs on Norwegian goods will be 48%.\n\nIn return, Finnish goods will face 10%, the ministry said in a long statement on the deal.',
  ),
  'explainer.md': article(
    'Baltic Ledger',
    '2026-06-14',
    'Trade lawyers say the headline figure needs unpacking for importers.\n\nThe 48% includes a 10% baseline tariff, a 13% levy over the smuggling dispute and a 25% duty kept from 2019.',
  ),
  'wire.md': article(
    'Tarn Wire',
    '2026-10-24',
    'The first meeting in Bergen led to a 90-day truce, which brought tariffs down to about 48% on the Finnish side and 10% on the Norwegian side.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('what a whole is made of', () => {
  it('leads with the sentence that says what it includes, over one that states the whole', async () => {
    const a = await bot.answerQuestion("break down that 48% for me - what's in it?");
    expect(a.abstained).toBe(false);
    expect(a.answer.split('\n')[0]).toContain('The 48% includes a 10% baseline tariff, a 13% levy');
  });

  it('quotes it beside the sentence of who stated the whole', async () => {
    const a = await bot.answerQuestion("what's actually inside the 48% the president quoted in june");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('President Lind said in June');
    expect(a.answer).toContain('The 48% includes a 10% baseline tariff, a 13% levy');
  });
});
