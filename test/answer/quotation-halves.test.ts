import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotationLeftOpen } from '../../src/answer/extractive.js';
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
