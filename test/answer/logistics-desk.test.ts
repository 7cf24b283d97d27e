import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * How a logistics and customs desk types: whom the answer is for after the question ("quick timeline for ops pls",
 * "summary for the boss"), and how long paperwork takes ("whats the turnaround on licences", "ETA on approvals").
 * On articles written for this test (the outlets and the tin framework are invented).
 */

const FILES = {
  'advisory.md': article(
    'Harbor Customs Brokerage',
    '2025-06-30',
    'Ruritania confirmed the tin framework on June 27 and said it would review and approve export applications that meet the conditions.\n\nThe statutory review period for a tin export licence remains 45 working days, and brokers expect no faster turnaround before August.',
  ),
  'wire.md': article(
    'Harbor Wire',
    '2025-06-12',
    'Negotiators from Ruritania and Freedonia met in Oslo on June 9 and 10 and agreed a framework on tin exports.\n\nFreedonia said it would lift its licence requirement on smelter software once shipments resume.',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('whom the answer is for', () => {
  it('reads "quick timeline apr to nov for ops pls" as a timeline of the whole story', () => {
    expect(classifyQuestion('quick timeline apr to nov for ops pls').kind).toBe('timeline');
    expect(classifyQuestion('timeline for the memo').kind).toBe('timeline');
    expect(classifyQuestion("summary for tonight's segment").kind).toBe('story');
    expect(classifyQuestion('summarise the deal in 3 lines for the desk').kind).toBe('story');
  });

  it('keeps what a timeline or summary is of: "the timeline for licences" and "summary of the ethane letters" are facts', () => {
    expect(classifyQuestion('whats the timeline for licences to be approved').kind).toBe('fact');
    expect(classifyQuestion('summary of the ethane letters for the boss').kind).toBe('fact');
  });

  it('answers "quick timeline for ops pls" with the chronology, not "the articles don\'t say"', async () => {
    const a = await bot.answerQuestion('quick timeline for ops pls');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/chronology/i);
    expect(a.answer).toMatch(/9–10 June 2025|June 9/);
  });
});

describe('how long paperwork takes, in office chat', () => {
  it('reads "turnaround" and "ETA on" as how long something takes', () => {
    expect(normalizeInformal('whats the turnaround on licences')).toMatch(/how long does it take to process licences/);
    expect(normalizeInformal('ETA on approvals?')).toMatch(/how long until approvals/i);
    // Not a word that merely contains the letters.
    expect(normalizeInformal('the beta release')).toBe('the beta release');
  });

  it('answers "whats the turnaround on tin licences rn? ETA on approvals" with the review period', async () => {
    const a = await bot.answerQuestion('whats the turnaround on tin licences rn? ETA on approvals');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('45 working days');
  });
});

describe('paperwork is no article', () => {
  it('reads "what docs do we need" as documents a shipment needs, and "which docs say" as the folder\'s articles', () => {
    const needed = normalizeInformal('what docs do we need now for tin shipmnts');
    expect(needed).toMatch(/what documents do we need/);
    expect(classifyQuestion(needed).kind).toBe('fact');
    expect(normalizeInformal('the licence docs pls')).toMatch(/licence documents/);
    const coverage = normalizeInformal('which docs say the 24th');
    expect(coverage).toMatch(/which articles say/);
    expect(classifyQuestion(coverage).kind).toBe('coverage');
  });
});
