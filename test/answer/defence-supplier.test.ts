import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsSaidToDiffer, askedSides, differenceComplainedAfter, unitAsked } from '../../src/answer/asked-sides.js';
import { loadArticle } from '../../src/corpus/load.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a defence subcontractor's program office asked about the story, and read from a student newsroom's
 * questions (session 74): on articles written for this test (the companies, outlets, people and figures are invented).
 */

afterAll(removeTempDirs);

const FILES = {
  ...FILLER,
  // The day the ministry announced the pause, told two ways.
  'a1_pause.md': article(
    'Ridgeline Trade Brief',
    '2025-11-12',
    'On November 9, the Commerce Ministry suspended the October rare earth package for one year.',
  ),
  'a2_pause.md': article(
    'Coastal Ledger',
    '2025-11-08',
    'The Commerce Ministry announcement on November 7 suspended the October rare earth package until next November.',
  ),
  // The date of the letter lifting the ethane licence, told by a wire and a newsletter (which names the site only in
  // its masthead line).
  'b1_ethane.md': article(
    'Wexford Wire',
    '2025-07-03',
    'The Commerce Department sent a letter on July 2 telling ethane exporters they could ship cargoes to China again.',
  ),
  'b2_ethane.md': article(
    'Bayou Energy Notes',
    '2025-07-10',
    'Ethane exporters may ship cargoes to China again, according to a Commerce Department letter dated July 3 that two exporters disclosed to investors.',
  ),
  // The weekday of a remark, told two ways.
  'c1_remark.md': article(
    'Lantern Daily',
    '2025-06-27',
    'The president praised the rare earth understanding with Beijing at a White House dinner on Wednesday, calling it "a great deal for magnets".',
  ),
  'c2_remark.md': article(
    'Orchid Times',
    '2025-06-28',
    'At a White House dinner on Thursday the president praised the rare earth understanding, calling it "a great deal for magnets".',
  ),
  // How many magnet makers got the first general licences: "at least three" against "four".
  'd1_licences.md': article(
    'Tollgate Tech',
    '2025-12-05',
    'China issued the first general licences to at least three permanent-magnet manufacturers on December 2, letting them ship to selected overseas customers.',
  ),
  'd2_licences.txt': [
    'SUPPLY DESK RADIO — episode transcript',
    '',
    'HOST: The first general licences went out on December 2. By our count it was four magnet makers: Corvane Magnet, Yuhai Materials, Sanlu Magnetics and Tiemo Alloys.',
    '',
  ].join('\n'),
  // The share of a market, told two ways.
  'e1_share.md': article(
    'Copperline Tech Report',
    '2025-07-05',
    'Together the three design-software firms control roughly 80% of the chip design software market in China.',
  ),
  'e2_share.md': article(
    'Granite Post',
    '2025-07-04',
    'The three firms hold 70% of the chip design software market in China, according to an industry estimate.',
  ),
  // A lawmaker given his title short ("Rep."), in a client newsletter dated under its name.
  'f1_newsletter.txt': [
    'KESTREL HILL STRATEGIES',
    'CAPITOL WEEK - client newsletter',
    'Tuesday, 28 October 2025',
    'From: Nora Vance, Principal',
    '',
    '1) THE HILL',
    'Rep. Dale Oberlin (R-Kan.) and three colleagues asked the Commerce Department for money for a domestic samarium metal line. "Our suppliers in Wichita can\'t build a missile on a press release," Oberlin said.',
    '',
  ].join('\n'),
  // An adviser's words before a round of talks.
  'g1_adviser.md': article(
    'Pinegate News',
    '2025-06-09',
    'White House economic adviser Marcus Velden stressed the importance of securing cooperation on rare earth exports, following a call between the two presidents.',
  ),
  'g2_london.md': article('Harbour Desk', '2025-06-09', 'Trade talks between the two sides opened in London on Monday.'),
  // A column's author, whom a trade paper and a webinar quote too.
  'h1_column.md': [
    '---',
    'title: "October 9 rules: what defence suppliers need to know"',
    'outlet: Plains Policy Institute',
    'author: Anika Sorensby',
    'published: 2025-10-13',
    '---',
    'The Chinese text says December 1 for the overseas-made items, while the tariff threat says November 1.',
    '',
  ].join('\n'),
  'h2_trade.md': article(
    'Heartland Defence Journal',
    '2025-06-20',
    '"The London framework is written for carmakers, not for missile programmes," said Anika Sorensby, a senior fellow at the Plains Policy Institute.',
  ),
  'h3_webinar.txt': [
    'MEMBER WEBINAR — Rare earths after the summit (19 February 2026)',
    '',
    'MODERATOR: Welcome to our February webinar on what suppliers can count on.',
    '',
    'ANIKA SORENSBY: On paper those are two different deals, and only one of them was published by Beijing.',
    '',
  ].join('\n'),
  // A committee chair, what his committee is and what he called a move.
  'i1_chair.md': article(
    'Capitol Sheet',
    '2025-07-19',
    'Representative Paul Hanlon, chair of the House Trade Committee, wrote to the Commerce Department about chip sales.',
  ),
  'i2_move.md': article(
    'Cloakroom Weekly',
    '2025-10-10',
    'House Trade Committee chairman Paul Hanlon called China\'s October 9 move "an economic declaration of war against the United States".',
  ),
  'i4_other.md': article(
    'Ledger Hill',
    '2025-10-11',
    "The committee's ranking member Dora Pike called China's October 9 move \"a bargaining chip\", and the chair's staff declined to comment.",
  ),
  'i3_other.md': article(
    'Whip Tally',
    '2025-11-04',
    'The president called the summit a twelve out of ten, and China said it would suspend the October 9 controls for a year.',
  ),
  // Wire copy republished by a site whose name is only in its address.
  'j1_wire.md': [
    'Magnet exports hit six-month high in July',
    '',
    'By Ana Lu (Reuters)',
    'August 20, 2025',
    'https://www.metalsquote.com/news/off-the-wire/2025-08-20/magnet-exports-july',
    '',
    'BEIJING (Reuters) - Exports of rare earth magnets rose nearly 75% from June to 5,577 metric tons in July, customs data showed.',
    '',
  ].join('\n'),
  // Lead times given three ways, in three documents.
  'k1_po.txt': ['PURCHASE ORDER NOTE 4500-7781', '', 'Segments for the XR-9 actuator. Quoted lead time: 18 weeks ARO.', ''].join('\n'),
  'k2_register.md': article('Risk Register', '2025-11-20', 'XR-9 segments: lead time assumption is 22 weeks for planning.'),
  'k3_call.txt': ['CALL NOTES — magnet distributor', '', 'DISTRIBUTOR: For the XR-9 segments we are quoting 26 weeks now.', ''].join('\n'),
  // When the first restrictions came, told two ways; and a month's tonnage told as two different measures.
  'l1_march.md': article(
    'Prairie Monitor',
    '2026-05-18',
    'The statement stopped short of calling for the removal of the export restrictions Beijing imposed in March 2025.',
  ),
  'l2_april.md': article(
    'Sunflower Journal',
    '2026-05-20',
    'Beijing imposed the export restrictions on seven rare earths in April 2025, and they remain in force.',
  ),
  'm1_total.md': article(
    'Delta Wire',
    '2025-07-20',
    'China exported 3,188 tonnes of rare earth magnets in June, up from 1,238 tonnes in May.',
  ),
  'm2_us.md': article(
    'Plains Ledger',
    '2025-07-21',
    'China shipped 353 tonnes of rare earth magnets to the United States in June, up from 46 tonnes in May.',
  ),
  'm3_ai.md': article(
    'QuickBrief Auto-Digest',
    '2025-11-05',
    "China's magnet exports to the US reached 3,188 tonnes in June, according to customs data.",
  ),
  'm4_products.md': article(
    'Standard Business',
    '2025-06-18',
    "May's export volume of rare earth products fell by 61 per cent from a year earlier to 2,117 tons.",
  ),
  // A month's US-bound magnet tonnage, one page each.
  'n1_july.md': article('Ore Monitor', '2025-08-20', 'Shipments of rare earth magnets to the United States reached 619 tonnes in July.'),
  'n2_dec.md': article('Goldline', '2026-01-20', 'Exports of rare earth magnets to the U.S. fell to 564 tons in December.'),
  // Which days a round ran, told by weekdays and by dates; the second page also names a Sunday.
  'o1_weekend.md': article(
    'Anchorage Agency',
    '2025-10-24',
    'On Saturday and Sunday, the treasury secretary will meet his counterpart in Kuala Lumpur for trade talks.',
  ),
  'o2_dates.md': article(
    'Lumen Report',
    '2025-10-27',
    'The trade talks in Kuala Lumpur ran from October 24 to 27 at a downtown tower. By Sunday, the treasury secretary was on television describing a framework.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
}, 120_000);

