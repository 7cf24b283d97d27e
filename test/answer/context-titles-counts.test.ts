import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { glossaryLanguage, normalizeInformal, translateUnspaced } from '../../src/text/lexicon.js';
import { NAME_THEN_TITLE_RE, titleWords } from '../../src/text/titles.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Quotes read with the neighbour that holds the rest of the answer, abbreviated titles ("CFO", "sec gen"), a
 * person named by the organisation before their title, counts in a neighbouring sentence and counts compared,
 * katakana names in Japanese questions, and "he said on Thursday" dating the quote after it. On articles written
 * for this test (none of them is a seed).
 */

const FILES = {
  'call.txt': [
    'Brightwell Actuators Q2 2025 Earnings Call',
    '',
    'Participants:',
    'Nora Lindqvist — Chief Executive Officer',
    'Peter Amundsen — Chief Financial Officer',
    '',
    'Operator: Welcome to the Brightwell Actuators second-quarter call. Our Chief Financial Officer Peter Amundsen will take you through the numbers.',
    '',
    'Nora Lindqvist: Since April our Chinese suppliers have filed 17 applications. Eleven have been approved. The average licence wait at Brightwell was 47 days.',
    '',
    'Peter Amundsen: Thanks, Nora. Revenue for the quarter was $233 million, up 4% year-over-year. We paid 29% more per kilogram for magnets than in the first quarter.',
    '',
  ].join('\n'),
  'suppliers.md': article(
    'Axle & Gear Weekly',
    '2025-06-05',
    [
      'European parts makers warned that their magnet stocks were running out.',
      '"The licensing system is far too slow for a supply chain like ours," Valdis Ozols, Secretary General of the Baltic Motor Suppliers Association, told reporters in Riga on Wednesday.',
      'The Baltic Motor Suppliers Association Secretary General Valdis Ozols said members had filed more than 200 applications since April.',
    ].join('\n\n'),
  ),
  'drones.md': article(
    'Rotor Weekly',
    '2025-07-02',
    [
      '"The hard part this spring was a motor the size of a coin," said Ilse Brandt, Vantor\'s chief executive.',
      'Vantor buys its motors from a supplier in Shenzhen.',
      'By late May, Brandt said, Vantor was down to two weeks of motors while it waited for the licence.',
    ].join('\n\n'),
  ),
  'wire-july.txt': [
    'Magnet exports climb again',
    '',
    'BEIJING, July 20 (Wirewatch) - China shipped more rare earth magnets in',
    'June, customs data showed on Sunday.',
    '',
    'In total, China exported 3,210 metric tons of rare earth',
    'magnets last month, up 151.2% from 1,277 tons in',
    'May.',
    '',
    'In the first half, exports of the magnets fell 17.5% on the year to 21,004 tons.',
    '',
  ].join('\n'),
  'ports.md': article(
    'Quayside Report',
    '2025-07-14',
    [
      'The Qingdao customs office cleared a cargo of dysprosium oxide on Friday after holding it for nine weeks. It was the first such clearance since the April rules, brokers said, and it went to a buyer in Rotterdam.',
    ].join('\n\n'),
  ),
  'suzuki-ja.md': [
    '---',
    'outlet: 中部経済ウォッチ',
    'published: 2025-06-06',
    '---',
    '',
    'カワセミ自動車は5月28日、浜松市の北工場で小型車「ミサゴ」の生産を停止した。レアアース磁石の不足が原因だという。',
    '',
  ].join('\n'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a quote read with its neighbour', () => {
  it('takes the sentence after when it holds what is asked (the destination of the cleared cargo)', async () => {
    const a = await bot.answerQuestion('where did the qingdao dysprosium cargo go after customs cleared it?');
    expect(a.abstained).toBe(false);
    const quote = a.citations.find((c) => c.source === 'ports.md')?.quote ?? '';
    expect(quote).toContain('cleared a cargo of dysprosium oxide');
    expect(quote).toContain('Rotterdam');
    // Still verbatim: one span of the file.
    const raw = FILES['ports.md'];
    const c = a.citations.find((x) => x.source === 'ports.md');
    expect(raw.slice(c?.start, c?.end)).toBe(quote);
  });
});

