import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { ANALYSER_VERSION, type ArticleRecord, recordsDir, type StoredClaim } from './records.js';

/**
 * The articles of a folder and their stored analyses in one file (`INDEX_DIR/analysis/<version>/pack-<folder>.bin`),
 * so that a start over an unchanged folder reads one file instead of every article and every per-article record,
 * and parses no JSON per article: the words of all records go into one string table, the numbers (sentence and
 * chunk spans, term ids) into one Int32Array, the texts into one UTF-8 section.
 *
 * An entry is used only for a file whose identity is what it was when it was read (size, modification and
 * change times, inode: any write or replacement changes the change time), so its text and hash are those of the
 * file. Claims (most of a record by size: ~70,000 at 5,000 articles) are stored as string-table ids of the
 * JSON of each field, so a start parses each distinct value once instead of the whole JSON of
 * every claim. The pack is written atomically after a start that loaded the folder (never during a live refresh), carries
 * a CRC-32 of its contents and the analyser version, and anything wrong with it (missing, corrupt, another version
 * or folder) only means the per-article files are read as before. The per-article records stay the source of
 * truth; the pack is a cache of them.
 */

/** Bump when the layout changes. */
const MAGIC = 'dealbot-pack-2\n';

/** What a corpus of exactly the packed files judged: its on-topic articles and dominant parties. */
export interface Judged {
  onTopic: string[];
  dominant: string[];
  /** The corpus's words (its records' `words`) in order of first occurrence. */
  words: string[];
}

/** A decoded pack: its files by name, and what was judged over them. */
export interface Pack {
  files: Map<string, PackedFile>;
  judged: Judged | null;
}

/** What identifies a file's bytes without reading them. */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface PackEntry extends FileIdentity {
  name: string;
  raw: string;
  hash: string;
  fileMap?: number[];
  record: ArticleRecord;
}

/** A file of a pack: its identity when it was read, and its entry (decoded on first use). */
export interface PackedFile extends FileIdentity {
  load: () => PackEntry;
}

/** True when a file's identity now is the one it had when it was packed. */
export function sameFile(a: FileIdentity, b: FileIdentity | null): boolean {
  return b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/**
 * The term ids of a record decoded from a pack, flat: sentence `i`'s are `ids[offsets[i] … offsets[i + 1])`,
 * indices into the record's `vocab` (its `t`, without an array per sentence).
 */
export const packedTerms = new WeakMap<ArticleRecord, { ids: Int32Array; offsets: Int32Array }>();

/** What this process did with packs (tests count these). */
export const packCounters = { loaded: 0, written: 0, rejected: 0, hits: 0 };

/** The pack of articles folder `dir`. */
export function packFile(indexDir: string, dir: string): string {
  const key = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 16);
  return path.join(recordsDir(indexDir), `pack-${key}.bin`);
}

/** A stored claim's fields, in the order the integer section holds them (one string id each, -1: absent). */
const CLAIM_FIELDS = [
  'sentenceId',
  'event',
  'attribute',
  'qualifier',
  'value',
  'display',
  'date',
  'number',
  'unit',
  'asWritten',
  'speaker',
  'inconsistency',
] as const;
// Every field of a stored claim is listed (a field added to claims without a place here fails to compile).
const everyClaimField: Exclude<keyof StoredClaim, (typeof CLAIM_FIELDS)[number]> extends never ? true : false = true;
void everyClaimField;

/** The record fields stored as JSON (the rest goes to the string table and the integer section). */
type Rest = Omit<ArticleRecord, 's' | 'c' | 't' | 'vocab' | 'words' | 'topic' | 'parties' | 'claims'>;
// `load` copies these fields by name (a field added to records without a place there fails to compile).
const everyRestField: Exclude<keyof Rest, 'v' | 'hash' | 'reason' | 'warning' | 'meta' | 'body' | 'ct'> extends never ? true : false = true;
void everyRestField;

interface HeaderEntry {
  n: string;
  id: [size: number, mtimeMs: number, ctimeMs: number, ino: number];
  h: string;
  f?: number[];
  r: Rest;
  /**
   * The record's claims: absent when it has none, null when they are null, else their dominant parties and the
   * number of claims (stored after the parties in the integer section: per claim, the string id of the JSON of
   * each of CLAIM_FIELDS, -1 when absent).
   */
  q?: { d: string[]; n: number; o?: string } | null;
  /** Text [start, end) in the text section (UTF-16 units), first int, then lengths: s, c, t (sentences), t ids, vocab, words, topic, parties. */
  o: number[];
}

interface Header {
  v: string;
  dir: string;
  /** The corpus-wide judgements made over exactly these files (null when the corpus held others too). */
  judged: Judged | null;
  strings: number;
  entries: HeaderEntry[];
  /** Byte lengths of the string table, the text and the integer section. */
  sections: [number, number, number];
}

const align8 = (n: number) => (n + 7) & ~7;

