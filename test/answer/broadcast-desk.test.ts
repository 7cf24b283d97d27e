import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * How a broadcast desk types ("need a line for the anchor", "anchor wants to know", "who was across the table"), the
 * podcasts "in the folder", and a briefing transcript whose cast line gives the briefer's title after the name
 * ("Briefer: Mara Kell, Commerce Department spokesperson"). On articles written for this test (the outlets and people
 * are invented).
 */

const FILES = {
  'briefing.txt': [
    'TRANSCRIPT — DEPARTMENT OF COMMERCE BACKGROUND PRESS BRIEFING',
    'Washington, D.C. | June 27, 2025',
    'Briefer: Mara Kell, Commerce Department spokesperson',
    '',
    'MS. KELL: Good afternoon. China will deliver rare earths and magnets, and we will take down our countermeasures.',
    '',
    'Q: (Renner, Gulf Energy Daily) Does this change tariffs?',
    '',
    'MS. KELL: No. Tariffs are a separate track from export controls.',
    '',
    'MS. KELL: Thanks, everybody.',
    '',
  ].join('\n'),
  'tariffs.md': article(
    'Factline',
    '2025-06-30',
    '30% is the US tariff rate on Chinese goods after the Geneva truce; the June deal did not change it.',
  ),
  'podcast.md': [
    '---',
    'title: "Supply Chatter, Ep. 41 — Magnets and the London deal"',
    'outlet: Supply Chatter Podcast',
    'published: 2025-06-30',
    '---',
    'Episode 41 transcript. Recorded June 29, 2025.',
    '',
    'HOST: Welcome back. This week the rare-earth framework was signed, and magnet buyers are waiting for licences.',
    '',
    'GUEST: Licences are moving, but slowly.',
    '',
  ].join('\n'),
  'talks.md': article(
    'Harbor Wire',
    '2025-06-11',
    'In London, Vice Premier Zhao Ren led the Chinese negotiators, facing Treasury Secretary Ada Penrose across the table.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('who the answer is for, on a broadcast desk', () => {
  it('is not part of the question ("need a line for the anchor", "anchor wants to know")', async () => {
    expect(normalizeInformal("did the june deal stop china's october controls? need a line for the anchor")).toBe(
      "did the june deal stop china's october controls?",
    );
    expect(normalizeInformal('does the deal change tariffs at all? anchor wants to know')).toBe('does the deal change tariffs at all?');
    const a = await bot.answerQuestion('does the deal change tariffs at all? anchor wants to know');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/did not change it|separate track/);
  });
});

describe('who was across the table', () => {
  it('asks who took part in the talks as negotiators', () => {
    expect(normalizeInformal('and who was across the table for china in london')).toMatch(/took part in the talks as negotiators/);
  });
});

describe('the podcasts in the folder', () => {
  it('are listed by their own labels, however chat rewriting drops "in the folder"', async () => {
    expect(classifyQuestion('which podcasts are in the folder')).toMatchObject({ kind: 'genre-pages', genre: 'transcript' });
    const a = await bot.answerQuestion('how many podcasts do we have in the folder and which');
    expect(a.answer).toMatch(/Supply Chatter/);
  });
});

describe("a briefer's title given after the name", () => {
  it("finds the briefer by the title, the body's word in it or not", () => {
    const focus = (bot as unknown as { focus: { titledNames(text: string): string[] } }).focus;
    expect(focus.titledNames('what did the commerce dept spokesperson say at the briefing')).toEqual(['Mara Kell']);
    expect(focus.titledNames('what did the commerce department spokesperson say')).toEqual(['Mara Kell']);
  });
});
