import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "so did the president actually go to oslo in april 2026? what came out of that trip": when the pages end before the
 * month the first part asks of, the second part, asking what came of it and pointing back to it ("that trip",
 * "there"), is not answered from the plans either. A second part asking something else is still answered. On
 * articles written for this test: the places, outlets and figures are invented.
 */

const FILES = {
  'plan.md': article(
    'Harbour Post',
    '2025-11-02',
    'The president confirmed plans to visit Oslo in April 2026 to sign a cobalt supply accord, aides said. The cobalt export levy was cut to 12% on November 1.',
  ),
  'brief.md': article(
    'Fjord Ledger',
    '2026-02-16',
    "The president's planned April 2026 visit to Oslo has no confirmed date yet. Cobalt prices rose 4% in January.",
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a second part asking what came of what the first asks about', () => {
  it('is not answered from the plans when the pages end before the month asked', async () => {
    const a = await bot.answerQuestion('so did the president actually go to oslo in april 2026? what came out of that trip');
    expect(a.abstained).toBe(true);
    expect(a.citations).toEqual([]);
  });

  it('still answers a second part that asks something else', async () => {
    const a = await bot.answerQuestion('did the president go to oslo in april 2026? and what was the cobalt levy cut to in november');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('12%');
  });
});
