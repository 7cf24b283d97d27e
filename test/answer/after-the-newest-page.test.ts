import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "What did the two leaders actually agree when he went to Oslo in April 2026?" of a folder whose pages run to
 * February 2026: the pages can tell what was planned, not what came of it, even when one page is misdated far ahead
 * of the rest (the year 3025, a typo; a November 2026 date on a November 2025 report). And "the us–norway cobalt thing
 * (not china i know)": the asker knows that deal is another story, and is answered from its page. And "how big was
 * the fund, in dollars?" wants a sum, never "a 50-50 partnership". On articles written
 * for this test: the cobalt story, its outlets, people and figures are invented.
 */

const FILES = {
  'oslo.md': article(
    'Harbour Ledger',
    '2025-10-30',
    'Washington and Beijing agreed in Busan on October 30 to pause the cobalt curbs for a year. The US president said he would visit Beijing in April 2026.',
  ),
  'plan.md': article(
    'Port Ledger',
    '2026-02-10',
    'The president still plans to visit Beijing in April 2026, officials said, and cobalt licences are flowing again.',
  ),
  'licences.md': article(
    'Cobalt Weekly',
    '2026-01-20',
    'China issued its first general licences for cobalt exports to US buyers in December, traders said.',
  ),
  // Misdated as published: a report of the October meeting, with the year typed 3025, and a wire of November 2025
  // stamped 2026.
  'typo.md': article(
    'Ledger Wire',
    '3025-10-30',
    'The two leaders met for about 100 minutes in Busan on October 30 and agreed to pause the cobalt curbs.',
  ),
  'wire.md': article('Cobalt Wire', '2026-11-10', 'China suspended its October cobalt controls on November 7 until November 10, 2026.'),
  'norway.md': article(
    'Nordic Mining News',
    '2025-10-21',
    [
      '# US and Norway sign cobalt framework',
      'The United States and Norway on October 20 signed a cobalt framework; a US fact sheet spoke of $3 billion over six months, while Oslo spoke of an $8.5 billion pipeline of projects.',
      'Officials in Washington said the deal would deepen ties with Oslo.',
    ].join('\n\n'),
  ),
};

/** A joint fund told of by its share, never its sum; and dollars elsewhere in the folder. */
const FUND_FILES = {
  'fund.md': article(
    'Cobalt Weekly',
    '2025-11-02',
    'Washington and Beijing set up a joint cobalt reconstruction fund, which will be a 50-50 partnership, officials said on Sunday.',
  ),
  'prices.md': article('Cobalt Weekly', '2026-01-20', 'Cobalt rose to 30 dollars a pound in January, traders said.'),
  ...FILLER,
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('events after the newest page', () => {
  it('does not take a misdated page for the newest when asked what came of a later trip', async () => {
    const a = await bot.answerQuestion('so what came out of the april 2026 trip to beijing? anything on cobalt?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toContain('dated 10 February 2026');
    expect(a.answer).toContain('April 2026');
  });

  it('reads "what did they actually agree when…" as a question for an outcome', async () => {
    const a = await bot.answerQuestion('what did the two leaders actually agree when the president went to beijing in april 2026?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/planned for April 2026, not what came of it/);
  });

  it('still answers what was planned', async () => {
    const a = await bot.answerQuestion('when does the president plan to visit beijing?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('April 2026');
  });
});

describe('another pair named as a pair', () => {
  it('answers from the other deal’s page when the asker joins its parties ("us–norway")', async () => {
    const a = await bot.answerQuestion('the us–norway cobalt thing – is it $3bn or $8.5bn?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('norway.md');
    expect(a.notices?.join(' ') ?? '').toMatch(/another story/);
  });

  it('and when they name that deal by the other country alone ("the norway minerals deal")', async () => {
    const a = await bot.answerQuestion('the norway minerals deal — how big is the pipeline?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('norway.md');
  });

  it('and when they say it is not the china deal', async () => {
    const a = await bot.answerQuestion('the norway cobalt framework (not china i know): how big is the pipeline?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('norway.md');
  });
});

describe('an amount of money asked', () => {
  let funds: Dealbot;
  beforeAll(async () => {
    funds = await makeBot(writeArticles(FUND_FILES));
  });

  it('wants a sum, not a share', async () => {
    const a = await funds.answerQuestion('how big was the cobalt reconstruction fund on day one, in dollars?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/give no figure/);
    expect(a.answer).not.toMatch(/50-50/);
  });
});
