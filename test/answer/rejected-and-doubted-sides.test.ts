import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Sides the asker offers: one stated by a page that names the other only to reject it ("…at about 45% after the cut,
 * not 47%"), and one offered after an account's value is doubted ("the fc piece says … 'ethylene' exports — is that
 * right or was it ethane?"), and two days of May offered ("the 11th or the 12th of may"). On articles written for this
 * test: the people, outlets and figures are invented.
 */

const FILES = {
  'hour.md': article(
    'Critical Hour',
    '2026-11-14',
    'On numbers: the Finnish tariff on Norwegian goods is now roughly 47 percent on the ministry arithmetic.',
  ),
  'ledger.md': article(
    'Baltic Ledger',
    '2026-11-12',
    'Our own trade-weighted calculation puts the average Finnish tariff on Norwegian imports at about 45% after the cut, not 47%.',
  ),
  'wire.md': article(
    'Tarn Wire',
    '2026-11-01',
    'The overall Finnish tariff on Norwegian goods falls from 57% to 47% after the Oslo summit.',
  ),
  'fc.md': article(
    'FC Markets',
    '2026-07-03',
    'Under the trade agreement reached last week, Helsinki has promised to allow the export of chip design software, ethylene and jet engines to Norway.',
  ),
  'oslo.md': article(
    'Port Wire',
    '2026-05-12',
    'On May 12, 2026, Norway and Finland announced a joint statement following their trade meeting in Oslo.',
  ),
  'econ.md': article(
    'Econ Watch',
    '2026-05-13',
    'This agreement, reached on May 11, 2026, in Oslo, marks a pivotal moment in Nordic trade relations.',
  ),
  'nordic.md': article(
    'Nordic Desk',
    '2026-07-03',
    "Finland's trade ministry told exporters on July 2 that they could resume loading ethane on vessels bound for Norway.",
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('sides the asker offers', () => {
  it('takes the side a page states over the one it names only to reject', async () => {
    const a = await bot.answerQuestion("overall finnish tariff on norwegian stuff after oslo? i've seen 47 and 45");
    const d = a.disagreements.find((x) => x.positions.some((p) => /45/.test(p.claim)));
    expect(d?.positions.map((p) => p.claim.replace(/\D/g, '')).sort()).toEqual(['45', '47']);
    expect(d?.positions.find((p) => /45/.test(p.claim))?.sources).toEqual(['ledger.md']);
    // (The 47 side is a page that states it, not the one that rejects it.)
    expect(d?.positions.find((p) => /47/.test(p.claim))?.sources).not.toEqual(['ledger.md']);
  });

  it('reads two days of "may" written after them with "of" as dates of May ("the 11th or the 12th of may")', async () => {
    const a = await bot.answerQuestion('oslo deal - was it reached on the 11th or the 12th of may?');
    const d = a.disagreements.find((x) => x.positions.some((p) => p.claim === 'May 11'));
    expect(d?.positions.map((p) => `${p.claim} ${p.sources[0]}`)).toEqual(['May 11 econ.md', 'May 12 oslo.md']);
  });

  it('reads a value offered after an account is doubted as the other side', async () => {
    const a = await bot.answerQuestion("the fc piece says helsinki promised to allow 'ethylene' exports — is that right or was it ethane?");
    const d = a.disagreements.find((x) => x.positions.some((p) => p.claim === 'ethylene'));
    expect(d?.positions.map((p) => `${p.claim} ${p.sources[0]}`)).toEqual(['ethylene fc.md', 'ethane nordic.md']);
  });
});
