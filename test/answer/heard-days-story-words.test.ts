import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "what date did finland announce the 20% levy? maja's memo says 11 march, the wire says something else": where the
 * question's words are the story's own (every page speaks of the levy), a sentence holding much of the question still
 * gives the other day. On articles written for this test (a cobalt story between Norway and Finland; invented).
 */

const FILES = {
  'memo.md': article(
    'Desk memo',
    '2026-03-13',
    'Early on 11 March, Finland announced a 20% levy on cobalt exports to Norway, effective from April 1.',
  ),
  'wire.md': article(
    'Baltic Wire',
    '2026-03-11',
    'Finland announced March 10 that it would impose a 20% levy on cobalt exports to Norway.',
  ),
  'a.md': article('Polar Business', '2026-03-14', 'Norwegian refiners said the levy would raise their costs.'),
  'b.md': article('Nordic Desk', '2026-03-16', 'Oslo is weighing a reply to the levy, officials said.'),
  'c.md': article('Fjord Metals Bulletin', '2026-03-18', 'Cobalt prices rose after the levy, traders said.'),
  'd.md': article('Tromsø Times', '2026-03-20', 'A refinery near Tromsø expects the levy to slow hiring.'),
  'e.md': article('Oslo Post', '2026-03-22', 'Battery makers asked both governments to drop the levy.'),
  'r1.md': article('Desk memo two', '2026-03-25', 'The March 2 levy rules take effect on 1 April for all cobalt exports.'),
  'r2.md': article(
    'Helsinki Trade Review',
    '2026-03-03',
    'Finland published the March 2 levy rules on March 2, officials said, and traders studied the levy rules closely.',
  ),
  'r3.md': article('Polar Business', '2026-03-21', 'Some of the March 2 levy rules took effect on March 20, earlier than planned.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a day heard, where the question’s words are the story’s own', () => {
  it('is set against the day the best other sentence gives', async () => {
    const a = await bot.answerQuestion(
      "what date did finland announce the 20% levy on cobalt? maja's memo says 11 march, the wire says something else",
    );
    const sides = a.disagreements.flatMap((d) => d.positions.map((p) => String(p.claim))).join(' | ');
    expect(sides).toMatch(/11 March/);
    expect(sides).toMatch(/March 10/);
  });

  it('is never set against a day the question names something by', async () => {
    const a = await bot.answerQuestion('when do the march 2 levy rules kick in? memo says 1 april but i think some bits were earlier');
    const sides = a.disagreements.flatMap((d) => d.positions.map((p) => String(p.claim)));
    expect(sides.join(' | ')).toMatch(/1 April/);
    expect(sides).not.toContain('March 2');
  });
});