const sourcesOf = (a: { disagreements: { positions: { sources: string[] }[] }[] }) =>
  a.disagreements.flatMap((d) => d.positions.flatMap((p) => p.sources));

describe('sides the asker offers or says differ', () => {
  it('reads two days of a month written once ("the 7th or the 9th of nov") as two dates, and quotes both', async () => {
    const q = 'what day did the ministry actually announce that suspension — the 7th or the 9th of nov? two of our sources disagree';
    expect(askedSides(q)?.map((s) => s.label)).toEqual(['November 7', 'November 9']);
    expect(askedSides('nov 7 or 9?')?.map((s) => s.label)).toEqual(['November 7', 'November 9']);
    // (Not a figure with its unit: "in nov 2 or 3 tons".)
    expect(askedSides('were there 2 or 3 tons in nov?')?.every((s) => !/November/.test(s.label)) ?? true).toBe(true);
    const a = await bot.answerQuestion(q);
    expect(sourcesOf(a)).toEqual(expect.arrayContaining(['a1_pause.md', 'a2_pause.md']));
  });

  it('sets two accounts against each other in a clause of its own ("…? X vs the Y newsletter"), reading both pages', async () => {
    const q = 'ethane: what date was the commerce letter that let exporters ship to china again? wexford wire vs the bayou newsletter';
    expect(accountsSaidToDiffer(q)).toBe(true);
    expect(accountsSaidToDiffer('how many tons went to the US in june? 353 vs 619')).toBe(false);
    const a = await bot.answerQuestion(q);
    expect(a.abstained).toBe(false);
    expect(sourcesOf(a)).toEqual(expect.arrayContaining(['b1_ethane.md', 'b2_ethane.md']));
    expect(a.answer).toMatch(/July 2/);
    expect(a.answer).toMatch(/July 3/);
  });

  it('reads "…? X vs Y give me diff days" after a question as a complaint about its answer, not as a question about every dispute', async () => {
    const a = await bot.answerQuestion(
      'ethane: when did the commerce letter let exporters ship cargoes to china again? wexford wire vs bayou energy notes give me diff days',
    );
    expect(a.answer).not.toMatch(/disagree on \d+ points/);
    // (A question of its own is no complaint: "…? hows it differ".)
    expect(differenceComplainedAfter('does the fact sheet go further than the ministry? hows it differ')).toBe(false);
    expect(sourcesOf(a)).toEqual(expect.arrayContaining(['b1_ethane.md', 'b2_ethane.md']));
  });

  it('asked for a weekday that two papers "dont seem to match" on, quotes each weekday', async () => {
    const q = 'on which weekday did the president praise the rare earth understanding at the dinner? lantern and orchid dont seem to match';
    expect(accountsSaidToDiffer(q)).toBe(true);
    const a = await bot.answerQuestion(q);
    const d = a.disagreements.find((x) => x.positions.length === 2);
    expect(d?.positions.map((p) => p.claim).sort()).toEqual(['Thursday', 'Wednesday']);
  });

  it('reads counts both heard ("heard 3, heard 4") as counts of what the question lists', async () => {
    const q = "which magnet makers got the first 'general licences'? heard 3, heard 4";
    const sides = askedSides(q);
    expect(sides?.map((s) => s.label)).toEqual(['3', '4']);
    expect(sides?.[0]?.re.test('to at least three permanent-magnet manufacturers')).toBe(true);
    expect(sides?.[0]?.re.test('three things happened')).toBe(false);
    const a = await bot.answerQuestion(q);
    expect(sourcesOf(a)).toEqual(expect.arrayContaining(['d1_licences.md', 'd2_licences.txt']));
  });

  it('asked for a share two outlets "dont agree" on, sets their percentages against each other', async () => {
    const q = "what share of china's chip design software market do the three firms have together? copperline and granite dont agree";
    expect(unitAsked(q)).not.toBeNull();
    const a = await bot.answerQuestion(q);
    const d = a.disagreements.find((x) => x.kind === 'number');
    expect(d?.positions.map((p) => p.claim).sort()).toEqual(['70%', '80%']);
  });
});

