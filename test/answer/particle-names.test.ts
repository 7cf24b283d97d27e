import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * People whose names have a particle ("Ursula von der Leyen", "Commission President von der Leyen"): a person the
 * articles have speak, so that "what did von der leyen say about the bergen summit?" wants her words on it, and is told
 * the articles do not give them when she speaks only of something else. On articles written for this test: the cobalt
 * story, its outlets and quotes are invented.
 */

const FILES = {
  'afp.md': article(
    'Agence Nord',
    '2025-07-24',
    'EU chief Ursula von der Leyen warned on Thursday that cobalt supplies to Europe remained fragile after a tense summit in Beijing.',
  ),
  'brief.md': article(
    'Policy Brief',
    '2025-12-02',
    'At the EU–China summit on 24 July 2025, Commission President von der Leyen announced an upgraded cobalt supply mechanism.',
  ),
  'bergen.md': article(
    'Fjord Wire',
    '2025-10-30',
    '"It was an amazing meeting," the US president told reporters after the Bergen summit with the Chinese leader on October 30, where both sides agreed to pause the cobalt curbs.',
  ),
  'bergen2.md': article(
    'Harbour Ledger',
    '2025-10-31',
    'The Bergen summit ended with a one-year cobalt truce, and the Chinese leader said the two sides should be partners.',
  ),
  ...FILLER,
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('names with a particle', () => {
  it('knows such a person, and does not answer her words on what she never spoke of', async () => {
    const a = await bot.answerQuestion('what did von der leyen say about the bergen summit?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/leyen/i);
  });

  it('still quotes her on what she did speak of', async () => {
    const a = await bot.answerQuestion('what did von der leyen announce at the eu-china summit?');
    expect(a.abstained).toBe(false);
    expect(a.citations.map((c) => c.source)).toContain('brief.md');
  });
});
