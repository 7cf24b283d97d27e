import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/corpus/claims.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, corpusOf, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * A date in a sentence too short to say what it dates ("The extension runs until March 10.") is read with its
 * article's headline, so that it meets another source's date for the same step; a side confirming a deal's details
 * on a day announces it (the same kind of step as an announcement); and a dated step's disagreement is not shown
 * for a question that shares only a word for the deal with it ("truce" among the synonyms of "deal"). On articles
 * written for this test (none of them is a seed).
 */

const FILES = {
  'extension.html': [
    '<html><head><title>Ruritania extends cobalt tariff truce by 90 days, to March 10</title>',
    '<meta property="article:published_time" content="2025-12-11T09:00:00Z"></head><body>',
    '<h1>Ruritania extends cobalt tariff truce by 90 days, to March 10</h1>',
    '<p>The extension runs until March 10. Duties on cobalt hydroxide stay at their current level until then.</p>',
    '<p>Officials in Strelsau gave no reason for the timing of the order, which came a day before the old deadline.</p>',
    '<p>Importers of cobalt hydroxide welcomed the decision, saying a lapse would have doubled their duties overnight.</p>',
    '<p>Freedonia has not said whether it will match the move with an extension of its own countermeasures.</p>',
    '</body></html>',
  ].join('\n'),
  'weekly.md': article(
    'Cobalt Weekly',
    '2025-12-15',
    [
      'The cobalt tariff truce between Ruritania and Freedonia was extended on December 10, pushing the deadline out by 90 days to March 9.',
      'Tariffs stay where they are until then.',
    ].join('\n\n'),
  ),
  'confirm-a.md': article(
    'Fredport Ledger',
    '2025-06-28',
    "Freedonia's trade ministry confirmed the details of the cobalt framework on June 27, saying it would review export applications.",
  ),
  'confirm-b.md': article(
    'Strelsau Post',
    '2025-06-29',
    'The trade ministry of Freedonia confirmed the details of the cobalt framework on June 28 in a short statement.',
  ),
  'signing.md': article(
    'Cobalt Street',
    '2025-06-26',
    'Ruritania and Freedonia signed the cobalt framework on June 25, the president said, after two days of talks in Fredport.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a short dated sentence read with its headline', () => {
  it('disagrees with another source on the same deadline', async () => {
    const a = await bot.answerQuestion('when does the extended cobalt truce run out now?');
    const dispute = a.disagreements.find((d) => d.positions.some((p) => p.quote?.includes('runs until March 10')));
    expect(dispute).toBeDefined();
    expect(dispute?.positions.some((p) => p.quote?.includes('to March 9'))).toBe(true);
  });
});

describe('confirming the details on a day', () => {
  it('is an announcement: two sources dating it differently disagree', async () => {
    const a = await bot.answerQuestion('when did freedonia confirm the details of the cobalt framework?');
    const dispute = a.disagreements.find((d) => d.positions.some((p) => p.quote?.includes('on June 27')));
    expect(dispute).toBeDefined();
    expect(dispute?.positions.some((p) => p.quote?.includes('on June 28'))).toBe(true);
  });
});

describe('a dated step shown only for questions about it', () => {
  it('is not shown for a question about the signing that shares only a word for the deal with it', async () => {
    const a = await bot.answerQuestion('when was the cobalt deal signed?');
    expect(a.disagreements.some((d) => d.positions.some((p) => p.quote?.includes('runs until March 10')))).toBe(false);
  });
});

describe('who led each side, from "X and Y negotiators, led by …"', () => {
  it('gives each named leader to the party of their own adjective', async () => {
    const corpus = await corpusOf({
      'talks.md': article(
        'Harbour Times',
        '2025-06-12',
        [
          'Following two days of talks in London, U.S. and Chinese negotiators, led by U.S. Commerce Secretary Howard Lutnick and Chinese Vice Premier He Lifeng, reached a framework.',
          'The framework still needs the approval of both presidents, officials said on Wednesday.',
        ].join('\n\n'),
      ),
    });
    const leaders = extractClaims(corpus)
      .filter((c) => c.attribute === 'leader')
      .map((c) => `${c.qualifier}: ${c.value}`)
      .sort();
    expect(leaders).toEqual(['China in London: He Lifeng', 'the US in London: Howard Lutnick']);
  });
});
