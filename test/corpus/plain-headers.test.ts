import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../helpers/fixtures.js';
import { corpusOf } from '../helpers/pipeline.js';

/**
 * A hard-wrapped plain-text file whose first block is a header of short lines — a broadcast transcript's show,
 * air date and guest; an earnings call's company, call and date — reads each line as a field of its own: the date
 * is the page's, the show or call line its title, and a cast line ("Guest: …", "Briefer: …") never the title.
 * The paragraphs below stay joined across their wrapped lines. Written for this test (the show and people are
 * invented).
 */

const TRANSCRIPT = [
  'HARBOUR BUSINESS RADIO -- "THE CLOSING BELL"',
  'Aired: Thursday, October 30, 2025',
  'Guest: Trade Minister Lena Sova, live from Fredport',
  'Rush transcript excerpt. Speaker labels added by the transcription service.',
  '',
  'ANNA PELL: Joining me from Fredport is the trade minister, Lena Sova. Minister,',
  'thank you for making the time on what has been a very long day of talks for',
  'everyone involved in the cobalt negotiations.',
  '',
  'LENA SOVA: Thank you, Anna. We agreed this afternoon to suspend the cobalt',
  'export controls for a year, and the licences will be issued within weeks of',
  'the agreement being signed by both of the governments concerned.',
  '',
].join('\n');

const BRIEFING = [
  'MINISTRY OF TRADE -- PRESS BRIEFING',
  'Briefer: Deputy Spokesperson Ivo Marek',
  'June 26, 2025',
  '',
  'Q: The minister said this morning that the cobalt framework was signed yesterday. Was it signed on',
  'Wednesday, or was it signed earlier in the week, as the trade ministry said in its statement?',
  '',
  'MR. MAREK: It was finalized this week, both sides have signed off on it, and I would refer you to',
  'the minister for the paperwork and for the exact day on which the signatures were exchanged.',
  '',
].join('\n');

afterAll(() => removeTempDirs());

describe("a plain-text file's header block", () => {
  it('gives the transcript its air date and its show as the title, and the paragraphs stay whole', async () => {
    const corpus = await corpusOf({ 'radio.txt': TRANSCRIPT });
    const a = corpus.articles[0];
    expect(a?.meta.published).toBe('2025-10-30');
    expect(a?.meta.title).toMatch(/THE CLOSING BELL/);
    expect(a?.meta.title).not.toMatch(/Guest|Lena Sova/);
    const said = corpus.sentences.map((s) => s.text.replace(/\s+/g, ' '));
    expect(said).toContain('LENA SOVA: Thank you, Anna.');
    expect(said.some((s) => s.startsWith('We agreed this afternoon to suspend the cobalt export controls for a year'))).toBe(true);
  });

  it("never takes a briefing's cast line for its title", async () => {
    const corpus = await corpusOf({ 'briefing.txt': BRIEFING });
    const a = corpus.articles[0];
    expect(a?.meta.published).toBe('2025-06-26');
    expect(a?.meta.title ?? '').not.toMatch(/Briefer|Ivo Marek/);
  });
});
