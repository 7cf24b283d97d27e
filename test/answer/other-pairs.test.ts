import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partiesNamed } from '../../src/answer/pairs.js';
import { otherPair } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Near misses that must get "the articles don't say", on articles written for this test: a question that names
 * the story's pair ("the us-china deal") is not answered from an article about one party's deal with a third
 * country; a yes/no question about a company no article mentions; a destination no figure goes to; a place the
 * asker is near. And the questions next to them that must still be answered.
 */

const STORY = [
  'Washington and Beijing agreed in Oslo on June 11 to speed up licences for magnet exports.',
  'China shipped 353 tonnes of magnets to the United States in June, customs data showed.',
  'Carmakers in Europe and the US said several production lines were halted because of the curbs.',
  'US and Chinese officials met again at Akershus Fortress on June 12.',
];

const FILES = {
  'oslo.md': article('Harbour Ledger', '2025-06-13', STORY.join(' ')),
  'customs.md': article(
    'Port Ledger',
    '2025-07-21',
    [
      "China's magnet exports rose to 3,188 tonnes in June.",
      'Shipments to the United States were 353 tonnes in June, and Chinese officials said more licences would follow.',
      'Beijing told US buyers that the curbs on magnets would ease.',
    ].join(' '),
  ),
  'wire.md': article(
    'Cable Desk',
    '2025-06-27',
    [
      'China confirmed the details of its framework with the United States on Friday.',
      'The US said China would approve magnet exports faster, and Chinese officials agreed.',
    ].join(' '),
  ),
  'ukraine.md': article(
    'Kyiv Business',
    '2025-05-01',
    [
      '# US and Ukraine sign minerals deal',
      'The United States and Ukraine on April 30 signed an agreement to set up a joint reconstruction investment fund.',
      'The fund will start with $150 million and invest in projects for rare earth mining and processing.',
      'Officials in Washington said the deal on rare earths and minerals would deepen ties with Kyiv.',
    ].join('\n\n'),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe("another pair's deal", () => {
  it('reads the pair a question names, as typed', () => {
    expect([...partiesNamed('the us-china rare earth deal')].sort()).toEqual(['China', 'the US']);
    expect([...partiesNamed('what did china and the us agree')].sort()).toEqual(['China', 'the US']);
    expect([...partiesNamed('did they ask us about china')]).toEqual(['China']);
  });

  it("judges an article about one party's deal with a third country as another pair's", () => {
    expect([...bot.corpus.otherPair]).toEqual([['ukraine.md', 'Ukraine']]);
    // It makes no claims: its signing date is not the story's.
    expect(bot.corpus.claims.some((c) => c.source === 'ukraine.md')).toBe(false);
  });

  it('lists it among the pages not about the story, asked however ("which articles aren\'t actually about this deal? lookalikes")', async () => {
    // (Or the other deals themselves, set apart from the story's in words: "…that aren't with china".)
    for (const q of [
      "which articles in the folder aren't actually about this deal? lookalikes",
      'any distractors in here?',
      "list the other minerals deals the US did in 2025 that aren't with china",
      'name the other deals, besides the one with china',
    ]) {
      const a = await bot.answerQuestion(q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toMatch(/not about the story|not this story/);
      expect(a.answer, q).toMatch(/Kyiv Business .*\(a deal with Ukraine\)/);
      expect(a.answer, q).not.toMatch(/Port Ledger|Cable Desk/);
    }
  });

  it('reads a title-case headline\'s pairing too ("US And Ukraine Sign…")', () => {
    const lead = [{ text: 'Kyiv and Washington signed their long-awaited minerals agreement on April 30.' }];
    expect(otherPair('US And Ukraine Sign Historic, Long-Awaited Rare Minerals Deal: Key Details', lead, ['the US', 'China'])).toBe(
      'Ukraine',
    );
    expect(otherPair('US And China Sign Rare Earths Framework', lead, ['the US', 'China'])).toBeNull();
  });

  it("does not answer a question about the story's pair from it", async () => {
    const a = await bot.answerQuestion('how big is the joint reconstruction investment fund under the us-china rare earth deal?');
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/150 million/);
  });

  it("names it, and does not answer from it, when the question takes the third country's deal for part of the story", async () => {
    // (Not "…in the ukraine deal?": a deal named by the other country is one the asker knows is another story.)
    const a = await bot.answerQuestion('how big is the reconstruction investment fund kyiv set up?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/only Kyiv Business .*a deal with Ukraine/);
  });

  it('answers from it when the question shows it is another story ("…too?", "is that part of this", "unrelated but")', async () => {
    // (Also named without "the", or with the country's possessive: "ukraine minerals deal - …", "ukraine's minerals deal".)
    for (const q of [
      'is the ukraine deal part of this? how big is its reconstruction investment fund',
      'unrelated but how big is the reconstruction investment fund in the ukraine deal?',
      'ukraine minerals deal - how big is the reconstruction investment fund?',
      "how big is the reconstruction investment fund in ukraine's minerals deal?",
    ]) {
      const a = await bot.answerQuestion(q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toMatch(/\$150 million/);
    }
    // Also beside the story's pair.
    const both = await bot.answerQuestion('is the us-china deal like the ukraine one? how big is the ukraine reconstruction fund');
    expect(both.abstained).toBe(false);
    expect(both.answer).toMatch(/Kyiv Business/);
  });
});

describe('who, where and where to', () => {
  it('abstains on a yes/no question about a company no article mentions', async () => {
    const a = await bot.answerQuestion('did tesla have to stop any lines bc of the curbs');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/tesla/);
  });

  it('answers a yes/no question whose subject the articles name', async () => {
    const a = await bot.answerQuestion('did carmakers have to stop any lines bc of the curbs');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/production lines were halted/);
  });

  it('gives no figure for a destination no figure goes to', async () => {
    const a = await bot.answerQuestion('how many tonnes of magnets did china ship to india in june?');
    expect(a.abstained).toBe(true);
  });

  it('gives the figure for the destination asked', async () => {
    const a = await bot.answerQuestion('how many tonnes of magnets did china ship to the us in june?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/353 tonnes/);
  });

  it('abstains on a ramen place near a venue the articles name', async () => {
    const a = await bot.answerQuestion('can u recommend a good ramen place near akershus fortress');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/ramen/);
  });
});
