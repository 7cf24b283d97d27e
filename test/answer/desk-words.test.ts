import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion, withoutHearsay } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * How trade desks and compliance teams ask about the documents they read: a law firm's partner by the firm's name
 * and a pronoun, a call's CFO by the company's name (the transcript lists its participants, its turns give names
 * only), the bank note's "odds", the law firms' "buffer", and what the answer is for ("for the classification
 * matrix"). Each used to get "the articles don't say". On pages written for this test (firms, people and
 * figures are invented).
 */

const FILES = {
  'ashgrove-alert.md': [
    '---',
    'title: "Client Alert: What the tin framework means for importers"',
    'outlet: Ashgrove & Pell LLP',
    'published: 2025-07-02',
    '---',
    'Washington and Lisbon agreed a framework on tin export licences on June 26.',
    '',
    '"A licence is still a licence," said Nadia Voss, a partner in the firm\'s Geneva office.',
    'Voss added that companies should budget for renewals twice a year.',
    'She also cautioned that the US concessions were made by letter and can be withdrawn the same way.',
    '',
    '## Recommendations',
    '',
    'Importers should hold at least 90 days of tin alloy inventory at US sites.',
    '',
    'Attorney Advertising. This alert does not constitute legal advice.',
  ].join('\n'),
  'bank-note.md': [
    '---',
    'title: "Tin framework: our base case"',
    'outlet: Harlow Partners Research',
    'published: 2025-07-03',
    '---',
    'We put a 65% probability on the framework holding through the expiry of the tariff truce on August 12.',
    '',
    'This strategy note is not investment advice.',
  ].join('\n'),
  'kestrel-call.txt': [
    'KESTREL ALLOYS INC. (NASDAQ: KSTL)',
    'Q2 2025 EARNINGS CALL - TRANSCRIPT',
    'July 30, 2025',
    '',
    'PARTICIPANTS',
    'Owen Marsh - President and Chief Executive Officer',
    'Ines Barreto - Executive Vice President and Chief Financial Officer',
    '',
    'OPERATOR: Good morning and welcome to the Kestrel Alloys second quarter call.',
    '',
    'OWEN MARSH: Thanks. Tin licences from Lisbon still arrive late, and customers feel it.',
    '',
    'INES BARRETO: Thank you, Owen. Gross margin was 24 percent, down from 29 percent.',
    'We are holding the 12 percent surcharge we announced on June 30 until licences become predictable.',
    '',
    'OWEN MARSH: Thanks, Ines. Operator, we will take questions.',
  ].join('\n'),
  'orrin-call.txt': [
    'ORRIN AEROSPACE CORP. (NYSE: ORAC)',
    'Q2 2025 EARNINGS CALL - TRANSCRIPT EXCERPT',
    'August 6, 2025',
    '',
    'SPEAKERS',
    'Gideon Farrow - Chief Executive Officer',
    'Lena Kowalczyk - Chief Financial Officer',
    '',
    'GIDEON FARROW: Good morning. When the two sides held talks in Lisbon',
    'in May, we hoped the tin licences would be fixed within weeks. It took',
    'longer than that.',
    '',
    'GIDEON FARROW: The engine licences for our regional jet program were',
    'suspended in late May and restored in early July. Actuator output',
    'depends on magnets, and those still come from China under licence.',
    '',
    'LENA KOWALCZYK: Thanks, Gideon. Revenue was flat at $410 million. We',
    'spent about $6 million on premium freight to move licensed material,',
    'and we expect that cost to fall in the second half.',
  ].join('\n'),
  'wire.md': article(
    'Harbor Wire',
    '2025-06-27',
    'Portugal and the United States agreed a framework on tin exports in Lisbon. Trade officials said licences would be reviewed. Officials will meet again in Oslo in September.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe("a page's outlet says who speaks in it", () => {
  it('answers for the firm\'s partner, named by the firm and then by "she"', async () => {
    const a = await bot.answerQuestion('the ashgrove partner - what did she warn about the US concessions specifically');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/made by letter/);
  });
});

