import type { Corpus } from '../corpus/corpus.js';
import { displayOf, parseYmd } from '../corpus/dates.js';
import type { Article } from '../corpus/types.js';
import type { Citation, SourceInfo } from './types.js';

/** "A", "A and B", "A, B and C" (or another conjunction: "May, June or July"). */
export function listed(items: readonly string[], conjunction = 'and'): string {
  return items.length <= 2 ? items.join(` ${conjunction} `) : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** The sources that give something, by name: the first two, and how many others ("A, B and 3 other sources"). */
export function sourceNames(corpus: Corpus, sources: readonly string[]): string {
  const list = [...new Set(sources)].map((s) => sourceName(corpus.byId.get(s) as Article));
  if (list.length <= 2) return list.join(' and ');
  return `${list.slice(0, 2).join(', ')} and ${list.length - 2} other source${list.length - 2 > 1 ? 's' : ''}`;
}

/** "27 June 2025" for an ISO date, or null. */
export function humanDate(iso: string | null): string | null {
  const d = parseYmd(iso);
  return d ? displayOf({ ...d, precision: 'day' }) : null;
}

/**
 * How an answer names an article: its outlet, else its title in quotes, else its file name; AI-generated
 * pages are marked, because readers weigh them differently.
 */
export function sourceName(article: Article): string {
  const base = article.meta.outlet ?? (article.meta.title ? `“${article.meta.title}”` : article.id);
  return article.meta.aiGenerated ? `${base} (AI-generated page)` : base;
}

/** Source name with its date: "Global Economic Times (28 June 2025)". */
export function sourceLabel(article: Article): string {
  const date = humanDate(article.meta.published);
  const name = sourceName(article);
  if (!date) return name;
  return name.endsWith(')') ? `${name.slice(0, -1)}, ${date})` : `${name} (${date})`;
}

/** A citation of `raw.slice(start, end)` with the article's metadata. */
export function citationOf(article: Article, start: number, end: number): Citation {
  return {
    source: article.id,
    quote: article.raw.slice(start, end),
    start,
    end,
    title: article.meta.title,
    outlet: article.meta.outlet,
    published: article.meta.published,
    url: article.meta.url,
  };
}

/** The listing shown by `:sources`, `/deal sources` and `ask --sources`. */
export function sourceInfo(article: Article, sentences: number): SourceInfo {
  return {
    source: article.id,
    title: article.meta.title,
    outlet: article.meta.outlet,
    author: article.meta.author,
    published: article.meta.published,
    url: article.meta.url,
    aiGenerated: article.meta.aiGenerated,
    sentences,
  };
}

/** Folds whitespace (line breaks of hard-wrapped files) for display; the citation keeps the raw text. */
export function displayQuote(quote: string): string {
  return quote.replace(/\s+/g, ' ').trim();
}
