import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * An English dictionary (the `word-list` package: 274k words, one per line, lower case, sorted), read on first
 * use. It tells a word a reader could mean from a name typed in lower case ("nvidia's ceo"): a word that no
 * article uses, no typo rule corrects and no dictionary knows is a name.
 */
let words: string | null = null;
/** Where each line starts, for a binary search (a Set of 274k strings takes ~0.2 s to build; this ~10 ms). */
let starts: Int32Array | null = null;

function load(): void {
  try {
    words = readFileSync(wordListPath, 'utf8');
  } catch {
    words = '';
  }
  const at: number[] = [];
  for (let i = 0; i < words.length; i = words.indexOf('\n', i) + 1 || words.length) if (words[i] !== '\n') at.push(i);
  starts = Int32Array.from(at);
}

function lineAt(i: number): string {
  const text = words as string;
  const start = (starts as Int32Array)[i] as number;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

function has(word: string): boolean {
  const n = (starts as Int32Array).length;
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = lineAt(mid);
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  // The list is sorted but for a few neighbouring pairs ("manlily", "manlihood"): look next to where it would be.
  for (let i = Math.max(0, lo - 16); i < Math.min(n, lo + 16); i++) if (lineAt(i) === word) return true;
  return false;
}

export function isEnglishWord(word: string): boolean {
  if (words === null) load();
  // Without the list every word counts as English: nothing is then mistaken for a name.
  if (words === '') return true;
  const w = word.toLowerCase();
  return has(w) || has(w.replace(/'s$|’s$/, ''));
}
