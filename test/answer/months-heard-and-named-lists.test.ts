import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides } from '../../src/answer/asked-sides.js';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A month an account is said to give with its part ("…was reached in late march?? i thought it was april"), and a
 * name with a word of reliability in it ("the unreliable entity list"), which asks nothing of a source. On articles
 * written for this test (a cobalt story between Norway and Finland; outlets and figures invented).
 */

const FILES = {
  'controls.md': article(
    'Helsinki Trade Review',
    '2026-03-12',
    "Finland's trade ministry added 9 foreign defence firms to its Unreliable Entity List on March 10, 2026, alongside new cobalt export controls.",
  ),
  'prices.md': article('Fjord Metals Bulletin', '2026-03-25', 'Cobalt prices rose 4% on the week as refiners in Finland cut output.'),
  'jobs.md': article('Tromsø Times', '2026-03-30', 'A refinery near Tromsø hired 40 workers after the cobalt permits were approved.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a month an account is said to give', () => {
  it('is read with its part, after other words of its clause', () => {
    const sides = askedSides('finnmetal says the cobalt deal was reached in late march?? i thought it was april. which is it') ?? [];
    expect(sides.map((s) => s.label.toLowerCase())).toEqual(['march', 'april']);
  });
});

describe('a name with a word of reliability in it', () => {
  it('is asked about, not a question of how reliable a source is', async () => {
    const q = 'how many firms did finland add to its unreliable entity list in march and what kind of firms';
    expect(classifyQuestion(q).kind).not.toBe('reliability');
    const a = await bot.answerQuestion(q);
    expect(a.answer).toContain('9 foreign defence firms');
  });

  it('leaves a question about an unreliable source to the sources view', () => {
    expect(classifyQuestion('is tromsø times an unreliable source?').kind).toBe('reliability');
  });
});
