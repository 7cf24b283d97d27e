import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * When a pause ends, and what a corrections page says, on articles written for this test: a suspension "valid
 * through" a day ends that day; an expiry in another clause of the sentence ("tariff exclusions, due to expire on
 * November 29") is not the pause's; a pause of tariffs and a pause of export controls end on different days
 * without disagreeing; what a corrections page says the corrected article said is no source's claim.
 */

const FILES = {
  'mofcom.md': article(
    'Harbour Ledger',
    '2025-11-08',
    [
      'China suspended the rare earth export control measures it announced in October.',
      'The suspension takes effect immediately and is valid through November 10, 2026, the commerce ministry said.',
    ].join(' '),
  ),
  'post.md': article(
    'Inland Courier',
    '2025-11-08',
    'China formally suspended its October rare earth export controls. The suspension runs until October 30, 2026.',
  ),
  'factsheet.md': article(
    'Northgate Times',
    '2025-11-02',
    [
      'The United States will extend the suspension of higher reciprocal tariffs on Chinese goods for another year; and extend certain tariff exclusions on rare earth magnets, due to expire on November 29, 2025, until November 10, 2026.',
    ].join(' '),
  ),
  'truce.md': article(
    'Northgate Times',
    '2025-08-01',
    'The 90-day tariff truce between the United States and China on rare earths and other goods expires on August 12, 2025.',
  ),
  'corrections.md': [
    '---',
    'outlet: Inland Courier',
    'published: 2025-11-12',
    '---',
    '# Corrections and clarifications',
    '',
    'An article on the rare earth export controls of November 8 contained two errors.',
    '',
    "It said China's suspension of its rare earth export controls runs until October 30, 2026. In fact, the suspension of the export controls is valid through November 10, 2026.",
    '',
  ].join('\n'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

const pauseEnds = (source: string) => bot.claims.filter((c) => c.source === source && c.event === 'pause' && c.attribute === 'date');

describe('when a pause ends', () => {
  it('reads "valid through" as the end of a suspension', () => {
    expect(pauseEnds('mofcom.md').map((c) => c.value)).toEqual(['2026-11-10']);
  });

  it("does not date the pause with another clause's expiry", () => {
    expect(pauseEnds('factsheet.md').map((c) => c.value)).not.toContain('2025-11-29');
  });

  it('tells a pause of tariffs from a pause of export controls', async () => {
    expect(pauseEnds('truce.md')[0]?.qualifier).toBe('end|tariffs');
    const a = await bot.answerQuestion('till when is the suspension of the rare earth export controls valid?');
    const dispute = a.disagreements.find((d) => /pause/.test(d.topic));
    const values = dispute?.positions.map((p) => p.claim) ?? [];
    expect(values).toEqual(expect.arrayContaining(['2026-11-10', '2026-10-30']));
    expect(values).not.toContain('2025-08-12');
  });
});

describe('a corrections page', () => {
  it('makes no claim of what the corrected article said, and keeps the correction', () => {
    const ends = pauseEnds('corrections.md').map((c) => c.value);
    expect(ends).not.toContain('2026-10-30');
    expect(ends).toContain('2026-11-10');
  });
});
