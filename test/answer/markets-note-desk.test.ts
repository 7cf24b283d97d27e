import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides } from '../../src/answer/asked-sides.js';
import type { FoundDisagreement } from '../../src/answer/conflicts.js';
import { questionFocus, relevantDisagreements } from '../../src/answer/relevance.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a bank's commodities desk asked about the story for its morning note (session 71): on articles written
 * for this test (the companies, outlets, people and figures are invented).
 */

afterAll(removeTempDirs);

const FILES = {
  // One month's magnet shipments to the US, told two ways; other months' figures; and desk notes whose figures name
  // no month (they are of the month before each note).
  'a1_may.md': article(
    'Harbor Wire',
    '2025-07-02',
    "According to customs data, in May, China's exports of rare earth magnets to the United States plunged to 51 tons from 272 tons in April.",
  ),
  'a2_june.md': article(
    'Desk Ledger',
    '2025-07-21',
    'China exported 3,188 t of rare earth magnets in June, customs data showed on Sunday. Shipments to the United States were 353 t, against 46 t in May.',
  ),
  'a3_year.md': article(
    'Pacific Review',
    '2026-02-16',
    "China's magnet exports to the United States totalled 5,933 tonnes in 2025, down 20.3% from 2024.",
  ),
  'a4_note.md': article('Desk Ledger', '2025-11-21', 'Exports of magnets to the US jumped 56.1% to 656 t, the highest since January.'),
  'a5_note.md': article(
    'Desk Ledger',
    '2026-01-21',
    'Customs data were released on Tuesday. Exports of magnets to the US fell 3% to 564 t, the lowest since the summer.',
  ),
  // A suspension and when it ends.
  'b1_suspension.md': article(
    'Capital Brief',
    '2025-11-08',
    'China suspended its October 9 rare earth export control package until November 10, 2026, the commerce ministry said.',
  ),
  'b2_calls.md': article('Port Review', '2025-10-31', 'Trump and Xi held a phone call in September before meeting in Busan.'),
  // A share move told two ways, and a note that gives both.
  'c1_move.md': article(
    'Tickerline',
    '2025-06-05',
    'Kestrel Minerals shares rallied 12.52% to A$9.26 on June 5, the miner’s highest price since 2023.',
  ),
  'c2_move.md': article(
    'Wirefeed Markets',
    '2025-06-05',
    'Kestrel Minerals stock jumped as much as 11.8% to A$9.2 on June 5, its highest level in two years.',
  ),
  'c3_note.md': article(
    'Desk Ledger',
    '2025-06-30',
    'The Kestrel spike is reported differently: Tickerline says 12.52%, Wirefeed says 11.8%. We use the Wirefeed figure.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
}, 120_000);

describe('a message read again in shorter readings, one inside another', () => {
  it('asks the question before an aside after its preamble when neither reading alone answers', async () => {
    // The whole message, and the question before its aside (still after its preamble), name someone no article does;
    // the question after the preamble of that reading does not.
    const a = await bot.answerQuestion(
      'for the 8am note, henrike asks: how many tonnes of magnets went to the US in may? the wire numbers say one thing, the ledger another',
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/\b51 ton/);
    expect(a.answer).toMatch(/\b46 ton/);
  });

  it('drops where the asker is, at the end of a message, as haste', async () => {
    expect(normalizeInformal('till when is the oct 9 package paused? quick pls, on a call')).not.toMatch(/\bcall\b/);
    expect(normalizeInformal('what was agreed on the call? in a meeting rn')).toMatch(/\bon the call\?$/);
    const a = await bot.answerQuestion('till when is the oct 9 package paused? quick pls, on a call');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('November 10, 2026');
  });
});

describe('a month asked, and disputes over figures of that month or of none', () => {
  it("shows the month's dispute, not one over figures that name no month", async () => {
    const a = await bot.answerQuestion('how many tonnes of magnets went to the US in may?');
    const topics = a.disagreements.map((d) => d.topic);
    expect(topics.some((t) => /\bMay\b/.test(t))).toBe(true);
    // (656 t and 564 t, from notes of November and January, are no figures of May.)
    expect(a.disagreements.flatMap((d) => d.positions.map((p) => p.claim))).not.toContain('656 tonnes');
    const may = a.disagreements.find((d) => /\bMay\b/.test(d.topic));
    expect(may?.positions.map((p) => p.claim).sort()).toEqual(['46 tonnes', '51 tonnes']);
  });
});

describe('which disputes over figures a question naming a month gets', () => {
  const dispute = (qualifier: string): FoundDisagreement => ({
    event: 'quantity',
    attribute: 'number',
    qualifier,
    words: ['magnets', 'exports'],
    common: ['magnets', 'exports'],
    scope: 'the US',
    sentenceIds: [],
    disagreement: { topic: `tonnage (${qualifier})`, difficulty: 'normal', kind: 'number', positions: [], explanation: '' },
  });
  const topics = (q: string) =>
    relevantDisagreements(questionFocus(bot.analyze(q)), [dispute('tonnes (magnets, US)'), dispute('tonnes (magnets, US, May)')]).map(
      (d) => d.qualifier,
    );

  it("keeps only the month's dispute where one is of the month asked; else the one naming no month", () => {
    expect(topics('how many tonnes of magnets went to the US in may?')).toEqual(['tonnes (magnets, US, May)']);
    expect(topics('how many tonnes of magnets went to the US in march?')).toEqual(['tonnes (magnets, US)']);
    expect(topics('how many tonnes of magnets went to the US?')).toEqual(['tonnes (magnets, US)', 'tonnes (magnets, US, May)']);
  });
});

describe('figures the asker offers, typed more or less precisely than the articles write them', () => {
  it('reads a move and the level it reached as a side of its own', () => {
    const sides = askedSides('kestrel on jun 5: +12.5% to 9.26 or +11.8% to 9.20? need the right number for clients');
    expect(sides?.map((s) => s.label)).toEqual(['12.5%', '11.8%']);
    expect(askedSides('was it 12.5% or 11.8%?')?.map((s) => s.label)).toEqual(['12.5%', '11.8%']);
  });

  it('meets a rounded figure, and a trailing zero, but not another figure', () => {
    const [rounded] = askedSides('was it 12.5% or 11.8%?') ?? [];
    expect(rounded?.re.test('rallied 12.52% to A$9.26')).toBe(true);
    expect(rounded?.re.test('rallied 12.7% to A$9.26')).toBe(false);
    const [zero] = askedSides('closed at 9.20 or 9.35?') ?? [];
    expect(zero?.re.test('jumped to A$9.2 on Thursday')).toBe(true);
    expect(zero?.re.test('closed at A$9.26')).toBe(false);
  });

  it('quotes each article stating one side as a disagreement', async () => {
    const a = await bot.answerQuestion('kestrel on jun 5: +12.5% to 9.26 or +11.8% to 9.20? need the right number for clients');
    const offered = a.disagreements.find((d) => d.positions.some((p) => p.sources.includes('c1_move.md')));
    expect(offered?.positions.map((p) => p.sources[0]).sort()).toEqual(['c1_move.md', 'c2_move.md']);
    expect(a.answer).not.toMatch(/disagree on [^.]*\bto 9\.26\b/);
  });
});
