import type { Article } from './types.js';

/**
 * The cast lines above an article's first paragraph, which are no part of it ("Briefer: Deputy Press Secretary Nora
 * Castellanos", "Guest: Treasury Secretary …", "Supplier: Pannonia Magnet Kft., Székesfehérvár (Hungary)": a label,
 * a colon, who or what). Front matter is not read, nor a page's menus and related headlines (no label), nor links.
 */
const CAST_LINE_RE = /^\p{Lu}[\p{L} ]{0,30}:\s+\S/u;

/** The lines above an article's body, trimmed, front matter left out. */
function linesAboveBody(article: Pick<Article, 'body' | 'raw'>): string[] {
  const start = article.body[0]?.start;
  if (start === undefined) return [];
  const head = article.raw.slice(0, start).replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return head.split(/\r?\n/).map((line) => line.trim());
}

/** The label lines above an article's body, in order. */
export function castLinesOf(article: Pick<Article, 'body' | 'raw'>): string[] {
  return linesAboveBody(article).filter((text) => text.length <= 200 && CAST_LINE_RE.test(text) && !/:\/\//.test(text));
}

/** A Markdown headline: "# Interview notes: …" (one "#"; a section's "##" heads only what is under it). */
const HEADLINE_RE = /^#[ \t]+(\S.*?)[ \t#]*$/;

/**
 * The Markdown headlines above an article's body, without their "#": a page's own headline where its front matter
 * gives another title ("# Interview notes: Farouk Isaacs, owner, Sizwe Magnetics (Epping, Cape Town)" under the
 * title "Interview notes: Cape Town magnet importer…"). No sentence of the body, but whom and what all of it is about.
 */
export function headlinesOf(article: Pick<Article, 'body' | 'raw'>): string[] {
  return linesAboveBody(article)
    .map((line) => HEADLINE_RE.exec(line)?.[1] ?? '')
    .filter((text) => text.length > 0 && text.length <= 200);
}
