import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Who's the ceo of fjord magnet?": the title is that organisation's, so another company's chief executive is no
 * answer; when no article names the organisation with the title, the answer says so. On articles written for this
 * test: the people, companies and outlets are invented.
 */

const FILES = {
  'kestrel.md': article(
    'Tarn Wire',
    '2026-07-10',
    '"This deal speeds up our supply chain," Kestrel Metals\' founder and Chief Executive Ana Ruiz said in a statement.',
  ),
  'licences.md': article(
    'Steppe Bulletin',
    '2026-12-05',
    'The first general licences for cobalt magnets went on Tuesday to Fjord Magnet, Nordlys Works and Tarn Alloys.',
  ),
  'fjord.md': article('Nordic Desk', '2026-12-06', 'Fjord Magnet said its cobalt magnet exports to Finland rose 20% in November.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('the holder of an organisation’s title', () => {
  for (const q of ["who's the ceo of fjord magnet? want to name-drop on a call", 'who is the chief executive of Fjord Magnet?']) {
    it(`is not another company's chief executive: "${q}"`, async () => {
      const a = await bot.answerQuestion(q);
      expect(a.abstained).toBe(true);
      expect(a.answer).toContain('but name no such person there');
      expect(a.answer).not.toContain('Ana Ruiz');
    });
  }

  it('is given when an article names the organisation with the title: "who\'s the ceo of kestrel metals?"', async () => {
    const a = await bot.answerQuestion("who's the ceo of kestrel metals?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Ana Ruiz');
  });
});
