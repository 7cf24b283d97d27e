import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides } from '../../src/answer/asked-sides.js';
import { classifyQuestion, withoutHearsay } from '../../src/answer/kinds/classify.js';
import { monthOfWord } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { synonymsOf } from '../../src/text/synonyms.js';
import { stem } from '../../src/text/tokenize.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * The oldest and newest pieces about the story: an older episode in the folder (a 2010 embargo among 2025 coverage)
 * is not its oldest piece, and pages the asker sets aside ("ignore the 2010 one + the dec 2024 one") are left out.
 * And the asides and sides of how people ask about dates. On articles written for this test (the tin deal, outlets
 * and people are invented).
 */

const TIN = 'Portugal and Morocco tin export licences were discussed again as the tin framework took shape.';
const FILES = {
  'a_0412.md': article('Harbor Wire', '2025-04-12', `Morocco put tin exports under licence on April 4. ${TIN}`),
  'b_0512.md': article('Quay Post', '2025-05-12', `Negotiators met in Lisbon over the tin licences. ${TIN}`),
  'c_0610.md': article('Lisbon Daily', '2025-06-10', `Talks on tin resumed in Rabat. ${TIN}`),
  'd_0624.md': article('Ore Times', '2025-06-24', `Portugal and Morocco signed the tin framework on June 24. ${TIN}`),
  'e_0701.md': article('Metal Notes', '2025-07-01', `Smelters said tin licences were arriving faster. ${TIN}`),
  'f_1030.md': article('Coast Review', '2025-10-30', `The tin framework was extended for a year on October 30. ${TIN}`),
  'old_2010.md': article('Archive Wire', '2010-09-24', `Morocco halted tin exports to Spain during a fishing dispute. ${TIN}`),
  'dec_2024.md': article('Policy Brief', '2024-12-06', `Morocco tightened dual-use export rules covering tin alloys. ${TIN}`),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe("the story's oldest and newest pieces", () => {
  it('leaves out a page dated years apart from the rest, and says so', async () => {
    const a = await bot.answerQuestion("what's the oldest piece in the folder on this story?");
    expect(a.answer).toMatch(/The earliest: Policy Brief \(6 December 2024\)/);
    expect(a.answer).toMatch(/Left out as another episode.*Archive Wire \(24 September 2010\)/);
  });

  it('sets aside the pages the asker names by date ("ignore the 2010 thing + the dec 2024 one")', async () => {
    const kind = classifyQuestion("what's the oldest piece in the folder on THIS story (ignore the 2010 spain thing + the dec 2024 one)");
    expect(kind).toEqual({ kind: 'dated-pages', earliest: true, latest: false, ignore: ['the 2010 spain thing', 'the December 2024 one'] });
    const a = await bot.answerQuestion(
      "what's the oldest piece in the folder on THIS story (ignore the 2010 spain thing + the dec 2024 one)",
    );
    expect(a.answer).toMatch(/The earliest: Harbor Wire \(12 April 2025\)/);
    const setAside = a.answer.split('\n').find((l) => l.startsWith('Set aside as asked:')) ?? '';
    expect(setAside).toContain('Archive Wire (24 September 2010)');
    expect(setAside).toContain('Policy Brief (6 December 2024)');
  });

  it('reads "date of …" as asking when', () => {
    expect(bot.analyze('exact date of the april controls?').type).toBe('when');
    expect(bot.analyze('date of the tin framework?').type).toBe('when');
    expect(bot.analyze('what was the tin framework about?').type).not.toBe('when');
  });

  it('reads "item" as a piece', () => {
    expect(classifyQuestion('newest item in the folder? asking for my editor').kind).toBe('dated-pages');
  });
});

describe('how people point at what a source said', () => {
  it('sets aside hearsay with an adverb, or a panel that argued', () => {
    expect(withoutHearsay('busan meeting date? one site literally says march 30 lol')).toBe('busan meeting date?');
    expect(withoutHearsay('who led the team — ana or rui? the rotterdam panel ppl literally argued abt this')).toBe(
      'who led the team — ana or rui?',
    );
  });

  it('offers days as sides when one is an ordinal ("the 27th or the 28th?")', () => {
    const sides = askedSides('mofcom confirmed it on the 27th or the 28th?');
    expect(sides?.map((s) => s.label)).toEqual(['the 27th', 'the 28th']);
    expect(sides?.[0]?.re.test('confirmed on June 27')).toBe(true);
    expect(sides?.[0]?.re.test('27 percent of licences')).toBe(false);
  });

  it('reads a month from a word only when the word is the month, whole or shortened', () => {
    expect([monthOfWord('may'), monthOfWord('Sept'), monthOfWord('dec.'), monthOfWord('April')]).toEqual([5, 9, 12, 4]);
    expect([monthOfWord('mayor'), monthOfWord('market'), monthOfWord('ju')]).toEqual([null, null, null]);
    expect(askedSides('the mayor says yes, the deputy says no')).toBeNull();
  });

  it('asks for the machine-written pages in chat\'s words, and for ethane as "feedstock"', () => {
    expect(classifyQuestion('one of these reads like a bot wrote it. which one, and what does it get wrong').kind).toBe('ai-pages');
    expect(classifyQuestion('which one of these is AI-written').kind).toBe('ai-pages');
    expect(classifyQuestion('what did the bot say about tin').kind).not.toBe('ai-pages');
    expect([...synonymsOf(stem('feedstock'))]).toContain(stem('ethane'));
  });

  it('reads a "line" or "phrase" asked for as a quote, not a production line', () => {
    expect(normalizeInformal('need his exact line')).toBe('need his quote');
    expect(normalizeInformal('he had some line abt both sides')).toMatch(/some quote about both sides/);
    expect(normalizeInformal('when did they stop the explorer line?')).toBe('when did they stop the explorer line?');
    expect(normalizeInformal('did ford restart a line on monday')).toBe('did ford restart a line on monday');
  });
});
