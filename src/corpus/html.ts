import { extractArticle } from '../ingest/extract.js';
import { articleMarkdown } from '../ingest/markdown.js';

/**
 * The text of a saved `.html`/`.htm` page in the articles folder: the article Readability extracts, as the
 * same Markdown with front matter that `dealbot add` writes. For such files quotes and offsets index this
 * text (deterministic for the file's bytes); `dealbot add FILE.html` saves it as a `.md` file to quote from.
 */
export function htmlFileText(html: string, url: string | null = null): { text: string } | { reason: string } {
  const extracted = extractArticle(html, url);
  if ('reason' in extracted) return { reason: `no article in this page: ${extracted.reason}` };
  return { text: articleMarkdown(extracted) };
}
