import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "What did the two leaders sign at the march 2026 oslo summit?" when every page that names that summit tells of it
 * as ahead ("sets the stage for an Oslo summit in March", "will meet in Oslo"), or was written before March: the
 * articles cannot say what came of it, however well their plans match the question's words, even when the folder's
 * newest page is dated after March. A summit the pages report as held is answered. On articles written for this test:
 * the places, outlets and figures are invented.
 */

const FILES = {
  'preview.md': article(
    'Harbour Post',
    '2026-02-05',
    'A phone call between the two leaders on the cobalt truce sets the stage for a high-stakes Oslo summit in March 2026, aides said. The leaders will meet in Oslo to extend the cobalt truce by a year.',
  ),
  'memo.md': article('Delta Metals Desk', '2026-01-10', 'Revisit the cobalt supply plan after the March 2026 Oslo summit.'),
  'later.md': article(
    'Fjord Ledger',
    '2026-04-20',
    'Cobalt prices eased in April as buyers rebuilt stocks under the cobalt truce, traders said. The truce cut the cobalt export levy to 12% in 2025.',
  ),
  'bergen.md': article(
    'Fjord Ledger',
    '2025-11-02',
    'At the Bergen summit on October 30, 2025, the two leaders agreed to cut the cobalt export levy to 12% and to pause the licence rule for a year.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('an occasion the articles tell of only as planned', () => {
  it('says no article reports what came of it, though a newer page exists', async () => {
    const a = await bot.answerQuestion('so what did the two leaders actually agree at the oslo summit in march 2026?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/Oslo summit only as planned/);
    expect(a.answer).toContain('5 February 2026');
  });

  it('reads a month typed without its year, and a signing asked for', async () => {
    const a = await bot.answerQuestion('what did the leaders sign at the march oslo summit?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/only as planned/);
  });

  it('answers what came of a summit the articles report as held', async () => {
    const a = await bot.answerQuestion('what did the two leaders agree at the bergen summit?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('12%');
  });
});
