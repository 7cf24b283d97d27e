import type { Corpus } from './corpus.js';

/** A year holding at least this share of the folder's dated and undated articles is one the story is in. */
const STORY_YEAR_SHARE = 0.2;

const memo = new WeakMap<Corpus, string[]>();

/**
 * The years the story is in: those a fifth or more of the folder's articles were published in ("2025"), sorted;
 * empty when no year is that common. Read once per corpus.
 */
export function storyYears(corpus: Corpus): string[] {
  let years = memo.get(corpus);
  if (!years) {
    const counts = new Map<string, number>();
    for (const a of corpus.articles) {
      const y = a.meta.published?.slice(0, 4);
      if (y) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    years = [...counts]
      .filter(([, n]) => n >= STORY_YEAR_SHARE * corpus.articles.length)
      .map(([y]) => y)
      .sort();
    memo.set(corpus, years);
  }
  return years;
}

/**
 * True unless `year` is before every year of the story: an undated article, one of the story's years, or a later one
 * (the story moving on, "the december numbers (out in jan)") is of the story; a 2021 piece in a 2025 folder is not.
 */
export function inStoryYears(corpus: Corpus, year: string | null | undefined): boolean {
  const years = storyYears(corpus);
  return !year || years.length === 0 || years.some((s) => year >= s);
}

/**
 * True when an article of the story's years is about an earlier episode: the years its text writes are mostly
 * before the story's ("In September 2010 … tightened in 2010 … ruled in 2014 … scrapped in 2015", on a page of 2025
 * headed "Fifteen years ago"): three or more such years, and more than twice as many as the story's own.
 */
export function aboutEarlierYears(corpus: Corpus, id: string): boolean {
  const [first] = storyYears(corpus);
  if (!first) return false;
  const [from, to] = corpus.sentenceRange.get(id) ?? [0, 0];
  let earlier = 0;
  let current = 0;
  // (Its title's years too, and its headings': "From the archive: … stall at Chinese customs (2010)", "**Originally
  // published October 2010**", which no sentence holds.)
  const article = corpus.byId.get(id);
  const headings = (article?.raw ?? '')
    .replace(/^---[\s\S]*?\n---\s*\n/, '')
    .split('\n')
    .filter((l) => /^\s*(?:#+\s|\*\*[^*]+\*\*\s*$)/.test(l));
  const texts = [article?.meta.title ?? '', ...headings, ...corpus.sentences.slice(from, to).map((s) => s.text)];
  for (const text of texts)
    for (const m of text.matchAll(/\b(?:19[5-9]\d|20\d\d)\b/g)) {
      if (m[0] < first) earlier++;
      else current++;
    }
  return earlier >= 3 && earlier > 2 * current;
}
