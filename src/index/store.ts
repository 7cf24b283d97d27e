import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import { CHUNK_SIZE } from '../corpus/chunk.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Article, Chunk } from '../corpus/types.js';
import { IndexError } from '../errors.js';
import { type Logger, silentLogger } from '../log.js';
import type { NamedEmbeddings } from './embeddings.js';

/**
 * The persisted vector index: an HNSWLib store under `INDEX_DIR/index-<key>/`, where the key hashes the
 * corpus, the embedder and the chunking. A changed article or embedder gives a new key, so a stale index is
 * never used. Writes are atomic: the index is built in a private temporary folder and renamed into place, and
 * a manifest with each file's SHA-256 is checked before loading, so a crash, a corrupted file or two
 * processes building at once never leave a broken index in use.
 */

/** Bump when cleaning, splitting or chunking changes what the chunks are. */
export const CHUNKING_VERSION = `v1-${CHUNK_SIZE}`;
const MANIFEST = 'manifest.json';
const INDEX_FILES = ['hnswlib.index', 'docstore.json', 'args.json'];
const KEEP_INDEXES = 8;

interface Manifest {
  key: string;
  embedder: string;
  corpus: string;
  chunks: number;
  dimensions: number;
  files: Record<string, string>;
  createdAt: string;
}

export interface OpenIndexOptions {
  corpus: Corpus;
  embedder: NamedEmbeddings;
  indexDir: string;
  logger?: Logger;
  /** Called as articles are embedded: `done` of `total` articles. */
  onProgress?: (done: number, total: number, article: string) => void;
  /** Rebuild even when a valid index exists (`npm run index -- --force`). */
  force?: boolean;
}

