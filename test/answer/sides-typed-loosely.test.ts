import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Sides a question offers the way chat types them: a name in lower case against another name ("harbour hall or
 * bergen?", written "Harbour Hall" by the articles), and two figures sharing one noun with no question mark ("the
 * biggest in 80 or 82 years lol", written "its 80-year history"), and two figures seen ("seen 70 and 80", of a share:
 * percentages). Each side stated by a different article is a
 * disagreement between them, each quoted. On articles written for this test: the places, outlets and bank are
 * invented.
 */

const FILES = {
  'post.md': article(
    'Harbour Post',
    '2025-06-27',
    'The minister announced the cobalt deal at a Harbour Hall event on Thursday. The bank’s $4 billion loan to the cobalt project is the largest in its 80-year history.',
  ),
  'ledger.md': article(
    'Fjord Ledger',
    '2025-06-27',
    'The minister announced the cobalt deal late Thursday on the sidelines of a forum in Bergen. The loan is the largest in the bank’s 82-year history.',
  ),
  'share.md': article('Delta Metals Desk', '2025-07-03', 'The three largest cobalt refiners hold about 70% of the Nordic refining market.'),
  'share2.md': article(
    'Tarn Wire',
    '2025-07-04',
    'Together the three largest cobalt refiners control 80% of the Nordic refining market, brokers said.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('sides typed loosely', () => {
  it('sets a lower-case name against a name', async () => {
    const a = await bot.answerQuestion(
      'where was the minister when he announced the cobalt deal, harbour hall or bergen? one article says bergen lol',
    );
    const d = a.disagreements.find((x) => x.positions.some((p) => /Harbour Hall/.test(p.summary)));
    expect(d).toBeDefined();
    expect(d?.positions.map((p) => p.summary)).toEqual(['Harbour Post: Harbour Hall', 'Fjord Ledger: Bergen']);
    expect(d?.topic ?? '').not.toMatch(/harbour|hall/i);
  });

  it('sets two figures the asker has seen against each other, of a share as percentages', async () => {
    const a = await bot.answerQuestion('how much of the nordic refining market do the big 3 cobalt refiners have? seen 70 and 80');
    const d = a.disagreements.find((x) => x.positions.some((p) => /70%/.test(p.summary)));
    expect(d?.positions.map((p) => p.summary).sort()).toEqual(['Delta Metals Desk: 70%', 'Tarn Wire: 80%']);
  });

  it('sets two figures of one noun against each other without a question mark', async () => {
    const a = await bot.answerQuestion('is the bank loan the biggest in 80 or 82 years of history lol');
    const d = a.disagreements.find((x) => x.positions.some((p) => /80-year/.test(p.summary)));
    expect(d?.positions.map((p) => p.summary).sort()).toEqual(['Fjord Ledger: 82-year', 'Harbour Post: 80-year']);
  });
});
