import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import type { HierarchicalNSW } from 'hnswlib-node';
import { CHUNK_SIZE } from '../corpus/chunk-size.js';
import type { Corpus } from '../corpus/corpus.js';
import { fileIdentity } from '../corpus/files.js';
import { type FileIdentity, sameFile } from '../corpus/pack.js';
import type { Article, Chunk } from '../corpus/types.js';
import { IndexError } from '../errors.js';
import { type Logger, silentLogger } from '../log.js';
import type { NamedEmbeddings } from './embeddings.js';
import { decodeVectorFile, encodeVectorFile } from './vector-file.js';

/**
 * The persisted vector index: an HNSW graph (hnswlib) under `INDEX_DIR/index-<key>/`, where the key hashes
 * the corpus, the embedder and the chunking, so a stale index is never used. Generations are incremental:
 * a new corpus starts from the newest valid generation, marks the vectors of removed or changed articles
 * deleted and inserts those of new or changed articles only (their vectors come from a per-article cache),
 * and older generations are removed. Writes are atomic: a generation is written in a private temporary
 * folder and renamed into place, and a manifest with the graph file's checksum is written last and checked
 * before loading (CRC-32, read in slices), so a crash, a corrupted file or two processes building at once never leave a broken
 * index in use.
 */

/** Bump when cleaning, splitting or chunking changes what the chunks are. */
export const CHUNKING_VERSION = `v1-${CHUNK_SIZE}`;
const MANIFEST = 'manifest.json';
const GRAPH = 'hnswlib.index';
/** Up to this many vectors, a store is searched by an exact scan (see `VectorStore.exactSearch`). */
export const EXACT_SEARCH_MAX = 1000;
const FORMAT = 'dealbot-hnsw-2';
/** Generations kept: the current one and the one before (a process may still be loading it). */
const KEEP_INDEXES = 2;
/** HNSW construction parameters: efConstruction 64 builds ~3x faster than 200 with the same answers here. */
const HNSW_M = 16;
const HNSW_EF_CONSTRUCTION = 64;
const HNSW_SEED = 100;
/** Above this share of deleted vectors, a generation is rebuilt from scratch instead of updated. */
const MAX_DELETED_SHARE = 0.25;
/** …and above this many (a small graph is cheap to search with deleted vectors, and cheap to rebuild later). */
const MIN_DELETED_TO_REBUILD = 2000;

/**
 * A small update of a large graph is stored as a delta: a generation whose manifest names the full generation
 * holding the graph file (and its checksum) instead of a graph of its own; loading it reads that graph, marks
 * the vectors of articles removed since deleted and inserts those added since (from the embedding cache).
 * Rewriting a graph of hundreds of megabytes for one article is what made an update slow. Tests lower these.
 */
export const deltaSettings = {
  /** Graphs smaller than this are rewritten whole (cheap anyway). */
  minVectors: 20_000,
  /** Vectors added since the full generation, as a share of the live ones, above which the graph is rewritten. */
  maxShare: 0.05,
};

/** Where a generation's graph file is: a full generation's folder name and the graph's checksum. */
export interface GraphRef {
  dir: string;
  checksum: string;
}

/** The vectors of one article in a generation: labels `base … base + count - 1`, in chunk order. */
type Segment = [id: string, hash: string, base: number, count: number];

interface Manifest {
  format: string;
  key: string;
  embedder: string;
  corpus: string;
  dimensions: number;
  /** Live vectors (excluding deleted ones). */
  chunks: number;
  nextLabel: number;
  deleted: number;
  segments: Segment[];
  /** Set on a delta generation: the full generation whose graph it updates (it has no graph file of its own). */
  graph?: GraphRef;
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
  /**
   * The index of the previous corpus of a running process: updated in place (new vectors added, removed
   * ones marked deleted) instead of reading the newest generation from disk. Searches still running on it
   * only see their own corpus's chunks.
   */
  base?: OpenedIndex | null;
  /**
   * A graph being built on a worker thread while the articles were loaded (`startGraphBuild`): used when no
   * earlier generation serves as a base and it holds exactly the corpus's articles.
   */
  builder?: GraphBuilder | null;
  /** The newest generation, being read since before the articles were loaded (`prefetchGeneration`). */
  prefetched?: PrefetchedGeneration | null;
}

export interface OpenedIndex {
  store: VectorStore;
  key: string;
  dir: string;
  /** How the index was obtained ('built' also when it was updated from an earlier generation). */
  status: 'loaded' | 'built' | 'rebuilt';
  /** Articles whose vectors were computed now (the others came from the cache or the earlier generation). */
  embedded: number;
  /** Articles whose vectors were inserted into the graph now (0 when loaded). */
  inserted: number;
  /** What the generation holds (for the next incremental update). */
  manifest: Omit<Manifest, 'files' | 'createdAt'>;
  /** The full generation on disk this one's graph is (or updates), for the next delta; null when unknown. */
  graphRef: GraphRef | null;
}

type Hnsw = typeof import('hnswlib-node');
let hnsw: Hnsw | null = null;
/** hnswlib-node, loaded on first use (the BM25-only path never needs it). */
function hnswlib(): Hnsw {
  hnsw ??= createRequire(import.meta.url)('hnswlib-node') as Hnsw;
  return hnsw;
}

/**
 * An HNSW graph over a corpus's chunks. Labels are stable across generations (an article keeps its labels
 * while its bytes and name do not change); `chunkOf` maps them to the corpus's chunk ids.
 */
export class VectorStore {
  constructor(
    readonly index: HierarchicalNSW,
    readonly args: { numDimensions: number },
    private readonly chunkOf: Map<number, Chunk>,
  ) {
    // A small store copies its vectors now: the next generation may update this graph in place (marking this
    // generation's removed vectors deleted) while this one still answers.
    if (chunkOf.size <= EXACT_SEARCH_MAX) this.vectors();
  }

  /** Number of live vectors. */
  get size(): number {
    return this.chunkOf.size;
  }

