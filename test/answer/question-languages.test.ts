import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage, questionLanguage } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A question in a language without a glossary (Dutch, Turkish…) is told plainly that dealbot reads English —
 * never "none of the articles mentions 'empresas'"; a German question whose glossary markers are few is still read
 * as German, and "wer saß mit am Tisch" as who attended; Portuguese and Italian questions are read through their
 * glossaries, and keep a person's name typed in lower case; an Indonesian question is read through its glossary, with
 * the particles chat attaches ("perjanjiannya") read off. On articles written for this test (none is a seed).
 */

const FILES = {
  'summit.md': article(
    'Cobalt Street',
    '2025-10-31',
    [
      'Freedonian Vice Premier Ivo Marek brought Trade Minister Lena Sova and negotiator Pavel Dusek to the summit in Fredport.',
      'The two sides agreed to suspend the cobalt export controls for a year.',
    ].join('\n\n'),
  ),
  'kobalt.md': article(
    'Ticaret Postası',
    '2025-11-01',
    "Marek'e göre, Ruritania ile kobalt anlaşması Çarşamba günü Fredport'ta imzalandı ve bu bir ilk. Bu da ihracat için çok önemli, daha sonra da izinler gibi adımlar gelecek.",
  ),
  'kobalt_sv.md': article(
    'Handelsposten',
    '2025-11-01',
    'Enligt Marek undertecknades koboltavtalet med Ruritania i Fredport i onsdags, och det är ett första steg. Det är också mycket viktigt för exporten.',
  ),
  'kobalt_ru.md': article(
    'Деловой вестник',
    '2025-11-02',
    'По словам министра, Марек и министр Сова встретились в Фредпорте и договорились о кобальте. Встреча прошла в среду, и это было важно для всех, как и для экспорта.',
  ),
  'signed.md': article('Ore Wire', '2025-06-26', 'Freedonia and Ruritania signed the cobalt agreement on Wednesday, June 25, Marek said.'),
  'licences.md': article(
    'Metal Desk',
    '2025-06-28',
    [
      'Ruritania agreed to issue cobalt export licences within weeks, officials said.',
      'Export licences for cobalt will be issued in batches, traders said.',
      'The cobalt export licences were agreed in Fredport, Marek said.',
    ].join('\n\n'),
  ),
  'berita.md': article(
    'Warta Niaga',
    '2025-06-27',
    'Menurut Marek, perjanjian kobalt dengan Ruritania ditandatangani pada hari Rabu (25/6/2025) di Fredport, dan izin ekspor akan diterbitkan dalam beberapa minggu.',
  ),
  'software.md': article(
    'Chip Ledger',
    '2025-07-04',
    'Ruritania lifted its export restrictions on chip design software companies such as Vellum Systems on July 3.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('the language a question is written in', () => {
  it('is told by its function words when no glossary marks it', () => {
    expect(questionLanguage('Quais empresas de software de design de chips tiveram as restrições de exportação suspensas?')).toBe(
      'Portuguese',
    );
    // English questions, even with a foreign name or term in them, are English.
    expect(questionLanguage('what is the de minimis rule in the deal and who set it?')).toBeNull();
    expect(questionLanguage('when did la nacion report the deal')).toBeNull();
    expect(questionLanguage('what did la casa de la moneda say about the deal')).toBeNull();
    // A short question is mostly its question words: "kapan", "berapa"; "ne", "ne kadar".
    expect(questionLanguage('Menurut Trump, kapan perjanjian dengan China ditandatangani?')).toBe('Indonesian');
    expect(questionLanguage('Busan görüşmesinden sonra gümrük vergisi ne oldu, fentanil vergisi ne kadar indirildi?')).toBe('Turkish');
  });

  it('reads a German question whose markers are few ("beim", "mit", "welche")', () => {
    expect(glossaryLanguage('Welche chinesischen Minister saßen beim Treffen in Busan mit am Tisch?')?.name).toBe('German');
  });
});

