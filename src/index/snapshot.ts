import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { FoundDisagreement } from '../answer/conflicts.js';
import type { TimelineEntry } from '../answer/types.js';
import type { Bm25Data } from './bm25.js';
import { PRIVATE_DIR_MODE, writeFileAtomic } from './store.js';

/**
 * The corpus-wide structures a pipeline derives from its articles' stored analyses (the BM25 postings of the
 * sentences and of the passages, the disagreements, the timeline), stored in one file per corpus under
 * `INDEX_DIR/derived/`, so that a restart over an unchanged folder loads them instead of rebuilding them.
 *
 * A snapshot names the corpus it was built for (the corpus hash: every article's name and bytes) and the code
 * that built it (a hash of this program's own source files, so any change to how they are computed makes
 * older snapshots unusable without anyone bumping a version). It is written atomically (temporary file, then
 * rename), carries a CRC-32 of its contents, and is rebuilt whenever it is missing, unreadable, corrupt, of
 * another format or for other code: it is never trusted blindly, and never fails a start.
 */

const MAGIC = 'dealbot-derived-1\n';
/** Snapshots kept: the current corpus's and the one before (another process may still use that corpus). */
const KEEP = 2;

export interface DerivedData {
  sentences: Bm25Data;
  chunks: Bm25Data;
  found: FoundDisagreement[];
  timeline: TimelineEntry[];
}

/** What this process did with snapshots (tests count these). */
export const snapshotCounters = { loaded: 0, built: 0, written: 0, rejected: 0 };

let fingerprint: string | null = null;

/**
 * A hash of the program's own modules (compiled or not) and of the data files they read (`data/`: the
 * lexicons that name parties, places and titles): snapshots made by other code or data are never used.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const h = createHash('sha256');
  const walk = (dir: string, files: RegExp) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full, files);
      else if (files.test(e.name) && !e.name.endsWith('.d.ts')) {
        h.update(`${path.relative(root, full)}\0`);
        h.update(readFileSync(full));
      }
    }
  };
  try {
    walk(root, /\.(?:[cm]?js|ts)$/);
    // The data folder, found by walking up from the sources (it sits next to `src/` and to `dist/`).
    let dir = root;
    for (let i = 0; i < 4; i++) {
      dir = path.dirname(dir);
      if (existsSync(path.join(dir, 'data'))) {
        walk(path.join(dir, 'data'), /./);
        break;
      }
    }
  } catch {
    // Unreadable sources: a fingerprint no snapshot can match.
    h.update(String(Math.random()));
  }
  fingerprint = h.digest('hex').slice(0, 16);
  return fingerprint;
}

function snapshotDir(indexDir: string): string {
  return path.join(indexDir, 'derived');
}

function snapshotFile(indexDir: string, corpusHash: string): string {
  return path.join(snapshotDir(indexDir), `${codeFingerprint()}-${corpusHash.slice(0, 32)}.bin`);
}

interface Header {
  code: string;
  corpus: string;
  found: FoundDisagreement[];
  timeline: TimelineEntry[];
  sentences: Omit<Bm25Data, 'lengths' | 'starts' | 'docs' | 'factor'>;
  chunks: Omit<Bm25Data, 'lengths' | 'starts' | 'docs' | 'factor'>;
  /** Byte lengths of the binary sections, in order: per index, lengths, starts, docs, factor. */
  sections: number[];
}

const align8 = (n: number) => (n + 7) & ~7;

/** Encodes a snapshot: magic, header length (u32), CRC-32 of everything after it (u32), header JSON, 8-aligned arrays. */
export function encodeSnapshot(corpusHash: string, data: DerivedData): Buffer {
  const arrays: ArrayBufferView[] = [];
  const meta = (d: Bm25Data) => {
    arrays.push(d.lengths, d.starts, d.docs, d.factor);
    return { k1: d.k1, b: d.b, size: d.size, avgLength: d.avgLength, terms: d.terms };
  };
  const header: Header = {
    code: codeFingerprint(),
    corpus: corpusHash,
    found: data.found,
    timeline: data.timeline,
    sentences: meta(data.sentences),
    chunks: meta(data.chunks),
    sections: [],
  };
  header.sections = arrays.map((a) => a.byteLength);
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const magic = Buffer.from(MAGIC, 'latin1');
  const bodyStart = align8(magic.length + 8 + json.length);
  let total = bodyStart;
  for (const a of arrays) total = align8(total + a.byteLength);
  // Not zero-filled: every byte is written below (the padding explicitly).
  const out = Buffer.allocUnsafe(total);
  out.fill(0, magic.length + 8 + json.length, bodyStart);
  magic.copy(out, 0);
  out.writeUInt32LE(json.length, magic.length);
  json.copy(out, magic.length + 8);
  let at = bodyStart;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    out.fill(0, at + a.byteLength, align8(at + a.byteLength));
    at = align8(at + a.byteLength);
  }
  out.writeUInt32LE(crc32(out.subarray(magic.length + 8)), magic.length + 4);
  return out;
}

