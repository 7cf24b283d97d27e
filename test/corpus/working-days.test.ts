import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Lengths counted in working days and in calendar days, and numbers of days written in words, on articles written
 * for this test: "45 working days" and "45 calendar days" are one rule measured two ways (a hard disagreement,
 * said to be one), and "forty-five working days" is 45 days, never 5.
 */

const FILES = {
  'working.md': article(
    'Inland Courier',
    '2025-07-21',
    'Under Chinese rules the commerce ministry has up to 45 working days to review an export licence application for rare earths.',
  ),
  'calendar.md': article(
    'Northgate Times',
    '2025-07-22',
    'Exporters of rare earths face a statutory review window of 45 calendar days for each export licence application.',
  ),
  'words.md': article(
    'Tideline Post',
    '2025-04-10',
    'The Ministry of Commerce says forty-five working days, although it reserves the right to take longer on export licence applications for rare earths.',
  ),
  'other.md': article(
    'Quillfeed Auto',
    '2025-06-28',
    'China said it would review export licence applications for rare earths faster after the deal with the United States.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('days counted two ways', () => {
  it('keeps the kind of day in the claim, and reads "forty-five" as 45', () => {
    const values = bot.claims.filter((c) => c.event === 'quantity').map((c) => [c.source, c.value]);
    expect(values).toEqual(
      expect.arrayContaining([
        ['working.md', '45 working days'],
        ['calendar.md', '45 calendar days'],
        ['words.md', '45 working days'],
      ]),
    );
    expect(values.some(([, v]) => v === '5 working days' || v === '5 days')).toBe(false);
  });

  it('shows working against calendar days as a hard disagreement that may be one rule measured two ways', async () => {
    const a = await bot.answerQuestion('how many days does the ministry have to review a licence application?');
    const d = a.disagreements.find((x) => x.positions.some((p) => p.claim === '45 calendar days'));
    expect(d?.positions.map((p) => p.claim)).toEqual(expect.arrayContaining(['45 working days', '45 calendar days']));
    expect(d?.difficulty).toBe('hard');
    expect(d?.explanation).toMatch(/measured two ways/);
    expect(d?.explanation).toMatch(/45 working days is about 9 weeks/);
  });
});