  /** The `k` nearest chunks to `vector` with their cosine distance, nearest first (LangChain's shape). */
  async similaritySearchVectorWithScore(
    vector: number[],
    k: number,
  ): Promise<[{ pageContent: string; metadata: { chunkId: number; source: string; start: number; end: number } }, number][]> {
    const n = Math.min(k, this.chunkOf.size);
    if (n <= 0) return [];
    const result = this.index.searchKnn(vector, n);
    const out: [{ pageContent: string; metadata: { chunkId: number; source: string; start: number; end: number } }, number][] = [];
    result.neighbors.forEach((label, i) => {
      const c = this.chunkOf.get(label);
      if (c)
        out.push([
          { pageContent: c.text, metadata: { chunkId: c.id, source: c.source, start: c.start, end: c.end } },
          result.distances[i] as number,
        ]);
    });
    return out;
  }

  /**
   * The `k` nearest chunks by an exhaustive scan of the stored vectors, as chunk id → cosine similarity: exact
   * and independent of how the graph was built or updated (for small indexes, where a scan costs little).
   */
  exactSearch(vector: readonly number[], k: number): Map<number, number> {
    let norm = 0;
    for (const x of vector) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    const { ids, data, dims } = this.vectors();
    const scored: { id: number; sim: number }[] = [];
    for (let r = 0; r < ids.length; r++) {
      let dot = 0;
      const base = r * dims;
      for (let i = 0; i < dims; i++) dot += (data[base + i] as number) * (vector[i] as number);
      scored.push({ id: ids[r] as number, sim: dot / norm });
    }
    scored.sort((a, b) => b.sim - a.sim || a.id - b.id);
    return new Map(scored.slice(0, k).map((x) => [x.id, x.sim]));
  }

  private matrix: { ids: Int32Array; data: Float32Array; dims: number } | null = null;

  /** The vectors, unit length, in one typed array, read from the graph once per store. */
  private vectors(): { ids: Int32Array; data: Float32Array; dims: number } {
    if (this.matrix) return this.matrix;
    const ids: number[] = [];
    const rows: number[][] = [];
    for (const [label, chunk] of this.chunkOf) {
      let point: number[];
      try {
        point = this.index.getPoint(label);
      } catch {
        continue; // deleted by a newer generation before this store read it: not searchable any more
      }
      ids.push(chunk.id);
      rows.push(point);
    }
    const dims = rows[0]?.length ?? 0;
    const data = new Float32Array(dims * rows.length);
    rows.forEach((point, r) => {
      let pn = 0;
      for (const p of point) pn += p * p;
      pn = Math.sqrt(pn) || 1;
      for (let i = 0; i < dims; i++) data[r * dims + i] = (point[i] as number) / pn;
    });
    this.matrix = { ids: Int32Array.from(ids), data, dims };
    return this.matrix;
  }
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The checksum of a graph file: CRC-32 (it detects damage, which is all a local cache needs), read in slices so
 * that a graph of hundreds of megabytes is never held twice in memory, and several times faster than SHA-256.
 */
async function fileChecksum(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const slice = Buffer.allocUnsafe(8 * 1024 * 1024);
    let crc = 0;
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(slice, 0, slice.length, null);
      if (bytesRead === 0) break;
      crc = crc32(slice.subarray(0, bytesRead), crc);
      size += bytesRead;
    }
    return `crc32:${size}:${crc.toString(16).padStart(8, '0')}`;
  } finally {
    await handle.close();
  }
}

/** The folder name of the index for this corpus and embedder. */
export function indexKey(corpus: Corpus, embedderId: string): string {
  return sha256(`${corpus.hash}\n${embedderId}\n${CHUNKING_VERSION}`).slice(0, 20);
}

/**
 * Cached files hold article text (the stored analyses) or are derived from it: readable by their owner only, in
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

// ---- embedding cache: one file per article content hash and embedder ----

interface Vectors {
  /** `count` vectors of `dims` numbers, one after the other. */
  flat: Float32Array;
  dims: number;
  count: number;
  cached: boolean;
}

function cacheFile(indexDir: string, embedderId: string, hash: string): string {
  const safe = embedderId.replace(/[^\w.@-]+/g, '_');
  return path.join(indexDir, 'embeddings', safe, `${hash.slice(0, 32)}-${CHUNKING_VERSION}.f32`);
}

/** The names of the cache files of this embedder (none when its folder does not exist yet). */
function cacheNames(indexDir: string, embedderId: string): Set<string> {
  try {
    return new Set(readdirSync(path.dirname(cacheFile(indexDir, embedderId, ''))));
  } catch {
    return new Set();
  }
}

/** The cached vectors of an article's bytes, when there are `count` of `dims` numbers; else null. */
async function cachedVectors(
  indexDir: string,
  embedderId: string,
  hash: string,
  count: number,
  dims: number,
): Promise<Float32Array | null> {
  try {
    const got = decodeVectorFile(await readFile(cacheFile(indexDir, embedderId, hash)));
    return got.count === count && (count === 0 || got.dims === dims) ? got.flat : null;
  } catch {
    return null;
  }
}

/** An article's vectors, from the cache (unless known not to be there: `mayBeCached` false) or computed and stored. */
async function vectorsFor(
  article: Article,
  chunks: Chunk[],
  opts: Pick<OpenIndexOptions, 'indexDir' | 'embedder'>,
  mayBeCached = true,
): Promise<Vectors> {
  const file = cacheFile(opts.indexDir, opts.embedder.id, article.hash);
  if (mayBeCached)
    try {
      const got = decodeVectorFile(await readFile(file));
      if (got.count === chunks.length) return { ...got, cached: true };
    } catch {
      // Not cached yet, or unreadable: compute again.
    }
  let vectors: number[][];
  try {
    vectors = chunks.length ? await opts.embedder.embeddings.embedDocuments(chunks.map((c) => c.text)) : [];
  } catch (err) {
    const status = (err as { status?: number }).status;
    throw new IndexError(`The embeddings server failed while indexing ${article.id}${status ? ` (HTTP ${status})` : ''}.`, err);
  }
  if (vectors.length !== chunks.length)
    throw new IndexError(`The embedder returned ${vectors.length} vectors for ${chunks.length} passages.`);
  const dims = vectors[0]?.length ?? 0;
  const flat = new Float32Array(vectors.length * dims);
  for (const [i, v] of vectors.entries()) flat.set(v, i * dims);
  const got = { flat, dims, count: vectors.length };
  await storeVectors(opts, article.hash, got);
  return { ...got, cached: false };
}