describe("a call's participant list gives each speaker's title", () => {
  it('answers for "kestrel\'s cfo", whose turns only give her name', async () => {
    const a = await bot.answerQuestion("what did kestrel's cfo say about the surcharge?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/INES BARRETO/);
    expect(a.answer).toMatch(/12 percent surcharge/);
  });

  it('answers for "kestrel cfo" as chat writes it, with what she said', async () => {
    const a = await bot.answerQuestion("kestrel cfo on the call — what'd she say on margins + the surcharge?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Gross margin was 24 percent/);
  });
});

describe("a listed company's name line", () => {
  it("titles a call transcript whose heading does not name the company, and its CEO's words answer for it", async () => {
    const page = bot.sources().find((x) => x.source === 'orrin-call.txt');
    expect(page?.title).toBe('Orrin Aerospace Corp.: Q2 2025 EARNINGS CALL - TRANSCRIPT EXCERPT');
    const a = await bot.answerQuestion('orrin ceo said the lisbon talks were in may? fact check pls');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/held talks in Lisbon in May/);
  });

  it("does not answer with the CEO's words on something else, nor with others' on what is asked", async () => {
    const a = await bot.answerQuestion('what did the orrin ceo say about the oslo talks');
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/held talks in Lisbon/);
  });
});

describe('desk words the articles put otherwise', () => {
  it('reads "odds" as the note\'s probability', async () => {
    const a = await bot.answerQuestion('what are the odds the framework survives, per the bank?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/65% probability/);
  });

  it('reads "the law firms" as the client alerts and "buffer" as inventory', async () => {
    const a = await bot.answerQuestion('what buffer do the law firms tell importers to keep? one said 90d i think?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/90 days of tin alloy inventory/);
  });
});

describe('what the asker will do with the answer, and their own doubt', () => {
  it('drops what the answer goes into at work', () => {
    expect(normalizeInformal('which elements are on the list? need all of them for the classification matrix')).not.toMatch(/matrix/);
    expect(normalizeInformal('summarize it in 5 bullets for a client deck')).not.toMatch(/deck/);
    // (A matrix asked about is kept.)
    expect(normalizeInformal('what is in the classification matrix?')).toMatch(/matrix/);
  });

  it('reads a count of days and Hong Kong as desks type them', () => {
    expect(normalizeInformal('is a 90d buffer enough')).toMatch(/90 days buffer/);
    expect(normalizeInformal('the HK piece')).toMatch(/Hong Kong piece/);
    expect(normalizeInformal('the call and the 10-Q dont match, an 8-K says another')).toMatch(/the filing .* an filing says/);
    // (Thousands are no filing.)
    expect(normalizeInformal('exports hit 10k tonnes, 8k to the us')).toMatch(/10,000 tonnes, 8,000 to/);
  });

  it('sets aside what "one" of the sources was thought to say', () => {
    expect(withoutHearsay('what buffer do the law firms tell importers to keep? one said 90d i think?')).toBe(
      'what buffer do the law firms tell importers to keep?',
    );
    expect(withoutHearsay('when did the talks end? i think june 11')).toBe('when did the talks end?');
    // (A second question is no aside.)
    expect(withoutHearsay('who led the talks? and when did they end?')).toBeNull();
  });
});

describe('the newest or oldest piece, with what to give of it', () => {
  it('is a question about the pages\' dates, whatever it asks to be told ("date + outlet", "who published it")', () => {
    expect(classifyQuestion("what's the newest piece in the folder — date + outlet").kind).toBe('dated-pages');
    expect(classifyQuestion('which is the oldest article here and who published it').kind).toBe('dated-pages');
    // (The newest on a topic is a question of fact.)
    expect(classifyQuestion("what's the newest on the tariffs").kind).toBe('fact');
  });
});