describe('people asked about by title, by name before a round, or as authors', () => {
  it('answers "what did rep X say?" of a "Rep." the articles abbreviate, and names a newsletter by its masthead', async () => {
    const a = await bot.answerQuestion('what did rep oberlin say? want to thank him in the newsletter');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/press release/);
    const notes = await loadArticle(writeArticles({ 'n.txt': FILES['f1_newsletter.txt'] }) + '/n.txt');
    // (Not "Tuesday", the day under the name.)
    expect('article' in notes ? notes.article.meta.outlet : null).toBe('Capitol Week');
  });

  it('reads "before london kicked off" as when, not as a topic to meet', async () => {
    const a = await bot.answerQuestion('did velden say anything before london kicked off?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('g1_adviser.md');
  });

  it('asked what an author has said, quotes the pages that quote her, not only her column', async () => {
    const a = await bot.answerQuestion('what has anika sorensby said - the june quote and the feb webinar stuff both pls');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toEqual(expect.arrayContaining(['h2_trade.md', 'h3_webinar.txt']));
    expect(normalizeInformal('the feb webinar stuff')).not.toMatch(/goods/);
    expect(normalizeInformal('the tariff on chinese stuff')).toMatch(/chinese goods/);
  });

  it('asks a second part that points back by "he" of the one person the first part names', async () => {
    const a = await bot.answerQuestion("which committee does hanlon chair again + what'd he call china's oct 9 move");
    const second = a.answer.slice(a.answer.indexOf('\n2.'));
    expect(second).toMatch(/declaration of war/);
    // (Not what someone else on the committee called it.)
    expect(second).not.toMatch(/bargaining chip/);
  });
});

