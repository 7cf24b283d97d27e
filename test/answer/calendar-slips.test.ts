import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarSlips } from '../../src/answer/kinds/calendar.js';
import { classifyQuestion } from '../../src/answer/kinds/classify.js';
import type { Dealbot } from '../../src/pipeline.js';
import { removeTempDirs } from '../helpers/fixtures.js';
import { article, FILLER, makeBot, writeArticles } from '../helpers/pipeline.js';

/**
 * "Which outlet got the weekday of the summit wrong?": a weekday written beside a date that the calendar gives another
 * day ("on Wednesday (Oct. 30)" of 30 October 2025, a Thursday) is an error as published, found by the calendar, not by
 * counting the sources. A run of days given a run of dates ("Monday and Tuesday, June 9 and 10"), a slip quoted from
 * another page and a name that is a day's short form ("The Sun (June 5)") are none. On articles written for this
 * test: the cobalt summit, its outlets and people are invented.
 */

const FILES = {
  'harbour.md': article(
    'Harbour Ledger',
    '2025-10-30',
    'The cobalt summit in Bergen began around 10 a.m. on Wednesday (Oct. 30) and lasted about two hours. Both leaders praised the outcome.',
  ),
  'wire.md': article(
    'Fjord Wire',
    '2025-10-30',
    'The two leaders met in Bergen on Thursday, October 30, 2025, and agreed to pause the cobalt curbs for a year.',
  ),
  'oslo.md': article(
    'Oslo Daily',
    '2025-06-11',
    'The talks on Monday and Tuesday, June 9 and 10, were the second round of cobalt negotiations this year.',
  ),
  'memo.md': article(
    'Desk Memo',
    '2025-11-03',
    'Fact-check note: Harbour Ledger says "Wednesday (Oct. 30)" for the Bergen summit; we use Thursday. The Sun (June 5) ran the cobalt story first.',
  ),
  ...FILLER,
};

let bot: Dealbot;
beforeAll(async () => {
  bot = await makeBot(writeArticles(FILES));
});
afterAll(removeTempDirs);

describe('weekdays the calendar contradicts', () => {
  it('finds the weekday written beside a date that falls on another day, and only that one', () => {
    const slips = calendarSlips(bot.corpus);
    expect(slips.map((s) => [s.source, s.written, s.date, s.actual])).toEqual([['harbour.md', 'Wednesday', '2025-10-30', 'Thursday']]);
  });

  it('answers which outlet got the weekday wrong from the calendar', async () => {
    const a = await bot.answerQuestion('which outlet got the weekday of the bergen summit wrong?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('Harbour Ledger');
    expect(a.answer).toContain('writes Wednesday for 30 October 2025, a Thursday');
    expect(a.citations.map((c) => c.source)).toEqual(['harbour.md']);
  });

  it('still reads a question for the weekday itself as one of fact', () => {
    expect(classifyQuestion('what day of the week was the bergen summit? harbour ledger says wed', () => false).kind).toBe('fact');
    expect(classifyQuestion('which outlets got basic facts wrong, like the wrong weekday for the summit?', () => false).kind).toBe(
      'calendar-slips',
    );
  });

  it('tells the slip among what a page gets wrong when asked how reliable it is', async () => {
    const a = await bot.answerQuestion('how reliable is harbour ledger tbh?');
    expect(a.answer).toContain('writes Wednesday for 30 October 2025, a Thursday');
  });
});
