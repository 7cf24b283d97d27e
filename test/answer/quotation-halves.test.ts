import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotationLeftOpen } from '../../src/answer/extractive.js';
import { quotedPhrases } from '../../src/answer/question.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A speaker's quotation that the sentence splitter cuts in two is quoted whole: the half the question matches
 * brings the other half, which holds the substance. On articles written for this test (none of them is a seed).
 */

const FILES = {
  'post.md': article(
    'Harbour Ledger',
    '2025-06-12',
    [
      'Officials in both capitals stayed quiet on Wednesday about the cobalt talks.',
      'President Ardent first claimed progress on Thursday on his social network: "Our pact with Freedonia is done, subject to final approval by the parliament. Full cobalt shipments will be delivered, up front, from August."',
      'Ministers did not comment on the timetable.',
    ].join('\n\n'),
  ),
  'minister.md': article(
    'Valley Times',
    '2025-06-13',
    [
      'Trade minister Olga Marsh answered questions at the port.',
      '“We are not going to rush this. The quotas stay until the inspectors sign off,” Marsh said on Friday.',
      'The inspectors are due in September.',
    ].join('\n\n'),
  ),
  'plant.md': article(
    'Coastal Mining Journal',
    '2025-05-16',
    [
      '# Ardent Mining makes its first terbium',
      'Ardent Mining said on Friday it had produced its first separated terbium at its plant in Kuantan.',
      '"The production of this terbium is a significant step for our customers," Ardent chief executive Mara Quist said on Friday.',
      '"Ardent is now the only commercial producer of separated terbium outside Freedonia.',
      '"We are talking to buyers in Japan and Europe," Ms Quist said.',
    ].join('\n\n'),
  ),
  'arrests.md': article(
    'Freedonia Daily',
    '2025-07-20',
    [
      'The Ministry of Public Order said on Monday it had arrested twelve people in a cobalt smuggling ring, a record for the country.',
      'A Ministry of Public Order spokesperson said certain buyers in the country were a concern.',
    ].join('\n\n'),
  ),
  'orders.md': article(
    'Capital Wire',
    '2025-07-21',
    'The Ministry of Public Order said its officers had searched forty warehouses across the country and were certain to search more.',
  ),
  'security.txt': [
    'Ministry warns of mineral smuggling',
    '',
    'The Ministry of Public Order said foreign agents were colluding with smugglers to move cobalt out of Freedonia.',
    'It said smugglers hid the metal in ceramic tiles and bottled water.',
    '',
    'It referred only to an unnamed "certain country" that it said lacked the capacity to refine its own cobalt.',
    '',
    'The ministry publishes such warnings every month, and its spokesperson said the ministry would keep publishing them.',
    '',
  ].join('\n'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('which way a sentence leaves a quotation', () => {
  it('tells opened, closed and balanced quotations apart, with curly and straight marks', () => {
    expect(quotationLeftOpen('He wrote: "Our pact is done, subject to approval.')).toBe(1);
    expect(quotationLeftOpen('Full shipments will be delivered, up front."')).toBe(-1);
    expect(quotationLeftOpen('“We are not going to rush this.')).toBe(1);
    expect(quotationLeftOpen('The quotas stay,” Marsh said.')).toBe(-1);
    expect(quotationLeftOpen('He said "yes" and left.')).toBe(0);
    expect(quotationLeftOpen('No quotation here.')).toBe(0);
  });
});

describe('a quotation cut in two by the sentence splitter', () => {
  it('quotes the half after the one the question matches', async () => {
    const a = await bot.answerQuestion('what did ardent post about the freedonia pact on thursday');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Our pact with Freedonia is done');
    expect(a.answer).toContain('up front, from August');
    const c = a.citations.find((x) => x.quote.includes('Our pact with Freedonia'));
    expect(c?.quote).toContain('up front, from August');
  });

  it('quotes the half before the one the question matches', async () => {
    const a = await bot.answerQuestion('marsh - what did she say about the quotas and the inspectors');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('We are not going to rush this.');
    expect(a.answer).toContain('The quotas stay until the inspectors sign off');
  });
});

describe("a speaker's quotation carried into the next paragraph", () => {
  it('counts the unattributed quotation after "…," X said as X\'s words', async () => {
    const a = await bot.answerQuestion('What did Mara Quist say when Ardent produced its first terbium?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('only commercial producer of separated terbium');
  });
});

describe('a phrase the question quotes', () => {
  it('is read from single, double and curly quotation marks, not from apostrophes', () => {
    expect(quotedPhrases("what did they say about a 'certain country'?")).toEqual(['certain country']);
    expect(quotedPhrases('what did Salo mean by “three different clocks”')).toEqual(['three different clocks']);
    expect(quotedPhrases("didn't lynas' ceo say it's 'fine'")).toEqual([]);
  });

  it('is looked for as written, and the sentence that has it is quoted first', async () => {
    const a = await bot.answerQuestion("what did the ministry of public order say about a 'certain country'?");
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toContain('"certain country"');
  });
});
