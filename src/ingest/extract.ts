/**
 * A saved or fetched news page → the article: its text (Mozilla's Readability over linkedom, the engine of
 * Firefox's Reader View) and its metadata (JSON-LD `NewsArticle`, OpenGraph and `<meta>` tags, `<time>`,
 * the canonical link). Pure and synchronous: the same HTML always gives the same article.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeDateString } from '../corpus/dates.js';

export interface ExtractedArticle {
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO `YYYY-MM-DD`. */
  published: string | null;
  /** The canonical URL when the page names one, else the URL it was fetched from. */
  url: string | null;
  /** The article's blocks in order: paragraphs, `## ` headings, `- ` list items, `> ` quotes. */
  blocks: string[];
}

/** Why a page is not used as an article. */
export interface NotAnArticle {
  reason: string;
}

/** Fewer characters of prose than this is a teaser, a paywall stub or a page that is not an article. */
const MIN_ARTICLE_CHARS = 500;
const PAYWALL_RE =
  /\b(?:subscribe (?:now )?to (?:continue|read)|to continue reading|subscribers only|for subscribers|already a subscriber|sign in to (?:continue|read)|create a free account to)\b/i;

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & object;

const ws = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Extracts the article of a page; `pageUrl` is where it came from (for relative links and the outlet). */
export function extractArticle(html: string, pageUrl: string | null): ExtractedArticle | NotAnArticle {
  let doc: Doc;
  try {
    doc = parseHTML(html).document;
  } catch {
    return { reason: 'the page could not be parsed as HTML' };
  }
  if (!doc.documentElement || !doc.body) return { reason: 'the page has no body' };
  const meta = readMetadata(doc, pageUrl);
  const pageText = ws(doc.body.textContent);
  removeFurniture(doc);
  let parsed: ReturnType<Readability<string>['parse']>;
  try {
    // Readability changes the document it reads, so metadata was taken first.
    parsed = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: MIN_ARTICLE_CHARS,
      keepClasses: false,
    }).parse();
  } catch {
    return { reason: 'no article text could be extracted' };
  }
  const blocks = (parsed?.content ? blocksOf(parsed.content) : []).filter((b) => !isFurnitureText(b, meta.author));
  const title = meta.title ?? ws(parsed?.title) ?? null;
  // The headline usually opens the extracted text too; the front matter has it already.
  while (blocks.length && title && sameText(blocks[0] as string, title)) blocks.shift();
  // Prose is paragraphs: a page of headings and link lists (a section front) is not an article.
  const prose = blocks.filter((b) => !/^(?:## |- |> )/.test(b));
  const chars = prose.reduce((n, b) => n + b.length, 0);
  if (chars < MIN_ARTICLE_CHARS || prose.length < 2) {
    if (PAYWALL_RE.test(pageText) || PAYWALL_RE.test(prose.join(' ')))
      return { reason: `only a teaser is readable (${chars} characters): the article is behind a paywall or a login` };
    return { reason: `it does not look like a news article (${chars} characters of article text found)` };
  }
  return {
    title: title || null,
    outlet: meta.outlet ?? (ws(parsed?.siteName) || null) ?? hostOutlet(pageUrl),
    author: meta.author ?? (cleanByline(parsed?.byline) || null),
    published: meta.published ?? (parsed?.publishedTime ? normalizeDateString(parsed.publishedTime) : null),
    url: meta.url ?? pageUrl,
    blocks,
  };
}

/** Class or id words of page furniture that Readability may keep inside an article (inline ads, bylines). */
const FURNITURE_TOKEN =
  /^(?:ads?|advert\w*|ad[-_]\w+|sponsor(?:ed)?|promo(?:tion)?|newsletter[-_\w]*|share[-_]?(?:tools|bar|buttons)|social|cookie[-_\w]*|consent|byline|comments?|related[-_\w]*|paywall)$/i;

/** Removes small elements whose class or id names them as furniture (never a large block: that may be the article). */
function removeFurniture(doc: Doc): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]')) as El[]) {
    if (!el.parentNode) continue;
    const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
    if (!tokens.some((t) => FURNITURE_TOKEN.test(t))) continue;
    if ((el.textContent ?? '').length > 1500) continue;
    el.remove();
  }
}

/** Lines that are furniture whatever their markup: ad labels, a byline line. */
function isFurnitureText(block: string, author: string | null): boolean {
  if (/^(?:advertisement|sponsored(?: content)?|promoted|ad)\b[\s:.-]/i.test(block) || /^advertisement$/i.test(block)) return true;
  if (block.length < 120 && /^by\s/i.test(block) && (!author || block.includes(author.split(/[ ,]/)[0] as string))) return true;
  return false;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/^#+\s*/, '')
      .toLowerCase()
      .replace(/\W+/g, '');
  return norm(a) === norm(b);
}

