import { extractArticle } from '../ingest/extract.js';
import { articleMarkdown } from '../ingest/markdown.js';

/** A saved page with less article text than this is not read (an empty shell, a cookie wall). */
const MIN_SAVED_PAGE_CHARS = 150;

/**
 * The text of a saved `.html`/`.htm` page in the articles folder: the article Readability extracts, as the
 * same Markdown with front matter that `dealbot add` writes. For such files quotes and offsets index this
 * text (deterministic for the file's bytes); `dealbot add FILE.html` saves it as a `.md` file to quote from.
 */
export function htmlFileText(html: string, url: string | null = null): { text: string } | { reason: string } {
  // A page in the folder was put there on purpose: a short summary page is still read (see ExtractOptions).
  const extracted = extractArticle(html, url, { minChars: MIN_SAVED_PAGE_CHARS, lenient: true });
  if ('reason' in extracted) return { reason: `no article in this page: ${extracted.reason}` };
  return { text: articleMarkdown(extracted) };
}