export interface OpenedIndex {
  store: HNSWLib;
  key: string;
  dir: string;
  /** How the index was obtained. */
  status: 'loaded' | 'built' | 'rebuilt';
  /** Articles whose vectors were computed now (the others came from the cache). */
  embedded: number;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The folder name of the index for this corpus and embedder. */
export function indexKey(corpus: Corpus, embedderId: string): string {
  return sha256(`${corpus.hash}\n${embedderId}\n${CHUNKING_VERSION}`).slice(0, 20);
}

/**
 * Cached files hold article text (the docstore) or are derived from it: readable by their owner only, in
 * folders only the owner can list.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Writes a file atomically (owner-only): a temporary file in the same folder, then a rename. */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, data, { mode: PRIVATE_FILE_MODE });
  try {
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

async function readManifest(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  for (const name of INDEX_FILES) {
    const expected = manifest.files?.[name];
    if (!expected) throw new Error(`manifest lists no ${name}`);
    const actual = sha256(await readFile(path.join(dir, name)));
    if (actual !== expected) throw new Error(`${name} does not match its checksum`);
  }
  return manifest;
}

async function loadStore(dir: string, corpus: Corpus, embedder: NamedEmbeddings): Promise<HNSWLib> {
  const manifest = await readManifest(dir);
  if (manifest.embedder !== embedder.id || manifest.corpus !== corpus.hash || manifest.chunks !== corpus.chunks.length) {
    throw new Error('index was built for other articles or another embedder');
  }
  const store = await HNSWLib.load(dir, embedder.embeddings);
  if (store.index.getCurrentCount() !== corpus.chunks.length) throw new Error('index holds the wrong number of vectors');
  return store;
}

// ---- embedding cache: one file per article content hash and embedder ----

function encodeVectors(vectors: number[][]): string {
  const dims = vectors[0]?.length ?? 0;
  const flat = new Float32Array(vectors.length * dims);
  for (const [i, v] of vectors.entries()) flat.set(v, i * dims);
  return JSON.stringify({ dims, count: vectors.length, data: Buffer.from(flat.buffer).toString('base64') });
}

function decodeVectors(text: string): number[][] {
  const { dims, count, data } = JSON.parse(text) as { dims: number; count: number; data: string };
  const buf = Buffer.from(data, 'base64');
  if (buf.length !== dims * count * 4) throw new Error('cache entry has the wrong size');
  const flat = new Float32Array(buf.buffer, buf.byteOffset, dims * count);
  return Array.from({ length: count }, (_, i) => Array.from(flat.subarray(i * dims, (i + 1) * dims)));
}

function cacheFile(indexDir: string, embedderId: string, article: Article): string {
  const safe = embedderId.replace(/[^\w.@-]+/g, '_');
  return path.join(indexDir, 'embeddings', safe, `${article.hash.slice(0, 32)}-${CHUNKING_VERSION}.json`);
}

async function vectorsFor(article: Article, chunks: Chunk[], opts: OpenIndexOptions): Promise<{ vectors: number[][]; cached: boolean }> {
  const file = cacheFile(opts.indexDir, opts.embedder.id, article);
  try {
    const vectors = decodeVectors(await readFile(file, 'utf8'));
    if (vectors.length === chunks.length) return { vectors, cached: true };
  } catch {
    // Not cached yet, or unreadable: compute again.
  }
  let vectors: number[][];
  try {
    vectors = await opts.embedder.embeddings.embedDocuments(chunks.map((c) => c.text));
  } catch (err) {
    const status = (err as { status?: number }).status;
    throw new IndexError(`The embeddings server failed while indexing ${article.id}${status ? ` (HTTP ${status})` : ''}.`, err);
  }
  if (vectors.length !== chunks.length)
    throw new IndexError(`The embedder returned ${vectors.length} vectors for ${chunks.length} passages.`);
  await mkdir(path.dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
  await writeFileAtomic(file, encodeVectors(vectors));
  return { vectors, cached: false };
}

async function buildStore(opts: OpenIndexOptions): Promise<{ store: HNSWLib; embedded: number }> {
  const { corpus } = opts;
  const vectors: number[][] = [];
  const docs: Document[] = [];
  let embedded = 0;
  let done = 0;
  for (const article of corpus.articles) {
    const chunks = corpus.chunks.filter((c) => c.source === article.id);
    const got = await vectorsFor(article, chunks, opts);
    if (!got.cached) embedded++;
    chunks.forEach((c, i) => {
      vectors.push(got.vectors[i] as number[]);
      docs.push(new Document({ pageContent: c.text, metadata: { chunkId: c.id, source: c.source, start: c.start, end: c.end } }));
    });
    opts.onProgress?.(++done, corpus.articles.length, article.id);
  }
  const store = new HNSWLib(opts.embedder.embeddings, { space: 'cosine', numDimensions: vectors[0]?.length });
  await store.addVectors(vectors, docs);
  return { store, embedded };
}

async function saveAtomically(store: HNSWLib, opts: OpenIndexOptions, key: string, dir: string): Promise<'built' | 'lost-race'> {
  const tmp = path.join(opts.indexDir, `.tmp-index-${key}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await store.save(tmp);
    await chmod(tmp, PRIVATE_DIR_MODE);
    const files: Record<string, string> = {};
    for (const name of INDEX_FILES) {
      await chmod(path.join(tmp, name), PRIVATE_FILE_MODE);
      files[name] = sha256(await readFile(path.join(tmp, name)));
    }
    const manifest: Manifest = {
      key,
      embedder: opts.embedder.id,
      corpus: opts.corpus.hash,
      chunks: opts.corpus.chunks.length,
      dimensions: store.args.numDimensions ?? 0,
      files,
      createdAt: new Date().toISOString(),
    };
    // The manifest is written last: a folder without a valid manifest is never loaded.
    await writeFile(path.join(tmp, MANIFEST), JSON.stringify(manifest, null, 2), { mode: PRIVATE_FILE_MODE });
    try {
      await rename(tmp, dir);
      return 'built';
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM' || code === 'EACCES') {
        // Another process put a complete index there first.
        return 'lost-race';
      }
      throw err;
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Moves a broken index out of the way (rename first, so no reader sees a half-deleted folder). */
async function discard(dir: string): Promise<void> {
  const trash = `${path.dirname(dir)}/.trash-${path.basename(dir)}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(dir, trash);
  } catch {
    return;
  }
  await rm(trash, { recursive: true, force: true });
}

async function pruneOldIndexes(indexDir: string, keep: string): Promise<void> {
  try {
    const entries = (await readdir(indexDir)).filter((n) => n.startsWith('index-') && n !== path.basename(keep));
    if (entries.length < KEEP_INDEXES) return;
    const dated = await Promise.all(
      entries.map(async (n) => ({ n, t: (await stat(path.join(indexDir, n)).catch(() => null))?.mtimeMs ?? 0 })),
    );
    dated.sort((a, b) => b.t - a.t);
    for (const { n } of dated.slice(KEEP_INDEXES - 1)) await discard(path.join(indexDir, n));
  } catch {
    // Pruning is housekeeping; never fail a question over it.
  }
}

/** Loads the index for this corpus and embedder, building (or rebuilding) it when needed. */
export async function openIndex(opts: OpenIndexOptions): Promise<OpenedIndex> {
  const logger = opts.logger ?? silentLogger;
  const key = indexKey(opts.corpus, opts.embedder.id);
  const dir = path.join(opts.indexDir, `index-${key}`);
  let status: OpenedIndex['status'] = 'built';
  if (!opts.force) {
    try {
      await stat(dir);
      try {
        return { store: await loadStore(dir, opts.corpus, opts.embedder), key, dir, status: 'loaded', embedded: 0 };
      } catch (err) {
        logger.warn(`The index in ${dir} is unreadable (${(err as Error).message}); rebuilding it.`);
        await discard(dir);
        status = 'rebuilt';
      }
    } catch {
      // No index yet.
    }
  } else {
    await discard(dir);
    status = 'rebuilt';
  }
  try {
    await mkdir(opts.indexDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  } catch (err) {
    throw new IndexError(`Cannot create the index folder ${opts.indexDir} (${(err as NodeJS.ErrnoException).code}).`, err);
  }
  const { store, embedded } = await buildStore(opts);
  const outcome = await saveAtomically(store, opts, key, dir).catch((err: unknown) => {
    throw new IndexError(
      `Cannot write the index to ${opts.indexDir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
      err,
    );
  });
  if (outcome === 'lost-race') {
    logger.debug(`Another process wrote ${dir} first; using its index.`);
    try {
      return { store: await loadStore(dir, opts.corpus, opts.embedder), key, dir, status: 'loaded', embedded };
    } catch {
      // Theirs is unusable (should not happen); ours is valid in memory.
      return { store, key, dir, status, embedded };
    }
  }
  await pruneOldIndexes(opts.indexDir, dir);
  return { store, key, dir, status, embedded };
}
