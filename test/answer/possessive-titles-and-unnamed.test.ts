import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksTitleHolder } from '../../src/answer/abstain.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * An abbreviated title after an organisation's possessive ("what did NCMA's DG say"), and a second part about the
 * person a first part asks for, by a pronoun, when the articles name no one for it ("who is vesterhavn's ceo and what
 * did he say…"). On articles written for this test (a cobalt story between Norway and Finland; the association, its
 * people and the companies are invented).
 */

const FILES = {
  'association.md': article(
    'Polar Business',
    '2026-03-12',
    'The cobalt shortage is a wake-up call for the Nordic motor industry, said Liv Aasen, Director General of the Nordic Cobalt Makers Association (NCMA), on Tuesday.',
  ),
  'permits.md': article(
    'Baltic Wire',
    '2026-03-20',
    'Vesterhavn Refining said it had received one of the first bulk cobalt permits. "We are relieved," said export manager Ola Berg.',
  ),
  'ceo.md': article(
    'Nordic Desk',
    '2026-03-22',
    'Nordkap Alloys chief executive Per Dahl said the permits would let the company double its cobalt shipments.',
  ),
  'prices.md': article('Fjord Metals Bulletin', '2026-03-25', 'Cobalt prices rose 4% on the week as refiners in Finland cut output.'),
  'jobs.md': article('Tromsø Times', '2026-03-30', 'A refinery near Tromsø hired 40 workers after the cobalt permits were approved.'),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe("an abbreviated title after an organisation's possessive", () => {
  it('is read spelled out', async () => {
    const a = await bot.answerQuestion("what did NCMA's DG say about the cobalt shortage?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('wake-up call');
  });
});

describe('a second part about the person the first asks for', () => {
  it('is not answered with another person’s words when the articles name no one', async () => {
    const a = await bot.answerQuestion("who's the ceo of vesterhavn and what did he say about getting the permit?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toContain('relieved');
  });

  it('is answered when the articles name the person', async () => {
    const a = await bot.answerQuestion("who is vesterhavn's export manager and what did he say about getting the permit?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Ola Berg');
  });
});

describe('a question for the holder of a title', () => {
  it('is read in its three forms, and not where no title is asked', () => {
    for (const q of ["who is vesterhavn's ceo?", "who's the ceo of vesterhavn?", "who's the vesterhavn cfo?"])
      expect(asksTitleHolder(q)).toBe(true);
    expect(asksTitleHolder('who is vesterhavn talking to?')).toBe(false);
  });
});
