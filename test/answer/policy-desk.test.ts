import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import { extractClaims } from '../../src/corpus/claims.js';
import { findDateMentions } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Found while a Brussels EU-affairs desk asked its questions (session 55): on articles written for this test (the
 * outlets, bodies and people are invented).
 */

afterAll(removeTempDirs);

describe("a Brussels desk's shorthand", () => {
  const FILES = {
    'brief.md': article(
      'Place Lux Brief',
      '2025-06-11',
      'The COM line, tbc by the College next week, is "minerals first". Several MS want the summit to focus on magnets. COM sources were upbeat.',
    ),
    'answer.md': article(
      'Hemicycle Watch',
      '2025-09-18',
      'On 25 March 2025 the Commission selected 31 Strategic Projects under the Critical Raw Materials Act, located in 11 Member States. The Commission has since transmitted to the Chinese authorities lists of priority applications.',
    ),
    'wire.md': article('Meuse Wire', '2025-07-02', 'Brussels and Beijing traded views on magnets this week.'),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('reads "COM" and "MS" as the Commission and the member states, though a newsletter writes them too', async () => {
    const a = await bot.answerQuestion('how many strategic projects under CRMA did COM pick in march, and in how many MS?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('31 Strategic Projects');
    expect(a.answer).toContain('11 Member States');
  });
});

describe('how a question asks', () => {
  it('reads a timeline whose steps follow a colon, with commas, as the chronology', () => {
    expect(classifyQuestion('can u do me a quick timeline pls: geneva, london, signature, mofcom confirmation, busan').kind).toBe(
      'timeline',
    );
    // (Not the timeline of one thing whose questions follow: "the licence timeline for our files: how long, which office, what fee")
    expect(classifyQuestion('the licence timeline for our files: how long, which office, what fee').kind).not.toBe('timeline');
  });

  it('reads "clippings" as the pages of the folder (which are in other languages)', () => {
    expect(classifyQuestion('do we have clippings in other languages? which ones and what do they cover').kind).toBe('language-pages');
  });

  it('reads a weekday after "would" in reported speech as the next one', () => {
    // Thursday 30 October 2025: "would comment after talks are held … on Friday" is 31 October.
    const [m] = findDateMentions('Gill said the Commission would comment after technical talks are held in Brussels on Friday.');
    expect(m?.expr).toMatchObject({ kind: 'weekday', direction: 1 });
    const [past] = findDateMentions('Gill said the Commission commented after technical talks were held in Brussels on Friday.');
    expect(past?.expr).toMatchObject({ kind: 'weekday', direction: -1 });
  });
});

describe('who holds a post, as outlets write it', () => {
  it('reads a hyphenated title after a body written in either case as one post of that body', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Wire A',
        '2025-06-08',
        '"Sooner or later, this will confront everyone," said Clepo secretary-general Benjamin Kroger.',
      ),
      'b.md': article(
        'Wire B',
        '2025-06-12',
        '"The channel is a signpost, not a road," CLEPO secretary-general Sigrid de Vaart told Wire B.',
      ),
    });
    const holders = extractClaims(corpus).filter((c) => c.attribute === 'holder');
    expect(holders.map((c) => [c.qualifier, c.value])).toEqual([
      ['CLEPO/secretary general', 'Benjamin Kroger'],
      ['CLEPO/secretary general', 'Sigrid de Vaart'],
    ]);
  });

  it('does not read an English word before a title as a body ("Veteran", "The")', async () => {
    const corpus = await corpusOf({
      'a.md': article('Wire A', '2025-06-08', 'Veteran trade commissioner Alan Moss said the talks would go on.'),
    });
    const holders = extractClaims(corpus).filter((c) => c.attribute === 'holder');
    expect(holders.map((c) => c.qualifier)).toEqual(['?/trade commissioner']);
  });
});

