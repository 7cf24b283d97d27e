import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionForms } from '../../src/answer/question.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * An action asked by its noun and written as a verb, or the other way round ("when did they announce the suspension"
 * of "announced … that it would suspend the controls"): stemming keeps "suspension" and "suspend" apart, so the
 * question's word matches the other form too. On articles written for this test (the ministry and rules are invented).
 */

const FILES = {
  'wire.md': article(
    'Harbor Wire',
    '2025-11-08',
    "Norway's Ministry of Trade announced on November 7 that it would suspend the tin export rules it unveiled on October 9 until November 10, 2026.",
  ),
  'daily.md': article(
    'Lisbon Daily',
    '2025-08-12',
    'The extension of the tin truce was signed on August 11, officials in Oslo said, keeping tariffs on tin at 10%.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('the verb of an action noun, and the noun of a verb', () => {
  it('are the regular -sion pairs', () => {
    expect(actionForms('suspension')).toContain('suspend');
    expect(actionForms('extension')).toContain('extend');
    expect(actionForms('decision')).toContain('decide');
    expect(actionForms('suspend')).toEqual(['suspension']);
    expect(actionForms('extend')).toEqual(['extension']);
  });

  it('are not words that only end like them', () => {
    for (const w of ['tension', 'pension', 'version', 'mansion', 'commission', 'session', 'trade', 'fund'])
      expect(actionForms(w)).toEqual([]);
  });

  it('answer a question asking by the noun from a sentence using the verb', async () => {
    const a = await bot.answerQuestion('when was the suspension announced?');
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => c.source === 'wire.md')).toBe(true);
  });

  it('and one asking by the verb from a sentence using the noun', async () => {
    const a = await bot.answerQuestion('when was it extended?');
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => c.source === 'daily.md')).toBe(true);
  });
});
