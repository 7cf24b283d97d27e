import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticlesError } from '../errors.js';
import { cleanArticle } from './clean.js';
import { parseFrontMatter } from './frontmatter.js';
import { buildMetadata } from './metadata.js';
import type { Article, SkippedFile } from './types.js';

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Largest article file read; anything bigger is not a news article. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface LoadResult {
  articles: Article[];
  /** Files that were not used, with the reason. */
  skipped: SkippedFile[];
  /** Files that were used but had a problem (e.g. front matter ignored). */
  warnings: SkippedFile[];
}

/** Why a file's bytes cannot be an article, or null when they can. */
function rejectBytes(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'empty file';
  if (bytes.includes(0)) return 'binary file (contains NUL bytes)';
  return null;
}

export type LoadedFile = { article: Article; warning?: string } | { reason: string };

/** Reads one article file; returns the reason instead when it cannot be used. */
export async function loadArticle(file: string, id = path.basename(file)): Promise<LoadedFile> {
  const reason = (r: string) => ({ reason: r });
  let bytes: Buffer;
  try {
    // A symbolic link is followed only when it stays inside the articles folder: a link to
    // `../outside/secret-notes.txt` must never be read, quoted or cached.
    if ((await lstat(file)).isSymbolicLink()) {
      const [target, folder] = await Promise.all([realpath(file), realpath(path.dirname(file))]);
      if (!target.startsWith(folder + path.sep)) return reason('symbolic link to a file outside the articles folder; not followed');
    }
    const info = await stat(file);
    if (!info.isFile()) return reason('not a regular file');
    if (info.size > MAX_FILE_BYTES) return reason(`too large (${info.size} bytes; the limit is ${MAX_FILE_BYTES})`);
    bytes = await readFile(file);
  } catch (err) {
    return reason(`unreadable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const bad = rejectBytes(bytes);
  if (bad) return reason(bad);
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    return reason('not valid UTF-8 text');
  }
  if (raw.trim().length === 0) return reason('empty file (whitespace only)');
  if (/\.html?$/i.test(file)) {
    // A saved page is read as the article Readability extracts from it; offsets index that text.
    // Loaded on first use: Readability and the DOM are needed only for saved pages.
    const { htmlFileText } = await import('./html.js');
    const converted = htmlFileText(raw);
    if ('reason' in converted) return reason(converted.reason);
    raw = converted.text;
  }
  const fm = parseFrontMatter(raw);
  const clean = cleanArticle(raw, fm.bodyStart);
  if (clean.body.length === 0) return reason('no article text found (only menus, lists or boilerplate)');
  const article: Article = {
    id,
    path: file,
    raw,
    hash: createHash('sha256').update(raw).digest('hex'),
    meta: buildMetadata(raw, clean, fm.data),
    body: clean.body,
  };
  return fm.warning ? { article, warning: fm.warning } : { article };
}

/**
 * Loads every `.txt`/`.md` file of a folder (not recursive, hidden files ignored). Files that cannot be read
 * are reported in `skipped` and never stop the others. Throws when the folder is missing or yields nothing.
 */
export async function loadArticles(dir: string): Promise<LoadResult> {
  let names: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new ArticlesError(`The articles folder ${dir} is not a folder.`);
    names = await readdir(dir);
  } catch (err) {
    if (err instanceof ArticlesError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new ArticlesError(
        `The articles folder ${dir} does not exist. Point --seeds (or SEEDS_DIR) at a folder of .txt or .md articles.`,
      );
    throw new ArticlesError(`The articles folder ${dir} cannot be read (${code ?? 'error'}).`, err);
  }
  const files = names
    .filter((n) => !n.startsWith('.') && ARTICLE_EXTENSIONS.includes(path.extname(n).toLowerCase()))
    .sort((a, b) => a.localeCompare(b, 'en'));
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
