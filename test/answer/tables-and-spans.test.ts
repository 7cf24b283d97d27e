import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthSpan } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Data pieces, spans of months, places asked beside dates, and the coverage's own publication, on articles
 * written for this test: a table's rows are found by what their header and heading say they are; "from may thru
 * september" asks for every month in between; "when n where did they meet" shows a dispute over the place; "an
 * article published on November 8" is no step of the story; words the asker quotes do not ask where sources differ.
 */

const DATA_PIECE = [
  '---',
  'publication: Tidewater Data Desk',
  'published: 2025-10-22',
  '---',
  '',
  'We compiled the monthly figures for rare earth magnet exports from the customs releases. All volumes are in metric tons.',
  '',
  '## Table 1 — Monthly magnet exports, all destinations vs. United States',
  '',
  '```',
  'Month      | Total (t) | To US (t)',
  '-----------|-----------|----------',
  'May 2025   |     1,412 |        38',
  'Jun 2025   |     3,311 |       301',
  'Jul 2025   |     5,602 |       577',
  'Aug 2025   |     6,020 |       548',
  'Sep 2025   |     5,690 |       402',
  '```',
  '',
  'Shipments recovered after the London framework, then eased in the autumn.',
  '',
].join('\n');

const FILES = {
  'data.md': DATA_PIECE,
  'summit-a.md': article(
    'Harbour Ledger',
    '2025-10-31',
    'Presidents Trump and Xi met in Busan, South Korea, on October 30 and agreed to a one-year truce on rare earth export controls.',
  ),
  'summit-b.md': article(
    'Inland Courier',
    '2025-10-31',
    'Trump and Xi met in Gyeongju, South Korea, on October 30, where the two leaders agreed to pause the rare earth export controls.',
  ),
  'correction.md': article(
    'Inland Courier',
    '2025-11-12',
    [
      'Correction: An article published on November 8 under the headline "Beijing freezes rare earth rules" misstated the end of the pause on rare earth export controls.',
      'The pause runs until November 10, 2026.',
    ].join(' '),
  ),
  'factsheet.md': article(
    'Northgate Times',
    '2025-11-02',
    'A White House fact sheet published on November 1 said China would issue general licences for exports of rare earths.',
  ),
  'interview.md': article(
    'Compliance Weekly',
    '2025-10-20',
    [
      'Announced is not the same as in force, and here you have three different clocks, the lawyer Maija Salo said of the rare earth export controls.',
      'The technology controls took effect on October 9, and the rest take effect on December 1, Salo said.',
    ].join(' '),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('tables written as text', () => {
  it("finds a row by its table's header and heading and by its month written short", async () => {
    const a = await bot.answerQuestion('what were july magnet exports to the us?');
    const first = a.retrieved[0];
    expect(first?.source).toBe('data.md');
    expect(DATA_PIECE.slice(first?.start, first?.end)).toContain('Jul 2025');
  });
});

describe('spans of months', () => {
  it('reads every month between the first and the last', () => {
    expect(monthSpan('give me the monthly magnet shipments to the US from may thru september')).toEqual([
      'May',
      'June',
      'July',
      'August',
      'September',
    ]);
    expect(monthSpan('between june and august')).toEqual(['June', 'July', 'August']);
    expect(monthSpan('june and august figures')).toBeNull();
    expect(monthSpan('what happened in july')).toBeNull();
  });

  it('asks for any month in between, as one term that frames the question', () => {
    const terms = bot.analyze('give me the monthly magnet shipments to the US from may thru september').terms;
    const span = terms.find((t) => t.word === 'may-june-july-august-september');
    expect(span?.matches).toEqual(expect.arrayContaining(['june', 'juli', 'august']));
    expect(span?.frame).toBe(true);
    expect(span?.salient).toBe(false);
    // (The months typed as its ends are one topic, met by any month of the span: "353 tonnes in June".)
    const ends = terms.filter((t) => t.word === 'may' || t.word === 'september');
    expect(ends).toHaveLength(2);
    expect(ends[0]?.group).toBeDefined();
    expect(ends[0]?.group).toBe(ends[1]?.group);
    expect(ends[0]?.matches).toEqual(expect.arrayContaining(['juli']));
  });
});

describe('a place asked beside a date', () => {
  it('shows the dispute over where the leaders met for "when n where"', async () => {
    const a = await bot.answerQuestion('when n where did trump and xi meet');
    const claims = a.disagreements.flatMap((d) => d.positions.map((p) => p.claim));
    expect(claims).toEqual(expect.arrayContaining(['Busan', 'Gyeongju']));
  });
});

describe("the coverage's own publication", () => {
  it('is no announcement of the story', () => {
    const claims = bot.claims.filter((c) => c.source === 'correction.md');
    expect(claims.some((c) => c.value === '2026-11-10')).toBe(true);
    expect(claims.some((c) => (c.qualifier ?? '').startsWith('announce|'))).toBe(false);
  });
});

describe('words the asker quotes', () => {
  it('do not ask where the sources differ', async () => {
    const a = await bot.answerQuestion("What did Salo mean by 'three different clocks'?");
    expect(a.answer).not.toMatch(/The sources disagree on \d+ points?/);
    expect(a.citations.some((c) => c.source === 'interview.md')).toBe(true);
  });
});
