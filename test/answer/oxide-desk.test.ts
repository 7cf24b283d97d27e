import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { synonymsOf } from '../../src/text/synonyms.js';
import { stem } from '../../src/text/tokenize.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a rare-earth miner's investor-relations desk and a county's economic-development office asked about the
 * story (session 69): on articles written for this test (the companies, outlets, people and figures are invented).
 */

afterAll(removeTempDirs);

const FILES = {
  // Two accounts of the day an engine maker was cleared, in July; and more claims dated to the 3rd and the 7th of
  // November, on other matters.
  'c1_engines.md': article(
    'Aero Ledger',
    '2025-07-04',
    'On July 3, Halden Aero was told it could resume shipping turbofan engines to Skyline Aircraft under the rare earth trade deal, sources said.',
  ),
  'c2_engines.md': article(
    'Flight Desk',
    '2025-07-09',
    'Halden Aero on 7 July confirmed that the ban was lifted, allowing it to resume engine shipments to Skyline Aircraft under the rare earth deal.',
  ),
  'c3_suspension.md': article(
    'Capital Brief',
    '2025-11-08',
    'On November 7, the commerce ministry announced the suspension of the October rare earth export controls. The customs office announced the same suspension on November 7.',
  ),
  'c4_suspension.md': article(
    'Port Review',
    '2025-11-08',
    'The ministry issued Announcement No. 70 on November 7, suspending six rare earth export control announcements. On November 7, Beijing announced the pause.',
  ),
  'c5_partnership.md': article(
    'Wire Nine',
    '2025-11-04',
    'On November 3, Vellum Magnetics announced a rare earth magnet partnership with the government. Vellum Magnetics signed the deal on Nov. 3, the company said.',
  ),
  // A meeting's delegations, the place named at the start of the paragraph; and another round's.
  'd1_busan.md': article(
    'Harbour Times',
    '2025-10-30',
    'The summit began at 10 a.m. at the VIP lounge of Busan airport and lasted 100 minutes. Xi was accompanied by Vice Premier Shen Yao and Foreign Minister Lu Ping. The US delegation included Treasury Secretary Noah Brandt and Commerce Secretary Ada Quill.',
  ),
  'd2_london.md': article(
    'Harbor Wire',
    '2025-06-11',
    "At the rare earth talks in London, the US delegation was led by Treasury Secretary Noah Brandt. China's delegation was led by Vice Premier Shen Yao.",
  ),
  // A town hall, a speaker typed one letter off, a department by its initials.
  'e1_townhall.txt': [
    'COUNTY TOWN HALL ON THE MAGNET PLANT',
    'Civic Center, Thursday, January 22, 2026',
    '',
    'PRESENT: Judge Ana Ruiz (moderator); Director Tom Hale. Approximately 150 residents in attendance.',
    '',
    'JUDGE RUIZ: Good evening. We are here to listen.',
    '',
    'HALE: People keep asking about water, and the study is not finished.',
    '',
    'JUDGE RUIZ: Written questions go to the office through February 6.',
    '',
  ].join('\n'),
  'e2_london.md': article(
    'Metro Ledger',
    '2025-06-12',
    'Talks in London ended on Tuesday. Commerce Secretary Dale Hartnick said the framework would resolve the shortage of magnets once it is implemented.',
  ),
  'e3_floors.md': article(
    'Minerals Wire',
    '2026-01-28',
    'At a closed-door meeting on price floors this month, Maya Roth, an assistant secretary at the Department of Energy, told the executives: "We are not here to prop you up."',
  ),
  'e4_australia.md': article(
    'Southern Post',
    '2025-10-21',
    'Australia and the United States signed a critical minerals framework with a $1.5 billion investment from both countries.',
  ),
  'e5_post.md': article(
    'Bay Ledger',
    '2025-06-12',
    'In his post, Trump wrote that the United States would continue to allow Chinese nationals to attend American colleges and universities. Student groups said the post promised nothing new.',
  ),
  'e6_factory.md': article(
    'Steel Valley News',
    '2025-07-15',
    'Norland Magnetics is targeting a 2028 commissioning timeframe for its Fort Ellis magnet facility. The Fort Ellis factory will employ 300 people, the company said.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
}, 120_000);

