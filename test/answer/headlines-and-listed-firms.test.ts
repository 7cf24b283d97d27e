import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesCompany } from '../../src/answer/extractive.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A page's own headline above its body, under another title in its front matter ("# Interview notes: Rolf Amsel,
 * owner, Tarn Magnetics (Kirkby, Leeds)" under "Leeds magnet importer on the shortage"): what it names, the page
 * mentions, and the notes below are that person's. And companies listed in one run of commas, one of them opening
 * with a city ("Tarn Magnetics, Ossett Alloys, and Seoul Kinetic Works"), are companies named; a count of them in
 * the sentence before ("to three magnet makers") points to them. On articles written for this test: the people,
 * companies and places are invented.
 */

const NOTES = [
  '---',
  'title: "Interview notes: Leeds magnet importer on the cobalt shortage"',
  'outlet: Class notes (Mia Roe)',
  'published: 2026-03-08',
  '---',
  '',
  '# Interview notes: Rolf Amsel, owner, Tarn Magnetics (Kirkby, Leeds)',
  '',
  'Interviewed by phone, 7 March 2026.',
  '',
  '- Tarn Magnetics imports cobalt magnets for pump motors and e-bikes.',
  '- Before the cobalt curbs his lead time was about six weeks.',
  '',
].join('\n');

const FILES = {
  'notes.md': NOTES,
  'licences.md': article(
    'Harbour Post',
    '2025-12-04',
    // (The names in a paragraph of their own, after the sentence that counts them.)
    'Oslo has issued the first general cobalt licences to three magnet makers under the cobalt truce.\n\nReuters reports that Tarn Magnetics, Ossett Alloys, and Seoul Kinetic Works received approvals on December 2.',
  ),
  'levy.md': article('Fjord Ledger', '2025-12-05', 'The cobalt truce cut the export levy to 12% and eased lead times for importers.'),
};

let bot: Dealbot;
let dir: string;
beforeAll(async () => {
  dir = writeArticles(FILES);
  bot = await makeBot(dir);
});
afterAll(removeTempDirs);

describe('a headline above the body', () => {
  it('answers what the importer its headline places said', async () => {
    const a = await bot.answerQuestion('what did the magnet importer in kirkby say about lead times');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('six weeks');
  });
});

describe('companies listed with commas', () => {
  it('reads a comma list whose last item opens with a city as companies named', () => {
    expect(
      namesCompany('Reuters reports that Tarn Magnetics, Ossett Alloys, and Seoul Kinetic Works received approvals on December 2.'),
    ).toBe(true);
    expect(namesCompany('MARTA OLSEN (GUEST): Thanks, Dana.')).toBe(false);
  });

  it('answers which firms got the licences, with the names the counting sentence points to', async () => {
    const a = await bot.answerQuestion('which magnet makers got the first general cobalt licences?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Ossett Alloys');
    // (Quoted as the file holds it.)
    const quote = a.citations.find((c) => c.quote.includes('Ossett Alloys'));
    expect(quote).toBeDefined();
    expect(readFileSync(path.join(dir, quote?.source ?? ''), 'utf8').slice(quote?.start, quote?.end)).toBe(quote?.quote);
  });
});
