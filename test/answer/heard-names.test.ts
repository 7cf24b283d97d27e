import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A surname as dictation writes it, heard as two words ("hald vick" for Haldvik, "best sent" for Bessent): the two
 * joined are one letter from a name the articles give. On articles written for this test (the people are invented).
 */

const FILES = {
  'wire.md': article(
    'Harbor Wire',
    '2025-06-27',
    'Trade Secretary Maren Haldvik said the agreement with China had been signed two days earlier, on Tuesday. Haldvik did not give details.',
  ),
  'panel.md': article(
    'Fjord Ledger',
    '2025-07-02',
    'Economist Tove Brannsund said the licences were arriving faster, but heavy rare earths still lagged behind.',
  ),
  'other.md': article(
    'Pier Review',
    '2025-07-03',
    'The best estimate sent by analysts puts the backlog at 300 applications, down from 500 in May.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a surname heard as two words', () => {
  it('is read as the name', async () => {
    const a = await bot.answerQuestion('what did hald vick say about when it got signed');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('wire.md');
    expect(a.citations[0]?.quote).toMatch(/signed two days earlier/);
  });

  it('is not made of small words, nor of a name written with its hyphen', () => {
    const words = (q: string) => bot.analyze(q).terms.map((t) => t.word);
    expect(words('what did brann sund say about licences')).toContain('brannsund');
    expect(words('what is the best sent estimate')).not.toContain('brannsund');
    // (Typed with its hyphen, the two words stay two: "vick" is still asked.)
    expect(words('what did hald-vick say')).toContain('vick');
  });
});

describe('a question word heard as its sound', () => {
  it('is "when" or "where" before the verb that asks, never the verbs "win" and "wear"', () => {
    expect(normalizeInformal('who signed the deal and win was it signed')).toBe('who signed the deal and when was it signed');
    expect(normalizeInformal('wear were the talks held')).toBe('where were the talks held');
    expect(normalizeInformal('did they win was the question')).toBe('did they win was the question');
    expect(normalizeInformal('what to wear was unclear')).toBe('what to wear was unclear');
  });
});
