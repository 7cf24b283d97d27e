import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "What day of the week was oslo? the harbour post says wednesday": the day the sources date the meeting to, its weekday
 * by the calendar, and the weekdays the pages write for it, one of them a slip ("on Wednesday (Oct. 30)" of a Thursday).
 * On articles written for this test: the people, outlets and places are invented.
 */

const FILES = {
  'ledger.md': article('Fjord Post', '2025-10-30', 'Dahl and Lahti met face-to-face in Oslo on Thursday for the first time since 2019.'),
  'harbour.md': article(
    'Harbour Post',
    '2025-10-30',
    'The summit began around 10 a.m. on Wednesday (Oct. 30) at the harbour lounge in Oslo and lasted one hour and 40 minutes.',
  ),
  'desk.md': article(
    'Nordic Desk',
    '2025-11-04',
    'The Dahl–Lahti meeting in Oslo on October 30 lasted about 100 minutes, by the Norwegian account.',
  ),
  'weekly.md': article('Kvarken Weekly', '2025-11-14', 'Dahl and Lahti met in Oslo on 30 October for about 90 minutes.'),
  'june.md': article('Tarn Wire', '2025-06-13', 'Dahl said on Wednesday that the cobalt deal with Finland was "done".'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('the day of the week asked', () => {
  for (const q of [
    'what day of the week was oslo? the harbour post says wednesday',
    'what day of the week was the oslo meeting? social card says weds',
  ]) {
    it(`gives the calendar's weekday of the day the sources give, and the slip as a dispute: "${q}"`, async () => {
      const a = await bot.answerQuestion(q);
      expect(a.abstained).toBe(false);
      const line = a.answer.split('\n')[0] ?? '';
      expect(line.startsWith('Thursday: 30 October 2025 was a Thursday by the calendar (the day ')).toBe(true);
      for (const outlet of ['Nordic Desk', 'Kvarken Weekly']) expect(line).toContain(outlet);
      const d = a.disagreements.find((x) => x.topic === 'the weekday of 30 October 2025');
      expect(d?.positions.map((p) => p.claim)).toEqual(['thursday', 'wednesday']);
      expect(d?.positions[1]?.quote).toContain('on Wednesday (Oct. 30)');
      expect(a.answer).toContain('The calendar makes 30 October 2025 a Thursday.');
      expect(a.answer).toContain('met face-to-face in Oslo on Thursday');
      // (Not another Wednesday of the folder, in June.)
      expect(a.answer).not.toContain('"done"');
    });
  }
});
