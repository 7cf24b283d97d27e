import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { ExtractedArticle } from './extract.js';

/**
 * The Markdown file dealbot writes for an extracted article: YAML front matter (the fields the loader reads)
 * and the article's blocks, one paragraph each. Quotes index this file as written, like any other article.
 */
export function articleMarkdown(article: ExtractedArticle): string {
  const fm: Record<string, string> = {};
  if (article.title) fm.title = article.title;
  if (article.outlet) fm.outlet = article.outlet;
  if (article.author) fm.author = article.author;
  if (article.url) fm.url = article.url;
  if (article.published) fm.published = article.published;
  const front = Object.keys(fm).length ? `---\n${stringify(fm, { lineWidth: 0 })}---\n\n` : '';
  const heading = article.title ? `# ${article.title}\n\n` : '';
  return `${front}${heading}${article.blocks.join('\n\n')}\n`;
}

/** Lower-case words joined by dashes, at most `max` characters, cut at a word. */
export function slugify(text: string, max = 50): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** `outlet-YYYY-MM-DD-title-slug.md`: sorts by outlet, then date, and says what the article is. */
export function articleFileName(article: ExtractedArticle, today: string): string {
  const outlet = slugify(article.outlet ?? 'unknown-outlet', 30) || 'unknown-outlet';
  const title = slugify(article.title ?? '', 50) || 'article';
  return `${outlet}-${article.published ?? today}-${title}.md`;
}

/**
 * Hash of an article's words (case, punctuation and whitespace ignored): two copies of the same text —
 * saved twice, or syndicated under another URL — hash alike.
 */
export function textHash(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return createHash('sha256').update(words.join(' ')).digest('hex');
}

/** The URL with what does not name the article removed: fragment, tracking parameters, a trailing slash. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    u.hostname = u.hostname.replace(/^www\./, '');
    for (const key of [...u.searchParams.keys()])
      if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid|smid)$/i.test(key)) u.searchParams.delete(key);
    u.pathname = u.pathname.replace(/\/+$/, '') || '/';
    return u.href;
  } catch {
    return url;
  }
}
