import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "How much did apple invest in Halden Cobalt?" when no article mentions Apple: what others invested is no answer,
 * however well it matches the rest of the question. One of a pair ("did jonas and the minister sign"), or a title
 * ("did the professor"), is not read so. And "where did the levy land?" asks the level a figure was set at, not a
 * place. On articles written for this test: the companies, people and figures are invented.
 */

const FILES = {
  'deal.md': article(
    'Harbour Post',
    '2025-08-04',
    'The defence ministry will invest $300 million in Halden Cobalt, making it the company’s largest shareholder. Halden Cobalt chief executive Jonas Berg signed the agreement with the defence minister on August 1.',
  ),
  'levy.md': article(
    'Fjord Ledger',
    '2025-08-05',
    'Under the cobalt truce the export levy was lowered to 12% from 30%, the trade ministry said.',
  ),
  'study.md': article(
    'Delta Metals Desk',
    '2025-08-06',
    'Professor Ines Walder of Tromsø University estimated the cost of the cobalt subsidy at about $41,000 per job.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('who a question asks to have done something', () => {
  it('says no article mentions the one who is asked to have invested', async () => {
    // (A company whose name is also a word: not told apart as a name by its spelling.)
    const a = await bot.answerQuestion('how much did apple invest in halden cobalt');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/None of the \d+ articles mentions “apple”/);
  });

  it('answers the investment the articles give', async () => {
    const a = await bot.answerQuestion('how much did the defence ministry invest in halden cobalt');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('$300 million');
  });

  it('answers for a title the articles give a name for', async () => {
    const a = await bot.answerQuestion('what per-job cost did the professor come up with for the cobalt subsidy?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('41,000');
  });

  it('rewrites where a figure landed, not where a plane did', () => {
    expect(normalizeInformal('where did the export levy land?')).toBe('what level did the export levy reach?');
    expect(normalizeInformal('where did the plane land?')).toBe('where did the plane land?');
  });

  it('reads where a figure landed as its level', async () => {
    const a = await bot.answerQuestion('cobalt truce: where did the export levy land?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('12%');
  });
});
