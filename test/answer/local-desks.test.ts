import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDisagreements } from '../../src/answer/conflicts.js';
import { splitQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a state's economic-development office and the local press asked about a magnet plant (session 62): on
 * articles written for this test (the state, the county, the outlets, people, companies and figures are invented).
 */

afterAll(removeTempDirs);

/** A few pages on other things: with more of them than of the story, theirs would be the folder's topic. */
const SOME_FILLER = Object.fromEntries(Object.entries(FILLER).slice(0, 3));

const FILES = {
  'a1_release.md': article(
    'Office of the Governor, State of Lakeland',
    '2025-07-20',
    'Governor Ines Marlow announced that Corvane Magnet Works will build a rare earth magnet plant in Hollis County after the US-China rare earth deal. The two facilities are expected to create 900 new jobs. "Lakeland is going to make the magnets America runs on," said Governor Marlow.',
  ),
  'a2_ledger.md': article(
    'The Hollis Ledger',
    '2025-08-14',
    'Corvane says the plant will employ 640 people at full production. Commissioners approved the abatement after hours of comment on the rare earth magnet plant.',
  ),
  'a3_digest.md': article(
    'Brief Digest',
    '2025-11-05',
    'Corvane Magnet Works is building a magnet plant in Hollis County that is expected to create 1,300 jobs, helped by the US-China rare earth truce.',
  ),
  'a4_timeline.md': article(
    'Lakeland Department of Commerce',
    '2025-11-12',
    '**July 20:** Governor announces the Hollis County magnet project. **November 1:** The rare earth truce is extended by a year.',
  ),
  'a5_paper.md': article(
    'Lakeland Capital Journal',
    '2025-11-10',
    'Mara Lindqvist, an economist at Ashford Valley University who studies incentives, was more cautious about the rare earth truce. "A one-year pause is a breather, not a business plan," Governor Ines Marlow said in a statement.',
  ),
  'a6_hearing.md': article(
    'Lakeland Senate Committee on Commerce',
    '2025-09-09',
    '**Dr. Mara Lindqvist (neutral).** Dr. Lindqvist estimated the cost at about $51,000 per job and urged the committee to add clawbacks. She warned that the rare earth truce makes Chinese magnets cheaper again.',
  ),
  'a7_call.md': article(
    'Corvane Magnet Works',
    '2025-08-07',
    'The plant will have a nameplate capacity of 1,800 metric tons a year of sintered rare earth magnets. We expect to begin vertical construction in September. Our export licence for rare earth magnets from China was finally issued on 19 September.',
  ),
  'a8_minutes.txt': [
    'HOLLIS COUNTY BOARD OF SUPERVISORS',
    'REGULAR MEETING - MINUTES',
    'Tuesday, August 12, 2025, 6:00 p.m.',
    'Hollis County Courthouse Annex, Board Room, Dunmore Falls, Lakeland',
    '',
    'PRESENT: Chair Nadia Ferro; Vice Chair Owen Blake; Supervisors Ana Ruiz and Tom Park.',
    '',
    '1. ABATEMENT. The board approved a tax abatement for the Corvane rare earth magnet plant, citing the US-China rare earth deal. Carried 3-1.',
    '',
  ].join('\n'),
  'a9_newsletter.md': [
    '# THE DEPOT LETTER',
    '',
    '## From the Director\u2019s Desk',
    '',
    '*by Ann Kowal, Executive Director & Publisher*',
    '',
    'Friends, the rare earth magnet plant is coming to Hollis County after the US-China rare earth deal. Every supplier in town wants to know how to sell to Corvane.',
    '',
  ].join('\n'),
  'a10_quote.md': article(
    'Magnet Buyer Weekly',
    '2025-07-18',
    'Corvane quoted $142 per kg for N52 arc segments in July, buyers said, as rare earth magnet prices rose after the US-China deal. Corvane is quoting 12 weeks lead time on N48SH arc segments.',
  ),
  ...SOME_FILLER,
};

describe('a local project: who speaks, who chairs, what the pages are called', () => {
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('finds "the AVU economist" where the articles spell out the university, and quotes her', async () => {
    const focus = (bot as unknown as { focus: { titledNames(text: string): string[] } }).focus;
    expect(focus.titledNames('what did the AVU economist tell the senate committee')).toEqual(['Mara Lindqvist']);
    const a = await bot.answerQuestion('what did the AVU economist tell the senate committee');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/51,000 per job/);
  });

  it('reads "gov" as the governor, and after a country as its government', async () => {
    expect(normalizeInformal("gov's reaction after the truce?")).toBe("governor's reaction after the truce?");
    expect(normalizeInformal('what did the chinese gov say')).toBe('what did the chinese government say');
    const a = await bot.answerQuestion("gov's reaction to the truce? need the exact quote");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/breather, not a business plan/);
  });

  it('titles the minutes by the board heading them, not the address, and finds their chair', async () => {
    expect(bot.corpus.byId.get('a8_minutes.txt')?.meta.title).toBe('HOLLIS COUNTY BOARD OF SUPERVISORS');
    const a = await bot.answerQuestion('who chairs the hollis county board of supervisors? gov wants to send a thank-you note');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Chair Nadia Ferro/);
  });

  it('never titles a page by its byline', () => {
    expect(bot.corpus.byId.get('a9_newsletter.md')?.meta.title).not.toMatch(/Kowal/);
  });

  it('answers what a plant turns out "at full tilt" from its capacity', async () => {
    expect(normalizeInformal('what will it crank out at full tilt')).toMatch(/at full capacity/);
    const a = await bot.answerQuestion('how many tons of magnets a yr will the plant crank out at full tilt');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1,800 metric tons a year/);
  });

  it('answers when "shovels go in the ground" from when construction begins', async () => {
    expect(normalizeInformal('when do shovels actually go in the ground')).toMatch(/construction begin/);
    const a = await bot.answerQuestion('when do shovels actually go in the ground at the corvane plant');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/begin vertical construction in September/);
  });
});

