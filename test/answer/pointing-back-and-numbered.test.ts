import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Three ways a question's words meet the wrong evidence, on articles written for this test (a cobalt story between
 * Norway and Finland, and a tariff story between the US and China; outlets, companies and figures invented):
 * companies named in a sentence that points back to the one before ("…had received them"); a document named by its
 * number ("announcement 41"), whose day is not disputed by another document's dates; and "us goods" typed in lower case,
 * which is the United States, not "us".
 */

const FILES = {
  'bulletin.md': article(
    'Fjord Metals Bulletin',
    '2026-03-02',
    'Oslo began issuing the first bulk cobalt permits in February. Trade sources said on 3 February that Nordkap Alloys, Vesterhavn Refining and Tromsø Cathode Works had received them. The ministry has not published the list.',
  ),
  'makers.md': article(
    'Polar Business',
    '2026-02-14',
    'Cobalt refiners in Norway welcomed the framework, and several magnet makers said exports would rise.',
  ),
  'decree.md': article(
    'Helsinki Trade Review',
    '2026-03-05',
    "Finland's trade ministry issued Announcement No. 41 on March 3, 2026, suspending the cobalt levy for a year.\n\nThe ministry said the announcement followed weeks of talks with Oslo.",
  ),
  'other-date-a.md': article('Baltic Wire', '2026-02-12', 'Norway announced the cobalt framework on February 10, 2026, officials said.'),
  'other-date-b.md': article(
    'Nordic Desk',
    '2026-02-13',
    'Norway announced the cobalt framework on February 11, 2026, according to its trade minister.',
  ),
};

const TARIFFS = {
  'tariffs-a.md': article(
    'Pacific Ledger',
    '2026-05-14',
    'After the Geneva talks, China cut its tariff on US goods from 125% to 10%, and the US tariff on Chinese goods fell to 30%.',
  ),
  'tariffs-b.md': article(
    'Harbour Post',
    '2026-05-20',
    'After the Geneva talks, the US tariff on Chinese goods fell to 55%, the White House said.',
  ),
};

let bot: Dealbot;
let tariffBot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
  tariffBot = await makeBot(writeArticles(TARIFFS));
});
afterAll(removeTempDirs);

describe('a sentence that points back to the one before', () => {
  it('gives the companies a "which companies" question asks for', async () => {
    const a = await bot.answerQuestion('which magnet makers got the first cobalt permits?');
    expect(a.abstained).toBe(false);
    for (const name of ['Nordkap Alloys', 'Vesterhavn Refining', 'Tromsø Cathode Works']) expect(a.answer).toContain(name);
  });
});

describe('a document named by its number', () => {
  it('is not disputed by the dates of another announcement', async () => {
    const a = await bot.answerQuestion('when was announcement 41 issued?');
    expect(a.answer).toContain('March 3, 2026');
    expect(a.disagreements).toEqual([]);
  });

  it('leaves the dispute over the other announcement to a question about it', async () => {
    const a = await bot.answerQuestion('when did norway announce the cobalt framework?');
    expect(a.disagreements.length).toBeGreaterThan(0);
  });
});

describe('"us goods" in lower case', () => {
  it("is the United States: a dispute over the tariff on Chinese goods is not China's tariff", async () => {
    const a = await tariffBot.answerQuestion("china's tariff on us goods after geneva?");
    expect(a.answer).toContain('10%');
    expect(a.disagreements.map((d) => d.topic).join(' ')).not.toMatch(/chinese goods/i);
  });

  it('keeps the dispute for the tariff on Chinese goods', async () => {
    const a = await tariffBot.answerQuestion('us tariff on chinese goods after geneva?');
    expect(a.disagreements.map((d) => d.topic).join(' ')).toMatch(/tariff/i);
  });
});
