import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides } from '../../src/answer/asked-sides.js';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import { castLinesOf } from '../../src/corpus/cast-lines.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a car-parts maker's purchasing and government-affairs office asked about the story (session 73): on
 * articles written for this test (the companies, outlets, people and figures are invented).
 */

afterAll(removeTempDirs);

const FILES = {
  ...FILLER,
  // How many announcements the ministry published, told three ways, and a count of something else.
  'a1_count.md': article(
    'Lakeshore Compliance Blog',
    '2025-10-11',
    'On October 9, 2025, the Ministry of Commerce issued two announcements setting out new export control measures.',
  ),
  'a2_count.md': article(
    'Harbor Wire',
    '2025-11-08',
    'The ministry suspended six export control announcements it had issued on October 9, effective immediately.',
  ),
  'a3_count.md': article(
    'Orchard Policy Substack',
    '2025-10-10',
    'On October 9 the ministry and customs issued seven major announcements, tightening controls across the rare earth supply chain.',
  ),
  'a4_other.md': article(
    'Northfield Memo',
    '2025-11-20',
    'The April controls on seven elements remain in force, while the October package is suspended.',
  ),
  // Who led the US side in one round, told two ways.
  'b1_led.md': article(
    'Quayside Wire',
    '2025-10-27',
    'Commerce Secretary Howard Lutnick led the U.S. side in Kuala Lumpur, sources briefed on the talks said.',
  ),
  'b2_led.md': article(
    'Bay Courier',
    '2025-10-26',
    'Treasury Secretary Scott Bessent led the U.S. side in Kuala Lumpur and said the talks had removed the threat of new tariffs.',
  ),
  // Call notes: who attends is named in brackets, the company in a label line above the notes.
  'c1_call.txt': [
    'ENGAGEMENT CALL NOTES',
    'Company: Tamrock Drive Systems Inc.',
    'Date of call: 24 July 2025',
    'Company attendees: Odile Varga (CFO); Kenji Lowe (VP Procurement)',
    '',
    'Notes (paraphrased unless in quotes):',
    '',
    '- Varga: the magnet squeeze bottomed out in late May, when the company had about five weeks of magnet inventory on hand.',
    '- Lowe: licence turnaround has improved to roughly 30 days since the June framework.',
    '',
  ].join('\n'),
  // A supplier's chief executive, quoted by a business paper and in call notes.
  'd1_paper.md': article(
    'Tisza Business Review',
    '2026-03-10',
    '"Our magnets use no Chinese materials at all," chief executive Bence Halmi said. List prices for automotive grades are around EUR 71 per kilogram, the company said.',
  ),
  'd2_call.txt': [
    'SUPPLIER CALL NOTES (internal)',
    'Supplier: Pannonhalma Magnet Kft., Győr (Hungary)',
    'Date: 12 February 2026',
    '',
    '- Halmi: current plant capacity is 800 tonnes per year.',
    '- Grade N40UH: EUR 66/kg, fixed for deliveries in 2026.',
    '- Our planner asked whether the supplier would fall under the 0.1% rule if the October measures came back. Halmi said part of its dysprosium is still of Chinese origin.',
    '',
  ].join('\n'),
  // A government-affairs head quoted in the press.
  'e1_press.md': article(
    'Vogtland Courier',
    '2025-10-14',
    '"If the 0.1 percent rule applies from 1 December, even magnets we buy in Europe could need a licence," said Dr. Ilse Kranich, head of government affairs at a motor maker in Plauen.',
  ),
  // The year's first months, written as a span.
  'f1_months.md': article(
    'Customs Monitor',
    '2026-03-20',
    'In the first two months of 2026 China exported 10,240 tonnes of rare earth magnets, while shipments to the United States fell to 950 tonnes.',
  ),
  // Another pair's deal: the US and Australia.
  'g1_aus.md': article(
    'Southern Cross News',
    '2025-10-21',
    'The United States and Australia signed a framework for critical minerals and rare earths on Monday. A US fact sheet spoke of a combined $3 billion in the next six months, while an Australian statement spoke of an $8.5 billion pipeline of projects.',
    'Australia and US sign framework for critical minerals',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
}, 120_000);

