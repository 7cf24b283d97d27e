import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedSides } from '../../src/answer/asked-sides.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Figures the asker offers as sides, typed as chat types them: followed by chat ("seeing 4188 and 4808 lol which is
 * it"), without the decimals an article gives ("4343" of "4,343.5 tonnes"), in a message whose other words tell who
 * said which. And a pause asked of by its verb ("until when are the levies suspended"). On articles written for this
 * test: a cobalt story between Norway and Finland; outlets and figures invented.
 */

const FILES = {
  'customs.md': article(
    'Baltic Wire',
    '2026-04-20',
    "Norway's cobalt exports rose to 4,188 tonnes in March, customs data showed.\n\nIn February, cobalt exports were 2,950 tonnes.",
  ),
  'aggregator.md': article(
    'Polar Business',
    '2026-04-22',
    'Cobalt exports from Norway reached approx. 4,808.5 metric tons in March, according to an aggregator.',
  ),
  'controls-a.md': article(
    'Helsinki Trade Review',
    '2026-05-02',
    'Finland suspended its new cobalt export controls, effective immediately until November 10, 2026.',
  ),
  'controls-b.md': article('Nordic Desk', '2026-05-03', 'Finland agreed to suspend its new cobalt rules until December 31, 2026.'),
  'jobs.md': article('Tromsø Times', '2026-03-30', 'A refinery near Tromsø hired 40 workers after the cobalt permits were approved.'),
  'prices.md': article('Fjord Metals Bulletin', '2026-03-25', 'Cobalt prices rose 4% on the week as refiners in Finland cut output.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

const sides = (a: Awaited<ReturnType<Dealbot['answerQuestion']>>) =>
  a.disagreements.map((d) => d.positions.map((p) => `${p.claim} ${p.quote ?? ''}`).join(' || ')).join(' ## ');

describe('figures offered as sides', () => {
  it('are read when chat follows them', () => {
    const offered = askedSides('march cobalt exports number? seeing 4188 and 4808 lol which is it') ?? [];
    expect(offered.map((side) => side.label)).toEqual(['4188', '4808']);
    expect(offered[0]?.re.test('rose to 4,188 tonnes in March')).toBe(true);
  });

  it('are met without the decimals an article gives, for a figure of three digits or more', async () => {
    const a = await bot.answerQuestion("march cobalt exports? the wire says 4188 but someone's got 4808");
    expect(sides(a)).toMatch(/4,808\.5/);
  });
});

describe('a pause asked of by its verb', () => {
  it('is shown its dispute over the end', async () => {
    const a = await bot.answerQuestion("until when are finland's cobalt controls suspended");
    expect(sides(a)).toMatch(/November 10, 2026|2026-11-10/);
    expect(sides(a)).toMatch(/December 31, 2026|2026-12-31/);
  });
});
