import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Requests typed the way a desk types them: "varga quote after oslo pls, the exact words" (a quote asked, timed by an
 * occasion), "…what was the condition?" (a word the articles never use for what they state with "once"), "the trend of
 * Norway-bound shipments from may through july, numbers pls" (a series: any month of the span answers, and "trend"
 * asks for figures), "what topics did it list". On articles written for this test: the people, outlets and figures are
 * invented.
 */

const FILES = {
  'oslo.md': article(
    'Fjord Post',
    '2025-06-11',
    [
      'Following two days of talks in Oslo, Norwegian and Finnish officials announced a cobalt framework on Tuesday.',
      'Trade envoy Ilona Varga stressed the urgency of the talks, stating, "We are moving fast towards a fair settlement." She called the dialogue frank.',
      'Finland\'s negotiator Aarne Kivi called the discussions "long but useful".',
    ].join('\n\n'),
  ),
  'herald.md': article(
    'Nordic Herald',
    '2025-06-27',
    [
      'Helsinki said on Friday it had confirmed the details of the cobalt framework agreed in Oslo.',
      'The statement echoed remarks that Trade Minister Henrik Salo had made hours earlier, telling the Nordic Herald that Norway would “take off” its cobalt curbs once Finland began delivering ore.',
    ].join('\n\n'),
  ),
  'curbs.md': article(
    'Harbour Desk',
    '2025-07-08',
    'Within a week of the framework, Norway started taking off the cobalt curbs it had imposed in May.',
  ),
  'june.md': article(
    'Tarn Wire',
    '2025-07-20',
    'Outbound shipments of cobalt to Norway surged to 353 tonnes in June, up sevenfold from May, customs data showed.',
  ),
  'july.md': article(
    'Tarn Wire',
    '2025-08-20',
    'Cobalt exports to Norway recovered to 619 tonnes in July but fell again to 589 tonnes in August.',
  ),
  'may.md': article('Kvarken Monitor', '2025-06-20', 'Finland cut its monthly cobalt exports to Norway to just 46 tonnes by May 2025.'),
  'november.md': article(
    'Kvarken Monitor',
    '2025-12-08',
    'Norway-bound cobalt shipments fell in November to 582 tonnes even as total cobalt exports rose.',
  ),
  'readout.md': article(
    'Baltic Ledger',
    '2025-10-27',
    'In a statement, Finland\'s trade ministry said the two sides held "candid exchanges" on issues including port fees, the extension of quota suspensions and export licences. The statement did not refer to cobalt prices.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a quote asked, timed by an occasion, with the words wanted exactly', () => {
  it('reads "varga quote after oslo pls, the exact words" as what Varga said after Oslo', async () => {
    expect(normalizeInformal('varga quote after oslo pls, the exact words, going in the newsletter')).toBe(
      'what did varga say after oslo ,',
    );
    const a = await bot.answerQuestion('varga quote after oslo pls, the exact words, going in the newsletter');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('We are moving fast towards a fair settlement.');
  });
});

describe('a condition asked for', () => {
  it('answers "what was the condition?" from a sentence that states it with "once"', async () => {
    const a = await bot.answerQuestion("salo told the herald something about 'taking off' cobalt curbs — what was the condition?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('once Finland began delivering ore');
  });
});

describe('a series of months asked', () => {
  it('gives each month of "from may through july", a trend asked in figures', async () => {
    const a = await bot.answerQuestion('give me the trend of norway-bound cobalt shipments from may through july, numbers pls');
    expect(a.abstained).toBe(false);
    for (const figure of ['46 tonnes', '353 tonnes', '619 tonnes']) expect(a.answer).toContain(figure);
  });
});

describe('the topics a statement listed', () => {
  it('answers "what topics did it list" from the issues the statement named', async () => {
    const a = await bot.answerQuestion("the trade ministry's readout — what topics did it list?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('port fees');
  });
});