describe('what someone said on a day', () => {
  const FILES = {
    'afp.txt': [
      'EU working with G7 partners on response to controls',
      '',
      'AFP | 14-10-2025',
      '',
      'BRUSSELS, Oct 14 (AFP) - The EU is coordinating with G7 partners on a response to China\'s "unjustified" export controls on rare earths, the bloc\'s trade commissioner Marek Sefton said Tuesday.',
      '',
      '"Such restrictions have already forced some EU companies to halt production," Sefton said.',
      '',
      '"We cannot stand by, and we need a coordinated response," the trade chief told reporters.',
      '',
      '-- AFP',
    ].join('\n'),
    'reuters.md': article(
      'Reuters',
      '2025-10-21',
      'Marek Sefton said on Tuesday he had invited the Chinese commerce minister to Brussels. "Where you feel it the most is the automotive industry," Sefton said. Sefton said the EU had no interest in escalation.',
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it("quotes the day's dispatch, and the words the person goes on to say under their title", async () => {
    const a = await bot.answerQuestion('what did sefton say on the 14th oct?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('halt production');
    expect(a.answer).toContain('we need a coordinated response');
  });
});

describe('a running count "by" a month', () => {
  const FILES = {
    'reuters.md': article(
      'Reuters',
      '2025-06-04',
      'Of the hundreds of requests for export licenses made by auto suppliers since early April, only a quarter have been granted so far, the suppliers group CLEPO added.',
    ),
    'daily.md': article(
      'Berlaymont Post',
      '2025-06-12',
      'According to CLEPO, only about a third of the licence requests filed by suppliers since early April had been approved by early June.',
    ),
    'cers.md': article('Resource Centre', '2025-09-08', "According to Commission figures, China supplies 98% of the EU's rare earths."),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('is no question about June figures, and figures of other shares do not lead', async () => {
    const a = await bot.answerQuestion('according to clepo what share of suppliers licence requests were granted by early june?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('only a quarter have been granted');
    // (The lead names no figure of another share.)
    expect(a.answer.split('\n')[0]).not.toContain('98%');
  });
});

/**
 * Found while a Midwest regional business and labor desk asked its questions (session 55), on articles written for
 * this test.
 */
describe("a regional desk's questions", () => {
  const FILES = {
    'survey.md': article(
      'Lakeside Ledger',
      '2025-07-02',
      'The Lake Huron Manufacturers Alliance surveyed 97 member firms. The survey found that 17% cut at least one shift because of magnet shortages.',
    ),
    'autos.md': article(
      'Motor Wire',
      '2025-06-04',
      'Alliance for Better Cars CEO Tom Rudd told reporters the issue was raised with Chinese officials. The Alliance for Better Cars represents carmakers.',
    ),
    'plant.md': article(
      'Carolina Biz',
      '2025-03-01',
      'The company will build a new magnet plant on 64 acres in the Pine Ridge Industrial Park, creating 250 jobs.',
    ),
    'rules.md': article(
      'News Desk',
      '2025-10-10',
      "On Oct 9, China's Ministry of Commerce said that from Dec 1, foreign products containing as little as 0.1% Chinese rare earths will need a licence.",
    ),
    'ford.md': article(
      'Motor Wire',
      '2025-06-02',
      'Ford idled its Explorer line in Chicago for a week starting May 19 after a magnet supplier ran dry.',
    ),
    ...FILLER,
  };
  let bot: Dealbot;
  beforeAll(async () => {
    bot = await makeBot(writeArticles(FILES));
  });

  it('does not read "the chamber" as whichever of two alliances the articles describe most', async () => {
    const a = await bot.answerQuestion('chamber survey: what share of shops cut shifts');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('17% cut at least one shift');
  });

  it('corrects two swapped letters into the word the articles use ("acers")', async () => {
    const a = await bot.answerQuestion('the new magnet plant, how many acers');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('64 acres');
  });

  it('reads "de minimis" as the threshold the articles write as "as little as"', async () => {
    const a = await bot.answerQuestion('oct 9 rules - whats the de minimis threshold?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('as little as 0.1%');
  });

  it('says so when asked for a count per unit, a wage or a sum of money the articles never give', async () => {
    for (const q of [
      'how many magnets go into one ford explorer',
      'whats the starting hourly pay at the pine ridge plant',
      'how much $$ did the may explorer shutdown cost ford, ballpark',
      'who won the lions game sunday lol',
    ]) {
      const a = await bot.answerQuestion(q);
      expect(a.abstained, q).toBe(true);
    }
  });

  it('reads a summary asked "for our members" as the story', () => {
    expect(classifyQuestion('tldr the whole deal for our members, like 3 sentences').kind).toBe('story');
    expect(classifyQuestion('what does the deal mean for our members').kind).not.toBe('story');
  });
});