describe('abbreviated titles and who holds them', () => {
  it('reads "the CFO" as the one Chief Financial Officer the articles name, instead of saying no article mentions it', async () => {
    const a = await bot.answerQuestion('on the brightwell call what did the CFO say about revenue?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('$233 million');
  });

  it('reads "sec gen" as secretary general, and finds the person by the organisation before the title', async () => {
    expect(normalizeInformal('what did the sec gen say')).toContain('secretary general');
    const a = await bot.answerQuestion("what did the baltic suppliers association's sec gen say?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Ozols');
  });
});

describe('a chief executive named after the organisation ("X, Vantor\'s chief executive")', () => {
  it('is "vantor\'s ceo", and her later words under her surname answer what she said', async () => {
    NAME_THEN_TITLE_RE.lastIndex = 0;
    const m = NAME_THEN_TITLE_RE.exec('"The hard part," said Ilse Brandt, Vantor\'s chief executive.');
    expect(m?.[1]).toBe('Ilse Brandt');
    expect(titleWords(m?.[2] ?? '')).toEqual(['chief', 'executive']);
    const a = await bot.answerQuestion("vantor's ceo - what did she say about waiting on the licence?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('two weeks of motors');
  });
});

describe('counts', () => {
  it('finds a count in the sentence next to the best one, and two counts compared ("applied for vs approved")', async () => {
    // The best sentence gives the wait; the counts are in the two sentences before it.
    const a = await bot.answerQuestion('brightwell avg licence wait - and how many applied for vs approved?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('47 days');
  });
});

describe('near misses', () => {
  it('says no article mentions what a "whats the X" question asks for, though the place it names is in them', async () => {
    const a = await bot.answerQuestion('whats the weather in qingdao tmrw');
    expect(a.abstained).toBe(true);
    expect(a.answer).toContain('weather');
  });

  it("reads a colleague's request as no part of the question, and wants a quarter's figure from evidence naming it", async () => {
    expect(normalizeInformal('my editor wants brightwell revenue numbers')).toBe('brightwell revenue numbers');
    const q3 = await bot.answerQuestion("my editor wants brightwell's q3 revenue number, can u pull it");
    expect(q3.abstained).toBe(true);
    expect(q3.answer).toContain('third quarter');
    // The quarter the articles give a figure for is answered.
    const q2 = await bot.answerQuestion("what was brightwell's second-quarter revenue?");
    expect(q2.abstained).toBe(false);
    expect(q2.answer).toContain('$233 million');
  });
});

describe('questions in German and French told by their function words', () => {
  it('reads modal verbs, "wieder", "unter" and number words as German, and "ses", "à", "doit-il" as French', () => {
    expect(glossaryLanguage('Welche Motoren darf Vantor wieder an Brightwell liefern?')?.name).toBe('German');
    expect(glossaryLanguage('Welche fünf Metalle hat China im Oktober neu unter Kontrolle gestellt?')?.name).toBe('German');
    expect(glossaryLanguage("Quel pourcentage de ses ventes Brightwell doit-il reverser à l'État ?")?.name).toBe('French');
    // English questions stay English.
    expect(glossaryLanguage('is the de minimis rule still in force since june')).toBeNull();
    expect(glossaryLanguage('what did the ceo say about the deal and the talks')).toBeNull();
  });
});

describe('questions in Japanese with katakana names', () => {
  it('keeps a katakana name the glossary does not list, and answers from the Japanese article', async () => {
    const english = translateUnspaced('ミサゴの生産停止はいつから？どこの工場？') ?? '';
    expect(english).toContain('ミサゴ');
    expect(english).toMatch(/production halt/);
    const a = await bot.answerQuestion('ミサゴの生産停止はいつから？どこの工場？');
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => c.source === 'suzuki-ja.md')).toBe(true);
  });
});

describe('figures of a month in a wire with no year', () => {
  it('dates "last month" by the dateline, and reads the base of a change after a figure with a comma ("from 1,277 tons in May")', () => {
    const mine = bot.claims.filter((c) => c.source === 'wire-july.txt' && c.event === 'quantity');
    const rise = mine.find((c) => c.value.startsWith('151.2'));
    expect(rise?.value).toBe('151.2 percent rise month on month');
    expect((rise?.qualifier ?? '').split('|')[1]).toBe('june');
    expect(mine.find((c) => c.value.startsWith('17.5'))?.value).toBe('17.5 percent fall year on year');
  });

  it('answers a figure question about that month from it', async () => {
    const a = await bot.answerQuestion('june magnet exports rose by how much?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('151.2%');
  });
});

const SIGNING_FILES = {
  'signing.md': article(
    'Lakeside Courier',
    '2025-06-28',
    [
      "China's commerce ministry confirmed the framework with the United States on Friday. Washington and Beijing had agreed it in London earlier in June, and US officials said China would speed up rare earth export licences for American buyers.",
      'It was unclear whether this was the deal President Harlan Webb meant when he said at a press event on Thursday that the United States had "signed" an agreement with China. "We signed with China yesterday," Mr. Webb said.',
    ].join('\n\n'),
  ),
  'deal.md': article(
    'Harbour Times',
    '2025-06-27',
    'The United States and China agreed a framework on rare earth exports in London on June 10. China will review export licence applications for rare earth magnets, and the United States will lift some export controls.',
  ),
};

describe('a quote dated by the remark of the person named before "he said"', () => {
  it('counts "yesterday" from the Thursday he spoke, not from the article date', async () => {
    const dealBot = await makeBot(writeArticles(SIGNING_FILES));
    const signing = dealBot.claims.filter((c) => c.source === 'signing.md' && c.event === 'signing' && c.attribute === 'date');
    expect(signing.map((c) => c.value)).toEqual(['2025-06-25']);
  });
});