describe('how a message is put', () => {
  it('sets aside how plainly the answer is wanted ("plain english", "no legalese", "explain it like i\'m the cfo")', () => {
    expect(normalizeInformal('5-line summary of the whole saga from london to now? for the board pack, plain english')).not.toMatch(
      /plain english/,
    );
    expect(normalizeInformal("what happened on oct 9?? explain it like i'm the cfo, no legalese")).not.toMatch(/cfo|legalese/);
    // (A plain question about English is its topic.)
    expect(normalizeInformal('is the notice in plain english or chinese legal text?')).toContain('plain english');
  });

  it('reads a calendar year as analysts shorten it, a crowd that showed up, and who was in the room', () => {
    expect(normalizeInformal('what price deck for cy26?')).toContain('CY2026');
    expect(normalizeInformal('how many ppl showed up to the town hall?')).toContain('attended the town hall');
    expect(normalizeInformal('who was actually in the room at busan?')).toContain('in the delegations');
  });

  it('reads a quote asked by name in the fewest words ("besent quote?") as what they said', () => {
    expect(normalizeInformal('besent quote? anything usable from him on the magnets')).toBe(
      'what did besent say? anything usable from him on the magnets',
    );
    expect(normalizeInformal('exact quote?')).toBe('exact quote?');
  });
});

describe('days of the month', () => {
  it('reads "the 3rd or the 7th" in the month of the claims about what is asked, and quotes those', async () => {
    const a = await bot.answerQuestion('halden engines to skyline — what day did that actually get cleared, the 3rd or the 7th?');
    expect(a.answer).toContain('July 3');
    expect(a.answer).toContain('7 July');
    const offered = a.disagreements.find((d) => d.positions.some((p) => /July/.test(p.claim)));
    expect(offered?.positions.flatMap((p) => p.sources).sort()).toEqual(['c1_engines.md', 'c2_engines.md']);
    expect(a.disagreements.some((d) => d.positions.some((p) => /November|Nov\./.test(p.quote ?? '')))).toBe(false);
  });
});

describe('a place named earlier in the paragraph', () => {
  it('answers who was in the room at a meeting whose place the paragraph names before', async () => {
    const a = await bot.answerQuestion('who was in the room at busan, both delegations? need names for a graphic');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Ada Quill/);
    expect(a.answer).toMatch(/Lu Ping/);
  });
});

describe('words the articles put otherwise', () => {
  it('leads with the residents in attendance for a crowd that showed up', async () => {
    const a = await bot.answerQuestion('how many ppl showed up to the town hall? need it for the letter');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toBe('Approximately 150 residents in attendance.');
  });

  it('reads a surname typed one letter off as that person, a name', () => {
    const term = bot.analyze('what did hartnik say in london?').terms.find((t) => t.matches.includes('hartnick'));
    expect(term?.name).toBe(true);
    // (Not an English word one letter from a name: "price" is no Pryce.)
    expect(bot.analyze('what did the price floor do?').terms.find((t) => t.word === 'price')?.matches).not.toContain('hartnick');
  });

  it('reads a department by its initials, a country by its short form, and money as the investment reported', async () => {
    const doe = await bot.answerQuestion('what did the DOE person say at that closed-door meeting re price floors? exact quote pls');
    expect(doe.abstained).toBe(false);
    expect(doe.answer).toMatch(/prop you up/);
    const money = await bot.answerQuestion('the aus–us minerals deal: how much money is it actually??');
    expect(money.abstained).toBe(false);
    expect(money.answer).toMatch(/\$1\.5 billion investment/);
  });

  it('leads with commissioning for a plant coming online', async () => {
    const online = await bot.answerQuestion('when is the fort ellis factory supposed to come online?');
    expect(online.citations[0]?.quote).toMatch(/2028 commissioning/);
  });

  it('meets the words reports use one way only (students → universities, delegation → accompanied)', () => {
    expect(synonymsOf(stem('students'))).toContain(stem('universities'));
    expect(synonymsOf(stem('universities'))).not.toContain(stem('students'));
    expect(synonymsOf(stem('delegation'))).toContain(stem('accompanied'));
    expect(synonymsOf(stem('accompanied'))).not.toContain(stem('delegation'));
    expect(synonymsOf(stem('people'))).toContain(stem('residents'));
    expect(synonymsOf(stem('money'))).toContain(stem('investment'));
  });
});
