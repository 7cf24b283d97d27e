import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Words of a question that say what the asker will do with the answer or how sure they are ("need one number for
 * a chart", "some sort of hotline"), on articles written for this test: they are never what the question is about,
 * so they can neither be missing from the articles nor keep a figure from answering a "how much" question.
 */

const FILES = {
  'customs.md': article(
    'Harbour Ledger',
    '2025-08-21',
    [
      'Magnet shipments recovered over the summer.',
      "China's exports of permanent magnets rose to 4,210 tonnes in July, customs data showed.",
      'Shipments to the United States were 512 tonnes in July.',
    ].join(' '),
  ),
  'mechanism.md': article(
    'Northgate Times',
    '2025-07-25',
    [
      'Officials in Oslo and Beijing agreed to set up a special channel for delayed licence applications.',
      'The channel will let companies flag stuck shipments directly to the ministry.',
    ].join(' '),
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('what the asker will do with the answer', () => {
  it('reads "for a chart" as no topic', () => {
    const terms = bot.analyze('how much did china export in rare earth magnets in july? need one number for a chart').terms;
    // (Read off as what the answer goes into: no term at all, or none that counts.)
    expect(terms.find((t) => t.word === 'chart')?.salient ?? false).toBe(false);
  });

  it('gives the figure asked for, whatever the asker wants it for', async () => {
    const a = await bot.answerQuestion('how much did china export in rare earth magnets in july? need one number for a chart');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/4,210/);
  });
});

describe('hedges', () => {
  it('reads "some sort of" as no topic', () => {
    const terms = bot.analyze('did oslo and beijing set up some sort of channel for stuck shipments').terms;
    expect(terms.some((t) => t.word === 'sort')).toBe(false);
    expect(terms.find((t) => t.word === 'channel')?.salient).toBe(true);
  });
});

describe('what a question says about itself', () => {
  it('drops who wants to know and what the chat said ("my editor wants to know:", "someone in the channel said")', async () => {
    const a = await bot.answerQuestion(
      'my editor wants to know: how much did china export in magnets in july? someone in the channel said 9,000 which sounds insane',
    );
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/4,210/);
  });

  it('reads a summary of the story in its own words ("the whole magnet saga") as a summary, and "tl;dr what did…" as a question', () => {
    const wide = (w: string) => ['magnet', 'magnets', 'tariffs', 'geneva'].includes(w);
    expect(classifyQuestion('summarize the whole magnet saga in a few lines pls', wide).kind).toBe('story');
    expect(classifyQuestion('summarize the whole magnet saga in a few lines pls').kind).not.toBe('story');
    expect(classifyQuestion('tl;dr what did the geneva thing actually do to tariffs', wide).kind).not.toBe('story');
  });

  it('reads a timeline whose steps are listed with arrows as a timeline', () => {
    expect(classifyQuestion('timeline pls: controls -> first plant stoppages -> london -> signing').kind).toBe('timeline');
  });
});
