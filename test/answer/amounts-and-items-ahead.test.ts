import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionType } from '../../src/answer/question.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "What did finland's cobalt exports come to in july 2025?" (an amount asked without "how much"; the sentence with the
 * month's figure writes neither cobalt nor July, its headline does), and "which notices did no. 70 put on hold?" (a
 * sentence that counts what is asked, "multiple previous notices", above the paragraph that lists them). On articles
 * written for this test: the outlets, places and figures are invented.
 */

const FILES = {
  'july.md': article(
    'Baltic Ledger',
    '2025-08-20',
    [
      "Finland's cobalt exports recovered to hit a six-month high in July, showing trade flows have returned to earlier levels.",
      'Exports rose nearly 75% from June to hit the highest for a single month since January at 5,577 metric tons last month, customs data showed on Wednesday.',
      'The July volume was also 5.7% higher than 5,278 tons shipped in the same month last year.',
    ].join('\n\n'),
    "Finland's cobalt exports hit six-month high in July",
  ),
  'nickel.md': article(
    'Fjord Post',
    '2025-07-18',
    'According to customs data released on July 18, Finland exported 7,742 tonnes of nickel last month, a 60% rise on the year.',
  ),
  'deal.md': article(
    'Harbour Desk',
    '2025-07-10',
    'On July 9, 2025, Kestrel Metals announced a cobalt supply partnership with the Finnish export agency to secure exports.',
  ),
  'notice.md': article(
    'Norrland Law',
    '2025-11-08',
    [
      "On November 7, 2025, Finland's trade ministry issued Notice No. 70 of 2025, announcing the suspension of multiple previous notices effective immediately until November 10, 2026.",
      'The suspended notices include trade ministry Notices No. 55, 56, 57, and 58 of 2025, as well as Notices No. 61 and 62 of 2025.',
    ].join('\n\n'),
  ),
  'memo.md': article(
    'Kvarken Monitor',
    '2025-11-20',
    "Finland's Notice No. 70 suspends the October 9 cobalt controls until 10 November 2026.",
  ),
  'timeline.md': article('Tarn Wire', '2025-11-09', '7 Nov 2025 — Notice No. 70 suspends the Oct 9 measures until 10 Nov 2026.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('an amount asked as what something came to', () => {
  it('reads "what did … come to" as asking for a figure', () => {
    expect(questionType(normalizeInformal("what did finland's cobalt exports come to in july 2025?"))).toBe('howmany');
    expect(questionType('what does the bill add up to?')).toBe('howmany');
  });

  it("quotes the month's figure its headline names the goods of, not last year's nor another good's", async () => {
    const a = await bot.answerQuestion("what did finland's cobalt exports come to in july 2025?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('5,577 metric tons');
  });
});

describe('a list a sentence counts and the next paragraph gives', () => {
  it('quotes the items with the sentence that counts them', async () => {
    const a = await bot.answerQuestion('which notices did no. 70 put on hold?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('multiple previous notices effective immediately until November 10, 2026. The suspended notices include');
    expect(a.answer).toContain('No. 55, 56, 57, and 58');
  });
});
