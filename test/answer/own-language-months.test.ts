import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryEnglish, normalizeInformal, translateUnspaced } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A month's figure given only by an article in the question's own language ("¿cuántas toneladas … en julio?" when
 * the English articles give June's): the claims that date figures read English, so they cannot say the month is
 * missing. And chat's "me salen cifras distintas" after a Spanish question, and whose it is put in brackets after
 * the question. On articles written for this test (outlets and figures are invented).
 */

const FILES = {
  'wire.md': article(
    'Harbor Wire',
    '2025-07-20',
    'China exported 1,238 metric tons of tin magnets in June, customs data showed. Exports to the United States rose to 353 tonnes.',
  ),
  'es.md': article(
    'Diario del Puerto',
    '2025-08-20',
    'China exportó 5.577 toneladas métricas de imanes en julio, según datos de aduanas publicados el miércoles. Las exportaciones a Estados Unidos subieron a 619 toneladas.',
  ),
  'call.md': article(
    'Quarter Calls',
    '2025-10-31',
    'Corvane Motors Chief Executive Helen Strand said after the Busan meeting: "A pause is not a policy."',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe("a figure in the question's own language", () => {
  it("answers from the article in that language, with the asker's aside read", async () => {
    const a = await bot.answerQuestion('¿cuántas toneladas de imanes exportó China en julio? me salen cifras distintas');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/5\.577 toneladas/);
  });
});

describe('whose it is, in brackets after the question', () => {
  it('is read as the owner of the title', () => {
    expect(normalizeInformal('what did their ceo say after busan? (corvane)')).toBe("what did corvane's ceo say after busan?");
    // (Brackets that explain a word stay.)
    expect(normalizeInformal('what did the EDA (chip design software) rule say?')).toMatch(/\(chip design software\)/);
  });
});

describe('Chinese in traditional characters', () => {
  it('is read through the glossary, as simplified Chinese is', () => {
    expect(translateUnspaced('稀土流量恢復到4月前的水平了嗎？')).toMatch(/rare earth.*flows.*resume/);
    expect(glossaryEnglish('稀土現已恢復流通,但流量尚未達到4月4日之前的水平', 'Chinese')).toEqual(
      expect.arrayContaining(['rare earth', 'resume', 'flows', 'level']),
    );
    // (Simplified text reads as before.)
    expect(translateUnspaced('稀土流量恢复到4月前的水平了吗？')).toBe(translateUnspaced('稀土流量恢復到4月前的水平了嗎？'));
  });
});