/** Embedding-cache folders known to exist (not made again for every article of a build). */
const cacheDirs = new Set<string>();

/** Writes an article's vectors to the embedding cache. */
async function storeVectors(
  opts: Pick<OpenIndexOptions, 'indexDir' | 'embedder'>,
  hash: string,
  v: Omit<Vectors, 'cached'>,
): Promise<void> {
  const file = cacheFile(opts.indexDir, opts.embedder.id, hash);
  const dir = path.dirname(file);
  if (!cacheDirs.has(dir)) {
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    cacheDirs.add(dir);
  }
  try {
    await writeFileAtomic(file, encodeVectorFile(v.flat, v.dims, v.count));
  } catch (err) {
    // The folder was removed since it was made (another process, a test): made again once.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    cacheDirs.delete(dir);
    await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    cacheDirs.add(dir);
    await writeFileAtomic(file, encodeVectorFile(v.flat, v.dims, v.count));
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

/** A generation's manifest (its graph's checksum is checked when the graph is read: `readGraph`). */
async function readManifest(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  if (manifest.format !== FORMAT || !Array.isArray(manifest.segments)) throw new Error('manifest is of another format');
  return manifest;
}

/** Chunks of each article of the corpus, in one pass. */
function chunksByArticle(corpus: Corpus): Map<string, Chunk[]> {
  const by = new Map<string, Chunk[]>(corpus.articles.map((a) => [a.id, []]));
  for (const c of corpus.chunks) by.get(c.source)?.push(c);
  return by;
}

/** Label → chunk for the corpus, from the segments of a generation; null when they do not cover it exactly. */
function mapLabels(corpus: Corpus, segments: Segment[], byArticle: Map<string, Chunk[]>): Map<number, Chunk> | null {
  const out = new Map<number, Chunk>();
  if (segments.length !== corpus.articles.length) return null;
  for (const [id, hash, base, count] of segments) {
    const article = corpus.byId.get(id);
    const chunks = byArticle.get(id);
    if (!article || article.hash !== hash || !chunks || chunks.length !== count) return null;
    for (const [i, c] of chunks.entries()) out.set(base + i, c);
  }
  return out;
}

const segmentKey = (s: Segment) => `${s[0]}\0${s[1]}\0${s[2]}\0${s[3]}`;

/**
 * Reads a graph file: its size is checked against the manifest's checksum first (a truncated file never
 * reaches hnswlib, whose loader checks the rest of the layout), then hnswlib reads it on the thread pool
 * while its CRC-32 is computed; the graph is returned only when both agree. hnswlib's read runs while the main
 * thread goes on (a start loads the articles meanwhile).
 */
async function readGraph(file: string, dimensions: number, expected: string | undefined): Promise<HierarchicalNSW> {
  if (!expected) throw new Error(`manifest lists no ${GRAPH}`);
  const size = /^crc32:(\d+):[0-9a-f]{8}$/.exec(expected)?.[1];
  const handle = await open(file, 'r');
  const actual = await handle.stat().finally(() => handle.close());
  if (size === undefined || actual.size !== Number(size)) throw new Error(`${GRAPH} does not match its checksum`);
  const now = fileIdentity(file);
  const stampFile = `${file}${VERIFIED}`;
  const graph = new (hnswlib().HierarchicalNSW)('cosine', dimensions);
  const read = graph.readIndex(file, true);
  if (now && stampMatches(stampFile, expected, now)) {
    // Verified before, and not written since (any write changes the change time): not read twice.
    graphCounters.trusted++;
    await read;
    return graph;
  }
  const sum = await fileChecksum(file).catch(() => null);
  await read;
  if (sum !== expected) throw new Error(`${GRAPH} does not match its checksum`);
  graphCounters.verified++;
  if (now) await writeFileAtomic(stampFile, JSON.stringify({ checksum: expected, ...now })).catch(() => {});
  return graph;
}

/** Next to a graph file: its checksum and the file's identity when the checksum was last verified. */
const VERIFIED = '.verified';

/** Graph files whose checksum was computed, or trusted from an earlier verification (tests count these). */
export const graphCounters = { verified: 0, trusted: 0 };

function stampMatches(stampFile: string, expected: string, now: FileIdentity): boolean {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as FileIdentity & { checksum?: string };
    return stamp.checksum === expected && sameFile(stamp, now);
  } catch {
    return false;
  }
}

async function loadGeneration(
  dir: string,
  embedder: NamedEmbeddings,
  known?: Manifest,
): Promise<{ graph: HierarchicalNSW; manifest: Manifest; graphRef: GraphRef }> {
  const manifest = known ?? (await readManifest(dir));
  if (manifest.embedder !== embedder.id) throw new Error('index was built with another embedder');
  if (!manifest.graph) {
    const graph = await readGraph(path.join(dir, GRAPH), manifest.dimensions, manifest.files?.[GRAPH]);
    if (graph.getCurrentCount() !== manifest.chunks + manifest.deleted) throw new Error('index holds the wrong number of vectors');
    return { graph, manifest, graphRef: { dir: path.basename(dir), checksum: manifest.files[GRAPH] as string } };
  }
  // A delta: the full generation's graph, with the vectors of the articles removed and added since.
  const ref = manifest.graph;
  if (!/^index-[0-9a-f]+$/.test(ref.dir)) throw new Error('delta names no generation');
  const fullDir = path.join(path.dirname(dir), ref.dir);
  const full = await readManifest(fullDir);
  if (full.graph || full.files[GRAPH] !== ref.checksum || full.embedder !== embedder.id || full.dimensions !== manifest.dimensions)
    throw new Error('the graph this index updates is gone or changed');
  const graph = await readGraph(path.join(fullDir, GRAPH), full.dimensions, full.files[GRAPH]);
  if (graph.getCurrentCount() !== full.chunks + full.deleted) throw new Error('index holds the wrong number of vectors');
  const live = new Set(manifest.segments.map(segmentKey));
  const inFull = new Set(full.segments.map(segmentKey));
  for (const seg of full.segments) if (!live.has(segmentKey(seg))) for (let i = 0; i < seg[3]; i++) graph.markDelete(seg[2] + i);
  for (const seg of manifest.segments) {
    if (inFull.has(segmentKey(seg))) continue;
    const flat = await cachedVectors(path.dirname(dir), embedder.id, seg[1], seg[3], manifest.dimensions);
    if (!flat) throw new Error('vectors of the delta are missing from the cache');
    const needed = graph.getCurrentCount() + seg[3];
    if (needed > graph.getMaxElements()) graph.resizeIndex(Math.max(needed, Math.ceil(graph.getMaxElements() * 1.25)));
    for (let i = 0; i < seg[3]; i++)
      graph.addPoint(Array.from(flat.subarray(i * manifest.dimensions, (i + 1) * manifest.dimensions)), seg[2] + i);
  }
  if (graph.getCurrentCount() !== manifest.chunks + manifest.deleted) throw new Error('index holds the wrong number of vectors');
  return { graph, manifest, graphRef: ref };
}

/** A generation being read ahead of `openIndex` (`prefetchGeneration`). */
export interface PrefetchedGeneration {
  dir: string;
  loaded: Promise<{ graph: HierarchicalNSW; manifest: Manifest; graphRef: GraphRef } | null>;
}

/** Generations read ahead (tests count these). */
export const prefetchCounters = { started: 0, used: 0 };

/**
 * Starts reading the newest generation of this embedder (by manifest time) before the articles are loaded, so
 * that hnswlib reads the graph on the thread pool while the main thread loads the corpus: on a start over an
 * unchanged folder it is the generation `openIndex` wants, and otherwise usually the base of its update.
 * Synchronous up to the read (it must start before the main thread gets busy); null when there is none.
 */
export function prefetchGeneration(indexDir: string, embedder: NamedEmbeddings): PrefetchedGeneration | null {
  try {
    const names = readdirSync(indexDir).filter((n) => /^index-[0-9a-f]+$/.test(n));
    const dated = names
      .map((n) => ({ n, t: statSync(path.join(indexDir, n, MANIFEST), { throwIfNoEntry: false })?.mtimeMs ?? -1 }))
      .filter((d) => d.t >= 0)
      .sort((a, b) => b.t - a.t);
    for (const { n } of dated) {
      const dir = path.join(indexDir, n);
      let manifest: Manifest;
      try {
        manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
      } catch {
        continue;
      }
      if (manifest.format !== FORMAT || !Array.isArray(manifest.segments) || manifest.embedder !== embedder.id) continue;
      prefetchCounters.started++;
      const loaded = loadGeneration(dir, embedder, manifest).catch(() => null);
      return { dir, loaded };
    }
  } catch {
    // No index folder: nothing to read ahead.
  }
  return null;
}

/**
 * The manifest fields of a delta of `ref` holding `segments`, when a delta is worth writing (a large graph and
 * few vectors added since it was written); null when the graph must be written whole.
 */
async function deltaOf(
  indexDir: string,
  ref: GraphRef | null,
  segments: Segment[],
  chunks: number,
): Promise<{ graph: GraphRef; deleted: number } | null> {
  if (!ref) return null;
  let full: Manifest;
  try {
    full = await readManifest(path.join(indexDir, ref.dir));
  } catch {
    return null;
  }
  if (full.graph || full.files?.[GRAPH] !== ref.checksum) return null;
  const total = full.chunks + full.deleted;
  if (total < deltaSettings.minVectors) return null;
  const inFull = new Set(full.segments.map(segmentKey));
  const added = segments.filter((s) => !inFull.has(segmentKey(s))).reduce((n, s) => n + s[3], 0);
  if (added > deltaSettings.maxShare * Math.max(1, chunks)) return null;
  // What a loader's graph holds besides the live vectors: the full graph's, plus those added, minus the live.
  return { graph: ref, deleted: total + added - chunks };
}

/** The newest other generation that loads (the starting point of an incremental update), or null. */
async function newestGeneration(
  opts: OpenIndexOptions,
  except: string,
): Promise<{ graph: HierarchicalNSW; manifest: Manifest; dir: string; graphRef: GraphRef } | null> {
  let names: string[];
  try {
    names = (await readdir(opts.indexDir)).filter((n) => n.startsWith('index-') && n !== path.basename(except));
  } catch {
    return null;
  }
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(path.join(opts.indexDir, n, MANIFEST)).catch(() => null))?.mtimeMs ?? -1 })),
  );
  for (const { n } of dated.filter((d) => d.t >= 0).sort((a, b) => b.t - a.t)) {
    const dir = path.join(opts.indexDir, n);
    try {
      const manifest = await readManifest(dir);
      if (manifest.embedder !== opts.embedder.id) continue;
      return { ...(await loadGeneration(dir, opts.embedder)), dir };
    } catch {
      // Not usable as a base; try an older one.
    }
  }
  return null;
}

