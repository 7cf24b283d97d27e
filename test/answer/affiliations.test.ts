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

describe('industry shorthand', () => {
  it('reads "the big three detroit automakers" as the top three US automakers', async () => {
    const b = await makeBot(
      writeArticles({
        'autos.md': article(
          'Port Ledger',
          '2025-06-06',
          'China has granted temporary export licences to rare earth suppliers of the top three US automakers, two sources said. The licences are valid for six months.',
        ),
      }),
    );
    const a = await b.answerQuestion("did the big three detroit automakers' parts vendors get permits?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/top three US automakers/);
  });
});

describe('the figures a count question leads with', () => {
  it('leads with no count of something else ("7 rare earths" for a question about scooters)', async () => {
    const b = await makeBot(
      writeArticles({
        'controls.md': article(
          'Port Ledger',
          '2025-06-06',
          'On April 4, China put seven rare earths under export licences. Output of magnets fell.',
        ),
        'scooters.md': article(
          'Harbor Daily',
          '2025-08-29',
          'Brightline Motors made just 10,824 electric scooters in July as a shortage of rare earth magnets hit output.',
        ),
      }),
    );
    const a = await b.answerQuestion('how many e-scooters did brightline crank out in july?');
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toMatch(/Figures given: 7\b/);
    expect(a.answer).toMatch(/10,824/);
  });
});
