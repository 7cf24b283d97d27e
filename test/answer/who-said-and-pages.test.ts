import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion, buildVocabulary } from '../../src/answer/question.js';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage, normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Who said what, asked as desks ask it: an outlet named without its domain ending, names offered as a series ("a, b,
 * or just 'a spokesperson'"), a quoted remark with an English contraction, people of a kind asked for as a list, and
 * the oldest page of a folder that holds an older episode. On articles written for this test (the cobalt deal, its
 * outlets and people are invented).
 */

const FILES = {
  'opn_0611.md': article(
    'OPN.com',
    '2025-06-11',
    'June 11 (OPN) -- The cobalt talks ended in Oslo. "The two sides have, in principle, reached a framework," China\'s vice trade minister Tang Jia said Wednesday.',
  ),
  'tide_0702.md': article(
    'Tide Notes',
    '2025-07-02',
    "Tang Jia, China's top cobalt negotiator, will be the person to watch on licence volumes.",
  ),
  'desk_0704.md': article(
    'Desk Wire',
    '2025-07-04',
    'On the 4th, Tang Bo, a spokesperson for the Chinese Ministry of Commerce, released a statement on the cobalt framework on the ministry website.',
  ),
  'voices_0705.md': article(
    'Voices Daily',
    '2025-07-05',
    "It was Tang Bo who read out the ministry's June 27 answer on the cobalt framework, saying exports would be reviewed.",
  ),
  'pool_0610.md': article(
    'Pool Notes',
    '2025-06-10',
    'AMBASSADOR ORSINI: "We\'re moving as quickly as we can." He left without questions.',
  ),
  'meridian_0628.md': article(
    'Meridian Post',
    '2025-06-28',
    '"We\'re moving as quickly as we can," Commerce Secretary Dana Varga told reporters after the cobalt talks in Oslo.',
  ),
  'oslo_0612.md': article(
    'Fjord Daily',
    '2025-06-12',
    'Commerce Secretary Dana Varga met Vice Premier Ren Hao in Oslo on Tuesday, and Kobalt Corp said it plans to resume cobalt sales to Ostland next month.',
  ),
  'old_2011.md': article(
    'Old Wire',
    '2011-03-02',
    'Trading houses said cobalt shipments to Japan were held up at customs in a dispute that year.',
  ),
};

let bot: Dealbot;

beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});

afterAll(() => removeTempDirs());

describe('who said what, asked as desks ask it', () => {
  it('finds the page of an outlet named without its domain ending ("UPI" for "UPI.com")', async () => {
    const a = await bot.answerQuestion('what title does OPN give tang jia');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('vice trade minister');
    expect(a.citations[0]?.source).toBe('opn_0611.md');
  });

  it('reads names offered as a series ("a, b, or just \'a spokesperson\'") as alternatives, met by any of them', async () => {
    const vocab = buildVocabulary(['tang jia tang bo spokesperson statement ministry oslo talks side varga orsini']);
    const grouped = (q: string) =>
      analyzeQuestion(q, vocab)
        .terms.filter((t) => t.group !== undefined)
        .map((t) => t.word);
    expect(grouped("who read out the june 27 statement — tang jia, tang bo, or just 'a spokesperson'?")).toEqual([
      'tang',
      'jia',
      'bo',
      'spokesperson',
    ]);
    // The question's own clause before a comma is no item of the series.
    expect(grouped('who actually ran the us side in oslo, varga or orsini')).toEqual(['varga', 'orsini']);
    const a = await bot.answerQuestion(
      "who actually read out the ministry's june 27 statement — tang jia, tang bo, or just 'a spokesperson'?",
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Tang Bo');
  });

  it('asks who said a quoted remark with a contraction, in English, and names the sides by the remark', async () => {
    // The "re" of "we're" is no "regarding"; "as" three times does not make the question Portuguese.
    expect(normalizeInformal('"we\'re moving as quickly as we can" re the talks')).toBe(
      '"we\'re moving as quickly as we can" about the talks',
    );
    const q = '"we\'re moving as quickly as we can" — varga or orsini?? meridian has it as varga';
    expect(glossaryLanguage(q)).toBeNull();
    // A Portuguese question is still one.
    expect(glossaryLanguage('o que o Varga disse à Bloomberg sobre as terras raras?')?.name).toBe('Portuguese');
    const a = await bot.answerQuestion(q);
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('AMBASSADOR ORSINI');
    const d = a.disagreements[0];
    expect(d?.topic).toBe("who said “we're moving as quickly as we can”");
    expect(d?.positions.map((p) => p.claim).sort()).toEqual(['ORSINI', 'Varga']);
  });

  it('refuses the words of someone of a title no article uses, whatever else they say of the company', async () => {
    const ceo = await bot.answerQuestion("what did kobalt corp's ceo say about resuming sales?");
    expect(ceo.abstained).toBe(true);
    expect(ceo.answer).toContain('The 8 articles mention “kobalt”');
    expect(ceo.answer).toContain('but quote no such person');
    // Someone the articles have speak is answered.
    const varga = await bot.answerQuestion('what did varga tell reporters after the oslo talks?');
    expect(varga.abstained).toBe(false);
    expect(varga.answer).toContain('moving as quickly as we can');
  });

  it('reads people of a kind asked for across the folder as a list', () => {
    const vocab = buildVocabulary(['analysts officials spokesperson quoted deal']);
    expect(analyzeQuestion('which analysts are quoted by name across the folder?', vocab).list).toBe(true);
    expect(analyzeQuestion('roundup pls: every US official quoted on the deal', vocab).list).toBe(true);
    expect(analyzeQuestion('what did the spokesperson say about the deal?', vocab).list).toBe(false);
  });

  it('names and quotes the older episode it leaves out of the oldest article in the folder', async () => {
    const a = await bot.answerQuestion("what's the oldest article in the folder and is it even about this story");
    expect(a.answer).toContain('Left out as another episode');
    expect(a.answer).toContain('2011');
    expect(a.citations.map((c) => c.source)).toContain('old_2011.md');
  });
});
