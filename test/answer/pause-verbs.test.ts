import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A pause told by its verb ("Norway agreed to suspend the October controls until December 31, 2027") ends on the day
 * it gives, against the day other pages give; a suspension named only after an end of something else ("…exclusions
 * previously set to expire on November 29, 2026; suspend until November 10, 2027, the rule…") does not make that end a
 * pause's. On articles written for this test: the people, outlets and figures are invented.
 */

const FILES = {
  'ai.md': article(
    'Digest Bot',
    '2026-11-15',
    'After the Oslo summit, Norway agreed to suspend the October controls until December 31, 2027, and Finland halved its levy.',
  ),
  'wire.md': article('Tarn Wire', '2026-11-10', "Norway's suspension of its October cobalt controls runs until November 10, 2027."),
  'memo.md': article('Kvarken Weekly', '2026-11-12', 'The pause on the October controls expires November 10, 2027, the ministry said.'),
  'law.md': article(
    'Baltic Ledger',
    '2026-11-11',
    'Under the arrangement, Finland has also agreed to: extend until November 10, 2027, certain cobalt tariff exclusions previously set to expire on November 29, 2026; suspend until November 10, 2027, the implementation of the port fee rule.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a pause told by its verb', () => {
  it('ends on the day it gives, against the day other pages give', async () => {
    const a = await bot.answerQuestion("norway's pause on the october controls runs till when exactly?");
    const d = a.disagreements.find((x) => x.positions.some((p) => p.claim === '2027-12-31'));
    expect(d?.positions.map((p) => p.claim)).toEqual(['2027-11-10', '2027-12-31']);
  });

  it('does not make an end of something else told before it a pause’s', async () => {
    const a = await bot.answerQuestion("anything that was due to lapse on nov 29 that got pushed out? what's the new date");
    expect(a.disagreements.filter((d) => d.positions.some((p) => p.claim === '2026-11-29'))).toEqual([]);
  });
});