describe('a price asked by its unit ("what $/kg…")', () => {
  it('is refused when no sentence gives a sum for the thing, and answered when one does', async () => {
    const bot = await makeBot(writeArticles(FILES));
    const none = await bot.answerQuestion('what $/kg is corvane actually charging us for N48SH right now? need it for the cost roll');
    expect(none.abstained).toBe(true);
    const some = await bot.answerQuestion('what $/kg is corvane charging for N52 arc segments?');
    expect(some.abstained).toBe(false);
    expect(some.answer).toMatch(/\$142 per kg/);
  });
});

describe('how many files give a figure, and whether the sources disagree on it', () => {
  it('counts the articles for "how many of the files give the number of jobs", and shows the jobs dispute when asked whether they disagree', async () => {
    const bot = await makeBot(writeArticles(FILES));
    const count = await bot.answerQuestion('how many of the files give the number of jobs at the corvane plant?');
    expect(count.abstained).toBe(false);
    expect(count.answer).toMatch(/of the \d+ articles/);
    const differ = await bot.answerQuestion('do the sources disagree on the job count at the corvane plant?');
    expect(differ.disagreements.map((d) => d.topic)).toContain('number of jobs');
    // ("…, and who disagrees" is one question: which sources differ on it, which its answer shows.)
    expect(splitQuestion('how many of our docs back the 900 jobs figure, and who disagrees')).toBeNull();
    const who = await bot.answerQuestion('how many of our docs back the 900 jobs figure at the corvane plant, and who disagrees');
    expect(who.disagreements.map((d) => d.topic)).toContain('number of jobs');
  });
});

