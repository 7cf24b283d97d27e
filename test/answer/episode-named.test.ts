import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "that podcast ep 42": a page is named by a word of two letters and its number as its file runs them together
 * ("…_podcast-ep42-notes.txt"), as "plant 4" names "…_plant4-bulletin.txt"; not the episode before it. On pages
 * written for this test: the show and its figures are invented.
 */

const notes = (episode: number, weeks: string) =>
  `THE COBALT MINUTE -- show notes\nPublished: 2025-11-${episode - 30}\n\n[03:15] DANA: So what is the licence lead time for cobalt buyers now?\n\n[04:02] GUEST: For mid-size refiners the cobalt licence lead time is ${weeks} weeks.\n`;

const FILES = {
  'b06_cobaltminute_podcast-ep42-notes.txt': notes(42, 'six'),
  'b07_cobaltminute_podcast-ep41-notes.txt': notes(41, 'nine'),
  ...FILLER,
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('an episode named by its number', () => {
  it('answers from the episode whose file runs "ep" and its number together', async () => {
    const a = await bot.answerQuestion('that podcast ep 42 — what cobalt licence lead time did the guest give?');
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations.every((c) => c.source === 'b06_cobaltminute_podcast-ep42-notes.txt')).toBe(true);
    expect(a.answer).toContain('six weeks');
  });
});