/** The generation read ahead, as the base of an update (when it is not the one being built). */
async function prefetchedBase(
  opts: OpenIndexOptions,
  except: string,
): Promise<{ graph: HierarchicalNSW; manifest: Manifest; dir: string; graphRef: GraphRef } | null> {
  const ahead = opts.prefetched;
  if (!ahead || ahead.dir === except) return null;
  const got = await ahead.loaded;
  if (!got) return null;
  prefetchCounters.used++;
  return { ...got, dir: ahead.dir };
}

/** Builds (or updates from `base`) the graph for the corpus; returns it with its segments. */
async function buildGraph(
  opts: OpenIndexOptions,
  base: { graph: HierarchicalNSW; manifest: Omit<Manifest, 'files' | 'createdAt'> } | null,
): Promise<{
  graph: HierarchicalNSW;
  segments: Segment[];
  nextLabel: number;
  deleted: number;
  embedded: number;
  inserted: number;
  dimensions: number;
}> {
  const { corpus } = opts;
  const byArticle = chunksByArticle(corpus);
  const wanted = new Map(corpus.articles.map((a) => [`${a.id}\0${a.hash}`, a]));
  let graph = base?.graph ?? null;
  let dimensions = base?.manifest.dimensions ?? 0;
  let nextLabel = base?.manifest.nextLabel ?? 0;
  let deleted = base?.manifest.deleted ?? 0;
  const kept = new Map<string, Segment>();
  if (base) {
    for (const seg of base.manifest.segments) {
      const key = `${seg[0]}\0${seg[1]}`;
      if (wanted.has(key) && (byArticle.get(seg[0])?.length ?? -1) === seg[3]) kept.set(key, seg);
      else {
        for (let i = 0; i < seg[3]; i++) (graph as HierarchicalNSW).markDelete(seg[2] + i);
        deleted += seg[3];
      }
    }
  }
  let embedded = 0;
  let inserted = 0;
  let done = 0;
  const segments: Segment[] = [];
  for (const article of corpus.articles) {
    const key = `${article.id}\0${article.hash}`;
    const chunks = byArticle.get(article.id) ?? [];
    const old = kept.get(key);
    if (old) {
      segments.push(old);
      opts.onProgress?.(++done, corpus.articles.length, article.id);
      continue;
    }
    const got = await vectorsFor(article, chunks, opts);
    if (!got.cached) embedded++;
    inserted++;
    if (!graph) {
      dimensions = got.dims;
      graph = new (hnswlib().HierarchicalNSW)('cosine', dimensions);
      graph.initIndex(Math.max(1, corpus.chunks.length), HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_SEED, true);
    }
    if (got.dims !== dimensions && chunks.length > 0)
      throw new IndexError(`The embedder returned vectors of ${got.dims} dimensions, not ${dimensions}.`);
    const needed = graph.getCurrentCount() + chunks.length;
    if (needed > graph.getMaxElements()) graph.resizeIndex(Math.max(needed, Math.ceil(graph.getMaxElements() * 1.25)));
    for (let i = 0; i < chunks.length; i++) {
      graph.addPoint(Array.from(got.flat.subarray(i * got.dims, (i + 1) * got.dims)), nextLabel + i);
    }
    segments.push([article.id, article.hash, nextLabel, chunks.length]);
    nextLabel += chunks.length;
    opts.onProgress?.(++done, corpus.articles.length, article.id);
  }
  if (!graph) {
    graph = new (hnswlib().HierarchicalNSW)('cosine', Math.max(1, dimensions));
    graph.initIndex(1, HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_SEED, true);
  }
  return { graph, segments, nextLabel, deleted, embedded, inserted, dimensions };
}

