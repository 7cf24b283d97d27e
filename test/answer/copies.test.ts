import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Wire copy run by several outlets, on articles written for this test: the sentence is quoted once, and the
 * other outlets that carry it are named with it ("which outlets carried it?").
 */

const WIRE =
  'China confirmed on Friday that it had finalised details of a trade framework with the United States, saying it would review and approve applications for exports of controlled items.';

const FILES = {
  'wire.md': article('Northwire', '2025-06-27', `${WIRE} The ministry gave no figures.`),
  'ledger.md': article('Gulf Ledger', '2025-06-27', `Originally published by Northwire. ${WIRE} Shipping stocks rose.`),
  'herald.md': article('Bay Herald', '2025-06-28', `${WIRE} Analysts were cautious.`),
  'other.md': article(
    'Metal Bulletin',
    '2025-06-29',
    'Traders said magnet prices in Rotterdam had eased since the framework was finalised with the United States.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('the same wire sentence in several outlets', () => {
  it('quotes it once and names every outlet that carried it', async () => {
    const a = await bot.answerQuestion('did china say it would approve export applications?');
    const quoted = a.answer.split(WIRE).length - 1;
    expect(quoted).toBe(1);
    for (const outlet of ['Northwire', 'Gulf Ledger', 'Bay Herald']) expect(a.answer).toContain(outlet);
    expect(a.answer).toMatch(/also carried by [^\n]*(?:Gulf Ledger|Bay Herald)/);
  });

  it('still lists each outlet with its own quote when asked which outlets carried it', async () => {
    const a = await bot.answerQuestion('which outlets reported that china would approve export applications?');
    for (const outlet of ['Northwire', 'Gulf Ledger', 'Bay Herald'])
      expect(a.answer).toMatch(new RegExp(`${outlet}[^\n]*: “China confirmed`));
  });

  it('does not call a different sentence a copy', async () => {
    const a = await bot.answerQuestion('what happened to magnet prices in rotterdam');
    expect(a.answer).not.toMatch(/also carried by/);
  });
});
