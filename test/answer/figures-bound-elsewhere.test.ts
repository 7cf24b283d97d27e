import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A figure is of where it went: "the India-bound volume was 172 tonnes", "**India:** 172 t in June", "India received
 * about 200 tonnes" are India's, not the US's, so they neither dispute nor join the US figure asked for. A sentence
 * that warns against figures ("do not confuse with: 7,742 t (June, all rare earths)") gives none of its own. And a
 * date after "the one-year suspension to" is when the suspension ends, not when the meeting named before it was held.
 * On articles written for this test: the outlets and figures are invented.
 */

const FILES = {
  'trading.md': article(
    'Trading Ledger',
    '2025-07-21',
    "China's exports of cobalt magnets to the US surged 660% in June 2025 from May, reaching 353 metric tons, customs data showed.",
  ),
  'tracker.md': article('Magnet Tracker', '2025-07-22', 'Cobalt magnet exports to the United States in June totalled 353 tons.'),
  'asia.md': article(
    'South Asia Trade Watch',
    '2025-11-28',
    'Indian suppliers say shipments improved from August. The India-bound volume of cobalt magnets was 172 tonnes in June, up from 150 in May.',
  ),
  'notes.md': article(
    'Harbour Desk (internal)',
    '2025-11-21',
    [
      '**India:** only one monthly figure for cobalt magnets — 172 t in June, from customs.',
      '**Do not confuse with:** 7,742 t (June, all cobalt products, a wider series).',
    ].join('\n\n'),
  ),
  'wire.md': article(
    'India Auto Wire',
    '2025-09-02',
    'India received about 200 tonnes of Chinese cobalt magnets in June, the forum estimated.',
  ),
  'timeline.md': article(
    'Harbour Desk (internal)',
    '2025-11-24',
    "**Timeline.** Geneva (May), London (June 9–10), the framework that was signed in late June and that China's commerce ministry confirmed on June 27, the US lifting of curbs in early July, the October 9 expansion, the Trump–Xi meeting in Bergen on October 30, and the one-year suspension to November 10, 2026.",
  ),
  'bergen.md': article(
    'Fjord Post',
    '2025-10-31',
    'Trump and Xi met in Bergen on October 30 for about 90 minutes. China and the US agreed a deal.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('figures of another destination, warned-against figures, and span ends', () => {
  it('sees no dispute over the US figure in figures bound elsewhere or warned against', async () => {
    const a = await bot.answerQuestion('how many tons of cobalt magnets did china ship to the US in june 2025');
    expect(a.disagreements.filter((d) => d.positions.some((p) => /353/.test(p.claim)))).toEqual([]);
    expect(a.summary ?? a.answer).toMatch(/353/);
    expect(a.summary ?? '').not.toMatch(/172|200 tonnes|7,742/);
  });

  it('takes no date after "the suspension to" for the meeting before it', async () => {
    const corpus = await corpusOf({ 'timeline.md': FILES['timeline.md'], 'bergen.md': FILES['bergen.md'] });
    const talks = extractClaims(corpus).filter((c) => c.source === 'timeline.md' && c.event === 'talks' && c.attribute === 'date');
    expect(talks.map((c) => c.value)).toEqual(['2025-10-30']);
  });
});