/** Names this process's temporary folders: host and pid, so a later run can tell a crashed writer's leftovers. */
const WRITER = `${createHash('sha256').update(hostname()).digest('hex').slice(0, 8)}-${process.pid}`;
/** A temporary folder older than this is a leftover whatever wrote it (a save takes seconds). */
const STALE_TMP_MS = 60 * 60 * 1000;

/** Whether `.tmp-…` folder `name` was left by a writer that died: on this host and its process gone, or old. */
async function abandoned(indexDir: string, name: string): Promise<boolean> {
  const m = /^\.tmp-.+-([0-9a-f]{8})-(\d+)-[0-9a-f]{8}$/.exec(name);
  if (!m) return false;
  if (m[1] === WRITER.slice(0, 8)) {
    try {
      process.kill(Number(m[2]), 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ESRCH') return true;
    }
  }
  const mtime = (await stat(path.join(indexDir, name)).catch(() => null))?.mtimeMs;
  return mtime !== undefined && Date.now() - mtime > STALE_TMP_MS;
}

/** Writes a generation (its graph, unless `graph` is null: a delta); returns the graph file's checksum. */
async function saveAtomically(
  graph: HierarchicalNSW | null,
  manifest: Omit<Manifest, 'files' | 'createdAt'>,
  indexDir: string,
  dir: string,
): Promise<{ outcome: 'built' | 'lost-race'; checksum: string | null }> {
  const tmp = path.join(indexDir, `.tmp-${path.basename(dir)}-${WRITER}-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(tmp, { mode: PRIVATE_DIR_MODE });
    let files: Record<string, string> = {};
    if (graph) {
      // Synchronous: the graph may be updated by the next refresh, never while it is being written.
      graph.writeIndexSync(path.join(tmp, GRAPH));
      await chmod(path.join(tmp, GRAPH), PRIVATE_FILE_MODE);
      files = { [GRAPH]: await fileChecksum(path.join(tmp, GRAPH)) };
      // Just computed: the first load of this generation need not compute it again (the folder's rename keeps
      // the file's identity).
      const now = fileIdentity(path.join(tmp, GRAPH));
      if (now)
        await writeFile(path.join(tmp, `${GRAPH}${VERIFIED}`), JSON.stringify({ checksum: files[GRAPH], ...now }), {
          mode: PRIVATE_FILE_MODE,
        });
    }
    const checksum = files[GRAPH] ?? null;
    // The manifest is written last: a folder without a valid manifest is never loaded.
    await writeFile(path.join(tmp, MANIFEST), JSON.stringify({ ...manifest, files, createdAt: new Date().toISOString() }), {
      mode: PRIVATE_FILE_MODE,
    });
    try {
      await rename(tmp, dir);
      return { outcome: 'built', checksum };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM' || code === 'EACCES') {
        // Another process put a complete index there first.
        return { outcome: 'lost-race', checksum };
      }
      throw err;
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Removes all but the newest generations (the old LangChain layout used the same folder names), and the
 * temporary folders of writers that crashed mid-save.
 */
async function pruneOldIndexes(indexDir: string, keep: string): Promise<void> {
  try {
    const names = await readdir(indexDir);
    for (const n of names.filter((n) => n.startsWith('.tmp-'))) {
      if (await abandoned(indexDir, n)) await rm(path.join(indexDir, n), { recursive: true, force: true });
    }
    const entries = names.filter((n) => n.startsWith('index-') && n !== path.basename(keep));
    const dated = await Promise.all(
      entries.map(async (n) => ({ n, t: (await stat(path.join(indexDir, n)).catch(() => null))?.mtimeMs ?? 0 })),
    );
    dated.sort((a, b) => b.t - a.t);
    // The full generations whose graphs the kept ones (deltas) update are kept with them.
    const needed = new Set<string>();
    for (const n of [path.basename(keep), ...dated.slice(0, KEEP_INDEXES - 1).map((d) => d.n)]) {
      const ref = (await readManifest(path.join(indexDir, n)).catch(() => null))?.graph?.dir;
      if (ref) needed.add(ref);
    }
    for (const { n } of dated.slice(KEEP_INDEXES - 1)) if (!needed.has(n)) await discard(path.join(indexDir, n));
  } catch {
    // Pruning is housekeeping; never fail a question over it.
  }
}

/** Loads the index for this corpus and embedder, building or updating it when needed. */
export async function openIndex(opts: OpenIndexOptions): Promise<OpenedIndex> {
  const logger = opts.logger ?? silentLogger;
  const key = indexKey(opts.corpus, opts.embedder.id);
  const dir = path.join(opts.indexDir, `index-${key}`);
  const byArticle = chunksByArticle(opts.corpus);
  let status: OpenedIndex['status'] = 'built';
  if (!opts.force) {
    const exists = await stat(dir).then(
      () => true,
      () => false,
    );
    if (exists) {
      try {
        const ahead = opts.prefetched?.dir === dir ? await opts.prefetched.loaded : null;
        if (ahead) prefetchCounters.used++;
        const { graph, manifest, graphRef } = ahead ?? (await loadGeneration(dir, opts.embedder));
        const labels = manifest.corpus === opts.corpus.hash ? mapLabels(opts.corpus, manifest.segments, byArticle) : null;
        if (!labels) throw new Error('index was built for other articles');
        return {
          store: new VectorStore(graph, { numDimensions: manifest.dimensions }, labels),
          key,
          dir,
          status: 'loaded',
          embedded: 0,
          inserted: 0,
          manifest,
          graphRef,
        };
      } catch (err) {
        logger.warn(`The index in ${dir} is unreadable (${(err as Error).message}); rebuilding it.`);
        await discard(dir);
        status = 'rebuilt';
      }
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
  const inMemory =
    opts.base && opts.base.manifest.embedder === opts.embedder.id
      ? { graph: opts.base.store.index, manifest: opts.base.manifest, graphRef: opts.base.graphRef }
      : null;
  let base =
    opts.force || status === 'rebuilt' ? null : (inMemory ?? (await prefetchedBase(opts, dir)) ?? (await newestGeneration(opts, dir)));
  if (base) {
    const live = base.manifest.chunks;
    const removed = base.manifest.segments
      .filter((s) => opts.corpus.byId.get(s[0])?.hash !== s[1])
      .reduce((n, s) => n + s[3], base.manifest.deleted);
    if (removed > MIN_DELETED_TO_REBUILD && removed > MAX_DELETED_SHARE * Math.max(live, opts.corpus.chunks.length)) base = null;
  }
  const built = (!base && opts.builder ? await opts.builder.complete(opts) : null) ?? (await buildGraph(opts, base));
  const labels = mapLabels(opts.corpus, built.segments, byArticle) as Map<number, Chunk>;
  const manifest = {
    format: FORMAT,
    key,
    embedder: opts.embedder.id,
    corpus: opts.corpus.hash,
    dimensions: built.dimensions,
    chunks: opts.corpus.chunks.length,
    nextLabel: built.nextLabel,
    deleted: built.deleted,
    segments: built.segments,
  };
  // A small change to a large graph is written as a delta of the full generation it came from.
  const delta = base ? await deltaOf(opts.indexDir, base.graphRef, built.segments, manifest.chunks) : null;
  const saved = await saveAtomically(
    delta ? null : built.graph,
    delta ? { ...manifest, deleted: delta.deleted, graph: delta.graph } : manifest,
    opts.indexDir,
    dir,
  ).catch((err: unknown) => {
    throw new IndexError(
      `Cannot write the index to ${opts.indexDir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
      err,
    );
  });
  const store = new VectorStore(built.graph, { numDimensions: built.dimensions }, labels);
  const graphRef = delta ? delta.graph : saved.checksum ? { dir: path.basename(dir), checksum: saved.checksum } : null;
  if (saved.outcome === 'lost-race') {
    logger.debug(`Another process wrote ${dir} first; using its index.`);
    try {
      const theirs = await loadGeneration(dir, opts.embedder);
      const theirLabels = mapLabels(opts.corpus, theirs.manifest.segments, byArticle);
      if (theirLabels) {
        return {
          store: new VectorStore(theirs.graph, { numDimensions: theirs.manifest.dimensions }, theirLabels),
          key,
          dir,
          status: 'loaded',
          embedded: built.embedded,
          inserted: built.inserted,
          manifest: theirs.manifest,
          graphRef: theirs.graphRef,
        };
      }
    } catch {
      // Theirs is unusable (should not happen); ours is valid in memory (not on disk: no delta from it).
    }
    return { store, key, dir, status, embedded: built.embedded, inserted: built.inserted, manifest, graphRef: null };
  }
  await pruneOldIndexes(opts.indexDir, dir);
  return { store, key, dir, status, embedded: built.embedded, inserted: built.inserted, manifest, graphRef };
}

