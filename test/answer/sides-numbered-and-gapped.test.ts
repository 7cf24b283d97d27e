import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides } from '../../src/answer/asked-sides.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Sides typed the way chat types them: a round's place as a number after its noun ("round 5 or round 6?", written
 * "the fifth round" by the articles), two accounts' figures with the second's verb left out ("the ledger has 5,774
 * and tarn wire 5,773"), and two days of May ("may 11 or 12?", "may" before a day being the month). Each side stated
 * by a different article is a disagreement between them, each quoted. On articles written for this test: the places,
 * outlets and figures are invented.
 */

const FILES = {
  'post.md': article(
    'Harbour Post',
    '2025-10-27',
    'Cobalt negotiators wrapped up two days of talks in Bergen on Sunday, the fifth round of cobalt talks between the two sides this year.',
  ),
  'ledger.md': article(
    'Fjord Ledger',
    '2025-10-27',
    'The Bergen cobalt talks were the sixth round of negotiations since the spring, officials said. Cobalt exports stood at 5,774 tonnes in September.',
  ),
  'tarn.md': article(
    'Tarn Wire',
    '2025-10-20',
    'Cobalt exports in September rose 17.5% from a year earlier to 5,773 tonnes, customs data showed.',
  ),
  'oslo.md': article(
    'Delta Metals Desk',
    '2025-05-20',
    'The Oslo cobalt accord, reached on May 11, 2025, cut the export levy for 90 days.',
  ),
  'oslo2.md': article(
    'Nordic Trade Note',
    '2025-06-02',
    'On May 12 in Oslo the two sides agreed to cut the cobalt export levy for 90 days.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('sides typed as numbers, gapped, or in May', () => {
  it('reads a round typed as a number after its noun as its place in the series', async () => {
    expect(askedSides('bergen talks — was that round 5 or round 6?')?.map((s) => s.label)).toEqual(['5th', '6th']);
    const a = await bot.answerQuestion('bergen talks — was that round 5 or round 6? chat says the ledger is wrong');
    const d = a.disagreements.find((x) => x.positions.some((p) => /fifth/i.test(p.summary)));
    expect(d?.positions.map((p) => p.summary).sort()).toEqual(['Fjord Ledger: sixth', 'Harbour Post: fifth']);
  });

  it("sets a second account's figure against the first's when its verb is left out", async () => {
    expect(askedSides('sept cobalt exports? the ledger has 5,774 and tarn wire 5,773')?.length).toBe(2);
    const a = await bot.answerQuestion('sept cobalt exports? the ledger has 5,774 and tarn wire 5,773');
    const d = a.disagreements.find((x) => x.positions.some((p) => /5,773/.test(p.summary)));
    expect(d?.positions.map((p) => p.summary).sort()).toEqual(['Fjord Ledger: 5,774', 'Tarn Wire: 5,773']);
  });

  it('offers no sides for two parties’ shares', () => {
    expect(askedSides('how much of the market? norway has 90% and the us 10%')).toBeNull();
  });

  it('reads "may" before a day as the month', async () => {
    expect(askedSides('oslo accord date — may 11 or 12?')?.length).toBe(2);
    const a = await bot.answerQuestion('oslo accord date — may 11 or 12?');
    const d = a.disagreements.find((x) => x.positions.some((p) => /May 11/.test(p.summary)));
    expect(d?.positions.map((p) => p.summary).sort()).toEqual(['Delta Metals Desk: May 11', 'Nordic Trade Note: May 12']);
  });
});