/** Decodes a snapshot for `corpusHash` written by this code; throws when it is anything else. */
export function decodeSnapshot(buf: Buffer, corpusHash: string): DerivedData {
  const magicLength = Buffer.byteLength(MAGIC, 'latin1');
  if (buf.length < magicLength + 8 || buf.toString('latin1', 0, magicLength) !== MAGIC) throw new Error('not a snapshot');
  if (crc32(buf.subarray(magicLength + 8)) !== buf.readUInt32LE(magicLength + 4)) throw new Error('checksum mismatch');
  const jsonLength = buf.readUInt32LE(magicLength);
  const header = JSON.parse(buf.toString('utf8', magicLength + 8, magicLength + 8 + jsonLength)) as Header;
  if (header.code !== codeFingerprint() || header.corpus !== corpusHash) throw new Error('snapshot of another corpus or program');
  // Typed arrays need aligned offsets: a buffer that does not start on one is copied once.
  const bytes = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
  let at = align8(magicLength + 8 + jsonLength);
  let section = 0;
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, width: number): T => {
    const length = header.sections[section++];
    if (length === undefined || length % width !== 0 || at + length > bytes.length) throw new Error('truncated snapshot');
    const view = make(bytes.buffer, bytes.byteOffset + at, length / width);
    at = align8(at + length);
    return view;
  };
  const bm25 = (m: Header['sentences']): Bm25Data => {
    const lengths = take((b, o, n) => new Float64Array(b, o, n), 8);
    const starts = take((b, o, n) => new Int32Array(b, o, n), 4);
    const docs = take((b, o, n) => new Int32Array(b, o, n), 4);
    const factor = take((b, o, n) => new Float64Array(b, o, n), 8);
    if (
      lengths.length !== m.size ||
      starts.length !== m.terms.length + 1 ||
      docs.length !== factor.length ||
      starts[m.terms.length] !== docs.length
    )
      throw new Error('inconsistent snapshot');
    return { ...m, lengths, starts, docs, factor };
  };
  const sentences = bm25(header.sentences);
  const chunks = bm25(header.chunks);
  if (!Array.isArray(header.found) || !Array.isArray(header.timeline)) throw new Error('inconsistent snapshot');
  return { sentences, chunks, found: header.found, timeline: header.timeline };
}

/** The stored snapshot for this corpus, or null (missing, corrupt, stale: the caller rebuilds it). */
export async function readSnapshot(indexDir: string, corpusHash: string): Promise<DerivedData | null> {
  let buf: Buffer;
  try {
    buf = await readFile(snapshotFile(indexDir, corpusHash));
  } catch {
    return null;
  }
  try {
    const data = decodeSnapshot(buf, corpusHash);
    snapshotCounters.loaded++;
    return data;
  } catch {
    snapshotCounters.rejected++;
    return null;
  }
}

/** Stores the snapshot of this corpus (atomically) and removes all but the newest ones. Never throws. */
export async function writeSnapshot(indexDir: string, corpusHash: string, data: DerivedData): Promise<boolean> {
  const file = snapshotFile(indexDir, corpusHash);
  try {
    await mkdir(path.dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
    await writeFileAtomic(file, encodeSnapshot(corpusHash, data));
    snapshotCounters.written++;
  } catch {
    return false;
  }
  await pruneSnapshots(indexDir, path.basename(file));
  return true;
}

/** Keeps the newest snapshots (the one just written always among them); removes abandoned temporary files. */
async function pruneSnapshots(indexDir: string, keep: string): Promise<void> {
  const dir = snapshotDir(indexDir);
  try {
    const names = await readdir(dir);
    const dated = await Promise.all(
      names.filter((n) => n !== keep).map(async (n) => ({ n, t: (await stat(path.join(dir, n)).catch(() => null))?.mtimeMs ?? 0 })),
    );
    const now = Date.now();
    const snapshots = dated.filter((d) => d.n.endsWith('.bin')).sort((a, b) => b.t - a.t);
    const stale = [
      ...snapshots.slice(KEEP - 1),
      // A temporary file is another writer's until it is an hour old.
      ...dated.filter((d) => d.n.endsWith('.tmp') && now - d.t > 60 * 60 * 1000),
    ];
    for (const { n } of stale) await rm(path.join(dir, n), { force: true });
  } catch {
    // Housekeeping only.
  }
}
