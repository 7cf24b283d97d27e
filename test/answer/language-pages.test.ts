import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { writtenLanguage } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/** Questions about the articles' languages, on articles written for this test (English, Spanish, Japanese). */

const FILES = {
  'wire.md': article(
    'Trade Wire',
    '2025-10-30',
    'China said on Thursday it would suspend for one year the export controls it announced on October 9, after the two leaders met. The ministry said the measures would be reviewed.',
  ),
  'efe.md': article(
    'EFE',
    '2025-10-30',
    'China anunció este jueves que dejará en suspenso durante un año la aplicación de los controles a la exportación de tierras raras que había anunciado el 9 de octubre, según el ministerio de Comercio.',
  ),
  'shigen.md': article(
    'Shigen Journal',
    '2025-12-05',
    '中国商務省は12月、レアアース磁石の一般許可を初めて発給した。日本の需要家は、対象が大手に限られていることを懸念している。',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe("the articles' languages", () => {
  it('tells a language by its script or its commonest words', () => {
    expect(writtenLanguage(FILES['efe.md'])).toBe('Spanish');
    expect(writtenLanguage(FILES['shigen.md'])).toBe('Japanese');
    expect(writtenLanguage(FILES['wire.md'])).toBe('English');
    // Languages with no glossary are told too, and not taken for their neighbours.
    expect(
      writtenLanguage(
        'Pequim anunciou em 10 de outubro que o número de terras raras sob controle sobe de 7 para 12, e as empresas estrangeiras terão de pedir licenças para exportar os produtos que contêm os elementos.',
      ),
    ).toBe('Portuguese');
    expect(
      writtenLanguage(
        'Trump e Xi raggiungono un accordo a Busan: la Cina sospende per un anno le nuove restrizioni sulle terre rare e gli Stati Uniti riducono i dazi dal 57% al 47%, secondo la Casa Bianca.',
      ),
    ).toBe('Italian');
    expect(
      writtenLanguage(
        'El Ministerio de Comercio de China anunció el 9 de octubre que amplía los controles a las exportaciones de tierras raras y de los equipos para procesarlas, con efecto inmediato para las empresas.',
      ),
    ).toBe('Spanish');
  });

  it('reads questions about the languages as such, and no others', () => {
    expect(classifyQuestion('is any of the coverage not in english?')).toEqual({ kind: 'language-pages', language: null });
    expect(classifyQuestion("how many of the articles aren't in english and what languages")).toEqual({
      kind: 'language-pages',
      language: null,
    });
    expect(classifyQuestion('did any french-language outlet cover the london framework?')).toEqual({
      kind: 'language-pages',
      language: 'French',
    });
    expect(classifyQuestion('what did the german carmakers say about the licences?').kind).not.toBe('language-pages');
  });

  it('names the articles not in English, with their languages, quoting each', async () => {
    const a = await bot.answerQuestion("how many of the articles aren't in english and what languages");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^2 of the 3 articles are not in English \(1 in Spanish, 1 in Japanese\)/);
    expect(a.citations.map((c) => c.source).sort()).toEqual(['efe.md', 'shigen.md']);
  });

  it('says so when no article is in the language asked about', async () => {
    const a = await bot.answerQuestion('are any of the sources in french?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^None of the 3 articles is written in French/);
  });
});
