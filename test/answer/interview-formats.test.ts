import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionHeadingStems } from '../../src/answer/extractive.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * Interviews as print Q&As set them: the interviewer's question in bold, the answer in the paragraph below, which
 * never repeats the question's words. The answer is found with its question and read
 * with it. On articles written for this test (the people, outlets and the tin deal are invented).
 */

const QA = [
  '---',
  'title: "Four questions for Tomas Reis on what Rabat promised"',
  'outlet: The Quay Review',
  'date: 2025-07-01',
  '---',
  '',
  '*Tomas Reis is a professor of trade law at the Lisbon Institute of Commerce. The interview has been condensed.*',
  '',
  '**What did Rabat actually commit to?**',
  '',
  'Reis: To review tin export applications that meet the conditions. The licensing system stays.',
  '',
  '**Will military users get licences?**',
  '',
  'Reis: No. Applications for military end use will still be refused, as they have been since March.',
  '',
  '**What should smelters watch next?**',
  '',
  'Reis: The August window. If it passes badly, the office can slow down again.',
  '',
].join('\n');

const BRIEFING = [
  'PORT MINISTRY BRIEFING - transcript',
  '',
  'Q (Harbor Wire): Will every application from Portuguese smelters be approved?',
  '',
  'SPOKESWOMAN INES VALE: Each application is reviewed on its merits and in accordance with the law.',
  '',
].join('\n');

const FILES = {
  'quay_qa.md': QA,
  'briefing.txt': BRIEFING,
  'wire.md': article(
    'Harbor Wire',
    '2025-06-26',
    'Portugal and Morocco signed the tin framework on June 24. Smelters said military buyers have long waited longest for tin licences.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(() => removeTempDirs());

describe('a question and its answer in an interview', () => {
  it('reads an answer with the bold question above it, not the question with the one before', () => {
    const answerId = bot.corpus.sentences.findIndex((s) => s.text.startsWith('Reis: No.'));
    expect(sectionHeadingStems(bot.corpus, answerId)).toEqual(expect.arrayContaining(['militari', 'licenc']));
    const next = bot.corpus.sentences.findIndex((s) => s.text.startsWith('What should smelters watch'));
    expect(sectionHeadingStems(bot.corpus, next)).toEqual([]);
    // A briefing's "Q:" line heads nothing (a reporter's question runs on; answers come in several turns).
    const reply = bot.corpus.sentences.findIndex((s) => s.text.startsWith('SPOKESWOMAN INES VALE'));
    expect(sectionHeadingStems(bot.corpus, reply)).toEqual([]);
  });

  it("answers from the paragraph below the interviewer's question, not the question itself", async () => {
    const a = await bot.answerQuestion('the lisbon law prof in that print Q&A — what did he say re military buyers getting licences?');
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.source).toBe('quay_qa.md');
    expect(a.answer).toContain('military end use will still be refused');
  });

  it('reads "prof", "pod", "Q&A" and "RE" as the words articles use', () => {
    expect(normalizeInformal('the law prof on the FT pod')).toBe('the law professor on the FT podcast');
    expect(normalizeInformal('that print Q&A')).toBe('that print interview');
    expect(normalizeInformal('when does the RE deal get finalized')).toContain('rare earth deal');
    // "re" as "regarding" is "about".
    expect(normalizeInformal('what did she say re the signing date')).toContain('about the signing date');
  });
});
