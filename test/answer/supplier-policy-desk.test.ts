import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides } from '../../src/answer/asked-sides.js';
import {
  classifyQuestion,
  preambleReferredTo,
  questionAfterPreamble,
  questionBeforeAside,
  splitQuestion,
} from '../../src/answer/kinds/classify.js';
import { isPersonName } from '../../src/answer/speakers.js';
import { extractClaims } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage, normalizeInformal, translateWithGlossary } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while an auto-parts suppliers' association asked about the story for Senate testimony and a members' bulletin
 * (session 72): on articles written for this test (the association, outlets, people and figures are invented).
 */

afterAll(removeTempDirs);

const FILES = {
  // When the deal was signed, told two ways, and a board table that dates a quoted "yesterday" by when it was said.
  'a1_ledger.md': article(
    'Harbor Trade Ledger',
    '2025-06-28',
    'The understanding on rare earth export approvals was signed on June 24, Commerce Secretary Howard Lutnick said this week.',
  ),
  'a2_times.md': article(
    'Eastgate Times',
    '2025-06-27',
    'The ministry spoke a day after President Donald Trump announced that the trade agreement with China was signed on June 25.',
  ),
  // Which gas the US let go, told two ways.
  'b1_repost.md': article(
    'Wire Repost',
    '2025-07-03',
    'Under the trade agreement reached last week, Washington has promised to allow the export of chip design software, ethylene and jet engines to China.',
  ),
  'b2_gas.md': article(
    'Gas Ledger',
    '2025-06-11',
    'Lutnick noted that the White House placed curbs on ethane exports to China in retaliation.',
  ),
  // What the US would lift, in a Thai paper's words.
  'c1_nation.md': article(
    'The Nation',
    '2025-06-28',
    'The US will begin lifting restrictions previously imposed on Chinese goods, while China will approve export applications.',
  ),
  // The association's own pages: two with an outlet, one with only a letterhead.
  'd1_bulletin.md': article(
    'Tri-County Parts Council (TCPC)',
    '2025-07-14',
    'Members reported line stoppages: 81 of 212 responding companies had at least one stoppage between April and July.',
    'Member Bulletin 25-16: magnets still slow',
  ),
  'd2_release.md': article(
    'Tri-County Parts Council (TCPC) — press release',
    '2025-08-21',
    'Nearly half of the parts makers responding to the survey reported line stoppages this summer.',
    'Survey: nearly half of suppliers hit by magnet delays',
  ),
  'd3_letter.txt':
    'TRI-COUNTY PARTS COUNCIL — LETTER TO MEMBERS\n\n12 September 2025\n\nDear members, 94 of our member companies told us they had stopped at least one production line because magnets did not arrive.\n',
  // Tariff levels, three ways.
  'e1_tariff.md': article(
    'Harbor Trade Ledger',
    '2025-10-31',
    'The overall tariff on Chinese goods would be cut to 47% from 57%, Trump said after the Busan meeting.',
  ),
  'e2_tariff.md': article(
    'Plainfield Institute',
    '2025-11-03',
    'By our trade-weighted estimate, the average effective US tariff on Chinese imports was closer to 32% before the Busan meeting.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
}, 120_000);

