import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTitleIndex } from '../../src/answer/speakers.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Who was china's international trade rep at the oslo talks?": a title both parties have ("trade representative"),
 * asked with the party before a word that describes it, is the one the articles give it with that party, "China's
 * International Trade Representative Li Wen", however often the other side's holder is named. On articles written
 * for this test: the cobalt talks, outlets and people are invented.
 */

const FILES = {
  'ledger.md': article(
    'Harbour Ledger',
    '2025-06-11',
    "China's International Trade Representative Li Wen called the Oslo cobalt talks candid and thorough.",
  ),
  'wire.md': article(
    'Fjord Wire',
    '2025-06-11',
    "US Trade Representative Jamie Gray said China's negotiators at the Oslo cobalt talks were productive.",
  ),
  'daily.md': article('Oslo Daily', '2025-06-12', 'US Trade Representative Jamie Gray told reporters the cobalt framework would hold.'),
  'weekly.md': article('Cobalt Weekly', '2025-06-13', 'US Trade Representative Jamie Gray praised the Oslo talks on cobalt licences.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a title both parties hold', () => {
  it('records the party a describing word stands between it and the title', () => {
    const index = buildTitleIndex([{ id: 0, text: "China's International Trade Representative Li Wen called the talks candid." }]);
    const key = [...index.byTitle].find(([, names]) => names.has('Li Wen'))?.[0] ?? '';
    expect([...(index.parties.get(`${key}\0Li Wen`) ?? [])]).toEqual(['China']);
  });

  it('answers with the holder the articles give it with the party asked, past a word that describes the title', async () => {
    const a = await bot.answerQuestion("who was china's international trade rep at the oslo talks?");
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('ledger.md');
    expect(a.answer.split('\n')[0]).toContain('Li Wen');
  });
});