describe('a summary asked with where things stand', () => {
  it('is the story in brief ("tl;dr … like 3 bullets, where do we stand now")', async () => {
    const bot = await makeBot(writeArticles(FILES));
    const a = await bot.answerQuestion('need a tl;dr of the whole rare earth saga for the CEO, like 3 bullets, where do we stand now');
    expect(a.answer).toMatch(/^The story in brief/);
    // (For a team named by its work: "for the buying team" is who the answer is for.)
    expect(normalizeInformal('tl;dr of the june deal for the buying team pls - what did each side give up')).not.toMatch(/buying/);
    // (For the governor, flagging where the sources disagree: the story in brief holds its disagreements.)
    const b = await bot.answerQuestion(
      'need a quick 5-bullet summary of the whole rare earth saga for the gov, flag where sources disagree',
    );
    expect(b.answer).toMatch(/^The story in brief/);
  });
});

describe('a question in Malay', () => {
  it('is read through the Malay glossary (and the Indonesian one it shares words with), never refused for its words', async () => {
    const bot = await makeBot(writeArticles(FILES));
    const a = await bot.answerQuestion('Bilakah lesen eksport untuk kilang Corvane akhirnya dikeluarkan?');
    expect(a.abstained).toBe(false);
    expect(a.notices?.join(' ')).toMatch(/small Malay glossary/);
    expect(a.answer).toMatch(/finally issued on 19 September/);
  });
});

