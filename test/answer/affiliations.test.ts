import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Who speaks for an organisation the question names by a word of its name ("the vestra guy"), and figures asked
 * of a release's date ("the numbers published on aug 20") or of a month the best sentence is not about, on
 * articles written for this test.
 */

const FILES = {
  'podcast.txt': [
    'Supply Chain Hour, episode 41',
    '',
    'HOST: With me are Henrik Lund, procurement director at Norvale Drive Systems, an e-motor supplier in Malmo, and Ada Kuti, senior analyst at Brightwater Research.',
    '',
    'HENRIK LUND: We filed fourteen licence applications. The average wait from filing to approval was 52 days.',
    '',
    'ADA KUTI: The data say the flows are back, but not for everyone.',
    '',
  ].join('\n'),
  'customs.txt': [
    "BEIJING, Aug 20 (Wire) - China's rare earth magnet exports climbed to a six-month high in July, customs data showed.",
    '',
    'Exports rose nearly 75% from June to 5,577 metric tons, the data showed.',
    '',
  ].join('\n'),
  'august.md': article(
    'Port Ledger',
    '2025-09-21',
    [
      "China's magnet exports rose for a third straight month in August, customs figures showed.",
      'Officials said June had been the turning point for licences.',
      'Shipments to the United States fell 4.7% from July to 590 tons.',
    ].join(' '),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('people named by their organisation', () => {
  it('finds the one person given a title at the organisation the question names', () => {
    const focus = (bot as unknown as { focus: { titledNames(text: string): string[] } }).focus;
    expect(focus.titledNames('what did the norvale guy say about approvals')).toEqual(['Henrik Lund']);
    // Another person in the same sentence is at another organisation.
    expect(focus.titledNames('what did the brightwater analyst say')).not.toContain('Henrik Lund');
  });

  it("answers with that person's words", async () => {
    const a = await bot.answerQuestion('what did the norvale guy say about how long approvals took');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/HENRIK LUND/);
  });
});

describe('the month of the figures asked', () => {
  it('reads "published on aug 20" as the release\'s date, not the figures\' month', async () => {
    const a = await bot.answerQuestion('what did the customs numbers published on aug 20 show?');
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toMatch(/not for August/);
  });
});
