import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { synonymsOf } from '../../src/text/synonyms.js';
import { stem } from '../../src/text/tokenize.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * How an auto-industry desk types (an EV systems "VP", the dealer "assoc", "mags" for magnets, a "licensing regime"),
 * and a verb only an older article uses. On articles written for this test (the outlets, people and companies are
 * invented).
 */

const FILES = {
  'carmaker.md': article(
    'Motor Ledger',
    '2025-07-02',
    [
      'Automakers are still scrambling for magnets.',
      '"It is hand to mouth," said Dana Korrel, Velmar\'s vice president of EV Systems.',
    ].join(' '),
  ),
  'dealers.md': article(
    'Lakeshore Dealers Association',
    '2025-06-30',
    'The association told member stores to quote delivery windows, not dates, on factory orders for hybrid models.',
  ),
  'share.md': article(
    'Chassis Weekly',
    '2025-06-20',
    "China makes about 90 percent of the world's sintered magnets. Carmakers buy most of them for traction motors.",
  ),
  'rules.md': article(
    'Axle Wire',
    '2025-06-26',
    'On April 4, China required export licences for seven rare earths, controls that carmakers say slowed deliveries.',
  ),
  'truce.md': article(
    'Gearline',
    '2025-11-03',
    'After the Busan meeting, Beijing agreed to remove the October measures, but the April controls on seven rare earths remain in place.',
  ),
  'history.md': article(
    'Motor History Quarterly',
    '2020-09-14',
    'In 2010 Japanese importers saw rare earth shipments stop; Tokyo hoped Beijing would scrap the informal ban by April, and it did not.',
  ),
  'es.md': article(
    'Diario Andino',
    '2025-06-12',
    [
      'Estados Unidos y China acordaron en Londres un marco para las tierras raras.',
      '',
      '"China tiene en cuenta las necesidades de todos los países", indicó el portavoz del Ministerio de Comercio, Lin Haoran.',
    ].join('\n'),
  ),
  'mofcom.md': article('Harbor Wire', '2025-06-28', 'A MOFCOM spokesman, Qiao Wen, said the ministry quoted the framework in full.'),
  'mofcom2.md': article(
    'Pier Daily',
    '2025-06-29',
    'Who is the MOFCOM spokesman they quote? Qiao Wen, the spokesman quoted by state media, said licences would be approved.',
  ),
  'mofcom3.md': article('Fjord Post', '2025-06-30', 'The MOFCOM spokesman Qiao Wen was quoted again on Monday on magnet licences.'),
  'ru.md': article(
    'Delovoy Vestnik',
    '2025-11-02',
    'Министр финансов США Скотт Бессент заявил, что перемирие с Китаем продлится один год.',
  ),
  'bessent.md': article(
    'Harbor Wire',
    '2025-11-02',
    'Treasury Secretary Scott Bessent told Fox Business the truce with China would last one year.',
  ),
  'news1.md': article('Harbor Wire', '2025-06-27', 'The agreement was signed on June 25, officials said, and licences would follow.'),
  'news2.md': article('Pier Daily', '2025-06-27', 'Officials said licences for magnets would be approved faster under the agreement.'),
  'news3.md': article('Fjord Post', '2025-06-28', 'Shipments of magnets to carmakers rose in June, customs data showed.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('titles and bodies as chat shortens them', () => {
  it('reads "VP" as vice president and "assoc" as association', async () => {
    expect(normalizeInformal("what did velmar's EV systems VP say")).toMatch(/systems vice president say$/);
    expect(normalizeInformal('the dealer assoc')).toBe('the dealer association');
    const vp = await bot.answerQuestion("what did velmar's EV systems VP say abt it");
    expect(vp.abstained).toBe(false);
    expect(vp.citations[0]?.quote).toMatch(/hand to mouth/);
    const assoc = await bot.answerQuestion("what's the dealer assoc telling stores about delivery dates");
    expect(assoc.abstained).toBe(false);
    expect(assoc.citations[0]?.source).toBe('dealers.md');
  });

  it('reads "mags" as magnets, and "mag" only before what it goes with', async () => {
    expect(normalizeInformal('mag supply for automakers')).toBe('magnet supply for automakers');
    expect(normalizeInformal('the mag said so')).toBe('the mag said so');
    const a = await bot.answerQuestion("china's share of global mags?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/90 percent/);
  });
});

describe('a one-way paraphrase', () => {
  it('lets a "regime" meet controls, but not controls meet a "regime"', () => {
    expect(synonymsOf(stem('regime')).has(stem('controls'))).toBe(true);
    expect(synonymsOf(stem('controls')).has(stem('regime'))).toBe(false);
  });

  it('answers a question about the "licensing regime" from the controls', async () => {
    const regime = bot.analyze('when did china start the licensing regime').terms.find((t) => t.word === 'regime');
    expect(regime?.present).toBe(true);
    expect(regime?.matches).toContain(stem('controls'));
    const a = await bot.answerQuestion('when did china start the licensing regime');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('rules.md');
  });
});

describe('a word only an older article uses', () => {
  it("is no sign that only that article discusses the question when its paraphrases are this story's", async () => {
    const a = await bot.answerQuestion('did the busan truce scrap the april controls or not');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('truce.md');
  });
});

describe('the one asked to have spoken', () => {
  it('is decisive when no article mentions them, even typed in lower case', async () => {
    const a = await bot.answerQuestion('what did tesla say abt the busan meeting');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/mentions “tesla”/);
  });

  it('is not a word for someone in general, nor someone the articles name', async () => {
    expect((await bot.answerQuestion('what did korrel say abt magnets')).abstained).toBe(false);
    const guy = await bot.answerQuestion('what did the guy say abt magnets');
    expect(guy.answer).not.toMatch(/mentions “guy”/);
  });
});

describe('question words as fast typing misspells them', () => {
  it('reads "wht", "whcih" and "whn" as the question words', () => {
    expect(normalizeInformal('wht did they sign')).toBe('what did they sign');
    expect(normalizeInformal('whcih outlets')).toBe('which outlets');
    expect(normalizeInformal('whn did they sign')).toBe('when did they sign');
  });
});

describe('a page named by its language, asked what it says', () => {
  it('is answered from that page, not with the list of pages in the language', async () => {
    const a = await bot.answerQuestion("the spanish-language piece, who's the MOFCOM spokesman they quote");
    expect(a.answer).not.toMatch(/written in Spanish/);
    expect(a.citations[0]?.source).toBe('es.md');
    expect(a.citations[0]?.quote).toMatch(/Lin Haoran/);
  });

  it('does not shut out the other pages when its own are in another script, which spells the names otherwise', async () => {
    const a = await bot.answerQuestion('what did bessent tell fox business? (the russian-language piece)');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/one year|один год/);
  });

  it('is still listed when the question asks which pages are in a language', async () => {
    const a = await bot.answerQuestion("which pieces aren't in english? name the outlets");
    expect(a.answer).toMatch(/Spanish/);
    expect(a.answer).toMatch(/Diario Andino/);
  });
});
