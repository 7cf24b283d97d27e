import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticlesError } from '../errors.js';

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Largest article file read; anything bigger is not a news article. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** An article file's text as read, with what a rescan compares (size, modification time). */
export interface ArticleFile {
  raw: string;
  /** SHA-256 of `raw`. */
  hash: string;
  size: number;
  mtimeMs: number;
  /** Change time and inode (with size and mtime, what a pack compares), unless the file is a symbolic link. */
  ident?: { ctimeMs: number; ino: number };
  /** For a file read through a conversion (a saved page): where the text's runs are in the file (see filemap.ts). */
  fileMap?: number[];
}

/**
 * The article files of a folder (`.txt`/`.md`/`.html`, not recursive, hidden files ignored), sorted by name.
 * Throws ArticlesError when the folder is missing or not a folder.
 */
export async function listArticleFiles(dir: string): Promise<string[]> {
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
  return names
    .filter((n) => !n.startsWith('.') && ARTICLE_EXTENSIONS.includes(path.extname(n).toLowerCase()))
    .sort((a, b) => a.localeCompare(b, 'en'));
}

/** Size and modification time of a file, or null when it is not a regular file any more. */
export async function statFile(file: string): Promise<{ size: number; mtimeMs: number } | null> {
  try {
    // Synchronous: a rescan stats every file of the folder, far faster than through the thread pool.
    const info = statSync(file, { throwIfNoEntry: false });
    return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** Size, times and inode of a file that is not a symbolic link (what a pack compares), or null. */
export function fileIdentity(file: string): { size: number; mtimeMs: number; ctimeMs: number; ino: number } | null {
  try {
    const info = lstatSync(file, { throwIfNoEntry: false });
    return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino } : null;
  } catch {
    return null;
  }
}

/** Reads one article file's text; returns the reason instead when it cannot be an article. */
export async function readArticleFile(file: string): Promise<ArticleFile | { reason: string }> {
  const reason = (r: string) => ({ reason: r });
  let bytes: Buffer;
  let size: number;
  let mtimeMs: number;
  let ident: ArticleFile['ident'];
  try {
    // A symbolic link is followed only when it stays inside the articles folder: a link to
    // `../outside/secret-notes.txt` must never be read, quoted or cached.
    // Synchronous calls: thousands of small files are read several times faster than through the thread pool.
    const link = lstatSync(file).isSymbolicLink();
    if (link) {
      const [target, folder] = await Promise.all([realpath(file), realpath(path.dirname(file))]);
      if (!target.startsWith(folder + path.sep)) return reason('symbolic link to a file outside the articles folder; not followed');
    }
    const info = statSync(file);
    if (!info.isFile()) return reason('not a regular file');
    if (info.size > MAX_FILE_BYTES) return reason(`too large (${info.size} bytes; the limit is ${MAX_FILE_BYTES})`);
    ({ size, mtimeMs } = info);
    if (!link) ident = { ctimeMs: info.ctimeMs, ino: info.ino };
    bytes = readFileSync(file);
  } catch (err) {
    return reason(`unreadable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  if (bytes.length === 0) return reason('empty file');
  if (bytes.includes(0)) return reason('binary file (contains NUL bytes)');
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
    const { alignToFile } = await import('./filemap.js');
    const fileMap = alignToFile(converted.text, raw);
    return {
      raw: converted.text,
      hash: createHash('sha256').update(converted.text).digest('hex'),
      size,
      mtimeMs,
      fileMap,
      ...(ident ? { ident } : {}),
    };
  }
  return { raw, hash: createHash('sha256').update(raw).digest('hex'), size, mtimeMs, ...(ident ? { ident } : {}) };
}
