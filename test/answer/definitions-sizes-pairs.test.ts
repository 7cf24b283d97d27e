import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dealbot } from '../../src/pipeline.js';
import { normalizeInformal } from '../../src/text/lexicon.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Whats the cobalt reserve?" (a sentence that says what it is, not one that only names it), "how big is the cobalt
 * reserve?" (a size, not a length of time), "what did the us and iceland sign?" (another deal, named by its
 * two countries joined with "and": answered from its page, with a note), and "what did china sign up to" (what it
 * committed to). On articles written for this test: the outlets, people and figures are invented; the story's two
 * parties are the US and China, as in the folders dealbot reads.
 */

const FILES = {
  'deal.md': article(
    'Harbour Ledger',
    '2025-06-27',
    "China's commerce ministry said the US and China had confirmed the details of their trade framework, and that China would approve export applications for controlled items.",
  ),
  'lift.md': article(
    'Fjord Street',
    '2025-07-03',
    'The US lifted export restrictions on chip design software to China after the framework with Beijing was signed.',
  ),
  'talks.md': article(
    'Nordic Wire',
    '2025-06-11',
    'US and Chinese negotiators agreed a framework in London to restore rare earth flows to the US.',
  ),
  'reserve.md': article(
    'Civic Ledger',
    '2026-02-02',
    [
      'The Cobalt Reserve aims to provide US manufacturers with a 60-day emergency supply to buffer against Chinese disruptions.',
      'President Trump unveiled the Cobalt Reserve on February 2, 2026 as a $12 billion strategic cobalt stockpile combining loans with private capital.',
    ].join('\n\n'),
  ),
  'memo.md': article(
    'Tarn Memo',
    '2026-02-20',
    ['Cobalt Reserve.', '(b) Seek offtake structures linked to the Cobalt Reserve, given China.'].join('\n\n'),
  ),
  'iceland.md': article(
    'Reykjavik Post',
    '2025-10-21',
    'US President Donald Trump and Icelandic Prime Minister Sif Jonsdottir on Monday signed a bilateral framework for critical minerals at the White House, with a pipeline of projects worth $2.4 billion.',
    'Iceland and US sign framework for critical minerals',
  ),
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

const firstQuote = (answer: string) => /“([^”]*)”/.exec(answer)?.[1] ?? '';

describe('what something is, and how big', () => {
  it('leads "whats the cobalt reserve?" with the sentence that says what it is', async () => {
    const a = await bot.answerQuestion('whats the cobalt reserve?');
    expect(firstQuote(a.answer)).toContain('as a $12 billion strategic cobalt stockpile');
  });

  it('leads "how big is the cobalt reserve?" with a size, not a length of time', async () => {
    const a = await bot.answerQuestion('how big is the cobalt reserve?');
    expect(firstQuote(a.answer)).toContain('$12 billion');
  });
});

describe('another deal named by its two countries', () => {
  it('answers "what did the us and iceland sign" from the page about that deal, with a note', async () => {
    const a = await bot.answerQuestion('what did the us and iceland sign?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('signed a bilateral framework for critical minerals');
    expect((a.notices ?? []).some((n) => n.includes('about another story'))).toBe(true);
  });
});

describe('commitments signed up to', () => {
  it('reads "sign up to" as committed to, and sets aside "according to the coverage"', () => {
    expect(normalizeInformal('what did china sign up to according to the coverage?')).toBe('what did china committed to ?');
  });
});
