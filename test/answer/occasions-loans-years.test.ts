import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { destinationOf } from '../../src/answer/relevance.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Questions typed the way a desk types them: "did pricing come up at oslo at all?" (a subject discussed at a meeting,
 * which the page sets in Oslo only in its lead), "size of the exim loan behind the reserve?" (the export credit agency
 * by its initials), "how many tons of cobalt went to norway over the whole of 2025" (goods that went somewhere, a whole
 * year), "july cobalt exports — whats the six-month-high number" (a month asked: the disputed year totals are not its
 * answer). On articles written for this test: the people, outlets and figures are invented.
 */

const FILES = {
  'summit.md': article(
    'Fjord Post',
    '2025-10-30',
    [
      'After a "productive meeting" with Finnish President Aino Lahti, Norwegian Prime Minister Eirik Dahl said on Thursday that he would cut cobalt duties. The two leaders met face-to-face in Oslo on Thursday for the first time since 2019.',
      'Dahl said the cobalt supply deal was a one-year extendable agreement.',
      'The prime minister clarified that he and Lahti did not discuss pricing, saying that it "never came up".',
    ].join('\n\n'),
  ),
  'reserve.md': article(
    'Civic Ledger',
    '2026-02-02',
    [
      'Dahl unveiled the Cobalt Reserve on February 2, 2026 as a $12 billion stockpile combining $10 billion in Export-Import Bank financing with private capital.',
      "The Export-Import Bank's $10 billion loan is the largest in the agency's history.",
    ].join('\n\n'),
  ),
  'year.md': article('Tarn Wire', '2026-01-19', 'For all of 2025, Finland exported 57,392 tons of cobalt, representing an annual decline.'),
  'norway.md': article(
    'Harbour Desk',
    '2026-01-20',
    ['Cobalt exports to Norway fell 3% in December from a month earlier to 564 tons.'].join('\n\n'),
  ),
  'memo.md': article('Kvarken Monitor', '2026-02-20', 'For the whole of 2025 Finland exported 62,585 tonnes of cobalt, a record.'),
  'july.md': article(
    'Baltic Ledger',
    '2025-08-20',
    [
      "Finland's cobalt exports recovered to hit a six-month high in July, showing trade flows have returned to earlier levels.",
      'Exports from the largest cobalt supplier rose nearly 75% from June to hit the highest for a single month since January at 5,577 metric tons last month, customs data showed on Wednesday.',
      'The July volume was also 5.7% higher than 5,278 tons shipped in the same month last year.',
    ].join('\n\n'),
  ),
};

const MORE = {
  'kestrel-a.md': article(
    'Harbour Ledger',
    '2025-07-10',
    'On July 9, 2025, Kestrel Metals announced a cobalt partnership with the Finnish Defence Forces to secure magnet supply.',
  ),
  'kestrel-b.md': article(
    'Fjord Street',
    '2025-07-11',
    'On July 10, the Finnish Defence Forces confirmed a €400 million equity investment in Kestrel Metals, making it the largest shareholder.',
  ),
  'draft.md': article(
    'Working draft (Ola Berg, junior buyer)',
    '2025-10-09',
    [
      '- 10 June 2025 — Oslo talks end with a cobalt framework.',
      '- 9 July 2025 — Norway lifts cobalt refining software curbs.',
      '- 30 October 2025 — Dahl and Lahti meet in Oslo.',
    ].join('\n'),
  ),
  'software.md': article(
    'Harbour Review',
    '2025-07-03',
    'On July 2, Norway rescinded the licence requirement for cobalt refining software sales to Finland, effective immediately.',
  ),
  'hassett.md': article(
    'Nordic Wire',
    '2025-06-09',
    [
      'Top Norwegian and Finnish officials met in Oslo on Monday with the intention of closing a cobalt deal.',
      '"Our expectation is that ... immediately after the handshake, any export controls will be eased, and the cobalt will be released in volume," adviser Kari Holm added.',
    ].join('\n\n'),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles({ ...FILES, ...MORE }));
});
afterAll(removeTempDirs);

