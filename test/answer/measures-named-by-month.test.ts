import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Which of the oct 9 announcements did No. 70 suspend?" names measures by their day, and asks for no date: a dispute
 * over the day of another announcement (a June confirmation) is not its answer; asked when that one came, it is. On
 * articles written for this test: the people, outlets and figures are invented.
 */

const FILES = {
  'confirm.md': article(
    'Fjord Post',
    '2026-06-28',
    "Norway's trade ministry confirmed the details of the cobalt framework on June 27, 2026, a day after Finland said it had been signed.",
  ),
  'chrono.md': article(
    'Kvarken Weekly',
    '2026-07-02',
    "Norway's trade ministry announced on June 26, 2026 that it had confirmed the cobalt framework with Finland.",
  ),
  'desk.md': article(
    'Nordic Desk',
    '2026-06-30',
    'The trade ministry in Oslo announced on Friday, June 27, that it had approved the framework.',
  ),
  'pause.md': article(
    'Tarn Wire',
    '2026-11-10',
    "On November 7, Norway's trade ministry issued Announcement No. 70, suspending the October 9 announcements Nos. 55, 56, 57 and 58 until November 10, 2027.",
  ),
  'oct.md': article(
    'Baltic Ledger',
    '2026-10-10',
    "Norway's trade ministry announced on October 9 four new cobalt export control announcements, Nos. 55 to 58.",
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('measures named by their month or day', () => {
  it('are no reason to show a dispute over the day of another announcement', async () => {
    const a = await bot.answerQuestion('which of the oct 9 announcements did No. 70 suspend? list the numbers');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Nos. 55, 56, 57 and 58');
    expect(a.disagreements.filter((d) => d.positions.some((p) => /06-2[67]/.test(p.claim)))).toEqual([]);
  });

  it('leave the dispute to a question that asks when that announcement came', async () => {
    const a = await bot.answerQuestion("when did norway's trade ministry confirm the framework?");
    expect(a.disagreements.some((d) => d.positions.map((p) => p.claim).join(' ') === '2026-06-26 2026-06-27')).toBe(true);
  });
});
