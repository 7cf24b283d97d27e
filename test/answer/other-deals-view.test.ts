import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Which other minerals deals (not china) did the US do, per the stuff in our folder?": the pages about a deal between
 * one of the story's parties and a third country, listed as such (not every page the story's words miss, a buyer's
 * mailbox export among them). On articles written for this test: the cobalt story, its outlets and figures are
 * invented.
 */

const FILES = {
  'oslo.md': article(
    'Harbour Ledger',
    '2025-06-13',
    'Washington and Beijing agreed in Oslo on June 11 to speed up licences for cobalt exports. China shipped 353 tonnes of cobalt to the United States in June, customs data showed.',
  ),
  'customs.md': article(
    'Port Ledger',
    '2025-07-21',
    "China's cobalt exports rose to 3,188 tonnes in June. Beijing told US buyers that the curbs on cobalt would ease.",
  ),
  'ukraine.md': article(
    'Kyiv Business',
    '2025-05-01',
    [
      '# US and Ukraine sign minerals deal',
      'The United States and Ukraine on April 30 signed an agreement to set up a joint reconstruction investment fund.',
      'Officials in Washington said the deal on rare earths and minerals would deepen ties with Kyiv.',
    ].join('\n\n'),
  ),
  'mailbox.txt': [
    '===== EMAIL EXPORT — purchasing mailbox =====',
    '',
    'From: Dana Reyes',
    'Subject: Q3 order of fasteners',
    '',
    'Please confirm the delivery window for the fasteners by Friday.',
    '',
  ].join('\n'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('other deals in the folder', () => {
  it('lists the pages about a deal with another country when other deals are asked for', async () => {
    const a = await bot.answerQuestion('which other minerals deals (not china) did the US do in 2025, per the stuff in our folder?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1 of the 4 articles is about a deal with another country, not this story:/);
    expect(a.answer).toContain('a deal with Ukraine');
    expect(a.answer).not.toContain('mailbox');
  });

  it('still lists every page not about the story when that is asked', async () => {
    const a = await bot.answerQuestion('which articles in the folder are not about the deal?');
    expect(a.answer).toMatch(/not about the story/);
    expect(a.answer).toContain('a deal with Ukraine');
  });
});
