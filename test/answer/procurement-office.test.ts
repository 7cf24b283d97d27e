import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides } from '../../src/answer/asked-sides.js';
import { classifyQuestion, splitQuestion, withoutHearsay } from '../../src/answer/kinds/classify.js';
import { analyzeQuestion } from '../../src/answer/question.js';
import { castLinesOf } from '../../src/corpus/cast-lines.js';
import { extractClaims } from '../../src/corpus/claims.js';
import { spanMonths } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { stem } from '../../src/text/tokenize.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

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
    'The ministry suspended six export control announcements it had issued on October 9, effective immediately, saying the pause would last a year.',
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
    'NORTHGATE PENSION PLAN — COMPANY ENGAGEMENT CALL NOTES',
    'Company: Tamrock Drive Systems Inc. (TSX-listed; traction-motor maker, Windsor, Ontario)',
    'Date of call: 24 July 2025, 10:00–10:50 ET',
    'Plan attendees: Ines Marchand (PM, Global Industrials); Theo Lindqvist (ESG)',
    'Company attendees: Odile Varga (CFO); Kenji Lowe (VP Procurement)',
    '',
    'Notes (paraphrased unless in quotes):',
    '',
    '- Varga: the magnet squeeze bottomed out in late May. At the trough the company had about five weeks of magnet inventory on hand. "We were two weeks away from idling the line."',
    '- Lowe: their main supplier is a magnet maker in Ningbo. The first export licence for its shipments took 52 days from application to approval.',
    '- Lowe: since the June framework, licence turnaround has improved to roughly 30 days, but each licence still covers a single shipment schedule.',
    '- Marchand asked what would break the thesis. Varga: "If licences stop again for eight weeks, no inventory policy saves us."',
    '',
    'Action items: (1) Theo to follow up on disclosure wording; (2) Ines to update the position sizing note.',
    '',
  ].join('\n'),
  // A supplier's chief executive, quoted by a business paper and in call notes.
  'd1_paper.md': article(
    'Tisza Business Review',
    '2026-03-10',
    '"Our magnets use no Chinese materials at all," the Hungarian magnet maker\'s chief executive Bence Halmi said. List prices for automotive grades are around EUR 71 per kilogram at its plant in Győr, Hungary, the company said.',
  ),
  'd2_call.txt': [
    'MOTORWERK PLAUEN – SUPPLIER CALL NOTES (internal)',
    'Supplier: Pannonhalma Magnet Kft., Győr (Hungary)',
    'Date: 12 February 2026, 14:00–15:10 CET (on site visit)',
    'Motorwerk: Lena Vogt (Purchasing), Aaron Brandl (Plant Manager)',
    'Supplier side: Bence Halmi (CEO)',
    '',
    '1. Capacity',
    '- Halmi: current plant capacity is 800 tonnes per year. A second sintering line is planned to raise capacity by mid-2027.',
    '- Halmi: "We can give you 150 tonnes next year; more once the new line runs."',
    '',
    '2. Price',
    '- Grade N40UH: EUR 66/kg, fixed for deliveries in 2026. Grade N45UH: EUR 77/kg.',
    '',
    '3. Origin of materials',
    '- Brandl asked whether the supplier would fall under the 0.1% rule if the October measures came back. Halmi said part of its dysprosium is still of Chinese origin, so the rule could catch its magnets.',
    '',
    'Notes taken by: L. Vogt',
    '',
  ].join('\n'),
  // A government-affairs head quoted in the press.
  'e1_press.md': article(
    'Vogtland Courier',
    '2025-10-14',
    '"If the 0.1 percent rule applies from 1 December, even magnets we buy in Europe could need a licence," said Dr. Ilse Kranich, head of government affairs at a motor maker in Plauen. China has suspended the rule until 10 November 2026.',
  ),
  // The year's first months, written as a span.
  'f1_months.md': article(
    'Customs Monitor',
    '2026-03-20',
    'In the first two months of 2026 China exported 10,240 tonnes of rare earth magnets, while shipments to the United States fell to 950 tonnes.',
  ),
  // Minutes that name the chair in full once, then by her title.
  'h1_minutes.md': [
    '# Risk Committee — minutes, 10 December 2025',
    '',
    '**Present:** Margot Lindell (Chief Investment Officer, chair); Piet Aalders (Senior Risk Officer).',
    '',
    '- Aalders reported that the ministry confirmed on 4 December it is using general licences.',
    '- The CIO said she did not want the Plan "underwriting a one-year truce as if it were a treaty," and asked for a review before November.',
    '',
  ].join('\n'),
  // A carmaker's chief executive, and a president named beside the carmaker more often.
  'j1_plant.md': article(
    'Lakeshore Daily',
    '2025-06-20',
    'President Donald Trump toured a Ford plant in Michigan. President Donald Trump praised Ford workers. President Donald Trump announced the trade deal on Truth Social.',
  ),
  'j2_ceo.md': article(
    'Motor Review',
    '2025-06-21',
    'Ford chief executive Jim Farley said the company had shut a plant for a week because magnets did not arrive.',
  ),
  'f2_review.md': article('Customs Monitor', '2026-01-10', 'The licence review planned for January has been moved to February.'),
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
    const notes = FILES['c1_call.txt'];
    expect(castLinesOf({ raw: notes, body: [{ start: notes.indexOf('- Varga'), end: notes.length }] })).toContain(
      'Company: Tamrock Drive Systems Inc. (TSX-listed; traction-motor maker, Windsor, Ontario)',
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
    expect(a.citations[0]?.source).toBe('e1_press.md');
    expect(a.citations.map((c) => c.source)).not.toContain('a2_count.md');
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

  it('answers months listed together as a series, each of which need not be met ("jan/feb" of "the first two months")', async () => {
    const a = await bot.answerQuestion('what do the 2026 magnet numbers look like so far – jan/feb? esp the US flows');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/10,240/);
    // (A span of the year holds its months: the first two months are January and February.)
    expect([spanMonths('the first two months'), spanMonths('Q3'), spanMonths('second half'), spanMonths('July')]).toEqual([
      [1, 2],
      [7, 8, 9],
      [7, 8, 9, 10, 11, 12],
      [],
    ]);
  });
});