// ---- a full build on two cores: the graph is built on a worker thread while the articles are analysed ----

/**
 * The worker: an hnswlib graph fed with vectors (labels given by the main thread), written to a file at the end,
 * then freed. Plain CommonJS evaluated as a string, so it runs the same from the TypeScript sources (tests, tsx)
 * and from the compiled JavaScript.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { HierarchicalNSW } = require(workerData.hnswlib);
let graph = null;
let dims = 0;
let embedder = null;
let writeVectorFileSync = null;
// The local embedder, when the worker embeds too (its module compiled, or through tsx from the sources), and the
// embedding cache's writer: the worker stores the vectors it computes.
const ready = (async () => {
  const e = workerData.embedder;
  if (!e) return;
  if (e.tsx) (await import(e.tsx)).register();
  embedder = new (await import(e.url)).LocalHashEmbeddings({ dimensions: e.dimensions });
  writeVectorFileSync = (await import(e.vectorFile)).writeVectorFileSync;
})();
function add(m) {
  let flat = m.buffer ? new Float32Array(m.buffer) : null;
  if (!flat) {
    flat = new Float32Array(m.count * m.dims);
    m.texts.forEach((t, i) => flat.set(embedder.embedSync(t), i * m.dims));
    writeVectorFileSync(m.file, flat, m.dims, m.count);
    parentPort.postMessage({ type: 'stored' });
  }
  if (!graph) {
    dims = m.dims;
    graph = new HierarchicalNSW('cosine', dims);
    graph.initIndex(Math.max(1, m.capacity), workerData.m, workerData.ef, workerData.seed, true);
  }
  const needed = graph.getCurrentCount() + m.count;
  if (needed > graph.getMaxElements()) graph.resizeIndex(Math.max(needed, Math.ceil(graph.getMaxElements() * 1.25)));
  for (let i = 0; i < m.count; i++) graph.addPoint(Array.from(flat.subarray(i * dims, (i + 1) * dims)), m.base + i);
  parentPort.postMessage({ type: 'added' });
}
function finish(m) {
  const count = graph ? graph.getCurrentCount() : 0;
  if (graph) {
    graph.writeIndexSync(m.file);
    // Frees the graph's memory now (the main thread reads it back from the file).
    graph.initIndex(1, workerData.m, workerData.ef, workerData.seed, true);
    graph = null;
  }
  parentPort.postMessage({ type: 'written', count, dims });
}
let queue = Promise.resolve();
parentPort.on('message', (m) => {
  queue = queue.then(async () => {
    try {
      if (m.type === 'add') {
        if (m.texts) await ready;
        add(m);
      } else if (m.type === 'finish') finish(m);
    } catch (err) {
      parentPort.postMessage({ type: 'error', message: String((err && err.message) || err) });
    }
  });
});
`;

/** How many fresh builds used the worker thread (tests count these). */
export const builderCounters = { started: 0, completed: 0, embeddedInWorker: 0 };
/**
 * `minArticles`: folders with fewer articles are built on the main thread (a worker costs more than it saves).
 * `backlog`: articles waiting in the worker above which the main thread embeds the next ones itself. Tests
 * change them.
 */
