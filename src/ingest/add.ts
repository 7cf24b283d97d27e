/**
 * Adding an article to the folder from a link or a saved page: fetch (or read), extract, refuse duplicates,
 * write Markdown with front matter atomically, and note it in the corpus record. Never throws for a bad page:
 * each input gets a result with one sentence saying what happened.
 */
import { link, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FollowConfig } from '../config.js';
import { parseFrontMatter } from '../corpus/frontmatter.js';
import { IngestError, userMessage } from '../errors.js';
import { type ExtractedArticle, extractArticle } from './extract.js';
import { fetchUrl, HTML_TYPES } from './fetch.js';
import { articleFileName, articleMarkdown, canonicalUrl, textHash } from './markdown.js';
import type { AddedVia, CorpusRecord } from './record.js';

export interface AddContext {
  seedsDir: string;
  record: CorpusRecord;
  fetch: Pick<FollowConfig, 'fetchTimeoutMs' | 'fetchMaxBytes' | 'allowPrivateUrls'>;
  addedBy: string;
  via: AddedVia;
  feed?: string | null;
  now?: () => Date;
}

export type AddResult =
  | { ok: true; input: string; file: string; title: string | null; outlet: string | null; published: string | null; url: string | null }
  | { ok: false; input: string; reason: string; duplicateOf?: string };

const SAVED_PAGE_RE = /\.html?$/i;

/** True when the input names a saved page on disk rather than a link. */
function isLocalPage(input: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(input) && SAVED_PAGE_RE.test(input);
}

/** Adds one link or saved page; the result says what was written or why nothing was. */
export async function addArticle(input: string, ctx: AddContext): Promise<AddResult> {
  try {
    return await addOne(input.trim(), ctx);
  } catch (err) {
    return { ok: false, input, reason: userMessage(err) };
  }
}

async function addOne(input: string, ctx: AddContext): Promise<AddResult> {
  let html: string;
  let pageUrl: string | null = null;
  if (isLocalPage(input)) {
    const file = path.resolve(input);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new IngestError(`${input} is not a file.`);
    if (info.size > ctx.fetch.fetchMaxBytes)
      throw new IngestError(`${input} is too large (${info.size} bytes; the limit is ${ctx.fetch.fetchMaxBytes}).`);
    html = await readFile(file, 'utf8');
  } else {
    const page = await fetchUrl(input, {
      timeoutMs: ctx.fetch.fetchTimeoutMs,
      maxBytes: ctx.fetch.fetchMaxBytes,
      allowPrivate: ctx.fetch.allowPrivateUrls,
      accept: HTML_TYPES,
    });
    if ('notModified' in page) throw new IngestError(`${input} answered "not modified" to a plain request.`);
    html = page.body;
    pageUrl = page.url;
  }
  const extracted = extractArticle(html, pageUrl);
  if ('reason' in extracted) throw new IngestError(`${input} was not added: ${extracted.reason}.`);
  const hash = textHash(extracted.blocks.join('\n'));
  const urls = [extracted.url, pageUrl, isLocalPage(input) ? null : input].filter((u): u is string => Boolean(u)).map(canonicalUrl);
  for (const u of [...new Set(urls)]) {
    const dup = ctx.record.findDuplicate(u, hash);
    if (dup) return duplicate(input, dup.file, dup.canonicalUrl === u ? 'the same link' : 'the same text');
  }
  if (!urls.length) {
    const dup = ctx.record.findDuplicate(null, hash);
    if (dup) return duplicate(input, dup.file, 'the same text');
  }
  const inFolder = await findInFolder(ctx.seedsDir, new Set(urls), hash);
  if (inFolder) return duplicate(input, inFolder.file, inFolder.why);
  const now = (ctx.now ?? (() => new Date()))();
  const file = await writeArticle(ctx.seedsDir, extracted, now);
  ctx.record.addArticle({
    file,
    url: extracted.url ?? pageUrl,
    canonicalUrl: urls[0] ?? null,
    textHash: hash,
    title: extracted.title,
    outlet: extracted.outlet,
    published: extracted.published,
    addedAt: now.toISOString(),
    addedBy: ctx.addedBy,
    via: ctx.via,
    feed: ctx.feed ?? null,
  });
  return {
    ok: true,
    input,
    file,
    title: extracted.title,
    outlet: extracted.outlet,
    published: extracted.published,
    url: extracted.url ?? pageUrl,
  };
}

function duplicate(input: string, file: string, why: string): AddResult {
  return { ok: false, input, reason: `${input} is already in the articles (${why} as ${file}); not added again.`, duplicateOf: file };
}

/** An article already in the folder with one of these URLs (front matter) or the same words. */
async function findInFolder(dir: string, urls: Set<string>, hash: string): Promise<{ file: string; why: string } | null> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith('.') || !/\.(?:md|markdown|txt|html?)$/i.test(name)) continue;
    let raw = await readFile(path.join(dir, name), 'utf8').catch(() => null);
    if (raw === null) continue;
    if (/\.html?$/i.test(name)) {
      // A saved page in the folder is compared as the article it is read as.
      const page = extractArticle(raw, null);
      if ('reason' in page) continue;
      raw = articleMarkdown(page);
    }
    const fm = parseFrontMatter(raw);
    if (fm.data.url && urls.has(canonicalUrl(fm.data.url))) return { file: name, why: 'the same link' };
    const body = raw.slice(fm.bodyStart);
    const withoutHeading = body.replace(/^\s*#[^\n]*\n/, '');
    if (textHash(body) === hash || textHash(withoutHeading) === hash) return { file: name, why: 'the same text' };
  }
  return null;
}

/** Writes the article under a new name (never over another file), atomically: readers see all of it or nothing. */
async function writeArticle(dir: string, article: ExtractedArticle, now: Date): Promise<string> {
  const base = articleFileName(article, now.toISOString().slice(0, 10));
  const text = articleMarkdown(article);
  const tmp = path.join(dir, `.${base}.${process.pid}.${now.getTime()}.tmp`);
  await writeFile(tmp, text, { flag: 'wx' });
  try {
    for (let n = 1; n < 1000; n++) {
      const name = n === 1 ? base : base.replace(/\.md$/, `-${n}.md`);
      try {
        // link() fails when the name exists, so two adds at once never overwrite each other.
        await link(tmp, path.join(dir, name));
        return name;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
          throw new IngestError(`Could not write ${name} (${(err as NodeJS.ErrnoException).code}).`, err);
      }
    }
    throw new IngestError(`Could not find a free file name for ${base}.`);
  } finally {
    await unlink(tmp).catch(() => {});
  }
}
