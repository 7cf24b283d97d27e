import { describe, expect, it } from 'vitest';
import { compatible, type DateValue, displayOf, findDateMentions, isoOf, parseYmd, resolveDate } from '../../src/corpus/dates.js';

const REF = parseYmd('2025-06-28'); // a Saturday

function resolve(text: string, ref = REF): string | null {
  const m = findDateMentions(text)[0];
  if (!m) return 'none';
  const v = resolveDate(m.expr, ref);
  return v ? isoOf(v) : null;
}

describe('date expressions in news text', () => {
  it('resolves relative dates against the reference date', () => {
    expect(resolve('remarked on the 26th')).toBe('2025-06-26');
    expect(resolve('We just signed with China yesterday')).toBe('2025-06-27');
    expect(resolve('said on Thursday')).toBe('2025-06-26');
    // A weekday in a plan is the next one: "are due to meet on Thursday", "will sign on Monday".
    expect(resolve('Trump and Xi are due to meet on Thursday in Gyeongju')).toBe('2025-07-03');
    expect(resolve('The two sides will sign the text on Monday')).toBe('2025-06-30');
    expect(resolve('They met last Thursday and will meet again')).toBe('2025-06-26');
    expect(resolve('Earlier this month, envoys met')).toBe('2025-06');
    expect(resolve('late last month')).toBe('2025-05');
    expect(resolve('two days prior')).toBe('2025-06-26');
  });

  it('takes a day with no year in the year that puts it nearest, the past winning a tie', () => {
    const november = parseYmd('2025-11-09');
    // Six months behind and six ahead: news reports what happened ("**May 10–11** — First round of talks").
    expect(resolve('May 10–11 — First round of talks in Geneva.', november)).toBe('2025-05-10');
    expect(resolve('talks on January 5', parseYmd('2025-12-28'))).toBe('2026-01-05');
    expect(resolve('met on October 30', parseYmd('2026-02-10'))).toBe('2025-10-30');
    expect(resolve('due to meet on September 9', REF)).toBe('2025-09-09');
  });

  it('parses absolute dates, ranges and month parts, keeping month precision for a bare month', () => {
    expect(resolve('held in London on September 9-10')).toBe('2025-09-09');
    expect(displayOf(resolveDate(findDateMentions('on September 9-10')[0]?.expr as never, REF) as DateValue)).toBe('9–10 September 2025');
    expect(resolve('the mid-May Geneva talks')).toBe('2025-05');
    expect(resolve('talks in Geneva in May')).toBe('2025-05');
    expect(resolve('On June 27, 2025, the Ministry stated')).toBe('2025-06-27');
    expect(resolve('in 2024, tariffs rose')).toBe('2024');
    // "the 11th of May" names its month: not the 11th of the article's month.
    expect(resolve('talks ended on the 11th of May, officials said')).toBe('2025-05-11');
    expect(displayOf(resolveDate(findDateMentions('talks in Vienna on June 9 and 10')[0]?.expr as never, REF) as DateValue)).toBe(
      '9–10 June 2025',
    );
  });

  it('leaves relative dates unresolved without a reference, and absolute ones without a year', () => {
    expect(resolve('signed yesterday', null)).toBeNull();
    expect(resolve('signed on June 25', null)).toBe('--06-25');
  });

  it('does not read the modal "may" or numbers without a month as dates', () => {
    expect(findDateMentions('China may ease controls on a 90-day basis')).toEqual([]);
  });

  it('compares values at their common precision', () => {
    const v = (text: string) => resolveDate(findDateMentions(text)[0]?.expr as never, REF) as DateValue;
    expect(compatible(v('in June'), v('on June 9'))).toBe(true);
    expect(compatible(v('on June 24'), v('on June 25'))).toBe(false);
    expect(compatible(v('in June'), v('in September'))).toBe(false);
    expect(compatible(v('on June 9-10'), v('on June 10'))).toBe(true);
  });
});
