import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "oslo talks were in march right? thats what maja's list says": whose document the asker read a side in is not what
 * the dispute must be about; the dispute over the talks' date is shown. On articles written for this test (a cobalt
 * story between Norway and Finland; the outlets, people and dates are invented).
 */

const FILES = {
  'wire.md': article(
    'Baltic Wire',
    '2026-04-06',
    'Norwegian and Finnish negotiators ended two days of cobalt talks in Oslo on Sunday 5 April, officials said.',
  ),
  'business.md': article(
    'Polar Business',
    '2026-04-07',
    'The Oslo talks on 4 and 5 April ended without a joint statement, Finnish officials said.',
  ),
  'chronology.txt':
    'Cobalt talks: working chronology (draft)\n\nPrepared by: Kari Lund, research intern, for the trade desk\nStatus: draft, not yet checked by an editor\n\n- 2 February 2026 — Norway issues the first bulk cobalt permits to three refiners.\n- 4–5 March 2026 — Oslo cobalt talks (Halvorsen / Virtanen). Framework agreed.\n- 20 March 2026 — Finland raises its cobalt export levy to 12 per cent.\n- 30 March 2026 — A refinery near Tromsø hires 40 workers.\n\nNotes to self: check the Oslo date.\n',
  'notes.md': article('Desk notes', '2026-04-08', "Oslo talks: almost everyone says 4–5 April. Maja's list has March — fix."),
  'jobs.md': article('Tromsø Times', '2026-03-30', 'A refinery near Tromsø hired 40 workers after the cobalt permits were approved.'),
  'prices.md': article('Fjord Metals Bulletin', '2026-03-25', 'Cobalt prices rose 4% on the week as refiners in Finland cut output.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe("a colleague's document named as where a side was read", () => {
  it('is not what the dispute must name', async () => {
    const a = await bot.answerQuestion("oslo talks were in march right? thats what maja's list says");
    const topics = a.disagreements.map((d) => d.topic).join(' | ');
    expect(topics).toMatch(/oslo/i);
  });

  it('still keeps out a dispute that names nothing a particular word of the question asks about', async () => {
    const a = await bot.answerQuestion('oslo talks were in march right? what did vesterhavn say about them');
    expect(a.disagreements.map((d) => d.topic).join(' | ')).not.toMatch(/oslo/i);
  });
});
