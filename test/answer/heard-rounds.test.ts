import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Which round was oslo? the minister told parliament it was the 3rd": the place in a series the asker heard is a side,
 * stated by the page that gives it, against the best other page that gives another. On articles written for this test
 * (a cobalt story between Norway and Finland; the outlets, people and rounds are invented).
 */

const FILES = {
  'wire.md': article(
    'Baltic Wire',
    '2026-04-03',
    'Norwegian and Finnish negotiators met in Oslo for a fourth round of cobalt talks since January, officials said.\n\nThe talks ended without a joint statement.',
  ),
  'hearing.txt':
    'Storting finance committee — hearing transcript, 10 April 2026\n\nCHAIR: Minister, where do the cobalt talks stand?\n\nMINISTER HALVORSEN: Oslo was the third round of cobalt talks since Helsinki in January. We expect a fourth in May.\n\nCHAIR: Thank you.',
  'notes.md': article('Fjord Metals Bulletin', '2026-04-05', 'Finland wants a cap on cobalt export levies before the next round of talks.'),
  'levy.md': article(
    'Helsinki Trade Review',
    '2026-03-20',
    'Finland raised its cobalt export levy to 12% in March, the trade ministry said.',
  ),
  'prices.md': article('Polar Business', '2026-03-25', 'Cobalt prices rose 4% on the week as refiners in Finland cut output.'),
  'permits.md': article('Nordic Desk', '2026-03-28', 'Norway issued the first bulk cobalt permits to three refiners in March.'),
  'jobs.md': article('Tromsø Times', '2026-03-30', 'A refinery near Tromsø hired 40 workers after the cobalt permits were approved.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a place in a series the asker heard', () => {
  it('is a side against the page that gives another', async () => {
    const a = await bot.answerQuestion('which round was oslo? the minister told parliament it was the 3rd');
    expect(a.abstained).toBe(false);
    const sides = a.disagreements.flatMap((d) => d.positions.map((p) => `${p.claim} ${p.quote ?? ''}`)).join(' | ');
    expect(sides).toMatch(/\bthird round\b/);
    expect(sides).toMatch(/\bfourth round\b/);
  });

  it('is no side when the page giving it is about nothing asked', async () => {
    const a = await bot.answerQuestion('which round was oslo? the minister told parliament it was the 7th');
    expect(a.disagreements.flatMap((d) => d.positions.map((p) => p.claim)).join(' ')).not.toMatch(/seventh|7th/i);
  });
});
