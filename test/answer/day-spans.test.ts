import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/corpus/dates.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Spans of days, on articles written for this test: "March 3–4" (an en dash, which chrono reads as its first day
 * only) is a span; two sources giving different spans for the same talks disagree, even when both start on the
 * same day; a source giving only the first day ("talks starting March 3") takes neither side; the timeline shows
 * the talks once, under the span.
 */

const FILES = {
  'ledger.md': article(
    'Harbour Ledger',
    '2025-03-10',
    'Trade negotiators from the two governments held talks in Oslo on March 3–4 and agreed a framework on magnet export licences.',
  ),
  'recap.md': article(
    'Inland Courier',
    '2025-03-20',
    'Negotiators met in Oslo from March 3 to March 5 for talks on magnet export licences, and agreed a framework on the last day.',
  ),
  'wire.md': article(
    'Northgate Times',
    '2025-03-06',
    'The two delegations held talks starting March 3 in Oslo, at a government guest house, on export licences for magnets.',
  ),
  'madrid.md': article(
    'Plain Ledger',
    '2025-05-22',
    'Trade negotiators held talks in Madrid on May 20 on magnet export licences, their third round this spring.',
  ),
  'lisbon.md': article(
    'Coast Times',
    '2025-04-16',
    'Trade negotiators held talks in Lisbon on April 14 on magnet export licences, a month after the Oslo framework.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('a span of days written with an en dash', () => {
  it('is read as a span, not as its first day', () => {
    const [m] = findDateMentions('held talks in Oslo on March 3–4 and agreed');
    expect(m?.text).toBe('March 3–4');
    expect(m?.expr).toMatchObject({ kind: 'absolute', month: 3, day: 3, endDay: 4 });
  });

  it('keeps a spaced em dash for what it is: a break before a clause', () => {
    const [m] = findDateMentions('Talks opened on March 3 — 4 delegations attended');
    expect(m?.expr).toMatchObject({ day: 3, endDay: null });
  });
});

describe('two spans from the same first day', () => {
  it('are two sides of a disagreement, each quoted, and the first day alone takes neither', async () => {
    const a = await bot.answerQuestion('when exactly were the oslo talks, 3-4 march or did they run longer?');
    const talks = a.disagreements.find((d) => d.positions.some((p) => p.claim.startsWith('2025-03-03')));
    expect(talks?.positions.map((p) => p.claim).sort()).toEqual(['2025-03-03/04', '2025-03-03/05']);
    expect(talks?.positions.flatMap((p) => p.sources)).not.toContain('wire.md');
    expect(a.answer).toContain('March 3–4');
    expect(a.answer).toContain('March 3 to March 5');
  });

  it('show the talks once on the timeline, under a span', () => {
    const talks = bot.timeline().filter((e) => e.event.startsWith('Talks'));
    expect(talks.map((e) => e.display)).toEqual(expect.arrayContaining(['3–4 March 2025', '3–5 March 2025']));
    expect(talks.some((e) => e.display === '3 March 2025')).toBe(false);
  });
});

describe('a timeline asked for one month', () => {
  it("shows that month's events only, unless the month is one end of a span", async () => {
    const march = await bot.answerQuestion('key march dates, in order');
    expect(march.answer).toMatch(/March 2025: Talks in Oslo/);
    expect(march.answer).not.toMatch(/April 2025/);
    const since = await bot.answerQuestion('gimme a timeline from march to now');
    expect(since.answer).toMatch(/14 April 2025: Talks in Lisbon/);
    // "may" the verb is no month.
    const next = await bot.answerQuestion('timeline of the talks so far, and what may come next?');
    expect(next.answer).toMatch(/March 2025: Talks in Oslo/);
    expect(next.answer).toMatch(/14 April 2025: Talks in Lisbon/);
  });
});