/** Encodes the entries of folder `dir`. */
export function encodePack(dir: string, entries: readonly PackEntry[], judged: Judged | null = null): Buffer {
  const strings = new Map<string, number>();
  const sid = (s: string) => {
    let id = strings.get(s);
    if (id === undefined) {
      id = strings.size;
      strings.set(s, id);
    }
    return id;
  };
  const ints: number[] = [];
  const texts: string[] = [];
  let textAt = 0;
  const header: Header = { v: ANALYSER_VERSION, dir: path.resolve(dir), judged, strings: 0, entries: [], sections: [0, 0, 0] };
  for (const e of entries) {
    const { s = [], c = [], t = [], vocab = [], words = [], topic = [], parties = [], claims, ...rest } = e.record;
    const first = ints.length;
    for (const x of s) ints.push(x);
    for (const x of c) ints.push(x);
    let tLen = 0;
    for (const x of t) {
      ints.push(x.length);
      tLen += x.length;
    }
    for (const x of t) for (const i of x) ints.push(i);
    for (const list of [vocab, words, topic, parties]) for (const w of list) ints.push(sid(w));
    for (const claim of claims?.list ?? []) {
      for (const k of CLAIM_FIELDS) {
        const v = claim[k];
        ints.push(v === undefined ? -1 : sid(JSON.stringify(v)));
      }
    }
    texts.push(e.raw);
    header.entries.push({
      n: e.name,
      id: [e.size, e.mtimeMs, e.ctimeMs, e.ino],
      h: e.hash,
      ...(e.fileMap ? { f: e.fileMap } : {}),
      r: rest,
      ...(claims === undefined
        ? {}
        : { q: claims === null ? null : { d: claims.dominant, n: claims.list.length, ...(claims.other ? { o: claims.other } : {}) } }),
      o: [
        textAt,
        textAt + e.raw.length,
        first,
        s.length,
        c.length,
        t.length,
        tLen,
        vocab.length,
        words.length,
        topic.length,
        parties.length,
      ],
    });
    textAt += e.raw.length;
  }
  header.strings = strings.size;
  const table = Buffer.from([...strings.keys()].join('\0'), 'utf8');
  const text = Buffer.from(texts.join(''), 'utf8');
  const numbers = Int32Array.from(ints);
  header.sections = [table.length, text.length, numbers.byteLength];
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const magic = Buffer.from(MAGIC, 'latin1');
  const at1 = align8(magic.length + 8 + json.length);
  const at2 = align8(at1 + table.length);
  const at3 = align8(at2 + text.length);
  const out = Buffer.alloc(at3 + numbers.byteLength);
  magic.copy(out, 0);
  out.writeUInt32LE(json.length, magic.length);
  json.copy(out, magic.length + 8);
  table.copy(out, at1);
  text.copy(out, at2);
  out.set(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength), at3);
  out.writeUInt32LE(crc32(out.subarray(magic.length + 8)), magic.length + 4);
  return out;
}

