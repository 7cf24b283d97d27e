import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion, buildVocabulary } from '../../src/answer/question.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Near misses the articles come close to: the price of a metal they do not price ("what was holmium oxide going
 * for"), a price per tonne of something no sum is given for, and the title holder of an organisation they never
 * name ("who is Kestrel's CEO" when only other companies' chief executives are named). On articles written for
 * this test (none of them is a seed).
 */

const FILES = {
  'prices.md': article(
    'Metal Price Desk',
    '2025-07-30',
    [
      '# Heavy rare earths stay dear',
      'Heavy rare earth oxides stayed expensive in Europe in July.',
      'Dysprosium oxide was assessed at $800/kg in Europe, against $230/kg inside China.',
      '"We will sell every kilo we make," chief executive Jo Park of Arden Metals said at the opening of its plant.',
      'Holmium and erbium traded thinly, dealers said.',
      'Buyers in Europe paid more than $9 million for a tonne of terbium last year, traders said.',
      'Kestrel Mining said its new separation line in Nevada would start in 2027.',
      '## Plans',
      'Arden Metals will also build a second magnet works, the "Delta Facility", with capacity of 5,000 metric tons of magnets a year.',
      'Arden said the Delta Facility would be its largest.',
    ].join('\n\n'),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('what a metal is going for', () => {
  it('reads "X going for" and "the going rate" as the price of X', () => {
    expect(normalizeInformal('what was holmium oxide going for in july')).toBe('what is the holmium oxide price in july');
    expect(normalizeInformal('whats the going rate for dysprosium')).toBe('what is the price for dysprosium');
  });

  it('answers for a metal the articles price, and says they give no price for one they do not', async () => {
    const priced = await bot.answerQuestion('whats dysprosium oxide going for in europe');
    expect(priced.abstained).toBe(false);
    expect(priced.answer).toContain('$800/kg');
    const unpriced = await bot.answerQuestion('what was holmium oxide going for in july, price per kg?');
    expect(unpriced.abstained).toBe(true);
    expect(unpriced.answer).not.toContain('$800');
  });

  it('wants a sum of money that names what is paid for per tonne', async () => {
    const a = await bot.answerQuestion('how much are buyers in europe paying per tonne of holmium?');
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toContain('$9 million');
  });
});

describe("an organisation's title holder", () => {
  it("is named when the articles give them, and no other company's chief executive stands in when they do not", async () => {
    const named = await bot.answerQuestion("who is arden's ceo?");
    expect(named.abstained).toBe(false);
    expect(named.answer).toContain('Jo Park');
    const unnamed = await bot.answerQuestion("who is kestrel's ceo?");
    expect(unnamed.abstained).toBe(true);
    expect(unnamed.answer.toLowerCase()).toContain('kestrel');
    expect(unnamed.answer).not.toContain('Jo Park');
  });
});

describe('how big / how bad', () => {
  it('marks the adjective after "how" in a figure question as a frame word', () => {
    const vocab = buildVocabulary(['The plant will make 5,000 tons a year, a big step.']);
    const big = analyzeQuestion('how big is the plant going to be?', vocab).terms.find((t) => t.word === 'big');
    expect(big?.frame).toBe(true);
  });

  it('reads the adjective after "how" as the measure asked for, not a word the answer must repeat', async () => {
    const a = await bot.answerQuestion('how big is the delta facility gonna be?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('5,000 metric tons');
  });
});