describe('how many jobs a project brings', () => {
  it('is a figure of its own, so different counts for one project disagree', async () => {
    const corpus = await corpusOf(FILES);
    const jobs = corpus.claims.filter((c) => c.event === 'quantity' && c.qualifier?.startsWith('jobs|'));
    expect(jobs.map((c) => c.number).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([640, 900, 1300]);
    const dispute = findDisagreements(corpus, corpus.claims).find((d) => d.disagreement.topic === 'number of jobs');
    expect(dispute?.disagreement.positions.length).toBe(3);
    // (Given for two facilities together, 900 may include the plant's 640.)
    expect(dispute?.disagreement.explanation).toMatch(/900 jobs is given as a total, so it may include 640 jobs/);
  });

  it('answers "how many jobs r we talking abt" with the figures, says every position is quoted, and leads with a count', async () => {
    expect(normalizeInformal('how many jobs r we actually talking abt for the project')).toBe('how many jobs for the project');
    expect(normalizeInformal('how many jobs? need one number for the governor but not sure the coverage agrees')).toBe('how many jobs?');
    expect(normalizeInformal('what tariff were imports facing? i keep seeing diff %s in these')).toBe('what tariff were imports facing?');
    const bot = await makeBot(writeArticles(FILES));
    const a = await bot.answerQuestion('how many jobs r we actually talking abt for the hollis county project?');
    expect(a.abstained).toBe(false);
    expect(a.summary).toMatch(/all 3 positions are quoted below/);
    // (The day of the timeline's "**July 20:** Governor announces the Hollis County magnet project" is no count.)
    expect(a.citations[0]?.quote ?? '').not.toMatch(/July 20/);
    expect(a.answer).toMatch(/640/);
  });
});

describe('disputes a question does not ask about', () => {
  const PAGES = {
    'c1_wire.md': article(
      'Wire One',
      '2025-10-09',
      "China's commerce ministry announced on October 9 new export controls on rare earths and magnets.",
    ),
    'c2_paper.md': article('Paper Two', '2025-10-11', 'On Friday, October 10, Beijing announced sweeping export controls on rare earths.'),
    'c3_notice.md': article('Notice Three', '2025-11-08', 'China suspended the October 9 controls on rare earths until November 10, 2026.'),
    'd1_busan.md': article('Wire One', '2025-10-30', 'Trump met Xi in Busan on October 30 and called the meeting a 12 out of 10.'),
    'd2_digest.md': article('Digest Four', '2025-11-03', 'Trump and Xi met in Busan on November 1 and agreed a rare earth truce.'),
    ...SOME_FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(PAGES));
  });

  it('does not give the day the controls were announced to "until when are the october 9 controls suspended?"', async () => {
    expect(bot.conflicts().some((d) => /China's new controls|announcement date/.test(d.topic))).toBe(true);
    for (const q of [
      'until when are the october 9 controls suspended?',
      '¿Hasta qué fecha quedan suspendidos los controles del 9 de octubre?',
    ]) {
      const a = await bot.answerQuestion(q);
      expect(a.abstained).toBe(false);
      expect(a.answer).toMatch(/November 10, 2026/);
      expect(a.disagreements).toEqual([]);
    }
  });

  it('does not give the meeting\'s date to "how did trump grade the xi meeting"', async () => {
    expect(bot.conflicts().some((d) => /date/.test(d.topic) && /talks|meeting/.test(d.topic))).toBe(true);
    const a = await bot.answerQuestion('how did trump grade the xi meeting lol');
    expect(a.answer).toMatch(/12 out of 10/);
    expect(a.disagreements).toEqual([]);
  });
});

describe('"which city" of a country the question names', () => {
  it('puts a sentence naming a city of that country ahead of talks held elsewhere', async () => {
    const bot = await makeBot(
      writeArticles({
        'k1_wire.md': article(
          'Wire One',
          '2025-10-27',
          'US and Chinese officials reached a framework on rare earths after two days of talks in Malaysia, Treasury Secretary Jane Vance said. The framework covers rare earth export controls.',
        ),
        'k2_paper.md': article(
          'Paper Two',
          '2025-10-27',
          'Vance told reporters in Kuala Lumpur on Sunday that the two sides discussed rare earths, soybeans and tariffs.',
        ),
        'k3_paper.md': article('Paper Three', '2025-06-11', 'The London talks on rare earths were held at Lancaster House.'),
        ...SOME_FILLER,
      }),
    );
    const a = await bot.answerQuestion('rare earth talks in malaysia - which city?');
    expect(a.citations.slice(0, 2).map((c) => c.source)).toContain('k2_paper.md');
    expect(a.answer).toMatch(/Kuala Lumpur/);
  });
});

describe('an organisation described by two words before a title ("the czech magnet ceo")', () => {
  it('is the holder given the title where both are met, not the one met with one word more often', async () => {
    const bot = await makeBot(
      writeArticles({
        'm1_interview.md': article(
          'Magnet Weekly',
          '2025-07-15',
          'Brno Magnet Works, a maker of sintered magnets based in Brno in the Czech Republic, buys most of its dysprosium from China. Chief executive Pavel Novak said the last rare earth licence took 47 working days.',
        ),
        'm2_wire.md': article(
          'Wire One',
          '2025-07-10',
          'Chief executive Karin Lind of Nordic Magnet Co said rare earth magnet supply was tight.',
        ),
        'm3_wire.md': article(
          'Wire Two',
          '2025-07-12',
          'Chief executive Karin Lind said Nordic Magnet Co had enough rare earth magnet stock for a month.',
        ),
        ...SOME_FILLER,
      }),
    );
    const focus = (bot as unknown as { focus: { titledNames(text: string): string[] } }).focus;
    expect(focus.titledNames('the czech magnet ceo - how long did his licence take')).toEqual(['Pavel Novak']);
    // (One word alone still picks the holder met with it: "the nordic magnet ceo".)
    expect(focus.titledNames('what did the nordic magnet ceo say')).toEqual(['Karin Lind']);
  });
});

describe('what the asker sets aside', () => {
  it('drops "not the tariffs," before what is meant', async () => {
    expect(normalizeInformal('what did the US unwind? (not the tariffs, the export stuff)')).not.toMatch(/tariffs/);
    const bot = await makeBot(
      writeArticles({
        'u1_wire.md': article(
          'Wire One',
          '2025-07-04',
          'The US lifted its export curbs on chip design software and ethane in early July, after the rare earth deal.',
        ),
        'u2_wire.md': article(
          'Wire Two',
          '2025-05-13',
          'The US cut tariffs on Chinese goods to 30 percent in May, and China cut its tariffs on US goods to 10 percent.',
        ),
        ...SOME_FILLER,
      }),
    );
    const a = await bot.answerQuestion('remind me what the US actually unwound on its side in july? (not the tariffs, the export stuff)');
    expect(a.citations[0]?.source).toBe('u1_wire.md');
  });
});
