import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A dispute over the dates of another occasion of the event asked about: "when did the ministry confirm the
 * framework details", whose best sentence dates a confirming in June, is not about the ministry's November
 * announcement that sources date the 7th or the 9th. Asked about the November one, the dispute is shown. On articles
 * written for this test (the outlets and their reports are invented).
 */

const FILES = {
  'check.md': article(
    'Verify Desk',
    '2025-06-28',
    "China's Ministry of Commerce confirmed the details of the rare earth framework on Friday, June 27, but gave no signing date.",
  ),
  'wire.md': article(
    'Harbor Wire',
    '2025-11-08',
    "OSLO, Nov 8 - China's Ministry of Commerce announced on November 7 that it would suspend the rare earth export rules it unveiled on October 9.",
  ),
  'timeline.md': article(
    'Open Lab',
    '2025-11-12',
    "**November 9** - China's Ministry of Commerce announces that the October 9 rare earth rules are suspended for one year.",
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a dispute over another occasion of the event asked about', () => {
  it('is not shown with the answer', async () => {
    const a = await bot.answerQuestion("when did china's commerce ministry confirm the rare earth framework details?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/June 27/);
    expect(a.disagreements.flatMap((d) => d.positions.map((p) => p.claim)).join(' ')).not.toMatch(/2025-11|November/);
  });

  it('is shown when that occasion is what is asked about', async () => {
    const a = await bot.answerQuestion(
      "when did china's commerce ministry announce the suspension of the rare earth rules? seeing diff dates",
    );
    const claims = a.disagreements.flatMap((d) => d.positions.map((p) => p.claim)).join(' ');
    expect(claims).toMatch(/2025-11-07|November 7/);
    expect(claims).toMatch(/2025-11-09|November 9/);
  });
});