describe('a person asked by given name or by title', () => {
  it('meets the sentences that give her surname or her title, and sets aside who passed the question on', async () => {
    const q = 'what did margot say at the dec risk committee? someone quoted her in the hallway';
    expect(withoutHearsay(q)).toBe('what did margot say at the dec risk committee?');
    const a = await bot.answerQuestion(q);
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/treaty/);
  });

  it('does not read a name given whole as another person of the same family name ("wang yi" is no Wang Wentao)', () => {
    const words = ['wang', 'wentao', 'margot', 'lindell', 'said', 'deal'];
    const vocab = {
      stems: new Map(words.map((w) => [stem(w), 1])),
      words: new Map(words.map((w) => [w, stem(w)])),
      people: new Set(['wang', 'wentao', 'margot', 'lindell']),
      surnames: new Map([
        ['wang', 'wentao'],
        ['margot', 'lindell'],
      ]),
    };
    const matches = (q: string, word: string) => analyzeQuestion(q, vocab).terms.find((t) => t.word === word)?.matches ?? [];
    expect(matches('what did margot say about the deal', 'margot')).toContain(stem('lindell'));
    expect(matches('what did wang yi say about the deal', 'wang')).not.toContain(stem('wentao'));
  });

  it("reads a company's boss as the one whose title is given beside it most often, not the most-named office holder", async () => {
    const a = await bot.answerQuestion("what was ford's boss saying about magnets");
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('j2_ceo.md');
    expect(a.answer).not.toMatch(/Truth Social/);
  });
});

describe('a muddle the asker reports', () => {
  it('reads "X says one thing, Y another – whats going on" as one question about what is muddled', () => {
    const q = 'how many weeks of magnets do we really have?? uwe says one thing, jana another – whats going on';
    expect(splitQuestion(q)).toBeNull();
    expect(withoutHearsay(q)).toBe('how many weeks of magnets do we really have??');
  });
});

describe('the month a figure is of', () => {
  it("is the sentence's one period, for a clause that names none", async () => {
    const corpus = await corpusOf({
      'k2_brief.md': article(
        'Tisza Advisory',
        '2026-03-20',
        'In the first two months of 2026 China exported 10,240 tonnes of rare earth magnets, while shipments to the United States fell 22.5% to 950 tonnes.',
      ),
    });
    const month = (n: number) =>
      (extractClaims(corpus).find((c) => c.event === 'quantity' && c.number === n)?.qualifier ?? '').split('|')[1];
    expect(month(10240)).toBe('first two months');
    expect(month(950)).toBe('first two months');
  });

  it('is not disputed by what someone expects it to be', async () => {
    const b = await makeBot(
      writeArticles({
        'l1_data.md': article(
          'Harbor Wire',
          '2025-12-20',
          "China's rare earth magnet exports in November reached 6,150 metric tons, customs data showed on Saturday.",
        ),
        'l2_webinar.md': article(
          'Trade Association Webinar',
          '2025-11-26',
          "We expect China's rare earth magnet exports for November to come in above 6,000 tonnes, the association's analyst said.",
        ),
      }),
    );
    const a = await b.answerQuestion('where do the sources disagree?');
    expect(a.disagreements.flatMap((d) => d.positions.flatMap((p) => p.sources))).not.toContain('l2_webinar.md');
    expect(a.answer).toMatch(/No disagreement was found/);
  });
});

describe('the story asked for someone', () => {
  it('is the story view, with the disputes flagged, whoever it is for', () => {
    expect(
      classifyQuestion('tl;dr of the whole us–china rare earth thing for henrik, 5 bullets max, and flag where the sources disagree').kind,
    ).toBe('story');
    // (Not a topic asked for someone: "summarize the ethane licence part for henrik".)
    expect(classifyQuestion('summarize the ethane licence part for henrik').kind).not.toBe('story');
    // (Who says which of two sides is still which sources say what.)
    expect(classifyQuestion('who do we believe on the date, 24 or 25 june? which sources say which').kind).toBe('coverage');
  });
});