function cleanByline(byline: string | null | undefined): string {
  return ws(byline)
    .replace(/^by\s+/i, '')
    .replace(/\s*[|,–—-]\s*(?:staff|reporter|correspondent).*$/i, '');
}

function hostOutlet(pageUrl: string | null): string | null {
  if (!pageUrl) return null;
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The blocks of Readability's cleaned HTML, in document order, each with its whitespace folded. */
function blocksOf(content: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks: string[] = [];
  const visit = (el: El) => {
    for (const child of Array.from(el.children) as El[]) {
      const tag = child.tagName.toLowerCase();
      if (tag === 'figure' || tag === 'figcaption' || tag === 'script' || tag === 'style' || tag === 'table') continue;
      if (/^h[1-6]$/.test(tag)) {
        const text = ws(child.textContent);
        if (text) blocks.push(`## ${text}`);
      } else if (tag === 'p' || tag === 'pre') {
        const text = ws(child.textContent);
        if (text) blocks.push(text);
      } else if (tag === 'li') {
        const text = ws(child.textContent);
        if (text) blocks.push(`- ${text}`);
      } else if (tag === 'blockquote' && !child.querySelector('p')) {
        const text = ws(child.textContent);
        if (text) blocks.push(`> ${text}`);
      } else if (child.children.length) {
        // A container (div, section, article, blockquote of paragraphs): its blocks, then any loose text.
        const before = blocks.length;
        visit(child);
        if (blocks.length === before) {
          const text = ws(child.textContent);
          if (text) blocks.push(text);
        }
      } else {
        const text = ws(child.textContent);
        if (text && tag === 'div') blocks.push(text);
      }
    }
  };
  visit(document.body as El);
  return blocks;
}

interface PageMeta {
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|LiveBlogPosting)$/;

/** Metadata in order of trust: JSON-LD, then OpenGraph / article tags, then plain meta tags and `<time>`. */
function readMetadata(doc: Doc, pageUrl: string | null): PageMeta {
  const metaContent = (...keys: string[]) => {
    for (const key of keys) {
      const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = ws(el?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdArticle(doc);
  const abs = (u: string | null | undefined) => {
    if (!u) return null;
    try {
      const url = new URL(u, pageUrl ?? undefined);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  };
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const timeEl = doc.querySelector('article time[datetime], time[pubdate], time[datetime]');
  const dateText =
    ld.published ??
    metaContent(
      'article:published_time',
      'og:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'parsely-pub-date',
    ) ??
    ws(timeEl?.getAttribute('datetime'));
  const authorMeta = metaContent('author', 'article:author', 'parsely-author', 'dc.creator');
  return {
    title: ld.title ?? metaContent('og:title', 'twitter:title') ?? (ws(doc.querySelector('h1')?.textContent) || ws(doc.title) || null),
    outlet: ld.outlet ?? metaContent('og:site_name', 'application-name') ?? null,
    // article:author is often a profile URL, not a name.
    author: ld.author ?? (authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : null),
    published: dateText ? normalizeDateString(dateText) : null,
    url: abs(canonical) ?? abs(ld.url) ?? abs(metaContent('og:url')),
  };
}

function jsonLdArticle(doc: Doc): { title?: string; outlet?: string; author?: string; published?: string; url?: string } {
  const found: Record<string, unknown>[] = [];
  const collect = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) collect(n);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      const types = ([] as unknown[]).concat(obj['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(obj);
      if (obj['@graph']) collect(obj['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')) as El[]) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: the other metadata remains.
    }
  }
  // The most specific type wins: a NewsArticle over the WebPage that contains it.
  const rank = (o: Record<string, unknown>) => (String(o['@type']).includes('WebPage') ? 1 : 0);
  const art = found.sort((a, b) => rank(a) - rank(b))[0];
  if (!art) return {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' && ws(v) ? ws(v) : undefined);
  const nameOf = (v: unknown): string | undefined => {
    if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || undefined;
    if (typeof v === 'string') return str(v);
    if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
    return undefined;
  };
  const main = art.mainEntityOfPage;
  const url =
    str(art.url) ??
    (typeof main === 'string' ? str(main) : main && typeof main === 'object' ? str((main as Record<string, unknown>)['@id']) : undefined);
  const out: { title?: string; outlet?: string; author?: string; published?: string; url?: string } = {};
  const title = str(art.headline) ?? str(art.name);
  if (title) out.title = title;
  const outlet = nameOf(art.publisher);
  if (outlet) out.outlet = outlet;
  const author = nameOf(art.author);
  if (author) out.author = author;
  const published = str(art.datePublished) ?? str(art.dateCreated);
  if (published) out.published = published;
  if (url) out.url = url;
  return out;
}
