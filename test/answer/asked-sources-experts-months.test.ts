import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageAsideWords } from '../../src/answer/abstain.js';
import { buildTitleIndex, namesForTitles } from '../../src/answer/speakers.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Four ways a question was refused or misread although the articles answer it, each fixed where it arises:
 * - two pages the asker says "dont match" are which pages to set side by side, not words the answer must hold;
 * - "the companies can…" points back to the companies the sentence before it names;
 * - "the historian" alone is the one person the articles give an expert's title with that word;
 * - a question of one month's figures ("july magnet exports?") is answered by that month's figures, however the page
 *   writes the month ("last month" in an August wire), over the other months' figures that share more of its words.
 * On articles written for this test: the cobalt story, its outlets, companies and people are invented.
 */

const FILES = {
  ...FILLER,
  'a12_harbourchina_cobalt-ban-lifted.md': [
    'Oslo lifts ban on cobalt sales',
    '',
    'Harbour China — Markets Dispatch',
    '',
    'What happened: On July 2, cobalt refiners Nordkap, Vestra and Sola announced that the Trade Ministry had officially rescinded a ban on cobalt sales, effective immediately.',
    '',
    'The talks in London in June, which were supposed to resolve the issue, failed to produce an immediate rollback of the cobalt ban.',
  ].join('\n'),
  'b21_lantern-analytics_three-things.md': article(
    'Lantern Analytics',
    '2025-07-15',
    'The three cobalt refiners said on July 3 that the Trade Ministry had rescinded the licence requirement for sales abroad.',
    'The three things Oslo gave back',
  ),
  'gas.md': article(
    'Gas Courier',
    '2025-07-03',
    [
      'Cobalt shippers said the government has removed licence requirements for shipping the metal to Norway.',
      '',
      'Northwind Metals Partners and Tidewell Bulk LP confirmed the letters in filings on Wednesday. The companies can offload cobalt directly in Norway without seeking separate authorisation, they said.',
    ].join('\n'),
    'Cobalt shipments to Norway resume',
  ),
  ...Object.fromEntries(
    ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((n, i) => [
      `cargo-${n}.md`,
      article(
        `Cargo Desk ${n}`,
        `2025-07-${String(10 + i).padStart(2, '0')}`,
        `Cobalt shipping to Norway got the green light again, and cargoes may offload there once more (note ${n}).`,
      ),
    ]),
  ),
  'transcript.txt': [
    'NORTHERN LINES — PRE-INTERVIEW TRANSCRIPT',
    'Guest: Dr. Ada Lindqvist, professor of trade history, Fjordside Institute',
    'Interviewer: Tom Berg (producer)',
    '',
    'TOM: What about Nordic miners?',
    '',
    'LINDQVIST: I would not say Nordic miners "benefited" from the truce — if anything, the truce lowers the urgency that was driving investment into them.',
  ].join('\n'),
  'booking.md': article(
    'Northern Lines',
    '2025-11-20',
    '- Dr. Ada Lindqvist (trade historian), Fjordside Institute. Pre-interview done; transcript in folder.',
    'Guest booking notes',
  ),
};

/** A folder of magnet export figures: June's share more of "july magnet exports? total + us-bound" than July's. */
const MONTHS = {
  ...FILLER,
  'wire-july.md': article(
    'Polar Wire',
    '2025-08-20',
    "Exports from the world's largest rare earth magnet supplier rose nearly 75% from June to hit the highest for a single month since January at 4,410 metric tons last month, data from the General Administration of Customs showed on Wednesday. Outbound shipments to the United States last month also jumped by 75.5% from the month before to 570 tons.",
    "China's rare earth magnet exports hit six-month high in July",
  ),
  'june-a.md': article(
    'Magnet Monitor',
    '2025-07-20',
    "Customs data showed China's total rare earth magnet exports rising to 2,530 tonnes in June, and US-bound magnet exports to 353.",
  ),
  'june-b.md': article(
    'Metal Brief',
    '2025-07-21',
    "China's total rare earth magnet exports reached 2,530 tonnes in June; US-bound magnet exports were 353 tonnes.",
  ),
  'half.md': article(
    'Ore Weekly',
    '2025-07-22',
    "In the first half, China's total rare earth magnet exports came to 21,000 tonnes, US-bound magnet exports to 1,900.",
  ),
  'may.md': article(
    'Magnet Notes',
    '2025-06-20',
    "China's total rare earth magnet exports fell to 1,240 tonnes in May, and US-bound magnet exports to 46.",
  ),
  'aug.md': article(
    'Port Brief',
    '2025-09-20',
    "China's total rare earth magnet exports rose to 6,140 tonnes in August; US-bound magnet exports were 590 tonnes.",
  ),
  'sep.md': article(
    'Freight Brief',
    '2025-10-20',
    "China's total rare earth magnet exports eased to 5,770 tonnes in September, with US-bound magnet exports at 420.",
  ),
};

