import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Figures of one measure written differently, on articles written for this test: a US-bound monthly tonnage that
 * two outlets give as 590 and 589 tonnes (one of them beside a total, "even as total shipments rose…"), a wire
 * note's "Sept … 5,747t", and a month that belongs to another figure of the sentence.
 */

const FILES = {
  'exchanges.md': article(
    'Rare Earth Exchanges',
    '2025-09-21',
    "In August, China's rare earth magnet exports to the United States dropped 5% to 590 tons, even as total overseas shipments rose to 6,146 tons, the largest monthly figure since January.",
  ),
  'asiacity.md': article(
    'Asia City News',
    '2025-10-21',
    'After Washington responded, exports to the US recovered to 619 tons in July but slipped again to 589 tons in August.',
  ),
  'northbridge.txt': 'RARE EARTHS / MAGNETS\n\nChina Sept magnet exports 5,747t, -6.1% m/m, ending a three-month run of gains.\n',
  'telegraph.md': article(
    'Telegraph',
    '2025-10-20',
    "Shipments from the world's biggest supplier of the magnets came to 5,774 metric tons in September, according to customs data.",
  ),
  'times.md': article(
    'Times',
    '2025-07-21',
    'In total, China exported 3,188 tonnes of rare earth permanent magnets in June, up 157.5% from 1,238 tonnes in May, though the June volume was lower than a year earlier.',
  ),
  'harbour.md': article(
    'Harbour Post',
    '2025-06-20',
    'China shipped 1,328 tonnes of rare earth permanent magnets in May, customs data showed.',
  ),
  'calls.md': article(
    'Call Log',
    '2025-06-06',
    'Trump and Xi held a phone call of roughly 90 minutes on June 4. The tariff truce agreed in Geneva runs for 90 days.',
  ),
  'blog.md': article('Trade Blog', '2025-06-07', 'On June 4 Trump and Xi talked by phone for about an hour.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

const quantity = (value: string) => bot.claims.find((c) => c.event === 'quantity' && c.value === value);

describe('figures of one measure', () => {
  it('flags 590 against 589 tonnes to the US in August, and leaves the total of 6,146 out of it', async () => {
    const a = await bot.answerQuestion('how much magnet tonnage went to the US in august');
    const claims = a.disagreements.map((d) => d.positions.map((p) => p.claim).sort());
    expect(claims).toContainEqual(['589 tonnes', '590 tonnes']);
    expect(claims.flat()).not.toContain('6146 tonnes');
  });

  it('reads "Sept … 5,747t" as 5,747 tonnes in September', () => {
    expect(quantity('5747 tonnes')?.qualifier?.split('|')[1]).toBe('september');
  });

  it('gives "in May" to the figure it follows, not to the June total before it', () => {
    expect(quantity('1238 tonnes')?.qualifier?.split('|')[1]).toBe('may');
    expect(quantity('3188 tonnes')?.qualifier?.split('|')[1]).toBe('june');
  });

  it('shows no dispute over a call in hours for a question about a truce in days', async () => {
    const a = await bot.answerQuestion('how many days does the tariff truce agreed in geneva last?');
    expect(a.disagreements.map((d) => d.topic).join(' ')).not.toMatch(/hours/);
  });
});
