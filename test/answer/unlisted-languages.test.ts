import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';
import type { Dealbot } from '../../src/pipeline.js';
import { UNLISTED_LANGUAGE, unlistedProse, unlistedQuestion, writtenLanguage } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Pages and questions in languages no glossary of dealbot's reads: a Swahili report and a Lithuanian one (whose
 * function words are listed since session 78; Swahili's are not), an Urdu report whose sentences end in the Urdu full
 * stop "۔" with no space after it, and a Persian one. Each is read, and a question in its language is answered from it as written; a question that shares
 * only its grammar with a page, or a year the page never gives, is told plainly that dealbot reads English, never
 * "none of the articles mentions …" about its words. On articles written for this test: the cobalt deal, its
 * outlets, people and figures are invented.
 */

const SWAHILI = [
  'Marekani na China zimekubaliana kulegeza masharti ya biashara ya kobalti, Wizara ya Biashara ya China ilisema tarehe 27 Juni 2025.',
  'Waziri wa biashara Amani Mwita alisema makubaliano hayo yatadumu kwa mwaka mmoja tu.',
  'Wachambuzi wanasema bei ya kobalti itashuka kabla ya mwisho wa mwaka huu.',
].join(' ');

const LITHUANIAN = [
  'Ministras Jonas Kairys teigė, kad derybų rezultatas – vieneriems metams pratęsti susitarimą dėl kobalto tiekimo iš Kinijos.',
  'Jis pridūrė, kad kitas derybų ratas vyks Vilniuje rugsėjo mėnesį.',
  'Kobalto kainos po susitarimo nukrito beveik dešimt procentų.',
].join(' ');

// (No space after the Urdu full stop, as Urdu news copy often runs.)
const URDU = [
  'امریکہ اور چین نے کوبالٹ کی برآمد پر نئے معاہدے کا اعلان کیا۔',
  'وزارت تجارت کے مطابق برآمدی لائسنس تین ماہ میں جاری ہوں گے۔',
  'تاجروں نے اس فیصلے کا خیر مقدم کیا اور کہا کہ قیمتیں کم ہوں گی۔',
].join('');

const PERSIAN = [
  'وزارت بازرگانی چین اعلام کرد که صادرات کبالت به آمریکا از ماه ژوئیه از سر گرفته می‌شود.',
  'این تصمیم پس از مذاکرات در شهر اسلو گرفته شد و تاجران از آن استقبال کردند.',
  'به گفته کارشناسان، قیمت کبالت در بازار جهانی در این هفته کاهش یافت.',
].join(' ');

const FILES = {
  'pwani_0627.md': article('Habari za Pwani', '2025-06-27', SWAHILI),
  'baltic_1030.md': article('Baltijos žinios', '2025-10-30', LITHUANIAN),
  'karachi_0628.md': article('Roznama Sahil', '2025-06-28', URDU),
  'tehran_0702.md': article('Bazar-e Rooz', '2025-07-02', PERSIAN),
  'fjord_0611.md': article(
    'Fjord Daily',
    '2025-06-11',
    'US and Chinese negotiators met in Oslo on June 9 and 10 and agreed a framework to restore cobalt exports, officials said on Wednesday.',
  ),
  'tide_0627.md': article(
    'Tide Notes',
    '2025-06-27',
    "China's commerce ministry confirmed the cobalt framework on June 27, and said export licences would be issued within three months.",
  ),
  ...FILLER,
};

let bot: Dealbot;

beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});

afterAll(() => removeTempDirs());

