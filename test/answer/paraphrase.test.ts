import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASKS_COMPANIES_RE, enumerationSize } from '../../src/answer/extractive.js';
import { questionType } from '../../src/answer/question.js';
import type { Answer } from '../../src/answer/types.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { tokenize } from '../../src/text/tokenize.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Questions in words no article uses, each on articles written for this test (a fictional round of the story:
 * butane instead of ethane, a "pause" the articles call a truce, a parts makers' lobby that speaks): the
 * paraphrase lexicons (data/lexicon/synonyms.txt, informal.txt) must read them as the articles' words, and a
 * "how long" question must not be answered with counts of things.
 */

const FILES = {
  'harbour-post.md': article(
    'Harbour Post',
    '2025-07-03',
    'Washington lifted its restrictions on exports of butane to China on July 2, the Commerce Department said. ' +
      'Shippers said the first butane cargoes left Houston the next day.',
  ),
  'ledger.md': article(
    'The Ledger',
    '2025-07-04',
    'China put seven rare earth elements under export licensing in April. ' +
      'Samarium magnets remain restricted for military users, officials said. ' +
      'The licences approved since June cover nine customers.',
  ),
  'geneva-wire.md': article(
    'Geneva Wire',
    '2025-05-13',
    'The United States and China agreed in Geneva to a 90-day truce on tariffs, their first trade agreement in years. ' +
      'Negotiators said the talks in Geneva ran for two days and that 14 officials took part.',
  ),
  'parts-daily.md': article(
    'Parts Daily',
    '2025-06-05',
    "Europe's main car-parts lobby said on Wednesday that only a quarter of the licence applications of its members had been approved. " +
      'Several production lines have already stopped, the lobby said.',
  ),
  'plant-news.md': article(
    'Plant News',
    '2025-07-10',
    'Halden Magnetics said its new magnet factory in Texas would open in 2028. ' +
      'The April controls on seven rare earths remain in force, the company said. ' +
      'The Pentagon will pay $400 million for a 15% stake in Halden Magnetics. ' +
      'Halden shipped 1,200 tonnes of magnets in August.',
  ),
  'elements.md': article(
    'TradeWire',
    '2025-08-08',
    'The April list of elements was the first of its kind, officials said.\n\nBeijing put seven medium and heavy rare earths - samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium - under licensing on April 4, along with magnets.',
  ),
  'recipe.md': article('Kitchen Notes', '2025-06-01', 'Whisk the eggs with sugar and lemon zest, then bake the tart for 25 minutes.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

function quotes(a: Answer): string {
  return a.citations.map((c) => c.quote).join(' | ');
}

describe('words the articles do not use (paraphrase lexicons)', () => {
  it('rewrites "unban" and "off limits" into the words articles use', () => {
    expect(normalizeInformal('did they unban butane sales')).toMatch(/lifted the ban on butane/);
    expect(normalizeInformal('which magnets are off limits for weapons makers')).toMatch(/restricted for weapons makers/);
  });

  it('answers "the butane embargo" from the sentence about restrictions on butane', async () => {
    const a = await bot.answerQuestion('what was the butane embargo about exactly');
    expect(a.abstained).toBe(false);
    expect(quotes(a)).toMatch(/restrictions on exports of butane/);
  });

  it('answers "did they unban butane" from the lifted restrictions', async () => {
    const a = await bot.answerQuestion('did the feds unban butane sales to china?');
    expect(a.abstained).toBe(false);
    expect(quotes(a)).toMatch(/lifted its restrictions on exports of butane/);
  });

  it('answers "off limits for weapons makers" from "restricted for military users"', async () => {
    const a = await bot.answerQuestion('which magnets are still off limits for weapons makers');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Samarium magnets remain restricted for military users/);
  });

  it('answers "how many days was the ceasefire supposed to last" with the truce\'s 90 days, not counts of things', async () => {
    const a = await bot.answerQuestion('how many days was the geneva ceasefire supposed to last');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/90-day truce/);
    // Seven elements, nine customers, 14 officials are counts, not lengths of time.
    expect(a.answer).not.toMatch(/Figures given: (?:7|9|14)\b/);
    expect(a.answer).not.toMatch(/\b(?:7|9|14) \(/);
  });

  it('finds a body described in other words ("the european auto parts trade group": "Europe\'s main car-parts lobby")', async () => {
    const a = await bot.answerQuestion('what did the european auto parts trade group say about the licences');
    expect(a.abstained).toBe(false);
    expect(quotes(a)).toMatch(/car-parts lobby said on Wednesday/);
  });

  it('answers "the dollar value" only with a sum of money, not with tonnes', async () => {
    const stake = await bot.answerQuestion("what's the dollar value of the pentagon stake in halden");
    expect(stake.abstained).toBe(false);
    expect(stake.answer).toMatch(/\$400 million/);
    const exports = await bot.answerQuestion('what was the dollar value of the magnets halden shipped in august');
    expect(exports.abstained).toBe(true);
    expect(exports.answer).toMatch(/no sum of money/);
  });

  it('still abstains on a body the articles never quote', async () => {
    const a = await bot.answerQuestion('what did the japanese chemical industry federation say about the licences');
    expect(a.abstained).toBe(true);
  });
});

describe('chat spellings and question shapes', () => {
  it('reads negations typed without the apostrophe, and a "sitdown" as a meeting', () => {
    expect(normalizeInformal('what didnt get suspended')).toBe('what did not get suspended');
    expect(normalizeInformal('why isnt it signed, they wont say')).toBe('why is not it signed, they will not say');
    expect(normalizeInformal('where was the trump xi sitdown')).toBe('where was the trump xi meeting');
    expect(normalizeInformal('euro factories going dark')).toBe('European factories shut down');
    expect(normalizeInformal('what did the magnet users group say')).toBe('what did the magnet users association say');
    expect(normalizeInformal("whats the number? i've seen like 3 figures")).toBe('what is the number? 3 figures');
  });

  it('answers "what didnt get suspended" instead of reporting "didnt" as a word no article uses', async () => {
    const a = await bot.answerQuestion("what's still in force, i.e. what didnt get suspended");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/remain in force/);
  });

  it('reads a "megafactory" as the factory the articles write about', async () => {
    const a = await bot.answerQuestion("when's the new magnet megafactory supposed to open");
    expect(a.abstained).toBe(false);
    expect(quotes(a)).toMatch(/new magnet factory in Texas would open in 2028/);
  });

  it('"whats the sept export number" asks for a figure', () => {
    expect(questionType("whats the sept magnet export number? i've seen like 3 different figures")).toBe('howmany');
    expect(questionType("what's the figure for june")).toBe('howmany');
  });

  it('"where was X when he said…" asks for a place (its "when" times it)', () => {
    expect(questionType('where was trump when he said the china deal got signed?')).toBe('where');
    expect(questionType('when did trump say where the deal was signed?')).toBe('when');
  });

  it('keeps a figure written with separators as one token ("3,188" is not "3")', () => {
    expect(tokenize('exports reached 3,188 tonnes, up 5.5% on 3 June').map((t) => t.norm)).toEqual([
      'exports',
      'reached',
      '3188',
      'tonnes',
      'up',
      '5.5',
      'on',
      '3',
      'june',
    ]);
    expect(tokenize('2,117t').map((t) => t.norm)).toEqual(['2117', 't']);
  });

  it("asks for companies' names only when no company is pointed at already", () => {
    expect(ASKS_COMPANIES_RE.test('which us magnet makers got licences')).toBe(true);
    expect(ASKS_COMPANIES_RE.test('what companies were hit')).toBe(true);
    expect(ASKS_COMPANIES_RE.test('what is the company changing on inventory')).toBe(false);
    expect(ASKS_COMPANIES_RE.test('what did the firm say')).toBe(false);
  });
});

describe('lists', () => {
  it('reads a list set off by hyphens typed for dashes ("rare earths - samarium, …, scandium and yttrium - under …")', () => {
    expect(
      enumerationSize(
        'Beijing put seven medium and heavy rare earths - samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium - under licensing on April 4.',
      ),
    ).toBe(7);
  });

  it('reads names listed as a subject ("Bosch, ZF and Mahle have all set up…"), not a sentence of clauses', () => {
    expect(enumerationSize('Kessel, Varo Drive and Mahrt have all set up task forces on magnets, and Mahrt called it critical.')).toBe(3);
    expect(enumerationSize('The minister, who spoke in Geneva, said talks would go on and Beijing agreed.')).toBe(0);
  });

  it('answers "which elements are on the april list" with the sentence that lists them', async () => {
    const a = await bot.answerQuestion('which elements are on the april list');
    expect(a.abstained).toBe(false);
    expect(quotes(a)).toMatch(/samarium, gadolinium/);
  });

  it('reads "tack on" as adding', () => {
    expect(normalizeInformal('what elements did china tack on in october')).toBe('what elements did china added in october');
  });
});
