import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Near misses and their neighbours, on articles written for this test: an amount asked of something the articles
 * name but never measure, a second part of a question that points back at the first, and chat words for a
 * meeting's end and a vice premier.
 */

const FILES = {
  'customs.md': article(
    'Customs Watch',
    '2025-08-21',
    'China shipped 5,577 tonnes of rare earth magnets in July. Shipments of magnets to the United States were 619 tonnes in July.',
  ),
  'sheet.md': article(
    'Capital Desk',
    '2025-11-02',
    'The fact sheet says Beijing will issue general licences for exports of rare earths, gallium, germanium and graphite; the US drops the 100% tariff threat. Controls on gallium were first imposed in August 2023.',
  ),
  'refining.md': article(
    'Metal Bulletin',
    '2025-06-20',
    "China's dominance of the rare earth industry worries Western buyers. China controls nearly 90% of global refining capacity for rare earths.",
  ),
  'today.md': article(
    'Metals Today',
    '2025-06-12',
    'Magnet prices in London rose this week as buyers waited for licences from China. Traders in London said supply stayed tight.',
  ),
  'stockholm.md': article(
    'Nordic Wire',
    '2025-07-30',
    'The two days of trade talks in Stockholm concluded on Tuesday, according to officials. The negotiators aimed to extend the Aug. 12 deadline for higher tariffs. "A stable and sustainable relationship serves both countries," said Chinese Vice Premier Zhao Ming after the talks in Stockholm. Deputy central bank governor Lena Holt said after Stockholm that rates would hold.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('near misses', () => {
  it('says the articles give no figure for a thing they name but never measure', async () => {
    const a = await bot.answerQuestion('how many tons of gallium did china export?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/mention gallium but give no figure/);
  });

  it('still answers an amount the articles give, in words the question does not use', async () => {
    const a = await bot.answerQuestion('how much of global rare earth refining does china have a grip on?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/90%/);
    const magnets = await bot.answerQuestion('how many tonnes of magnets did china ship in july');
    expect(magnets.abstained).toBe(false);
    expect(magnets.answer).toMatch(/5,577/);
  });

  it('reads the second part of a question as a follow-up when its subject points back', async () => {
    const a = await bot.answerQuestion('when did stockholm wrap + what deadline were they trying to push past');
    expect(a.abstained).toBe(false);
    const second = a.answer.split(/\n2\. /)[1] ?? '';
    expect(second).toMatch(/Aug\. 12/);
    expect(a.answer.split(/\n2\. /)[0]).toMatch(/concluded on Tuesday/);
  });

  it('does not take a word of time for an outlet ("…today" is not "Metals Today"), but reads the whole name', async () => {
    const weather = await bot.answerQuestion('whats the weather in london today');
    expect(weather.abstained).toBe(true);
    const named = await bot.answerQuestion('what did metals today say about magnet prices');
    expect(named.abstained).toBe(false);
    expect(named.answer).toMatch(/^Metals Today/);
  });

  it('reads "deputy premier" as the vice premier the articles name', async () => {
    const a = await bot.answerQuestion("what did china's deputy premier say after stockholm");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^[^\n]*stable and sustainable relationship/);
  });
});
