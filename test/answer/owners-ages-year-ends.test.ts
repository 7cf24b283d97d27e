import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heardDate, heardFigure } from '../../src/answer/asked-sides.js';
import { analyzeQuestion, buildVocabulary } from '../../src/answer/question.js';
import { findDateMentions } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A speaker asked for with their employer in the asker's words ("benchmark's ilse varga" of "Kestrel research manager
 * Ilse Varga"), an age asked ("how old is the export agency" of "its 90-year history"), a year's end heard from a page
 * ("the AI piece says end of 2026" against "until November 10, 2026"), a count heard ("says 4" of "four of its October
 * notices"), an ordinal of a series that is no day ("the 4th or 5th round"), and a port that opens an outlet's name ("port
 * varde" of "Port Varde Business Times"), which other pages write too. On articles written for this test: the people, bodies, outlets and figures are invented.
 */

const FILES = {
  'floor.md': article(
    'Fjord Post',
    '2025-07-10',
    '"This move could help normalise cobalt pricing outside Finland," Kestrel research manager Ilse Varga told the Fjord Post.',
  ),
  'benchmark.md': article(
    'Tarn Wire',
    '2025-07-12',
    'Analysts at Benchmark Metals Intelligence said a price floor keeps income steady for the miner.',
  ),
  'agency.md': article(
    'Baltic Ledger',
    '2026-02-02',
    'The export agency’s $10 billion loan is the largest in the agency’s 90-year history, officials said.',
  ),
  'pause.md': article(
    'Harbour Post',
    '2025-11-12',
    'The suspension of the cobalt controls runs until November 10, 2026, the ministry said.',
  ),
  'gallium.md': article('Kvarken Monitor', '2026-01-15', 'Finland’s gallium suspension for Norway-bound cargo runs to 27 November 2026.'),
  'explainer.md': article('Quick Explainers', '2025-11-15', 'Finland then suspended its October cobalt measures until December 31, 2026.'),
  'port-varde-business-times_feed.md': article(
    'Port Varde Business Times',
    '2025-11-20',
    'Port Varde handled a rise in cobalt concentrate arrivals in the third quarter, port operators said.',
  ),
  'memo.md': article('Oulu Metals (logistics memo)', '2025-11-13', 'Main lane stays **Oulu → Port Varde**, sailing time **21 days**.'),
  'bulletin.md': article(
    'Gulf Freight Bulletin',
    '2025-11-14',
    'Concentrate shippers report the Oulu–Port Varde lane at roughly 27 days including port waits at origin.',
  ),
  // (Pages on other things, so that the port's words are no word of most pages.)
  ...Object.fromEntries(
    Array.from({ length: 16 }, (_, i) => [
      `mine-${i}.md`,
      article(
        'Kvarken Monitor',
        `2025-08-${String(i + 10)}`,
        `Cobalt output at the Kuusamo mine rose ${i + 2}% in the quarter, the operator said.`,
      ),
    ]),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a speaker with their employer in the asker’s words', () => {
  it('quotes the person named in full, whoever the asker says they work for', async () => {
    const a = await bot.answerQuestion("what did benchmark's ilse varga say about cobalt pricing outside finland");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('could help normalise cobalt pricing');
  });
});

describe('a place that opens an outlet’s name', () => {
  it('leaves the other pages that write it in the answer, the outlet’s weighing up', async () => {
    const a = await bot.answerQuestion('transit oulu -> port varde? memo says 21 days, bulletin 27. which do i use');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('sailing time **21 days**');
  });

  it('still names the page when the question speaks of a page', async () => {
    const a = await bot.answerQuestion('what does the port varde piece say about arrivals?');
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations.every((c) => c.source === 'port-varde-business-times_feed.md')).toBe(true);
  });
});

describe('an age asked', () => {
  it('answers "how old is the export agency?" from its years of history', async () => {
    const a = await bot.answerQuestion('how old is the export agency supposedly?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('90-year history');
  });

  it('reads "old" as met by the history articles give (synonyms.txt)', () => {
    const vocab = buildVocabulary(['The loan is the largest in the agency’s 90-year history.']);
    expect(analyzeQuestion('how old is the agency?', vocab).terms.find((t) => t.word === 'old')?.matches).toContain('histori');
  });
});

describe('the end of a year heard from a page', () => {
  it('sets "end of 2026" against the day the other pages give, each quoted', async () => {
    const a = await bot.answerQuestion('suspension runs until when? the explainer says end of 2026');
    const quotes = a.disagreements.flatMap((d) => d.positions.map((p) => p.quote));
    expect(quotes.some((q) => q.includes('until December 31, 2026'))).toBe(true);
    expect(quotes.some((q) => q.includes('until November 10, 2026'))).toBe(true);
  });
});

describe('the end of a year heard', () => {
  it('is a side of late December', () => {
    const side = heardDate('suspension runs until when? the explainer says end of 2026');
    expect(side?.label).toBe('end of 2026');
    expect(side?.re.test('until December 31, 2026')).toBe(true);
    expect(side?.re.test('until November 10, 2026')).toBe(false);
  });
});

describe('a count heard for the things asked', () => {
  it('is a side in those things, however many words come between', () => {
    const heard = heardFigure('how many notices did no. 12 suspend? the explainer says 4');
    expect(heard?.side.re.test('suspending four of its October notices for one year')).toBe(true);
    expect(heard?.side.re.test('four months later')).toBe(false);
  });
});

describe('an ordinal of a series', () => {
  it('is no day of the month, where "the 26th" is', () => {
    expect(findDateMentions('was it the 4th or 5th round of talks?')).toEqual([]);
    expect(findDateMentions('exports rose in the 3rd quarter')).toEqual([]);
    expect(findDateMentions('they met on the 26th').length).toBe(1);
  });
});
