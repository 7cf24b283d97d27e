import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage, normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Data desks' shorthand ("y/y", "m/m", "5,577t"), outlets of many pages named as who disagrees, figures of an earlier
 * year's look-alike, a question set in a time and place the articles never speak of, and days that only date what is
 * asked. On articles written for this test (the cobalt deal, its outlets and people are invented).
 */

const FILES = {
  'wire_0714.md': article(
    'Wireline',
    '2025-07-14',
    "BEIJING, July 14 (Wireline) - China's cobalt exports rose 32% in June from the month before, customs data showed on Monday.",
  ),
  'wire_0509.md': article(
    'Wireline',
    '2025-05-09',
    "BEIJING, May 9 (Wireline) - China's cobalt exports dropped 15.6% in April from the previous month.",
  ),
  'wire_0510.md': article(
    'Wireline',
    '2025-05-10',
    'BEIJING, May 10 (Wireline) - For the first four months of 2025, cobalt exports rose 5.1% from a year earlier to 18,962 tons, the customs figures showed.',
  ),
  'wire_2021.md': article(
    'Wireline',
    '2021-05-07',
    'BEIJING, May 7 (Wireline) - Cobalt exports in the first four months of 2021 were up 1.9% on the year at 15,642 tonnes, the customs figures showed.',
  ),
  'wave_0718.md': article(
    'Wave News',
    '2025-07-18',
    'June cobalt exports posted a 30.8 per cent increase compared to May, Wave News calculated.',
  ),
  'ledger_0626.md': article(
    'Ore Ledger',
    '2025-06-26',
    'The cobalt framework was signed on June 25, officials said. Negotiators had concluded cobalt talks in Stockholm, Sweden, earlier this month.',
  ),
  'brief_0627.md': article(
    'Daily Brief',
    '2025-06-27',
    'The cobalt framework was signed on June 24, according to Commerce Secretary Dana Holt.',
  ),
  'recap_0702.md': article(
    'Harbor Recap',
    '2025-07-02',
    'The cobalt framework was signed on July 1, the recap says. Next week: whether the US actually unwinds its curbs on refining software.',
  ),
  'tv_0704.md': article(
    'Screen Trade',
    '2025-07-04',
    'Treasury Secretary Mara Quill said on July 3 on Harbor TV that cobalt is flowing again, though not as it did before April.',
  ),
  'embassy_0627.md': article(
    'Harbor Recap',
    '2025-06-27',
    'A spokesman for the Chinese Embassy in Washington declined to comment on the cobalt framework.',
  ),
  'rollback_0705.md': article(
    'Policy Wire',
    '2025-07-05',
    'On July 3 the US lifted its curbs on refining software and on drill parts for China, the first rollback under the framework.',
  ),
};

let bot: Dealbot;

beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});

afterAll(() => removeTempDirs());

describe("desk shorthand, many-page outlets, an earlier year's figures, and days that date what is asked", () => {
  it('does not read slashed shorthand ("y/y", "w/") as words of another language', () => {
    expect(glossaryLanguage('may drop y/y — 61% or 74%?? which is it')).toBeNull();
    expect(glossaryLanguage('h1 magnet exports total + y/y change?')).toBeNull();
    // A Spanish question is still one.
    expect(glossaryLanguage('¿y cuándo y dónde se firmó el acuerdo?')?.name).toBe('Spanish');
  });

  it('reads a mass typed with "t" as tonnes, not a trillion in dollars', () => {
    expect(normalizeInformal('the july magnet number (5,577t)')).toContain('5,577 tonnes');
    expect(normalizeInformal('seeing 7.7k t and 3.2k t')).toContain('7.7k tonnes');
    expect(normalizeInformal('how many t of alloys went to the us')).toContain('how many tonnes of alloys');
    expect(normalizeInformal('a $1t market')).toBe('a $1t market');
  });

  it('answers a figure question in desk shorthand that names the disagreeing outlets, several pages each', async () => {
    const a = await bot.answerQuestion('june total cobalt exports up how much m/m? wireline and wave news dont seem to match');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('32%');
  });

  it('answers a y/y question in English, not as Spanish', async () => {
    const a = await bot.answerQuestion('first four months cobalt exports y/y change?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('5.1%');
  });

  it("takes no side from an earlier year's article on the same measure", () => {
    const sides = bot.conflicts().flatMap((d) => d.positions.map((p) => p.quote ?? ''));
    expect(sides.some((q) => q.includes('18,962'))).toBe(false);
    expect(sides.some((q) => q.includes('2021'))).toBe(false);
  });

  it('refuses a question set in a time and a place of the story when what it asks for is no word of the articles', async () => {
    const a = await bot.answerQuestion('whats the weather gonna be in stockholm next week, flying out lol');
    expect(a.abstained).toBe(true);
    expect(a.answer).toContain('weather');
  });

  it("does not attach a date dispute to someone's words, or to another event's steps, on the days asked", async () => {
    const said = await bot.answerQuestion('what did the treasury sec say on tv abt cobalt, early july');
    expect(said.abstained).toBe(false);
    expect(said.answer).toContain('flowing again');
    expect(said.disagreements).toEqual([]);
    const lifted = await bot.answerQuestion('list every US restriction that got rolled back in early july');
    expect(lifted.answer).toContain('refining software');
    expect(lifted.disagreements.some((d) => /sign/i.test(d.topic))).toBe(false);
    // A question for what happened on the day still gets it, and so does one naming the signing, whoever it asks about.
    const who = await bot.answerQuestion('signed the 24th or 25th?? pls sort out who says what');
    expect(who.disagreements.some((d) => /sign/i.test(d.topic))).toBe(true);
    const day = await bot.answerQuestion('what happened on july 1');
    expect(day.disagreements.some((d) => /sign/i.test(d.topic))).toBe(true);
  });

  it('reads "DC" as Washington, where the articles put the embassy that declined to comment', async () => {
    expect(normalizeInformal('the chinese embassy in DC')).toBe('the chinese embassy in Washington');
    const a = await bot.answerQuestion('what did the chinese embassy in DC say abt the deal?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('declined to comment');
  });

  it('tells a German question by "welchem" and "laut" as well as its articles', () => {
    expect(glossaryLanguage('An welchem Tag hat Trump laut Reuters das Abkommen unterzeichnet?')?.name).toBe('German');
  });

  it('reads the newest or oldest piece asked with an aside after it, or with the look-alikes set aside, as the pages by date', () => {
    expect(classifyQuestion('newest piece in the folder?? need the latest look-back')).toMatchObject({ kind: 'dated-pages', latest: true });
    expect(classifyQuestion("what's the oldest piece in the folder on the actual us-china story (not the unrelated stuff)")).toEqual({
      kind: 'dated-pages',
      earliest: true,
      latest: false,
    });
    // Which pages are unrelated is still asked as such.
    expect(classifyQuestion('which pieces in here are unrelated to the deal?').kind).toBe('off-topic');
  });
});