export const builderSettings = { minArticles: 64, backlog: 24 };

interface Fed {
  id: string;
  hash: string;
  count: number;
  dims: number;
  flat: Float32Array | null;
  /** The passages' texts, when the worker embeds them (not cached yet). */
  texts: string[] | null;
}

/** Where the worker finds the local embedder (same module, compiled or through tsx), or null: the main thread embeds. */
function workerEmbedder(embedder: NamedEmbeddings): { url: string; vectorFile: string; tsx: string | null; dimensions: number } | null {
  const e = embedder.embeddings as { constructor: { name: string; VERSION?: string }; dimensions?: number };
  if (e.constructor.name !== 'LocalHashEmbeddings' || typeof e.dimensions !== 'number') return null;
  const compiled = import.meta.url.endsWith('.js');
  try {
    const tsx = compiled
      ? null
      : pathToFileURL(
          createRequire(import.meta.url)
            .resolve('tsx/esm/api')
            .replace(/\.cjs$/, '.mjs'),
        ).href;
    const ext = compiled ? 'js' : 'ts';
    return {
      url: new URL(`./embeddings.${ext}`, import.meta.url).href,
      vectorFile: new URL(`./vector-file.${ext}`, import.meta.url).href,
      tsx,
      dimensions: e.dimensions,
    };
  } catch {
    return null;
  }
}

/**
 * Inserts the vectors of a fresh build into an HNSW graph on a worker thread while the main thread goes on
 * analysing and embedding the next articles (the graph is most of a full build's time). Articles are fed in
 * folder order whatever order they finish in, so the labels are those of a build in one pass.
 */
export class GraphBuilder {
  private worker: Worker | null = null;
  private total = 0;
  private readonly pending = new Map<number, Fed | null>();
  private nextIndex = 0;
  private readonly segments: Segment[] = [];
  private nextLabel = 0;
  private dims = 0;
  private embedded = 0;
  private failed: unknown = null;
  private done: Promise<void> = Promise.resolve();
  private workerError: string | null = null;
  private written: ((m: { count: number }) => void) | null = null;
  /** The local embedder for the worker, when it embeds too; null: the main thread embeds. */
  private readonly embedIn: ReturnType<typeof workerEmbedder>;
  /** The names in the embedding cache's folder when the build started (a fresh build reads no missing file). */
  private cached: Set<string> | null = null;
  /** Articles sent to the worker, and those it has inserted: the difference is its backlog. */
  private posted = 0;
  private added = 0;

  constructor(
    private readonly opts: { embedder: NamedEmbeddings; indexDir: string; onProgress?: OpenIndexOptions['onProgress'] },
    private readonly WorkerClass: typeof Worker,
  ) {
    this.embedIn = workerEmbedder(opts.embedder);
  }

  /** Starts the worker (on the first article of a folder large enough). */
  private start(): Worker {
    builderCounters.started++;
    const worker = new this.WorkerClass(WORKER_CODE, {
      eval: true,
      workerData: {
        hnswlib: createRequire(import.meta.url).resolve('hnswlib-node'),
        embedder: this.embedIn,
        m: HNSW_M,
        ef: HNSW_EF_CONSTRUCTION,
        seed: HNSW_SEED,
      },
    });
    this.done = new Promise<void>((resolve) => {
      worker.on('message', (m: { type: string; message?: string; count?: number }) => {
        if (m.type === 'added') this.added++;
        else if (m.type === 'error') this.workerError = m.message ?? 'error';
        else if (m.type === 'written') this.written?.({ count: m.count ?? 0 });
        else if (m.type === 'stored') builderCounters.embeddedInWorker++;
      });
      worker.on('error', (err) => {
        this.workerError = err.message;
      });
      worker.on('exit', () => {
        this.workerError ??= 'the graph worker stopped';
        this.written?.({ count: -1 });
        resolve();
      });
    });
    return worker;
  }

