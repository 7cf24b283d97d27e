import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * How an investor desk types ("karrawong MD said what", "mgmt", "how big was the bounce"), a company release whose
 * quotation is introduced by a line of its own ("Managing Director Ana Brill said:"), an earnings call's level of
 * stock given in words ("about twelve weeks"), a delegate the articles name but never quote, and figures of a month a
 * possessive names ("May's export volume"). On articles written for this test (companies and people are invented).
 */

const FILES = {
  'release.txt': [
    'ASX MARKET RELEASE                                         27 June 2025',
    '',
    'WOMBAT RARE EARTHS LIMITED (ASX: WRE)',
    '',
    'Wombat Rare Earths Limited ("Wombat" or "the Company") notes media',
    'reports overnight concerning an agreement between the United States and',
    "China on rare earth exports, and the movement in the Company's share",
    'price.',
    '',
    'The Company understands from public statements that the framework',
    'implements understandings reached in Geneva and London. The Company has',
    'no further information on its terms beyond what has been reported.',
    '',
    'Wombat confirms that its Emu Flat project does not rely on Chinese',
    'export licences for feedstock, and that its offtake discussions with',
    'Japanese and European magnet makers are continuing.',
    '',
    'Managing Director Ana Brill said:',
    '',
    '"Faster licensing in Beijing is good news for our customers, but it does',
    'not change the case for a second source. Buyers are not cancelling their',
    'plans."',
    '',
    'This announcement has been authorised for release by the Board.',
    '',
  ].join('\n'),
  'call.txt': [
    'KESTREL MAGNETS, INC. (NASDAQ: KSTM)',
    'Q2 2025 EARNINGS CALL - TRANSCRIPT EXCERPT',
    '',
    'Corporate participants:',
    '  Lior Daan - President and Chief Executive Officer',
    '  Tomas Reyes - Chief Financial Officer',
    '  Mia Holt - Vice President, Investor Relations',
    '',
    'Operator: Good morning, and welcome to the Kestrel Magnets (KSTM) second',
    'quarter 2025 earnings call.',
    '',
    'Lior Daan: After the framework was confirmed, licences started to come through for our suppliers.',
    '',
    'Tomas Reyes: We ended the quarter with about twelve weeks of heavy rare earth inventory, and we intend to hold that level.',
    '',
  ].join('\n'),
  'talks.md': article(
    'Harbor Wire',
    '2025-06-11',
    'Treasury Secretary Ada Penrose led the US delegation in London, with Trade Representative Colm Varga; Vice Premier Zhao Ren led the Chinese side. "We made real progress," Penrose said.',
  ),
  'zh.md': article('Huagang Daily 华港日报', '2025-06-12', '中方代表赵仁在会谈中表示，双方应珍惜来之不易的共识。'),
  'note.md': [
    '---',
    'title: "Wombat Rare Earths: the deal is a speed change, not a rule change"',
    'outlet: Quokka Securities Equity Research',
    'author: Nadia Pell',
    'date: 2025-06-30',
    '---',
    '',
    'Rating: Overweight. Price target A$1.20. We keep our view that Wombat does not rely on Chinese licences.',
    '',
  ].join('\n'),
  'ethane.md': article(
    'Gas Gauge',
    '2025-06-30',
    'The U.S. exported 492,000 barrels per day of ethane last year, with China, the largest buyer, taking 227,000 barrels per day.',
  ),
  'may.md': article(
    'Metals Line',
    '2025-06-20',
    "May's export volume of rare earth products fell 61% from a year earlier to 2,117 tons, customs data showed.",
  ),
  'june.md': article(
    'Port Meter',
    '2025-07-21',
    "China's exports of rare earth magnets to the US surged 660% in June from May, reaching 353 metric tons, customs data showed.",
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a release quoting its managing director', () => {
  it('reads "X said:" on its own line as whose the quotation below is, and "MD" as managing director', async () => {
    const a = await bot.answerQuestion('wombat MD said what abt the deal');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/not change the case for a second source/);
  });

  it('finds "mgmt" on the call as the company\'s executives speaking', async () => {
    const a = await bot.answerQuestion('mgmt said what on the q2 call about licences coming thru');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/licences started to come through/);
  });
});

describe('an earnings call', () => {
  it('answers a level given in words ("about twelve weeks of … inventory") rather than "no figure"', async () => {
    const a = await bot.answerQuestion('on inventory, what level are they holding now');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/twelve weeks/);
  });
});

describe('a person named but never quoted', () => {
  it('says the articles quote nothing the person said, instead of quoting others', async () => {
    const a = await bot.answerQuestion('what did colm varga say about the licences after london');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/quote nothing Colm Varga said/);
  });

  it("does not judge a name in pinyin when a Chinese article reports words it cannot read as anyone's", async () => {
    // (Zhao Ren is never quoted in English, but "赵仁…表示" may be him.)
    const a = await bot.answerQuestion('what did zhao ren say in london');
    expect(a.answer).not.toMatch(/quote nothing/);
  });

  it('answers for a person the articles do quote', async () => {
    const a = await bot.answerQuestion('what did penrose say about london');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/real progress/);
  });
});

describe('desk shorthand', () => {
  it('reads "bpd" as the unit articles write, and "natsec" as national security', () => {
    expect(normalizeInformal('we export 492k bpd of ethane')).toMatch(/492,000 barrels per day/);
    expect(normalizeInformal('natsec control or bargaining chip')).toMatch(/national security control/);
  });

  it('answers a figure checked in shorthand from the sentence that gives it', async () => {
    const a = await bot.answerQuestion('draft memo says we export 492k bpd of ethane to china — is that right??');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('ethane.md');
  });
});

describe('kinds of page as a desk asks for them', () => {
  it('lists "broker/research notes" the folder has ("do we have"), each with who wrote it', async () => {
    const a = await bot.answerQuestion('which broker/research notes do we have on this and who wrote them');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Nadia Pell/);
    expect(a.citations.map((c) => c.source)).toContain('note.md');
  });
});

describe('a page picked by where it is from', () => {
  it('answers "the taiwan huagang piece" from that page, though no article writes "Taiwan"', async () => {
    const a = await bot.answerQuestion('the taiwan huagang piece (chinese) - what does it say about the consensus');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('zh.md');
  });
});

describe('figures of a month', () => {
  it('leads with the figures of the month asked, not every tonnage the folder gives', async () => {
    const a = await bot.answerQuestion('june magnet exports to the US? how big was the bounce');
    expect(a.abstained).toBe(false);
    const lead = a.answer.split('\n')[0] ?? '';
    expect(lead).toMatch(/353/);
    // (May's tonnage, which a possessive dates, and the twelve weeks of inventory are other figures.)
    expect(lead).not.toMatch(/2,117|twelve weeks/);
  });
});
