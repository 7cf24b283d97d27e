import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryFormsOf, normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, loadPage, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * The pages a procurement team files and the way buyers ask about them: a supplier's letter in plain text with its
 * name set in capitals above a hyphen, an analyst note with labelled fields, a customer advisory whose outlet is
 * named by one coined word, a list of lead times under a short lead-in, and buyers' shorthand ("lics", "docs",
 * "req"). On pages written for this test (the companies and outlets are invented).
 */

const LETTER = [
  'TARNWICK SPECIALTY METALS GMBH - FORCE MAJEURE UPDATE No. 3',
  'Essen, 1 July 2025',
  '',
  'Subject: Rare earth oxides ex China - partial lifting of force majeure',
  '',
  'Dear customer,',
  '',
  'Following the agreement between the United States and China, we have received the first export',
  'licences for samarium and gadolinium products from our partners in Baotou.',
  '',
  'Force majeure is therefore lifted for samarium and gadolinium with effect from 2 July 2025.',
  '',
  'Force majeure remains in force for dysprosium and terbium products until further notice.',
  '',
  'Tarnwick Specialty Metals GmbH',
  'Supply Chain Desk',
  '',
].join('\n');

const NOTE = [
  'FELLGATE RESEARCH - CRITICAL MATERIALS | ANALYST NOTE',
  'Date: 2025-07-22',
  '',
  'TITLE: The London framework a month on - licences up, heavy rare earths lag',
  '',
  'Licences for light rare earth magnets are flowing again, and approvals now take about 30 days instead of 45.',
  '',
  'We rate the probability of a renewed licensing squeeze within twelve months at 35 percent.',
  '',
].join('\n');

const FILES = {
  'letter.txt': LETTER,
  'note.txt': NOTE,
  'advisory.md': article(
    'Quorvane Drives (customer advisory)',
    '2025-07-02',
    [
      'Dear valued customer,',
      '',
      'We expect the framework between the United States and China to improve the supply of magnets for our servo drives and traction motors over the summer.',
      '',
      'Current lead times:',
      '- Servo motors with light rare earth magnets: 11 weeks (previously 19 weeks)',
      '- Traction motor rotor assemblies with dysprosium magnets: 15 to 17 weeks (unchanged)',
      '',
      'We will continue to allocate dysprosium-bearing products until at least 30 September 2025, and we ask customers to order early.',
    ].join('\n'),
  ),
  'wire.md': article(
    'Harbor Wire',
    '2025-06-27',
    "China's Ministry of Commerce said on Friday that it would review and approve export licence applications for controlled items, after the United States and China signed the framework on June 25.",
  ),
  'ethane.md': article(
    'Gulf Freight Notes',
    '2025-07-04',
    'The Bureau of Industry and Security told ethane exporters on July 2 that the licence requirement for shipments to China had been rescinded.',
  ),
  'kurier.md': article(
    'Rohstoff Kurier',
    '2025-06-30',
    'Die Lizenzen für Magnete sollen bis Ende Juli erteilt werden, schreibt das Blatt; bis dahin bleibt die Lage angespannt.',
  ),
  'summit.md': article(
    'Fjord Ledger',
    '2025-10-31',
    'The two leaders met at an air base outside Bergen on Thursday, October 30. The summit lasted one hour and 40 minutes, and the leaders agreed to pause the export controls for a year.',
  ),
  'wirtschaft.md': article(
    'Rohstoffbrief',
    '2025-06-29',
    [
      'Das chinesische Handelsministerium hat am 27. Juni die Einzelheiten des Rahmenabkommens mit den USA bestätigt.',
      '',
      '',
      'Nach Angaben aus Peking werden Anträge für Magnete aus leichten Seltenen Erden inzwischen schneller bearbeitet.',
      '',
      'Besonders knapp bleiben schwere Seltene Erden wie Dysprosium und Terbium, deren Genehmigungen weiter Wochen dauern.',
      '',
      'Das Abkommen gilt zwischen den USA und China; europäische Abnehmer profitieren allenfalls indirekt.',
      '',
      'Hersteller von Elektromotoren in Baden-Württemberg rechnen mit Lieferzeiten von zwölf bis sechzehn Wochen.',
    ].join('\n'),
  ),
  'truce-july.md': article(
    'Gazette Daily',
    '2025-07-20',
    'The 90-day tariff truce between the United States and China is due to end on Aug. 12, and both delegations want more time to negotiate in Stockholm.',
  ),
  'truce-august.md': article(
    'Pier Review',
    '2025-08-13',
    'President Trump signed an order on August 12 extending the tariff truce with China. The tariff truce now runs until November 10, and all other terms stay the same.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe("a plain-text page's header", () => {
  it('names a letter by the company set in capitals before a hyphen and the kind of notice', async () => {
    const page = await loadPage('letter.txt', LETTER);
    expect(page.meta.outlet).toBe('Tarnwick Specialty Metals');
    expect(page.meta.title).toBe('Rare earth oxides ex China - partial lifting of force majeure');
  });

  it('names an analyst note by its masthead and takes its title from the labelled field, without the label', async () => {
    const page = await loadPage('note.txt', NOTE);
    expect(page.meta.outlet).toBe('Fellgate Research');
    expect(page.meta.title).toBe('The London framework a month on - licences up, heavy rare earths lag');
  });

  it('is what a question naming the company is answered from', async () => {
    const a = await bot.answerQuestion('tarnwick - lifted for what, still on for what?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('letter.txt');
    expect(a.answer).toMatch(/samarium and gadolinium/);
  });
});

describe('an outlet named by one coined word', () => {
  it("answers from that outlet's page, with the list under its lead-in", async () => {
    const a = await bot.answerQuestion('quorvane lead times rn?');
    expect(a.abstained).toBe(false);
    const quotes = a.citations.filter((c) => c.source === 'advisory.md').map((c) => c.quote.replace(/\s+/g, ' '));
    // The items are quoted with their lead-in, right after it (one quote since session 64).
    expect(
      quotes.some((q) => /^Current lead times: - Servo motors.*11 weeks.*15 to 17 weeks/.test(q)),
      quotes.join(' | '),
    ).toBe(true);
  });

  it('is never an ordinary English word of an outlet name ("capitol", "drives")', async () => {
    const a = await bot.answerQuestion('which drives have a good capitol view');
    expect(a.abstained).toBe(true);
  });
});

describe('buyers shorthand', () => {
  it('reads licences, requirements, articles and accounts as the articles write them', () => {
    expect(normalizeInformal('are lics flowing? which docs say so')).toBe('are licences flowing? which articles say so');
    expect(normalizeInformal('when did the EDA lic req get lifted')).toBe('when did the EDA licence requirement get lifted');
    expect(normalizeInformal('how many customer accts covered')).toBe('how many customer accounts covered');
    expect(normalizeInformal('what mitigations r in place')).toBe('what mitigations are in place');
    expect(normalizeInformal('R&D spending')).toBe('R&D spending');
  });

  it('drops what the answer is for and how it is cut', () => {
    expect(normalizeInformal('how many were approved? need a number for the QBR')).toBe('how many were approved?');
    expect(normalizeInformal('which say 24 june and which 25 june? need the split by source')).toBe('which say 24 june and which 25 june?');
    expect(normalizeInformal('the newsletter has a diff date i think')).not.toMatch(/\bthink\b/);
  });

  it('answers "are lics flowing" from the licences, not "the articles don\'t say"', async () => {
    const a = await bot.answerQuestion('are lics actually flowing again? tl;dr');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/[Ll]icences/);
  });
});

