import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * An English dictionary (the `word-list` package: 274k words, one per line, lower case, sorted), read on first
 * use. It tells a word a reader could mean from a name typed in lower case ("nvidia's ceo"): a word that no
 * article uses, no typo rule corrects and no dictionary knows is a name.
 */
let words: string | null = null;

export function isEnglishWord(word: string): boolean {
  if (words === null) {
    try {
      words = `\n${readFileSync(wordListPath, 'utf8')}\n`;
    } catch {
      words = '';
    }
  }
  // Without the list every word counts as English: nothing is then mistaken for a name.
  if (words === '') return true;
  const w = word.toLowerCase();
  return [w, w.replace(/'s$|’s$/, '')].some((f) => words?.includes(`\n${f}\n`));
}