describe('sides the asker says the accounts give', () => {
  it('answers "X says the 24th, Y has the 25th — who is saying what" with both sides', async () => {
    const a = await bot.answerQuestion(
      "harbor trade ledger says the deal was signed the 24th per lutnick, eastgate has the 25th. which is it + who's saying what",
    );
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toEqual(expect.arrayContaining(['a1_ledger.md', 'a2_times.md']));
    // (One answer, not a second part "who's saying what?" told the articles don't say.)
    expect(a.answer).not.toMatch(/don't say/);
    expect(splitQuestion("the deal was signed the 24th, which is it + who's saying what")).toBeNull();
  });

  it('takes the quoted word of an account as its side, and reads every page that states a side', async () => {
    const q = "the wire repost says washington promised to allow 'ethylene' exports, gas ledger says ethane. typo or diff thing?";
    expect(askedSides(q)?.map((s) => s.label)).toEqual(['ethylene', 'ethane']);
    const a = await bot.answerQuestion(q);
    expect(a.abstained).toBe(false);
    const gas = a.disagreements.find((d) => d.positions.some((p) => p.sources.includes('b1_repost.md')));
    expect(gas?.positions.map((p) => p.sources[0]).sort()).toEqual(['b1_repost.md', 'b2_gas.md']);
    expect(gas?.topic).toBe('what washington promised to allow');
  });

  it('offers three figures, each after its own account, as three sides, a rate as a percentage', () => {
    const sides = askedSides(
      'what was the overall US tariff on chinese stuff going into busan? trump says 57, the wire had ~40, and some think tank says 32??',
    );
    expect(sides?.map((s) => s.label)).toEqual(['57', '40', '32']);
    expect(sides?.[0]?.re.test('cut to 47% from 57%')).toBe(true);
  });

  it('reads the days offered the same whatever question was asked before', () => {
    // (A question whose month ends further on had left a global expression's search past the next one's month.)
    askedSides('was kuala lumpur the 4th or 5th round of in-person talks between the two sides, the one that ended in late October?');
    const sides = askedSides('what day did trump sign the 90 day extension order, 11th or 12th aug?');
    expect(sides?.map((s) => s.re.test('after Trump signed the extension order on August 12'))).toEqual([false, true]);
  });

  it('reads a second name side after a surname that is also a word', () => {
    expect(askedSides('who was the spox, he yadong or he yongqian?')?.map((s) => s.label)).toEqual(['yadong', 'yongqian']);
  });
});

describe('what a message says besides its question', () => {
  it('does not require the words of a page described in brackets', async () => {
    const a = await bot.answerQuestion(
      "the nation (thai paper) says we'd lift restrictions on *chinese goods*. that's not the same as lifting our export controls right?",
    );
    expect(a.answer).not.toMatch(/mentions “thai”/);
    expect(a.abstained).toBe(false);
  });

  it('drops where the answer will go, at the end of a message', () => {
    expect(normalizeInformal("need lutnick's exact words on ethane — going in the testimony so verbatim pls")).not.toMatch(/testimony/);
    // (Not the testimony a question asks about.)
    expect(normalizeInformal('what did the going rate in the testimony say?')).toMatch(/testimony/);
  });

  it('reads a dash after what asks nothing as a preamble, and a request for how to answer as no question', () => {
    const text =
      "ok our own numbers are a mess. survey vs release vs the letter — how many members had line stoppages? give me each figure, where it's from, and what period it covers";
    expect(questionAfterPreamble(text)).toMatch(/^how many members had line stoppages\?/);
    expect(preambleReferredTo(text)).toBeNull();
    // (A question that refers back to what comes before the dash is not read without it.)
    expect(preambleReferredTo("the fact sheet vs the ministry's own announcement — where do they actually differ?")).toBe(
      "the fact sheet vs the ministry's own announcement",
    );
    expect(
      questionBeforeAside("how many members had line stoppages? give me each figure, where it's from, and what period it covers"),
    ).toBe('how many members had line stoppages?');
  });
});

describe('a part that asks nothing', () => {
  it('is no part of the answer, nor a "the articles don\'t say"', async () => {
    const a = await bot.answerQuestion(
      'ok our own numbers are a mess. survey vs release vs the letter — how many members had line stoppages?',
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).not.toMatch(/don't say/);
    expect(a.answer).toMatch(/\b81 of 212\b/);
  });
});

describe('a measure named like a person', () => {
  it('is no one whose name a question must meet ("the Affiliates Rule announced on…")', async () => {
    expect(isPersonName('Affiliates Rule')).toBe(false);
    expect(isPersonName('Jamieson Greer')).toBe(true);
    const b = await makeBot(
      writeArticles({
        'i1_rule.md': article(
          'Port Review',
          '2025-11-01',
          'The US side will suspend for one year the implementation of the Affiliates Rule announced on September 29, under the trade deal.',
        ),
        'i2_memo.md': article(
          'Tri-County Parts Council (TCPC)',
          '2025-11-18',
          'Never mix categories: the 353 tonnes of magnet exports and the 62,585 tonnes of rare earth exports are different customs lines with different totals.',
          'Standards memo: sourcing the rare earth story',
        ),
      }),
    );
    const a = await b.answerQuestion('the standards memo - whats the rule about mixing magnet numbers and rare earth numbers');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Never mix categories');
  });
});

describe("a figure given as a label's", () => {
  it('counts what the label names ("Total claims logged: 11.")', async () => {
    const b = await makeBot(
      writeArticles({
        'j1_tracker.md': article(
          'Tri-County Parts Council (TCPC)',
          '2025-11-20',
          'The social desk tracks viral posts.\n\n- Total claims logged on the rare earth deal: 11. Published verdicts: 10.',
          'Claim tracker: the rare earth deal',
        ),
        'j2_other.md': article(
          'Port Review',
          '2025-11-01',
          'China suspended its October 9 export controls for one year under the trade deal.',
        ),
      }),
    );
    const a = await b.answerQuestion('how many claims has the social desk logged on the rare earth deal?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Total claims logged on the rare earth deal: 11.');
  });
});

describe('the pages a publisher put out', () => {
  it('counts them by outlet and by letterhead, and the rest as other outlets', async () => {
    const q = "roughly how many of the docs in this pile are TCPC's own stuff (bulletins, survey, releases etc) vs outside press?";
    expect(classifyQuestion(q, () => false)).toEqual({ kind: 'publisher-pages', publisher: 'TCPC' });
    const a = await bot.answerQuestion(q);
    expect(a.answer).toMatch(/^2 of the 10 articles are published by Tri-County Parts Council \(TCPC\); the other 8/);
    const letterhead = await bot.answerQuestion('how many of the articles are from the tri-county parts council?');
    expect(letterhead.answer).toMatch(/^3 of the 10 articles/);
    expect(letterhead.citations.map((c) => c.quote)).toContain('TRI-COUNTY PARTS COUNCIL — LETTER TO MEMBERS');
    // (Nor is a country a publisher: "from china" is where pages come from.)
    expect(classifyQuestion('how many of the articles are from china?', () => false).kind).not.toBe('publisher-pages');
    // (A publisher no page has: answered from what the articles say, not as no pages.)
    expect((await bot.answerQuestion('how many of the articles are from the fenwick gazette?')).answer).not.toMatch(/^0 of/);
  });
});

describe('claims: a day written without its year', () => {
  it('takes its year from a day written with it earlier in the sentence', async () => {
    const corpus = await corpusOf({
      'f1_board.md': article(
        'Tri-County Parts Council (TCPC)',
        '2026-03-12',
        '| Date | Event |\n| --- | --- |\n| Jun 25, 2025 | Signing, according to President Trump ("we just signed with China yesterday," said June 26). |',
      ),
    });
    const signed = extractClaims(corpus).filter((c) => c.event === 'signing' && c.attribute === 'date');
    expect([...new Set(signed.map((c) => c.value))]).toEqual(['2025-06-25']);
  });
});

describe("claims and disputes: notices and a timeline's items", () => {
  it('reads two days a week apart for when one company was told as one notice told two ways', async () => {
    const b = await makeBot(
      writeArticles({
        'g1_told.md': article(
          'Aero Ledger',
          '2025-07-04',
          'On July 3, 2025, Kestrel Aero was told that restrictions on engine shipments to China were being lifted.',
        ),
        'g2_told.md': article(
          'Lowland Post',
          '2025-11-03',
          'Kestrel Aero was notified on July 7 that it could resume engine shipments to China under the trade deal.',
        ),
      }),
    );
    const a = await b.answerQuestion('when exactly was kestrel aero told they could ship engines to china again?');
    const told = a.disagreements.find((d) => /notified/.test(d.topic));
    expect(told?.positions.map((p) => p.sources[0]).sort()).toEqual(['g1_told.md', 'g2_told.md']);
    // (A week apart, they are two notices: letters letting cargoes load, then the rule rescinded.)
    const c = await makeBot(
      writeArticles({
        'g3_told.md': article(
          'Gas Ledger',
          '2025-06-26',
          'Ostra Gas received a letter on June 25 saying cargoes may load but not unload in China.',
        ),
        'g4_told.md': article(
          'Port Review',
          '2025-07-03',
          'Ostra Gas was notified on July 2 that the licence rule had been rescinded under the trade deal.',
        ),
      }),
    );
    const later = await c.answerQuestion('when was ostra gas told about its ethane cargoes?');
    expect(later.disagreements.filter((d) => /notified/.test(d.topic))).toEqual([]);
  });

  it("dates a pause's end by the day that labels its timeline item", async () => {
    const corpus = await corpusOf({
      'h1_calendar.md': article(
        'Rail Digest',
        '2025-07-20',
        'China and the US agreed a tariff truce in Geneva in May; the deal still holds, and rail bookings have recovered since.\n\n4) CALENDAR\n* 12 August — expiry of the 90-day US–China tariff truce agreed in Geneva\n* Late August — quarterly licensing statistics due',
      ),
    });
    const ends = extractClaims(corpus).filter((c) => c.event === 'pause' && c.attribute === 'date');
    expect(ends.map((c) => c.value)).toEqual(['2025-08-12']);
  });
});

describe('a question in another language that names an outlet', () => {
  it("keeps the outlet's name as written, not its words read through the glossary", () => {
    const q = 'Czego dotyczyły chińskie regulacje według Business Insider Polska?';
    const lang = glossaryLanguage(q);
    expect(lang?.code).toBe('pl');
    if (!lang) return;
    expect(translateWithGlossary(q, lang, () => false, ['Business Insider Polska'])).toContain('Business Insider Polska');
    expect(translateWithGlossary(q, lang, () => false)).not.toContain('Polska');
  });
});