/** Decodes a pack of folder `dir` written by this analyser version: entries by file name (records built on first use). */
export function decodePack(buf: Buffer, dir: string): Pack {
  const magicLength = MAGIC.length;
  if (buf.length < magicLength + 8 || buf.toString('latin1', 0, magicLength) !== MAGIC) throw new Error('not a pack');
  if (crc32(buf.subarray(magicLength + 8)) !== buf.readUInt32LE(magicLength + 4)) throw new Error('checksum mismatch');
  const jsonLength = buf.readUInt32LE(magicLength);
  const header = JSON.parse(buf.toString('utf8', magicLength + 8, magicLength + 8 + jsonLength)) as Header;
  if (header.v !== ANALYSER_VERSION || header.dir !== path.resolve(dir)) throw new Error('pack of another version or folder');
  const [tableLength, textLength, numbersLength] = header.sections;
  const at1 = align8(magicLength + 8 + jsonLength);
  const at2 = align8(at1 + tableLength);
  const at3 = align8(at2 + textLength);
  if (at3 + numbersLength !== buf.length || numbersLength % 4 !== 0) throw new Error('truncated pack');
  const table = header.strings === 0 ? [] : buf.toString('utf8', at1, at1 + tableLength).split('\0');
  if (table.length !== header.strings) throw new Error('inconsistent pack');
  const text = buf.toString('utf8', at2, at2 + textLength);
  const bytes = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf);
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset + at3, numbersLength / 4);
  // Claim values by string id, parsed once each (values repeat: parties, events, dates). Parsed values are
  // shared between claims; nothing modifies a claim's fields.
  const values: unknown[] = new Array(table.length);
  // biome-ignore lint/suspicious/noExplicitAny: a stored claim's fields, typed by the literal below.
  const value = (id: number): any => {
    if (id < 0) return undefined;
    let v = values[id];
    if (v === undefined) {
      if (id >= table.length) throw new Error('inconsistent pack');
      v = JSON.parse(table[id] as string) as unknown;
      values[id] = v;
    }
    return v;
  };
  // One literal shape for every claim (fields a claim lacks are undefined), in CLAIM_FIELDS order.
  const claimAt = (at: number): StoredClaim => ({
    sentenceId: value(ints[at] as number),
    event: value(ints[at + 1] as number),
    attribute: value(ints[at + 2] as number),
    qualifier: value(ints[at + 3] as number),
    value: value(ints[at + 4] as number),
    display: value(ints[at + 5] as number),
    date: value(ints[at + 6] as number),
    number: value(ints[at + 7] as number),
    unit: value(ints[at + 8] as number),
    asWritten: value(ints[at + 9] as number),
    speaker: value(ints[at + 10] as number),
    inconsistency: value(ints[at + 11] as number),
  });
  const out = new Map<string, PackedFile>();
  for (const e of header.entries) {
    const o = e.o;
    if (o.length !== 11 || (o[1] as number) > text.length) throw new Error('inconsistent pack');
    const [, , first, sN, cN, tN, tLen, vN, wN, pN, qN] = o as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (first + sN + cN + tN + tLen + vN + wN + pN + qN > ints.length) throw new Error('inconsistent pack');
    if (e.q && first + sN + cN + tN + tLen + vN + wN + pN + qN + e.q.n * CLAIM_FIELDS.length > ints.length)
      throw new Error('inconsistent pack');
    let made: PackEntry | null = null;
    const [size, mtimeMs, ctimeMs, ino] = e.id;
    const load = () => {
      if (made) return made;
      let at = first;
      const take = (n: number) => {
        const list = Array.from(ints.subarray(at, at + n));
        at += n;
        return list;
      };
      const words = (n: number) => {
        const list: string[] = new Array(n);
        for (let i = 0; i < n; i++) list[i] = table[ints[at + i] as number] as string;
        at += n;
        return list;
      };
      const s = take(sN);
      const c = take(cN);
      const offsets = new Int32Array(tN + 1);
      let n = 0;
      for (let i = 0; i < tN; i++) {
        offsets[i] = n;
        n += ints[at + i] as number;
      }
      offsets[tN] = n;
      at += tN;
      const ids = ints.subarray(at, at + tLen);
      at += tLen;
      const vocab = words(vN);
      // A literal, not a spread of the parsed JSON (several times slower): absent fields are undefined.
      const r = e.r;
      const record: ArticleRecord = {
        v: r.v,
        hash: r.hash,
        reason: r.reason,
        warning: r.warning,
        meta: r.meta,
        body: r.body,
        ct: r.ct,
        s,
        c,
        vocab,
        words: words(wN),
        topic: words(pN),
        parties: words(qN),
      };
      if (e.q === null) record.claims = null;
      else if (e.q) {
        const list: StoredClaim[] = new Array(e.q.n);
        for (let k = 0; k < e.q.n; k++, at += CLAIM_FIELDS.length) list[k] = claimAt(at);
        record.claims = { dominant: e.q.d, list, ...(typeof e.q.o === 'string' ? { other: e.q.o } : {}) };
      }
      // The sentences' term ids stay flat (what the corpus uses); as arrays only if something asks for `t`.
      let t: number[][] | null = null;
      Object.defineProperty(record, 't', {
        enumerable: true,
        configurable: true,
        get: () => {
          t ??= Array.from({ length: tN }, (_, i) => Array.from(ids.subarray(offsets[i], offsets[i + 1])));
          return t;
        },
      });
      packedTerms.set(record, { ids, offsets });
      made = {
        name: e.n,
        size,
        mtimeMs,
        ctimeMs,
        ino,
        raw: text.slice(o[0], o[1]),
        hash: e.h,
        ...(e.f ? { fileMap: e.f } : {}),
        record,
      };
      return made;
    };
    out.set(e.n, { size, mtimeMs, ctimeMs, ino, load });
  }
  const judged = header.judged;
  const valid = judged && Array.isArray(judged.onTopic) && Array.isArray(judged.dominant) && Array.isArray(judged.words);
  return { files: out, judged: valid ? judged : null };
}

/** The pack of folder `dir`, or null (missing, corrupt, stale: the caller reads the files). */
export function readPack(indexDir: string, dir: string): Pack | null {
  let buf: Buffer;
  try {
    buf = readFileSync(packFile(indexDir, dir));
  } catch {
    return null;
  }
  try {
    const pack = decodePack(buf, dir);
    packCounters.loaded++;
    return pack;
  } catch {
    packCounters.rejected++;
    return null;
  }
}

/** Stores the pack of folder `dir` atomically (owner-only); removes abandoned temporary files. Never throws. */
export async function writePack(indexDir: string, dir: string, entries: readonly PackEntry[], judged: Judged | null): Promise<boolean> {
  const file = packFile(indexDir, dir);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(tmp, encodePack(dir, entries, judged), { mode: 0o600 });
    await rename(tmp, file);
    packCounters.written++;
  } catch {
    await rm(tmp, { force: true }).catch(() => {});
    return false;
  }
  // A temporary file is another writer's until it is an hour old.
  try {
    const folder = path.dirname(file);
    for (const n of await readdir(folder)) {
      if (!n.startsWith('pack-') || !n.endsWith('.tmp')) continue;
      const t = (await stat(path.join(folder, n)).catch(() => null))?.mtimeMs ?? Date.now();
      if (Date.now() - t > 60 * 60 * 1000) await rm(path.join(folder, n), { force: true });
    }
  } catch {
    // Housekeeping only.
  }
  return true;
}