describe('an acronym typed in capitals', () => {
  it('is read as the name the articles spell out when they write it only as another word', async () => {
    const a = await bot.answerQuestion('ethane - when did BIS lift the licence requirement?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('ethane.md');
    expect(a.answer).toMatch(/July 2/);
  });
});

describe('a page named by its language', () => {
  it("reads the language's glossary backwards, one word for one word", () => {
    expect(glossaryFormsOf('German', ['european'])).toEqual(expect.arrayContaining(['europäische', 'europäischen']));
    expect(glossaryFormsOf('Klingon', ['european'])).toEqual([]);
  });

  it("is searched with the question's words as that language's glossary writes them", async () => {
    const a = await bot.answerQuestion('what does the german piece say for european buyers?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('wirtschaft.md');
    expect(a.citations[0]?.quote).toMatch(/europäische Abnehmer/);
  });
});

describe('how long something ran', () => {
  it('is asked as how long it lasted, a length, also as the second part of a question', async () => {
    expect(normalizeInformal('how long did the call go on for?')).toBe('how long did the call last?');
    expect(bot.analyze('how long did the summit last?').type).toBe('howmany');
    expect(bot.analyze('how long ago did the summit happen?').type).not.toBe('howmany');
    const a = await bot.answerQuestion('when did the leaders meet near bergen and how long did it run');
    const second = a.answer.split(/\n2\. /)[1] ?? '';
    expect(second).toMatch(/one hour and 40 minutes/);
  });
});

describe('an end date a pause has after it was extended', () => {
  it('is told apart from the end first set', async () => {
    const corpus = await corpusOf({
      'truce-july.md': FILES['truce-july.md'],
      'truce-september.md': article(
        'Pier Review',
        '2025-09-02',
        'The tariff truce between the United States and China now runs until November 10, after an order signed in August.',
      ),
    });
    const ends = corpus.claims.filter((c) => c.event === 'pause' && c.attribute === 'date');
    expect(ends.find((c) => c.value === '2025-08-12')?.qualifier).toBe('end|tariffs');
    expect(ends.find((c) => c.value === '2025-11-10')?.qualifier).toBe('end|tariffs|moved');
  });

  it('is no dispute with the end first set', async () => {
    const a = await bot.answerQuestion('when does the tariff truce end?');
    expect(a.abstained).toBe(false);
    const topics = a.disagreements.map((d) => d.topic).join(' | ');
    const claims = a.disagreements.flatMap((d) => d.positions.map((p) => p.claim)).join(' ');
    expect(claims.includes('2025-08-12') && claims.includes('2025-11-10')).toBe(false);
    expect(topics).not.toMatch(/date the pause ends$/);
  });
});