describe('answers to questions in other languages', () => {
  it("says plainly it reads English, never that the articles do not mention the question's words", async () => {
    // (Swedish: a language with no glossary; Dutch and Turkish, asked here until sessions 64 and 68, have one now.)
    const a = await bot.answerQuestion('Vilka chipföretag fick tillbaka sina exportlicenser i juli och varför?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toContain('reads as Swedish');
    expect(a.answer).not.toMatch(/mentions|don't say/);
  });

  it('answers Portuguese and Italian questions from the English articles, through their glossaries', async () => {
    for (const q of [
      'Quais empresas de software de design de chips tiveram as restrições de exportação suspensas?',
      'Quali aziende di software per la progettazione di chip hanno avuto le restrizioni alle esportazioni revocate?',
    ]) {
      const a = await bot.answerQuestion(q);
      expect(a.abstained, q).toBe(false);
      expect(a.answer, q).toContain('Vellum Systems');
    }
    expect(glossaryLanguage('quando os EUA dizem que assinaram o acordo com a China?')?.name).toBe('Portuguese');
    expect(glossaryLanguage("chi ha firmato l'accordo sulle terre rare e quando?")?.name).toBe('Italian');
    // Spanish and French stay themselves.
    expect(glossaryLanguage('¿Qué arancel amenazó Trump con imponer a China?')?.name).toBe('Spanish');
    expect(glossaryLanguage("Quand les deux pays ont-ils signé l'accord ?")?.name).toBe('French');
  });

  it('answers a German "who sat at the table" question from the English articles', async () => {
    const a = await bot.answerQuestion('Welche Minister saßen beim Gipfel in Fredport mit am Tisch?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Lena Sova');
  });

  it('keeps a name typed in lower case when the articles name someone so, and no other unknown word', async () => {
    const a = await bot.answerQuestion('che cosa ha portato marek al vertice?');
    const read = a.notices?.find((n) => n.includes('Italian glossary')) ?? '';
    expect(read).toContain('marek');
    expect(a.answer).toContain('Ivo Marek');
    const b = await bot.answerQuestion('che cosa ha portato zorblat al vertice?');
    expect(b.notices?.find((n) => n.includes('Italian glossary')) ?? '').not.toContain('zorblat');
  });

  it('answers a question in a language without a glossary from the articles written in it, as written', async () => {
    // (Swedish: Turkish, asked here until session 68, has a glossary now.)
    const a = await bot.answerQuestion('När och var undertecknades koboltavtalet enligt Marek?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('kobalt_sv.md');
    expect(a.notices?.some((n) => n.includes('no Swedish glossary'))).toBe(true);
    // Without such an article, it still says plainly that it reads English.
    const b = await bot.answerQuestion('Hur många ton koppar exporterades av Sova, och varför?');
    expect(b.abstained).toBe(true);
    expect(b.answer).toContain('reads as Swedish');
  });

  it('reads a question in Cyrillic by its function words, not as Chinese (a spaced script)', async () => {
    expect(questionLanguage('Где и когда встретились Марек и Сова?')).toBe('Russian');
    const a = await bot.answerQuestion('Где и когда встретились Марек и Сова?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('kobalt_ru.md');
    expect(a.notices?.some((n) => n.includes('no Russian glossary'))).toBe(true);
    const b = await bot.answerQuestion('Сколько тонн меди получила Руритания в июле и почему?');
    expect(b.abstained).toBe(true);
    expect(b.answer).toContain('reads as Russian');
    // (A script no function words tell, Greek, is still told plainly that dealbot reads English.)
    const c = await bot.answerQuestion('Πότε υπογράφηκε η συμφωνία για το κοβάλτιο;');
    expect(c.abstained).toBe(true);
    expect(c.answer).toContain('Please ask in English');
  });

  it('reads an Indonesian question through its glossary, particles and chat verbs included ("perjanjiannya diteken")', async () => {
    expect(glossaryLanguage('kapan perjanjiannya diteken? ada yg bilang tanggal lain?')?.name).toBe('Indonesian');
    const a = await bot.answerQuestion('kapan perjanjiannya diteken menurut marek?');
    const read = a.notices?.find((n) => n.includes('Indonesian glossary')) ?? '';
    expect(read).toMatch(/When did .*agreement signed/);
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('June 25');
    // The article written in the question's language is quoted too, among English ones.
    const b = await bot.answerQuestion('menurut marek, apa yang disepakati soal izin ekspor kobalt?');
    expect(b.citations.slice(0, 3).map((c) => c.source)).toContain('berita.md');
  });
});