describe('a subject that came up at a meeting', () => {
  it('reads "did pricing come up at oslo" as discussed there, met where the lead sets the meeting in Oslo', async () => {
    expect(normalizeInformal('did pricing come up at oslo at all?')).toBe('did pricing discussed at oslo at all?');
    const a = await bot.answerQuestion('did pricing come up at oslo at all?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('did not discuss pricing');
  });
});

describe('the export credit agency by its initials', () => {
  it('answers "the exim loan" from the Export-Import Bank', async () => {
    const a = await bot.answerQuestion('size of the exim loan behind the reserve?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('$10 billion');
  });
});

describe('goods that went somewhere, a whole year', () => {
  it('reads "went to norway" as shipped there', async () => {
    expect(normalizeInformal('how many tons of cobalt went to norway in december')).toBe(
      'how many tons of cobalt shipped to norway in december',
    );
    const a = await bot.answerQuestion('how many tons of cobalt went to norway in december');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('564');
  });

  it('reads "over the whole of 2025" as the year, and gives its disputed totals', async () => {
    expect(normalizeInformal('how many tonnes of cobalt did finland export over the whole of 2025')).toBe(
      'how many tonnes of cobalt did finland export in 2025',
    );
    const a = await bot.answerQuestion('how many tonnes of cobalt did finland export over the whole of 2025');
    expect(a.abstained).toBe(false);
    expect(a.disagreements.some((d) => d.positions.some((p) => p.quote.includes('62,585')))).toBe(true);
  });
});

describe('a month asked, and a dispute over a year', () => {
  it('does not give the year totals in dispute as the answer about one month', async () => {
    const a = await bot.answerQuestion('july cobalt exports — whats the six-month-high number');
    expect(a.abstained).toBe(false);
    expect(a.disagreements).toHaveLength(0);
    expect(a.answer).toContain('5,577');
  });
});

describe('sides seen, and a time intensified', () => {
  it('reads "ive seen both 9 and 10 july" as two sides, each stated by a page', async () => {
    expect(normalizeInformal('ive seen both 9 and 10 july')).toBe('9 or 10 july');
    expect(normalizeInformal('did both dahl and lahti attend?')).toBe('did both dahl and lahti attend?');
    const a = await bot.answerQuestion('when was the kestrel / defence forces deal announced? ive seen both 9 and 10 july');
    const d = a.disagreements.find((x) => x.positions.length === 2);
    expect(d?.positions.map((p) => p.quote.includes('July 9') || p.quote.includes('July 10'))).toEqual([true, true]);
  });

  it('reads "right after the handshake" as immediately after it', async () => {
    expect(normalizeInformal('what did holm expect right after the handshake')).toBe(
      'what did holm expect immediately after the handshake',
    );
    expect(normalizeInformal('is that right after all')).toBe('is that right after all');
    const a = await bot.answerQuestion('what did holm say he expected to happen right after the handshake in oslo');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('released in volume');
  });

  it('reads a day a colleague "has … in his draft" as a side offered, not where to look', async () => {
    const a = await bot.answerQuestion('when exactly did norway scrap the cobalt software licence thing? ola has 9 july in his draft');
    expect(a.answer).toContain('On July 2, Norway rescinded');
    const d = a.disagreements.find((x) => x.positions.some((p) => p.quote.includes('9 July 2025')));
    expect(d?.positions.some((p) => p.quote.includes('On July 2'))).toBe(true);
  });

  it('sets aside "according to the coverage" and reads "sign up to" as committed to', () => {
    expect(normalizeInformal('what did finland sign up to at oslo according to the coverage?')).toBe(
      'what did finland committed to at oslo ?',
    );
  });
});

describe('where figures go, typed as "-bound"', () => {
  it('reads a lower-case "us-bound" as the US, also after a span of months', () => {
    expect(destinationOf('us-bound magnet tonnage')).toBe('the US');
    expect(destinationOf('give me us-bound magnet exports month by month from may to november 2025?')).toBe('the US');
    expect(destinationOf('magnet exports month by month from may to november')).toBeNull();
  });
});
