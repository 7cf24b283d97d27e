import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMonthMay, namesMay } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * The month May, which is also the modal verb (a stopword): a question that names it with its year ("may 2025 cobalt
 * exports") meets the sentences that write it, as a question naming June meets June's; a month that times a question
 * is not what it asks ("oslo talks in june, in which hotel or villa they meet?" names a kind of place no article
 * gives); and a source's value offered after the question is set aside with the asker's own aside after it ("…?
 * fjord daily says june and now im doubting our script"). On articles written for this test: the cobalt deal, its
 * outlets and figures are invented.
 */

const FILES = {
  'customs_0620.md': article(
    'Harbor Metals',
    '2025-06-20',
    "China's exports of cobalt magnets dropped sharply in May, falling 41% from April to just 1,140 metric tons, customs data showed.",
  ),
  'annual_0120.md': article(
    'Ledger Weekly',
    '2026-01-20',
    [
      'For all of 2025, China exported 14,200 tons of cobalt magnets in total, an annual decline.',
      'Total cobalt magnet exports in the first half of 2025 fell 12% to 6,900 tonnes.',
    ].join(' '),
  ),
  'timeline_0210.md': article('Coast Public Media', '2026-02-10', 'May — Oslo talks; 90-day tariff truce on cobalt.'),
  'fjord_0721.md': article(
    'Fjord Daily',
    '2025-07-21',
    'After negotiators struck an agreement in June in Oslo to ease tensions, officials said cobalt would flow again.',
  ),
  'plain_0630.md': article(
    'Plain Trade',
    '2025-06-30',
    'US and Chinese negotiators met in Oslo in May and agreed a 90-day truce on cobalt tariffs, officials said.',
  ),
  'signing_0626.md': article(
    'Tide Notes',
    '2025-06-26',
    'Several outlets, Radio Pacific and Tide Notes among them, reported that the cobalt framework was signed on the 24th, two days before the announcement.',
  ),
  ...FILLER,
};

let bot: Dealbot;

beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});

afterAll(() => removeTempDirs());

describe('the month May', () => {
  it('tells the month from the verb in a question, and in an article’s sentence', () => {
    expect(namesMay('may 2025 cobalt exports total — whats the number')).toBe(true);
    expect(namesMay('what did they say on may 12')).toBe(true);
    expect(namesMay('the may low point')).toBe(true);
    expect(namesMay('exports may fall again in june')).toBe(false);
    expect(namesMay('may 2 of them be wrong')).toBe(false);
    expect(isMonthMay('May — Oslo talks; 90-day tariff truce.', 0)).toBe(true);
    expect(isMonthMay('Exports fell in May.', 16)).toBe(true);
    expect(isMonthMay('May the talks succeed.', 0)).toBe(false);
    expect(isMonthMay('Prices may fall.', 7)).toBe(false);
  });

  it('reads "may 2025" as a word of the question and quotes May’s figure', async () => {
    const q = bot.analyze('may 2025 cobalt magnet exports total — whats the number');
    expect(q.terms.find((t) => t.word === 'may')?.salient).toBe(true);
    const a = await bot.answerQuestion('may 2025 cobalt magnet exports total — whats the number');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('1,140');
    expect(a.citations.map((c) => c.source)).toContain('customs_0620.md');
  });

  it('does not take a month that times the question for what it asks ("in which hotel or villa they meet")', async () => {
    const a = await bot.answerQuestion('oslo talks in june, in which hotel or villa they meet?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/None of the \d+ articles mentions “hotel”/);
    // (Of two kinds offered, one the articles name is asked: outlets.)
    const b = await bot.answerQuestion('which stations or outlets had the 24th as the signing date');
    expect(b.abstained).toBe(false);
  });

  it('sets a source’s value offered after the question aside, with the asker’s own aside after it', async () => {
    const a = await bot.answerQuestion('was the oslo truce in may or june? fjord daily says june and now im doubting our script');
    expect(a.abstained).toBe(false);
    const d = a.disagreements.find((x) => x.positions.length >= 2);
    expect(d).toBeDefined();
    const quotes = d?.positions.map((p) => p.quote).join(' | ') ?? '';
    expect(quotes).toMatch(/in May|May —/);
    expect(quotes).toContain('in June in Oslo');
  });
});
