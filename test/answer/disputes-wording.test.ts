import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Disagreements written the way wire copy, op-eds and trade-press pieces write them, on articles written for
 * this test: a dateline that is not the event's date, another country's deal signed the same season, a date that
 * ends a span, an organisation's office-holder in lower-case titles, a "lead negotiator", a leader named with
 * their own country, and questions that name meetings, dates and lengths of time in chat's words.
 */

const WIRE = `Officials sign text to carry out the Harbour framework

By Mira Sol
June 25, 2025

HALVERTON, June 25 (Northwire) - U.S. and Chinese officials
signed a short document on Tuesday, June 24, setting out how the
two countries will carry out the trade framework agreed in London
earlier this month, according to two officials.

The London talks were held on June 9-10 at Lancaster House.
`;

const FILES = {
  'wire.txt': WIRE,
  'times.md': article(
    'Coast Times',
    '2025-06-27',
    'China said the trade agreement with the United States had been signed on June 25. The London talks were held on June 9-10, officials said. VELMA Secretary General Anna Kovacs said the magnet shortage would confront everyone. The Chinese side was led by Vice Premier Zhao Ming in London.',
  ),
  'blog.md': article(
    'Market Lamp',
    '2025-06-27',
    "Per an official, the agreement was signed on Thursday, June 26. The deal builds on talks held in London on June 10-11. VELMA secretary general Piet de Boer has warned that stockpiling magnets is practically impossible. China's lead negotiator, Li Wen, called the talks candid.",
  ),
  'review.md': article(
    'Harbour Review',
    '2025-06-20',
    'U.S. and Chinese negotiators, led by U.S. Commerce Secretary Ada Brandt and Chinese Vice Premier Zhao Ming, reached a framework in London. The export controls in place since early April had curbed shipments ahead of the meeting in London. Geneva hosted the first round in May.',
  ),
  'other.md': article(
    'Kiev Ledger',
    '2025-05-01',
    "The United States and Moldova on April 30 signed an agreement that gives Washington a share in future revenues from Moldova's mineral resources.",
  ),
  'autos.md': article(
    'Auto Week',
    '2025-06-30',
    "China's export curbs on rare earths have hit carmakers since April. The automaker idled its Dunmore factory, which builds the Ranger pickup, for one week in May as magnet supplies ran short.",
  ),
  'podcast.md': article(
    'Supply Cast',
    '2025-07-01',
    "China's rare earth export licences have been slow since the curbs began. The automaker shut its Dunmore plant, the one that builds the Ranger, for two weeks in May because the magnet supplier ran dry.",
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

const positions = (a: { disagreements: { topic: string; positions: { claim: string }[] }[] }, topic: RegExp) =>
  a.disagreements.filter((d) => topic.test(d.topic)).map((d) => d.positions.map((p) => p.claim).sort());

describe('disagreements in the wording of wire copy and trade press', () => {
  it('reads the signing date after a dateline, not the dateline, and leaves another country’s deal out', async () => {
    const a = await bot.answerQuestion('so when did they actually sign the thing?? ive seen like 3 different dates');
    expect(positions(a, /signing date/)).toContainEqual(['2025-06-24', '2025-06-25', '2025-06-26']);
    expect(JSON.stringify(a.disagreements)).not.toMatch(/Moldova|2025-04-30/);
  });

  it('names a wire article’s outlet from its dateline', () => {
    const wire = bot.corpus.articles.find((x) => x.id === 'wire.txt');
    expect(wire?.meta.outlet).toBe('Northwire');
  });

  it('answers "what dates were the london meetings" with the talks dispute, not the signing (“mixed signals”)', async () => {
    const a = await bot.answerQuestion('wait what dates were the london meetings, getting mixed signals');
    const topics = a.disagreements.map((d) => d.topic).join(' | ');
    expect(topics).toMatch(/London talks/);
    expect(topics).not.toMatch(/signing/);
    // "since early April" ends a span: it does not date the London meeting.
    expect(JSON.stringify(a.disagreements)).not.toMatch(/2025-04/);
  });

  it('reads a place typed in lower case: the Geneva meeting is not the London one', async () => {
    const a = await bot.answerQuestion('when was the geneva meeting');
    expect(a.disagreements.map((d) => d.topic).join(' ')).not.toMatch(/London/);
  });

  it('flags an organisation’s office given to two people, one written in lower case', async () => {
    const a = await bot.answerQuestion('whos the head of velma?');
    const holders = a.disagreements.filter((d) => /secretary general/i.test(d.topic));
    expect(holders.map((d) => d.positions.map((p) => p.claim).sort())).toContainEqual(['Anna Kovacs', 'Piet de Boer']);
  });

  it('reads "China’s lead negotiator, X" as a leader, and never gives a Chinese side to a U.S. official', async () => {
    const a = await bot.answerQuestion("who was actualy running china's side in london");
    const leaders = positions(a, /leader of the Chinese/);
    expect(leaders).toContainEqual(['Li Wen', 'Zhao Ming']);
    expect(JSON.stringify(leaders)).not.toMatch(/Brandt/);
  });

  it('answers "how long was the plant down" with the dispute over its length', async () => {
    const a = await bot.answerQuestion('how long was the dunmore plant actually down');
    const lengths = a.disagreements.filter((d) => /duration|length of time/.test(d.topic));
    expect(lengths.length).toBe(1);
    // (Weeks are counted in days, so that "a week" and "seven days" are one value.)
    expect(lengths[0]?.positions.map((p) => p.claim).sort()).toEqual(['14 days', '7 days']);
  });

  it('does not show that dispute for a length of something else', async () => {
    const a = await bot.answerQuestion('how long til more plants go down?');
    expect(a.disagreements.filter((d) => /duration|length of time/.test(d.topic))).toEqual([]);
  });
});
