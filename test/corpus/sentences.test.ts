import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';

const split = (text: string) => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('does not end sentences at abbreviations, initials or dates', () => {
    expect(
      split('U.S. President Donald Trump met officials in Washington, D.C. on Aug. 12 with J. Smith and No. 2 aide Mr. Lee.'),
    ).toHaveLength(1);
    expect(split('BEIJING/WASHINGTON D.C. – The deal was signed. It takes effect soon.')).toEqual([
      'BEIJING/WASHINGTON D.C. – The deal was signed.',
      'It takes effect soon.',
    ]);
  });

  it('keeps a German date written as an ordinal ("Am 27. Juni") inside its sentence, and still ends one at a number', () => {
    expect(split('Am 27. Juni bestätigte Peking den Rahmen. Die Lizenzen folgen.')).toEqual([
      'Am 27. Juni bestätigte Peking den Rahmen.',
      'Die Lizenzen folgen.',
    ]);
    expect(split('Exports rose to 27. June was better.')).toEqual(['Exports rose to 27.', 'June was better.']);
  });

  it('ends a sentence at an abbreviation when a new sentence clearly starts', () => {
    expect(split('Exports rose to the U.S. The deal helped.')).toEqual(['Exports rose to the U.S.', 'The deal helped.']);
  });

  it('keeps quotes inside their sentence and splits after closing quotes', () => {
    expect(split('Trump said, "We just signed with China yesterday," and left. "It is done." Officials agreed.')).toEqual([
      'Trump said, "We just signed with China yesterday," and left.',
      '"It is done."',
      'Officials agreed.',
    ]);
  });

  it('handles question marks, exclamation marks and decimals', () => {
    expect(split('Is it signed? Yes! Tariffs fell to 3.5 percent.')).toEqual(['Is it signed?', 'Yes!', 'Tariffs fell to 3.5 percent.']);
  });

  it('returns offsets into the original text, trimmed', () => {
    const raw = 'xx  First one here.   Second one.  ';
    const spans = splitSentences(raw, { start: 2, end: raw.length });
    expect(spans.map((s) => raw.slice(s.start, s.end))).toEqual(['First one here.', 'Second one.']);
  });

  it('ends Chinese and Japanese sentences at their full stops, which no space follows', () => {
    expect(split('港口周一重新开放。工会表示，工资将上涨6%！船只何时恢复？')).toEqual([
      '港口周一重新开放。',
      '工会表示，工资将上涨6%！',
      '船只何时恢复？',
    ]);
    expect(split('「協定は署名された。」と大臣は述べた。')).toEqual(['「協定は署名された。」', 'と大臣は述べた。']);
  });
});
