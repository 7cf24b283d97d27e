import type { Sentence } from '../corpus/types.js';
import { NAME_THEN_TITLE_RE, TITLE_WORDS, TITLED_NAME_RE, titleKey, titleWords } from '../text/titles.js';

/**
 * Who holds which title, as the articles say it: "Commerce Secretary Howard Lutnick", "Lutnick, the commerce
 * secretary", "US Trade Rep Jamieson Greer". A question that names a person by title ("what did the commerce
 * secretary say?") is then also read with that person's name, so that the sentences where they speak are found
 * even when the article gives their name and not their title. Nothing here knows any person: the index is built
 * from the articles, and the title words are data (`data/lexicon/titles.txt`).
 */

export interface TitleIndex {
  /** Title key → name → number of sentences that say so. */
  byTitle: Map<string, Map<string, number>>;
}

/** Builds the title index of a list of sentences. */
export function buildTitleIndex(sentences: readonly Sentence[]): TitleIndex {
  const byTitle = new Map<string, Map<string, number>>();
  const add = (words: string[], name: string) => {
    const key = titleKey(words);
    const names = byTitle.get(key) ?? new Map<string, number>();
    names.set(name, (names.get(name) ?? 0) + 1);
    byTitle.set(key, names);
  };
  for (const s of sentences) {
    if (!/[A-Z][a-z]+\s+[A-Z]/.test(s.text)) continue;
    TITLED_NAME_RE.lastIndex = 0;
    for (let m = TITLED_NAME_RE.exec(s.text); m; m = TITLED_NAME_RE.exec(s.text)) {
      const words = titleWords(m[1] as string);
      if (words) add(words, (m[2] as string).replace(/['’]s$/, ''));
    }
    NAME_THEN_TITLE_RE.lastIndex = 0;
    for (let m = NAME_THEN_TITLE_RE.exec(s.text); m; m = NAME_THEN_TITLE_RE.exec(s.text)) {
      const words = titleWords(m[2] as string);
      if (words) add(words, (m[1] as string).replace(/['’]s$/, ''));
    }
  }
  return { byTitle };
}

/**
 * The names of the people a question refers to by title, most attested first ("the treasury secretary" →
 * ["Scott Bessent"]). Titles are matched as the longest run of title words in the question.
 */
export function namesForTitles(question: string, index: TitleIndex): string[] {
  const words = question.split(/[^\p{L}.'’-]+/u).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!TITLE_WORDS.has((words[i] as string).toLowerCase().replace(/\.$/, ''))) continue;
    let j = i;
    while (j + 1 < words.length && TITLE_WORDS.has((words[j + 1] as string).toLowerCase().replace(/\.$/, ''))) j++;
    const run = words.slice(i, j + 1);
    // A single generic word ("official", "minister") names nobody in particular.
    if (run.length >= 2) {
      const names = index.byTitle.get(titleKey(run));
      const best = names ? [...names].sort((a, b) => b[1] - a[1])[0] : undefined;
      if (best && !out.includes(best[0])) out.push(best[0]);
    }
    i = j;
  }
  return out;
}
