import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredLanguage } from '../../src/corpus/metadata.js';
import type { Dealbot } from '../../src/pipeline.js';
import { questionLanguage } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Pages that say which language they are in ("language: ca" in front matter, `<html lang="lv">`), and questions in
 * languages the function-word lists took for others (Catalan read as French or Italian, Latvian and Lithuanian as no
 * language at all). A page is named by the language it declares when its text is not English, a question is matched
 * as written against the page in its language, and a page named by its language ("the latvian piece") is read with
 * the names it inflects. On articles written for this test: the cobalt story, its outlets, people and figures are
 * invented.
 */

const CATALAN = [
  "El govern xinès ha anunciat que endarrerirà un any les restriccions a l'exportació de cobalt, segons ha explicat el ministre Pau Serrat.",
  'Els exportadors catalans han rebut la notícia amb alleujament, però també amb prudència.',
  'La mesura també inclou una rebaixa dels aranzels del 20 al 10% per als productes de bateries.',
].join(' ');

const LATVIAN = [
  'Finanšu ministrs Kārlis Bergstrands svētdien paziņoja, ka Ķīna uz gadu atliks kobalta eksporta ierobežojumus.',
  'Bergstrands norādīja, ka licences tiks izsniegtas ātrāk nekā iepriekš.',
  'Tirgotāji ir piesardzīgi, jo cenas joprojām ir augstas un piegādes ir lēnas.',
].join(' ');

const FILES = {
  'regio_1030.md': `---\ntitle: "La Xina endarrereix les restriccions"\noutlet: Diari del Port\npublished: 2025-10-30\nlanguage: ca\n---\n${CATALAN}\n`,
  'riga_1026.html': `<!doctype html>\n<html lang="lv">\n<head><title>Ķīna atliek kobalta ierobežojumus</title></head>\n<body><article><h1>Ķīna atliek kobalta ierobežojumus</h1><p>${LATVIAN}</p></article></body>\n</html>\n`,
  'fjord_1027.md': `---\noutlet: Fjord Daily\npublished: 2025-10-27\n---\nUS Treasury Secretary Nils Bergstrand said on Sunday that China would delay its cobalt export curbs by a year. He spoke after talks in Oslo.\n`,
  ...FILLER,
};

let bot: Dealbot;

beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});

afterAll(() => removeTempDirs());

describe('languages pages declare', () => {
  it('reads the language a page declares, named in English', () => {
    expect(declaredLanguage('---\ntitle: x\nlanguage: ca\n---\nText')).toBe('Catalan');
    expect(declaredLanguage('<!doctype html><html lang="lv-LV"><body>x</body></html>')).toBe('Latvian');
    expect(declaredLanguage('<html><head><meta property="og:locale" content="ro_RO"></head></html>')).toBe('Romanian');
    expect(declaredLanguage('---\nlang: bn\n---\n')).toBe('Bengali');
    // None, or none a list knows; and a body line that only looks like a field is no declaration.
    expect(declaredLanguage('---\ntitle: x\n---\nlanguage: ca')).toBeNull();
    expect(declaredLanguage('---\nlanguage: xx\n---\n')).toBeNull();
    expect(declaredLanguage('<html lang="und">')).toBeNull();
  });

  it('names a page by the language it declares when its text is not English', async () => {
    const a = await bot.answerQuestion('which articles are in catalan?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Catalan');
    expect(a.citations.map((c) => c.source)).toContain('regio_1030.md');
    expect(a.citations.map((c) => c.source)).not.toContain('riga_1026.html');
  });

  it('tells Catalan, Latvian and Lithuanian questions by their function words', () => {
    expect(questionLanguage("Quant de temps endarrerirà la Xina les restriccions a l'exportació de cobalt?")).toBe('Catalan');
    expect(questionLanguage('Līdz kuram datumam Ķīna atliks kobalta eksporta ierobežojumus?')).toBe('Latvian');
    expect(questionLanguage('Ką ministras pasakė po susitikimo, kaip jį citavo agentūra?')).toBe('Lithuanian');
  });

  it('answers a Catalan question from the Catalan page, as written', async () => {
    const a = await bot.answerQuestion("Quant de temps endarrerirà la Xina les restriccions a l'exportació de cobalt?");
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('regio_1030.md');
    expect(a.citations[0]?.quote).toContain('endarrerirà un any');
  });

  it('answers a question whose glossary markers name a language no page is in from the page its function words name', async () => {
    // (Its markers read as Italian, its function words as Catalan.)
    const a = await bot.answerQuestion('Quant ha rebaixat la Xina els aranzels per als productes de bateries?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('regio_1030.md');
  });

  it('reads a page named by its language with the names it inflects', async () => {
    const a = await bot.answerQuestion('in the latvian piece what does bergstrand say about the licences?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('riga_1026.html');
    expect(a.answer).toContain('Bergstrands');
  });
});
