import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVerbatim, MIN_QUOTE_CHARS } from '../../src/answer/quotes.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A fragment too short to stand as a quote (a panel transcript's "Victor?" at the end of a speaker's turn) is never
 * quoted on its own: the answer contract's quotes are at least 12 characters. On a transcript written for this test
 * (the panel and its speakers are invented).
 */

const FILES = {
  'panel.txt': [
    'TIN POLICY PANEL -- TRANSCRIPT',
    '',
    'LINDQVIST: The negotiating teams were small. Petra Holm, who headed the',
    'Norwegian team in Oslo, had maybe a dozen people in the room.',
    '',
    'ACHTERBERG: I will just note for the students that most reports say',
    'Minister Ivo Kral led the Chilean delegation on the tin deal. Victor?',
    '',
    'LINDQVIST: Kral was the senior figure, yes, but the tin licences sit',
    'with the trade ministry.',
  ].join('\n'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a quote too short to stand on its own', () => {
  it('is not verbatim evidence, whatever its offsets', async () => {
    const corpus = await corpusOf(FILES);
    const raw = corpus.byId.get('panel.txt')?.raw ?? '';
    const at = raw.indexOf('Victor?');
    expect(isVerbatim(corpus, { source: 'panel.txt', quote: 'Victor?', start: at, end: at + 7 })).toBe(false);
    const longer = raw.indexOf('Minister Ivo Kral');
    const twelve = raw.slice(longer, longer + MIN_QUOTE_CHARS);
    expect(isVerbatim(corpus, { source: 'panel.txt', quote: twelve, start: longer, end: longer + MIN_QUOTE_CHARS })).toBe(true);
  });

  it("is not quoted from a speaker's turn", async () => {
    const a = await bot.answerQuestion('what does achterberg say about the tin deal? need a quote');
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect(c.quote.length).toBeGreaterThanOrEqual(12);
    expect(a.answer).not.toMatch(/“Victor\?”/);
  });
});