describe('pages and purposes', () => {
  it('names a republished page by the site in its address ("the metalsquote piece")', async () => {
    const a = await bot.answerQuestion('what does the metalsquote piece say about july exports?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/5,577/);
  });

  it('sets aside who wants the answer and for what, said after the question', () => {
    expect(normalizeInformal('what did lutnick say about delivery - tessa wants a verbatim quote for the hill meeting weds')).toBe(
      'what did lutnick say about delivery -',
    );
  });
});

describe('figures the asker has, and doubts', () => {
  it('reads a unit typed once after a list of figures ("18, 22 and 26 wks") as each figure\'s, and quotes each document', async () => {
    const q = "what lead time are we actually using for the xr-9 segments?? i've got 18, 22 and 26 wks floating around in diff docs";
    const sides = askedSides(q);
    expect(sides?.map((s) => s.re.test('we are quoting 26 weeks now'))).toEqual([false, false, true]);
    expect(sides?.[2]?.re.test('26 tonnes')).toBe(false);
    const a = await bot.answerQuestion(q);
    expect(sourcesOf(a)).toEqual(expect.arrayContaining(['k1_po.txt', 'k2_register.md', 'k3_call.txt']));
  });

  it('reads a month an account gives further on in its clause against the month the asker thought', async () => {
    const q = 'prairie monitor says the original restrictions were imposed in march 2025 - i thought it was april? who is right';
    expect(askedSides(q)?.map((s) => s.label)).toEqual(['march', 'april']);
    const a = await bot.answerQuestion(q);
    expect(sourcesOf(a)).toEqual(expect.arrayContaining(['l1_march.md', 'l2_april.md']));
    expect(a.disagreements[0]?.topic).not.toMatch(/says/);
  });

  it('reads the months of a series asked for as met each on its own ("- may, june, july, dec - into one table")', async () => {
    const a = await bot.answerQuestion(
      'can someone pull the monthly US-bound magnet numbers we have - may, june, july, sept, dec - into one table? tonnes',
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/619/);
    expect(a.answer).toMatch(/564/);
  });

  it('reads days of the week typed short ("sat-sun") as a side, stated by the page of the account said to give it', async () => {
    const q = 'KL talks — which days exactly?? anchorage says sat-sun but lumen says oct 24-27';
    const sides = askedSides(q);
    expect(sides?.[0]?.re.test('On Saturday and Sunday, the secretary will meet')).toBe(true);
    const a = await bot.answerQuestion(q);
    const d = a.disagreements.find((x) => x.positions.some((p) => p.sources.includes('o2_dates.md')));
    expect(d?.positions.flatMap((p) => p.sources).sort()).toEqual(['o1_weekend.md', 'o2_dates.md']);
  });

  it('reads "X in one deck and Y in another" as two sides', () => {
    expect(askedSides('may magnet exports - i have 1,238 in one deck and 2,117 in another. which is right??')?.map((s) => s.label)).toEqual(
      ['1,238', '2,117'],
    );
  });

  it('checks a figure a page is said to give against the others when the asker doubts it ("legit or garbage?")', async () => {
    const a = await bot.answerQuestion('the quickbrief digest says 3,188 tonnes of magnets went to the US in june. legit or garbage?');
    const d = a.disagreements.find((x) => x.positions.some((p) => p.sources.includes('m2_us.md')));
    expect(d?.positions.map((p) => p.claim)).toEqual(expect.arrayContaining(['353 tonnes', '3,188 tonnes']));
    expect(d?.topic).toMatch(/magnets (?:went|shipped) to the US in june/);
  });
});
