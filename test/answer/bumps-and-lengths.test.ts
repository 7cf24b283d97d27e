import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A buyer's shorthand for a change of price ("what lead time and price bump did the supplier quote") asks for the
 * change, which a percentage gives, not for a sum of money; and "how long" asked of an agreement, a pause or a licence
 * is not about how many hours a meeting lasted, over which the sources may differ. On articles written for this test:
 * the cobalt deal, its outlets, suppliers and figures are invented.
 */

const FILES = {
  'digest_1117.md': article(
    'Compliance Digest',
    '2025-11-17',
    'Tomas (Mon): Kestrel Alloys confirms cobalt rings still need a per-shipment licence, 12-week lead time, +31% price for Q1.',
  ),
  'notice_1112.md': article(
    'Kestrel Alloys',
    '2025-11-12',
    'Please note that cobalt rings remain subject to the April controls. The November suspension does not change this.',
  ),
  'wire_1030.md': article('Harbor Wire', '2025-10-30', 'The talks in Oslo lasted two hours, according to the White House.'),
  'coast_1030.md': article('Coast Daily', '2025-10-30', 'The meeting in Oslo lasted 1 hour and 40 minutes, officials said.'),
  'radio_1101.md': article(
    'Prairie Radio',
    '2025-11-01',
    'Trump told reporters the cobalt agreement would run for one year and could be extended after that.',
  ),
};

let bot: Dealbot;

beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});

afterAll(() => removeTempDirs());

describe('price bumps and how long things last', () => {
  it('answers a "price bump" a supplier quoted from a percentage, never "no price"', async () => {
    const a = await bot.answerQuestion('what lead time and price bump did kestrel quote for cobalt rings?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('+31%');
    expect(a.answer).not.toMatch(/give no price/);
  });

  it('does not set a dispute over a meeting’s hours against "how long the agreement lasts"', async () => {
    const a = await bot.answerQuestion('trump after oslo — did he say how long the cobalt agreement lasts?');
    expect(a.disagreements.map((d) => d.topic).join(' | ')).not.toMatch(/hours/);
    expect(a.answer).not.toMatch(/Figures given: [^\n]*hour/);
    expect(a.answer).toContain('run for one year');
    // The meeting's length is still disputed when it is what is asked.
    const b = await bot.answerQuestion('how long did the oslo meeting last?');
    expect(b.disagreements.some((d) => /hours/.test(d.topic))).toBe(true);
  });
});
