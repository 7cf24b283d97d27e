import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { venueIn } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Where in oslo were the talks held": the city is given, and what is asked is the building in it, not another round
 * held somewhere else; a building written after a possessive and an adjective ("at Norway's historic Akershus House")
 * is still a building. And a question in a script written without spaces between words (Lao), matched against the
 * article in that script by runs of letters: answered from it, never said to read as Chinese; and a question in a
 * language written in Cyrillic named by the letters only it writes (Kazakh, Mongolian), never as Russian. On articles
 * written for this test: the people, outlets, places and figures are invented.
 */

const FILES = {
  'bergen.md': article(
    'Fjord Post',
    '2026-02-12',
    'The Bergen talks, held on February 10 and 11, ended with a joint statement on cobalt quotas. Both delegations said the talks were held in a constructive spirit.',
  ),
  'oslo.md': article(
    'Harbour Post',
    '2026-03-05',
    'Following two days of high-level discussions at Akershus House in Oslo, Norwegian and Finnish officials announced a cobalt framework on March 4. The talks were the second round this year.',
  ),
  'wire.md': article(
    'Nordic Wire',
    '2026-03-05',
    "The negotiations at Norway's historic Akershus House followed the Bergen round last month. Officials said the talks held in Oslo had gone well.",
  ),
  'lao.md': article(
    'Vientiane Trade Weekly',
    '2026-03-20',
    'ນໍເວແລະຟິນແລນໄດ້ລົງນາມຂໍ້ຕົກລົງໂຄບອນໃນວັນທີ 12 ມີນາ 2026. ລາຄາໂຄບອນໃນຕະຫຼາດໂລກຍັງສູງຢູ່ໃນເດືອນມີນາ.',
  ),
  'signing.md': article('Tarn Wire', '2026-03-12', 'Norway and Finland signed the cobalt agreement in Helsinki on March 12, 2026.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a place inside the one the question names', () => {
  it('reads the building after a possessive and an adjective, or after a room of it', () => {
    expect(venueIn("The negotiations at Norway's historic Akershus House followed")).toBe('Akershus House');
    expect(venueIn('The delegations met in the state rooms of Akershus House on Monday.')).toBe('Akershus House');
    expect(venueIn('The talks were held in a constructive spirit.')).toBeNull();
  });

  for (const q of ['where in oslo were the talks held', 'where in oslo did the two sides meet?']) {
    it(`leads with the building in the city asked, not a round elsewhere: "${q}"`, async () => {
      const a = await bot.answerQuestion(q);
      expect(a.abstained).toBe(false);
      const lead = a.answer.split('\n')[0] ?? '';
      expect(lead).toContain('Akershus House');
      expect(lead).not.toContain('Bergen talks');
    });
  }
});

describe('a question in a script written without spaces between words', () => {
  it('is answered from the article in its script, matched by runs of letters, and named by its script', async () => {
    const a = await bot.answerQuestion('ນໍເວແລະຟິນແລນລົງນາມຂໍ້ຕົກລົງໂຄບອນເມື່ອໃດ?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('ໃນວັນທີ 12 ມີນາ 2026');
    expect(a.citations.some((c) => c.source === 'lao.md')).toBe(true);
    expect(a.answer).not.toContain('reads as Chinese');
  });

  it('names a language written in Cyrillic by the letters only it writes, not as Russian', async () => {
    const kazakh = await bot.answerQuestion('Норвегия кобальт экспортына қатысты шектеуді қашан тоқтатты?');
    expect(kazakh.abstained).toBe(true);
    expect(kazakh.answer).toContain('(it reads as Kazakh)');
    const mongolian = await bot.answerQuestion('Норвеги кобальтын экспортын хязгаарлалтыг хэзээ түр зогсоосон бэ?');
    expect(mongolian.answer).toContain('(it reads as Mongolian)');
  });

  it('says plainly that it reads English when the article in its script does not hold the question', async () => {
    const a = await bot.answerQuestion('ລັດຖະມົນຕີກະຊວງບໍ່ແຮ່ຂອງລາວເວົ້າຫຍັງກ່ຽວກັບທອງແດງ?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toContain('(it reads as Lao)');
    expect(a.answer).not.toContain('reads as Chinese');
  });
});
