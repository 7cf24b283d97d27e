import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Figures with a scale word ("12 million metric tons of soybeans"), a lead that keeps to the thing counted, and a
 * month's figures asked "overall and to" a country when the articles give the month's total but only another month's
 * figure for that country. On articles written for this test (the outlets are invented).
 */

const FILES = {
  'summit.md': article(
    'Lakeside Ledger',
    '2025-11-02',
    'At the summit, Beijing pledged to buy 12 million metric tons of U.S. soybeans by January and 25 million tons annually after that.',
  ),
  'ethane.md': article(
    'Gulf Gauge',
    '2025-07-05',
    'Before the licence rule, about half of all US ethane exports went to China, where buyers turn it into plastics.',
  ),
  'july.md': article(
    'Port Meter',
    '2025-08-21',
    "Exports of the country's rare earth magnets rose nearly 60% from June to 4,210 metric tons last month, customs data showed.",
  ),
  'june.md': article(
    'Coastline Times',
    '2025-07-22',
    'Shipments of rare earth magnets to the United States climbed to 301 tonnes in June, according to customs data.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('figures with a scale word', () => {
  it('reads "12 million metric tons" as one tonnage at its scale, shown as a reader writes it', async () => {
    const corpus = await corpusOf({ 'a.md': FILES['summit.md'] });
    const tonnages = corpus.claims.filter((c) => c.event === 'quantity').map((c) => [c.value, c.display]);
    expect(tonnages).toContainEqual(['12000000 tonnes', '12 million tonnes']);
    expect(tonnages).toContainEqual(['25000000 tonnes a year', '25 million tonnes a year']);
  });

  it('answers "how many X" from a figure counted through a measure, not from a figure of something else', async () => {
    const a = await bot.answerQuestion('how many soybeans did china promise to buy');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/12 million metric tons of U\.S\. soybeans/);
    // The share of ethane exports is a figure of something else.
    expect(a.answer).not.toMatch(/half/);
    expect(a.citations.map((c) => c.source)).toContain('summit.md');
  });
});

describe("a month's figures asked overall and for a country", () => {
  it("gives the month's total when only another month's figure names the country", async () => {
    const a = await bot.answerQuestion('july magnet numbers - overall and to the US?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/4,210 metric tons/);
  });

  it('still abstains when nothing is of the month asked', async () => {
    const a = await bot.answerQuestion('september magnet numbers - overall and to the US?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/september/i);
  });
});

describe('the month of a figure', () => {
  it('reads "that month" as the month the sentence before names, and "May\'s" as May', async () => {
    const corpus = await corpusOf({
      'a.md': article(
        'Year Ender',
        '2025-12-29',
        "The year's low point came in May, after Beijing's April 4 controls. Magnet exports fell to 1,238 tonnes that month, the lowest since 2020.",
      ),
      'b.md': article(
        'Metals Line',
        '2025-06-20',
        "May's export volume of rare earth products fell 61% from a year earlier to 2,117 tons.",
      ),
    });
    const monthOf = (value: string) => corpus.claims.find((c) => c.event === 'quantity' && c.value === value)?.qualifier?.split('|')[1];
    expect(monthOf('1238 tonnes')).toBe('may');
    expect(monthOf('2117 tonnes')).toBe('may');
  });
});

describe('figures a thousandfold apart', () => {
  it('are never one measure in dispute, however alike their clauses', async () => {
    const other = await makeBot(
      writeArticles({
        'magnets.md': article(
          'North Wire',
          '2025-11-03',
          'China agreed to ship 353 metric tons of U.S.-bound cargo this year, customs officials said.',
        ),
        'beans.md': article(
          'South Wire',
          '2025-11-04',
          'China agreed to ship 12 million metric tons of U.S.-bound cargo this year, customs officials said.',
        ),
        'close.md': article(
          'East Wire',
          '2025-11-05',
          'China agreed to ship 360 metric tons of U.S.-bound cargo this year, customs officials said.',
        ),
      }),
    );
    const claims = other.conflicts().flatMap((d) => d.positions.map((p) => p.claim));
    // 353 and 360 tonnes are one measure given differently; 12 million tonnes is not among them.
    expect(claims).toContain('353 tonnes');
    expect(claims.filter((c) => c.startsWith('12'))).toEqual([]);
  });
});
