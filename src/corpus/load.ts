import path from 'node:path';
import { ArticlesError } from '../errors.js';
import { cleanArticle } from './clean.js';
import { listArticleFiles, readArticleFile } from './files.js';
import { parseFrontMatter } from './frontmatter.js';
import { buildMetadata } from './metadata.js';
import type { Article, SkippedFile } from './types.js';

export { ARTICLE_EXTENSIONS } from './files.js';

export interface LoadResult {
  articles: Article[];
  /** Files that were not used, with the reason. */
  skipped: SkippedFile[];
  /** Files that were used but had a problem (e.g. front matter ignored). */
  warnings: SkippedFile[];
}

export type LoadedFile = { article: Article; warning?: string } | { reason: string };

/** Reads one article file; returns the reason instead when it cannot be used. */
export async function loadArticle(file: string, id = path.basename(file)): Promise<LoadedFile> {
  const reason = (r: string) => ({ reason: r });
  const read = await readArticleFile(file);
  if ('reason' in read) return read;
  const { raw, hash, fileMap } = read;
  const fm = parseFrontMatter(raw);
  const clean = cleanArticle(raw, fm.bodyStart);
  if (clean.body.length === 0) return reason('no article text found (only menus, lists or boilerplate)');
  const article: Article = {
    id,
    path: file,
    raw,
    hash,
    meta: buildMetadata(raw, clean, fm.data),
    body: clean.body,
    ...(fileMap ? { fileMap } : {}),
  };
  return fm.warning ? { article, warning: fm.warning } : { article };
}

/**
 * Loads every `.txt`/`.md` file of a folder (not recursive, hidden files ignored). Files that cannot be read
 * are reported in `skipped` and never stop the others. Throws when the folder is missing or yields nothing.
 */
export async function loadArticles(dir: string): Promise<LoadResult> {
  const files = await listArticleFiles(dir);
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const warnings: SkippedFile[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const result = await loadArticle(file, name);
    if ('reason' in result) {
      skipped.push({ path: file, reason: result.reason });
      continue;
    }
    articles.push(result.article);
    if (result.warning) warnings.push({ path: file, reason: result.warning });
  }
  if (articles.length === 0) {
    const why = files.length === 0 ? 'it has no .txt or .md files' : `none of its ${files.length} files could be used`;
    throw new ArticlesError(`No articles in ${dir}: ${why}.`);
  }
  return { articles, skipped, warnings };
}