  /**
   * The article at position `index` of the folder listing (null: the file is not an article): its vectors are
   * computed (or read from the cache) now, and inserted by the worker in folder order. Never throws: a failure
   * only makes the build fall back to the main thread (which reports it).
   */
  async feed(index: number, total: number, article: Article | null, chunks: Chunk[]): Promise<void> {
    if (this.total === 0) {
      this.total = total;
      // A small folder: the main thread builds it (openIndex falls back when this builder holds nothing).
      if (total < builderSettings.minArticles) this.failed = new Error('too few articles for a worker');
    }
    let fed: Fed | null = null;
    if (article && !this.failed) {
      try {
        const dims = this.embedIn?.dimensions ?? 0;
        // The worker embeds while it keeps up; when the graph makes it fall behind (a large folder), the main
        // thread embeds the next articles itself, so that both cores stay busy to the end.
        const workerEmbeds = this.embedIn !== null && this.posted - this.added < builderSettings.backlog;
        this.cached ??= cacheNames(this.opts.indexDir, this.opts.embedder.id);
        const known = this.cached.has(path.basename(cacheFile(this.opts.indexDir, this.opts.embedder.id, article.hash)));
        const cached =
          workerEmbeds && chunks.length && known
            ? await cachedVectors(this.opts.indexDir, this.opts.embedder.id, article.hash, chunks.length, dims)
            : null;
        if (workerEmbeds && chunks.length && !cached) {
          // Not cached: the worker embeds the passages (and stores them in the cache).
          this.embedded++;
          fed = { id: article.id, hash: article.hash, count: chunks.length, dims, flat: null, texts: chunks.map((c) => c.text) };
        } else if (cached) {
          fed = { id: article.id, hash: article.hash, count: chunks.length, dims, flat: cached, texts: null };
        } else {
          const got = await vectorsFor(article, chunks, this.opts, known);
          if (!got.cached) this.embedded++;
          fed = { id: article.id, hash: article.hash, count: got.count, dims: got.dims, flat: got.count ? got.flat : null, texts: null };
        }
      } catch (err) {
        this.failed = err;
      }
    }
    this.pending.set(index, fed);
    while (this.pending.has(this.nextIndex)) {
      const next = this.pending.get(this.nextIndex) as Fed | null;
      this.pending.delete(this.nextIndex);
      this.nextIndex++;
      if (next) this.post(next);
    }
  }

  private post(f: Fed): void {
    if (f.count > 0) {
      if (this.dims === 0) this.dims = f.dims;
      if (f.dims !== this.dims) this.failed ??= new Error('vectors of different dimensions');
    }
    this.segments.push([f.id, f.hash, this.nextLabel, f.count]);
    if ((f.flat || f.texts) && f.count > 0 && !this.failed) {
      this.worker ??= this.start();
      this.posted++;
      const message = {
        type: 'add',
        base: this.nextLabel,
        count: f.count,
        dims: f.dims,
        hash: f.hash,
        capacity: Math.max(1024, this.total * 32),
      };
      if (f.flat) {
        const buffer = f.flat.slice().buffer as ArrayBuffer;
        this.worker.postMessage({ ...message, buffer }, [buffer]);
      } else this.worker.postMessage({ ...message, texts: f.texts, file: cacheFile(this.opts.indexDir, this.opts.embedder.id, f.hash) });
    }
    this.nextLabel += f.count;
    this.opts.onProgress?.(this.segments.length, this.total, f.id);
  }

  /**
   * The finished graph when it holds exactly the corpus's articles (with their passages), else null (the
   * caller builds on the main thread).
   */
  async complete(opts: OpenIndexOptions): Promise<Awaited<ReturnType<typeof buildGraph>> | null> {
    const byArticle = chunksByArticle(opts.corpus);
    const worker = this.worker;
    const exact =
      worker !== null &&
      !this.failed &&
      !this.workerError &&
      this.pending.size === 0 &&
      this.segments.length === opts.corpus.articles.length &&
      this.segments.every(([id, hash, , count]) => opts.corpus.byId.get(id)?.hash === hash && byArticle.get(id)?.length === count) &&
      this.dims > 0;
    if (!exact) return null;
    const file = path.join(opts.indexDir, `.tmp-graph-${WRITER}-${randomBytes(4).toString('hex')}`);
    try {
      const written = await new Promise<{ count: number }>((resolve) => {
        this.written = resolve;
        worker.postMessage({ type: 'finish', file });
      });
      if (written.count !== this.nextLabel || this.workerError) return null;
      // Every vector the worker computed is in the cache (it stores them before inserting them).
      const graph = new (hnswlib().HierarchicalNSW)('cosine', this.dims);
      await graph.readIndex(file, true);
      if (graph.getCurrentCount() !== this.nextLabel) return null;
      builderCounters.completed++;
      return {
        graph,
        segments: this.segments,
        nextLabel: this.nextLabel,
        deleted: 0,
        embedded: this.embedded,
        inserted: this.segments.length,
        dimensions: this.dims,
      };
    } catch {
      return null;
    } finally {
      await rm(file, { force: true });
    }
  }

  /** Stops the worker (always called, built or not). */
  async dispose(): Promise<void> {
    this.failed ??= new Error('disposed');
    if (this.worker) await this.worker.terminate();
    await this.done;
  }
}

/**
 * Starts a graph builder for a full build: when forced, or when the index folder holds no generation of this
 * embedder to update from (an update inserts only the changed articles and needs no worker). Null otherwise.
 */
export async function startGraphBuild(opts: {
  embedder: NamedEmbeddings;
  indexDir: string;
  force?: boolean;
  onProgress?: OpenIndexOptions['onProgress'];
}): Promise<GraphBuilder | null> {
  if (!opts.force) {
    let names: string[] = [];
    try {
      names = (await readdir(opts.indexDir)).filter((n) => n.startsWith('index-'));
    } catch {
      // No index folder yet: a full build.
    }
    for (const n of names) {
      try {
        const manifest = await readManifest(path.join(opts.indexDir, n));
        if (manifest.embedder === opts.embedder.id) return null;
      } catch {
        // Not a usable generation.
      }
    }
  }
  try {
    await mkdir(opts.indexDir, { recursive: true, mode: PRIVATE_DIR_MODE });
    const { Worker } = await import('node:worker_threads');
    return new GraphBuilder(
      { embedder: opts.embedder, indexDir: opts.indexDir, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) },
      Worker,
    );
  } catch {
    return null;
  }
}
