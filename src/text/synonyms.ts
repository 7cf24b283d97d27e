import { lexiconLines } from './lexicon.js';
import { stem } from './tokenize.js';

/**
 * A thesaurus of the words news reports use for the same thing, so that "when was it inked?" meets "signed"
 * and "curbs" meets "restrictions". The groups are data: `data/lexicon/synonyms.txt` says what they cover, and
 * `data/lexicon/demonyms.txt` adds each country with its demonyms ("Estonian" meets "Estonia").
 */
const GROUPS = [...lexiconLines('synonyms.txt'), ...lexiconLines('demonyms.txt')].join('\n');

const byStem = new Map<string, Set<string>>();
const stemsOf = (words: string) =>
  new Set(
    words
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => stem(w)),
  );
for (const line of GROUPS.split('\n')) {
  // "regime regimes > control controls …": the words before ">" stand for those after it, and not the other way round
  // (a question's "licensing regime" is met by "licence requirements"; a question's "controls" need not meet "regime").
  const [group, broader = ''] = line.split(/\s>\s/);
  const stems = stemsOf(group ?? '');
  const reaches = stemsOf(broader);
  if (stems.size + reaches.size < 2) continue;
  for (const s of stems) {
    const set = byStem.get(s) ?? new Set<string>();
    for (const o of [...stems, ...reaches]) if (o !== s) set.add(o);
    byStem.set(s, set);
  }
}

/** Stems that mean the same as `s` in news about trade deals (not including `s`). */
export function synonymsOf(s: string): ReadonlySet<string> {
  return byStem.get(s) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Each word of `demonyms.txt` → the other words of its line, as written ("australian" → "australia", "aussie"…). */
const COUNTRY_WORDS = new Map<string, string[]>();
for (const line of lexiconLines('demonyms.txt')) {
  const words = line.trim().toLowerCase().split(/\s+/).filter(Boolean);
  for (const w of words)
    COUNTRY_WORDS.set(
      w,
      words.filter((o) => o !== w),
    );
}

/**
 * The other words for a country a word names (its name, demonyms and capital as `demonyms.txt` lists them:
 * "australian" → "australia", "aussie", …), as written, not stemmed, for matching names ("Radio Pacifica Australia").
 */
export function countryWordsOf(word: string): readonly string[] {
  return COUNTRY_WORDS.get(word.toLowerCase()) ?? [];
}
