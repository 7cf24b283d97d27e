import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "side q: the US-kazakhstan minerals deal — when was it signed?" asks about another pair's deal, one its page is
 * about: the story's own dispute over when its deal was signed is no answer to it, even though no entity list names
 * the third country as a party. On articles written for this test: the outlets and dates are invented.
 */

const FILES = {
  'post.md': article(
    'Harbour Post',
    '2025-06-27',
    'The United States and China signed the magnet framework on June 24, officials said. China will speed up magnet export licences.',
  ),
  'ledger.md': article(
    'Fjord Ledger',
    '2025-06-28',
    'The US-China magnet framework was signed on June 25 in Washington, and China will approve magnet exports faster.',
  ),
  'wire.md': article('Cable Desk', '2025-06-29', 'China confirmed its magnet framework with the United States on June 27.'),
  'kazakh.md': article(
    'Steppe Business',
    '2025-05-02',
    [
      '# US and Kazakhstan sign minerals deal',
      'The United States and Kazakhstan on April 30 signed an agreement on tungsten and rare earth mining.',
      'Officials in Washington said the minerals deal would deepen ties with Astana.',
    ].join('\n\n'),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe("another pair's deal and the story's disputes", () => {
  it("answers when the other deal was signed without the story's signing dispute", async () => {
    const a = await bot.answerQuestion('side q: the US-kazakhstan minerals deal — when was it signed?');
    expect(a.answer).toContain('April 30');
    expect(a.disagreements.filter((d) => d.positions.some((p) => /June 2[45]/.test(p.quote)))).toEqual([]);
  });

  it("still shows the story's signing dispute when the story's deal is asked", async () => {
    const a = await bot.answerQuestion('when was the us-china magnet framework signed?');
    expect(a.disagreements.some((d) => d.positions.some((p) => /June 24/.test(p.quote)))).toBe(true);
  });
});