describe('languages no list names', () => {
  it('tells a question in such a language from English, by how few of its words an English dictionary knows', () => {
    expect(unlistedQuestion('Wizara ilisema masharti ya biashara ya kobalti yalilegezwa tarehe gani?')).toBe(true);
    expect(unlistedQuestion('Kailan sinabi ng ministro na bibisita siya sa Vilnius pagkatapos ng pulong?')).toBe(true);
    // English of names, shorthand and typos is not one.
    expect(unlistedQuestion('lynas realised ndpr px last qtr?')).toBe(false);
    expect(unlistedQuestion('bajaj ev output: june vs july?')).toBe(false);
    expect(unlistedQuestion('yo ppl keep sayin the ndpr floor is $110/kg lol, legit or nah')).toBe(false);
    expect(unlistedQuestion('nov 2025 exports — reuters, samarium and owens sheet all give different numbers')).toBe(false);
    // Nor is a question in a language a list names, or in another script.
    expect(unlistedQuestion('Jak dlouho trvalo jednání v Oslu a kdo vedl delegaci?')).toBe(false);
    expect(unlistedQuestion('برآمدی لائسنس کب جاری ہوں گے؟')).toBe(false);
  });

  it('tells prose in such a language from English, and names it as not English', () => {
    expect(unlistedProse(SWAHILI)).toBe(true);
    expect(unlistedProse(LITHUANIAN)).toBe(true);
    expect(writtenLanguage(SWAHILI)).toBe(UNLISTED_LANGUAGE);
    const english =
      'US and Chinese negotiators met in Oslo on June 9 and 10 and agreed a framework to restore cobalt exports, officials said on Wednesday, and traders welcomed it.';
    expect(unlistedProse(english)).toBe(false);
    expect(writtenLanguage(english)).toBe('English');
  });

  it('answers a Swahili question from the Swahili page, matched as written, and says how it was read', async () => {
    const a = await bot.answerQuestion('Wizara ilisema masharti ya biashara ya kobalti yalilegezwa tarehe gani?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('pwani_0627.md');
    expect(a.answer).toContain('27 Juni 2025');
    expect(a.notices?.join(' ')).toMatch(
      /could not tell the language of your question[^\n]*matched as written against the articles not in English/,
    );
  });

  it('tells a question whose year no page in its language gives that dealbot reads English, never "none mentions"', async () => {
    const a = await bot.answerQuestion('Je, China iliuza tani ngapi za kobalti kwa Marekani mwaka 2027?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/reads questions in English[^\n]*could not read this one\. Please ask in English\./);
    expect(a.answer).not.toMatch(/None of the \d+ articles mentions/);
    expect(a.citations).toEqual([]);
  });

  it('answers a Lithuanian question a glossary took for Polish from the Lithuanian page', async () => {
    const a = await bot.answerQuestion('Kokiam laikotarpiui, pasak ministro, pratęstas kobalto tiekimo susitarimas?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('baltic_1030.md');
    expect(a.answer).toContain('vieneriems metams');
  });

  it('reads a page whose sentences end in the Urdu full stop, with no space after it, sentence by sentence', () => {
    const [from, to] = bot.corpus.sentenceRange.get('karachi_0628.md') ?? [0, 0];
    expect(to - from).toBe(3);
    expect(bot.corpus.sentences[from + 1]?.text).toBe('وزارت تجارت کے مطابق برآمدی لائسنس تین ماہ میں جاری ہوں گے۔');
    const raw = 'اعلان کیا۔وزارت تجارت نے کہا؟ ہاں۔';
    expect(splitSentences(raw, { start: 0, end: raw.length }).map((s) => raw.slice(s.start, s.end))).toEqual([
      'اعلان کیا۔',
      'وزارت تجارت نے کہا؟',
      'ہاں۔',
    ]);
  });

  it('answers an Urdu question from the Urdu page', async () => {
    const a = await bot.answerQuestion('وزارت تجارت کے مطابق برآمدی لائسنس کب جاری ہوں گے؟');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('karachi_0628.md');
    expect(a.citations[0]?.quote).toContain('تین ماہ');
  });

  it('does not answer a Persian question from a Persian page that shares only its small words', async () => {
    // "Why did the Japanese government keep silent about this, and whom did it back?": the page says nothing of Japan.
    const a = await bot.answerQuestion('چرا دولت ژاپن در این باره سکوت کرد و از چه کسی حمایت کرد؟');
    expect(a.abstained).toBe(true);
    expect(a.citations).toEqual([]);
  });
});
