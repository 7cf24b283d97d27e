import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import wordListPath from 'word-list';
import { isEnglishWord } from '../../src/text/dictionary.js';

describe('the English dictionary', () => {
  it('finds every word of the list (a binary search over a list with a few unsorted neighbours)', () => {
    const all = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean);
    expect(all.filter((w) => !isEnglishWord(w))).toEqual([]);
  });

  it('knows English words and their possessives, not names typed in lower case', () => {
    expect(['strategy', 'everyone', "micron's", 'Tankers'].every(isEnglishWord)).toBe(true);
    expect(['lynas', 'nvidia', "zentrix's", 'quorvia'].some(isEnglishWord)).toBe(false);
  });
});