/** The same figures in a tracker's table, whose rows make no claims. */
const TABLE = {
  ...Object.fromEntries(Object.entries(MONTHS).filter(([name]) => name !== 'wire-july.md')),
  'tracker.md': article(
    'Magnet Tracker',
    '2025-12-22',
    [
      "Monthly exports of China's rare earth magnets, from customs data.",
      '',
      '| Month (2025) | Total (tonnes) | To U.S. (tonnes) |',
      '|---|---|---|',
      '| May | 1,240 | 46 |',
      '| June | 2,530 | 353 |',
      '| July | 4,410 | 570 |',
      '| August | 6,140 | 590 |',
    ].join('\n'),
    "China's rare earth magnet exports, 2025",
  ),
};

let bot: Dealbot;
let monthsBot: Dealbot;
let tableBot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
  monthsBot = await makeBot(writeArticles(MONTHS));
  tableBot = await makeBot(writeArticles(TABLE));
});
afterAll(removeTempDirs);

describe('what the asker brings', () => {
  it('reads two pages said not to match as the pages to compare, and answers with the date', async () => {
    const a = await bot.answerQuestion('cobalt ban lifted on what date exactly — harbour and the lantern note dont match');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/July 2|2 July/);
  });

  it('finds the companies named in the sentence before "The companies can…"', async () => {
    const a = await bot.answerQuestion('which companies shipping cobalt got the green light to offload in norway again');
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toMatch(/name no such companies/);
    // (Quoted with the sentence before, which names them.)
    expect(a.answer).toContain('Northwind Metals Partners and Tidewell Bulk LP');
  });

  it('still says no companies are named when no sentence about the question names one', async () => {
    const a = await bot.answerQuestion('which companies shipping cobalt got the green light to offload in denmark again');
    expect(a.answer).not.toMatch(/Northwind|Tidewell/);
  });

  it('sets aside the pages said not to match, and only them', () => {
    expect([...pageAsideWords('eda ban lifted on what date exactly — trivium and the lantern note dont match')]).toEqual(
      expect.arrayContaining(['trivium', 'lantern']),
    );
    expect([...pageAsideWords('reuters and the ministry disagree on the date')]).toEqual(expect.arrayContaining(['reuters', 'ministry']));
    expect([...pageAsideWords('when was the cobalt ban lifted and by whom')]).toEqual([]);
  });

  it('gives an expert title alone to its one holder, and to no one when two hold it', () => {
    const one = buildTitleIndex([{ id: 0, text: '- Dr. Ada Lindqvist (trade historian), Fjordside Institute.' }]);
    expect(namesForTitles('did the historian think nordic miners came out ahead?', one)).toEqual(['Ada Lindqvist']);
    const two = buildTitleIndex([
      { id: 0, text: '- Dr. Ada Lindqvist (trade historian), Fjordside Institute.' },
      { id: 1, text: 'Economic historian Per Dahl said the truce would not last.' },
    ]);
    expect(namesForTitles('did the historian think nordic miners came out ahead?', two)).toEqual([]);
    // (Not an office many hold: "the secretary" is no one in particular.)
    const secretary = buildTitleIndex([{ id: 0, text: 'Treasury Secretary Kim Berg said the truce would hold.' }]);
    expect(namesForTitles('what did the secretary say?', secretary)).toEqual([]);
  });

  it('takes "the historian" for the one person given an expert title with that word', async () => {
    const a = await bot.answerQuestion('did the historian think nordic miners came out ahead from the truce?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('transcript.txt');
    expect(a.answer).toContain('lowers the urgency');
  });

  it("quotes a table's row for the month asked, read with its header", async () => {
    const a = await tableBot.answerQuestion('july magnet exports? total + us-bound');
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => c.quote.includes('| July | 4,410 | 570 |'))).toBe(true);
  });

  it("answers one month's figures with that month's, written as last month, over other months'", async () => {
    const a = await monthsBot.answerQuestion('july magnet exports? total + us-bound');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('wire-july.md');
    expect(a.answer.split('\n')[0]).toContain('4,410');
    // July's US-bound figure is given too, before or instead of other months' figures that share more words.
    expect(a.answer).toContain('570 tons');
    expect(a.answer).not.toMatch(/1,240|5,770|6,140/);
  });
});