describe('counts the asker has seen', () => {
  it('meets a bare count as articles spell it, before what the question counts, and quotes the side a dispute lacked', async () => {
    const q =
      "how many announcements did the ministry actually publish on oct 9? i've seen 2, 6 and 7 in diff sources, which outlet says what";
    const sides = askedSides(q);
    expect(sides?.map((s) => s.label)).toEqual(['2', '6', '7']);
    // ("seven major announcements", not "seven elements", nor a day of a month.)
    expect(sides?.[2]?.re.test('issued seven major announcements')).toBe(true);
    expect(sides?.[2]?.re.test('The April controls on seven elements remain')).toBe(false);
    expect(sides?.[0]?.re.test('issued on July 2 and on 2 July')).toBe(false);
    // "which outlet says what" asks who says which side, of the answer: no question about the outlets' coverage.
    expect(classifyQuestion(q).kind).toBe('fact');
    const a = await bot.answerQuestion(q);
    expect(a.abstained).toBe(false);
    const sources = a.disagreements.flatMap((d) => d.positions.flatMap((p) => p.sources));
    expect(sources).toEqual(expect.arrayContaining(['a1_count.md', 'a2_count.md', 'a3_count.md']));
    expect(sources).not.toContain('a4_other.md');
    // (Each side's page among the passages the answer lists, and only one dispute of the three.)
    expect(a.retrieved.slice(0, 8).map((r) => r.source)).toEqual(expect.arrayContaining(['a1_count.md', 'a2_count.md', 'a3_count.md']));
    expect(a.disagreements.filter((d) => d.positions.some((p) => p.sources.includes('a1_count.md')))).toHaveLength(1);
  });
});

describe('sides the asker offers as their own', () => {
  it('reads "one wire says X, i thought it was Y" as two sides, and quotes both', async () => {
    const q = 'who actually led the US side in kuala lumpur? one wire says lutnick, i thought it was bessent';
    expect(askedSides(q)?.map((s) => s.label)).toEqual(['lutnick', 'bessent']);
    const a = await bot.answerQuestion(q);
    expect(a.answer).toMatch(/Bessent/);
    expect(a.disagreements.flatMap((d) => d.positions.flatMap((p) => p.sources))).toEqual(
      expect.arrayContaining(['b1_led.md', 'b2_led.md']),
    );
  });

  it('reads a day typed with its month after "say" as a day ("my notes say 3 jul")', () => {
    const sides = askedSides('GE engines - when were they allowed again? my notes say 3 jul, someone on the call said 7 jul');
    expect(sides?.map((s) => s.re.test('The US told GE on July 3 that it can restart shipments'))).toEqual([true, false]);
    expect(sides?.[0]?.re.test('exports rose 3 percent')).toBe(false);
  });

  it('drops a preamble set off by a dash, as one set off by a colon', () => {
    expect(normalizeInformal('quick one — did beijing drop the new rules on oct 8 or oct 9?')).toMatch(/^did beijing/);
  });
});

describe('people named in call notes', () => {
  it('reads a role in brackets after a name, at the company a label line above the notes names', async () => {
    expect(castLinesOf({ raw: FILES['c1_call.txt'], body: [{ start: FILES['c1_call.txt'].indexOf('- Varga') }] } as never)).toContain(
      'Company: Tamrock Drive Systems Inc.',
    );
    const a = await bot.answerQuestion('what did the tamrock cfo say about how much magnet inventory they had at the worst point');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/five weeks/);
  });
});

describe('whom and where someone said it', () => {
  it('answers "what has X been saying – to us and to the press?" from both', async () => {
    expect(normalizeInformal('what has halmi been saying – to us and to the press?')).not.toMatch(/press/);
    const a = await bot.answerQuestion('what has halmi been saying – to us and to the press?');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toEqual(expect.arrayContaining(['d1_paper.md']));
  });

  it('reads a question that refers to the preamble by a pronoun about the one it names', async () => {
    const a = await bot.answerQuestion("kranich's been quoted in the press a couple times – what's she saying publicly?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/0\.1 percent rule/);
  });
});

describe('what the articles give that a check had missed', () => {
  it('counts a sum written after its currency code ("EUR 66/kg") as a price', async () => {
    const a = await bot.answerQuestion("what's pannonhalma charging per kg for N40UH?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/EUR 66\/kg/);
  });

  it('meets a country by the label line of call notes, and sets aside the month a supposition is timed by', async () => {
    const a = await bot.answerQuestion('if the 0.1% thing comes back next nov, would the hungarian magnets get caught by it too?');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('d2_call.txt');
  });

  it('answers months listed together from a span that holds them ("jan/feb" from "the first two months")', async () => {
    const a = await bot.answerQuestion('what do the 2026 magnet numbers look like so far – jan/feb? esp the US flows');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/10,240/);
  });

  it("answers from another pair's deal when the question names both its parties", async () => {
    const a = await bot.answerQuestion(
      'the australia critical minerals framework in oct – how much money is involved? the US and AUS numbers look different',
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/8\.5 billion/);
  });
});
