import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A quoted person the asker describes by a role the article never puts next to the quotation ("that kiwi analyst"
 * for "…said Dr Mere Tahu of the Wellington Minerals Forum"), and a round named by its place ("the oslo deal") in an
 * article whose lead sets the scene there. On articles written for this test (people and outlets are invented).
 */

const FILES = {
  'nz.md': article(
    'Harbour Ledger',
    '2025-06-28',
    [
      'New Zealand exporters welcomed the rare earth pact between Washington and Beijing.',
      '',
      'Trade officials in Wellington said the pact would ease pressure on local magnet buyers.',
      '',
      '"Wellington should build its own stockpile now, while supplies are flowing," said Dr Mere Tahu of the Wellington Minerals Forum.',
    ].join('\n'),
  ),
  'oslo.md': article(
    'Fjord Post',
    '2025-07-30',
    [
      'US and Chinese negotiators wrapped up two days of talks in Oslo on Tuesday.',
      '',
      'Negotiators agreed to keep the licence fast track for magnets running.',
      '',
      'Treasury Secretary Ada Penrose said the agreement "keeps the magnets moving" but warned that the hard part was still ahead.',
    ].join('\n'),
  ),
  // ("Analyst" is a word of the folder, as in any real one, though not of the quoted person's article.)
  'other.md': article(
    'Metals Daily',
    '2025-06-20',
    'Magnet prices were flat in Europe this week, and analysts expect buyers to wait for licences.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a quoted person described by a role', () => {
  it('answers "that kiwi analyst" from the sentence where the named commentator speaks', async () => {
    const a = await bot.answerQuestion("that nz analyst - what's she telling wellington to do");
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/build its own stockpile/);
  });

  it('still abstains when the role is described by something no article has', async () => {
    const a = await bot.answerQuestion('what did the brazilian economist say about lithium tariffs');
    expect(a.abstained).toBe(true);
  });
});

describe('a round named by its place', () => {
  it("finds a speaker's take on the round in an article whose lead sets the scene there", async () => {
    const a = await bot.answerQuestion("penrose's take on the oslo deal?");
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/keeps the magnets moving/);
  });
});
