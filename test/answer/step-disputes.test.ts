import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A dispute over the day of a step, asked in the reader's words, on articles written for this test: the sources
 * date the lifting of a licence requirement differently and share few words with each other, but one of them
 * tells of the step in the question's words ("chip design software"), so the dispute answers "when did the us
 * drop the curbs on chip design software". "Go live" dates a start, not an agreement.
 */

const FILES = {
  'explainer.md': article(
    'Cobalt Street Journal',
    '2025-09-02',
    'July 2: The Commerce Department rescinds the licence requirement for chip design software sales to China, under the rare earth framework.',
  ),
  'newsletter.md': article(
    'Offtake Weekly',
    '2025-07-10',
    'On July 3, Washington lifted the EDA licence requirement, and Synopsys, Cadence and Siemens began restoring access for Chinese customers under the rare earth deal.',
  ),
  'summit.md': article(
    'Harbour Ledger',
    '2025-10-31',
    [
      'Trump said on October 30 that he had agreed with Xi to cut the fentanyl tariff on Chinese goods after the rare earth talks.',
      'The leaders agreed on October 29 to cut the fentanyl tariff on Chinese goods, a Chinese official said.',
      'The lower fentanyl tariff takes effect on November 10.',
    ].join(' '),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a dispute over the day of a step', () => {
  it("is shown when the question tells of the step in one side's words", async () => {
    const a = await bot.answerQuestion('yo when did the us actually drop the curbs on chip design software sales to china?');
    const claims = a.disagreements.flatMap((d) => d.positions.map((p) => p.claim));
    expect(claims).toEqual(expect.arrayContaining(['2025-07-02', '2025-07-03']));
  });

  it('is not shown for another kind of step ("go live" is a start, not an agreement)', async () => {
    const a = await bot.answerQuestion('when did the fentanyl tariff cut actually go live');
    expect(a.disagreements.some((d) => d.positions.some((p) => p.claim === '2025-10-29'))).toBe(false);
  });
});
