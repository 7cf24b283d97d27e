import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomicSync } from '../atomic-file.js';
import type { Claim } from './claims.js';
import type { ArticleMeta, Chunk, Sentence, Span } from './types.js';

/**
 * Stored per-article analyses: one JSON file per article content hash under
 * `INDEX_DIR/analysis/<ANALYSER_VERSION>/`, written atomically (temporary file, then rename; files 0600,
 * folders 0700). A record that is missing, unreadable, of another version or for other bytes is simply
 * recomputed, so a crash or two processes writing the same record never leave a wrong one in use.
 */

/** Bump whenever cleaning, metadata, splitting, chunking, tokenising or claim extraction changes its output. */
export const ANALYSER_VERSION = 'a240';

/** A claim as stored with its article: no corpus id, and its sentence as an index within the article. */
export type StoredClaim = Omit<Claim, 'id' | 'source' | 'quote' | 'start' | 'end'>;

/** The stored analysis of one article (JSON; compact: sentences and chunks as flat number arrays). */
export interface ArticleRecord {
  /** ANALYSER_VERSION that produced it. */
  v: string;
  /** SHA-256 of the article's text. */
  hash: string;
  /** Set when the file cannot be used as an article (the reason shown to the user); nothing else is then set. */
  reason?: string;
  /** Front-matter warning, if any. */
  warning?: string;
  meta?: ArticleMeta;
  body?: Span[];
  /** [start, end, paragraph] per sentence. */
  s?: number[];
  /** [first, end) sentence indices per chunk. */
  c?: number[];
  /** Distinct index terms (stems) of the article; `t` indexes it. */
  vocab?: string[];
  /** Index terms of each sentence (stopwords dropped), as indices into `vocab`. */
  t?: number[][];
  /** Index terms of the chunks whose terms are not the concatenation of their sentences' (rare), by chunk. */
  ct?: Record<string, number[]>;
  /** Surface words (lower-cased, stopwords dropped) in order of first occurrence, for spelling correction. */
  words?: string[];
  /** `topicWords` of the sentences, for telling on-topic articles from the rest. */
  topic?: string[];
  /** Parties the sentences name. */
  parties?: string[];
  /**
   * Claims, and the dominant parties they were extracted with (claims depend on them); `other`: the third
   * country of an article about another pair's deal (`otherPair`), which makes no claims.
   */
  claims?: { dominant: string[]; list: StoredClaim[]; other?: string } | null;
}

/** A record's sentences as corpus sentences of article `source`, ids from `firstId`. */
export function sentencesOf(record: ArticleRecord, raw: string, source: string, firstId: number): Sentence[] {
  const s = record.s ?? [];
  const out: Sentence[] = [];
  for (let i = 0; i < s.length; i += 3) {
    const start = s[i] as number;
    const end = s[i + 1] as number;
    // One literal shape for every sentence: property reads stay monomorphic across the corpus.
    out.push({ source, text: raw.slice(start, end), start, end, position: i / 3, paragraph: s[i + 2] as number, id: firstId + i / 3 });
  }
  return out;
}

/** A record's chunks as corpus chunks, sentence ids offset by `firstSentence`, chunk ids from `firstId`. */
export function chunksOf(record: ArticleRecord, raw: string, source: string, firstSentence: number, firstId: number): Chunk[] {
  const s = record.s ?? [];
  const c = record.c ?? [];
  const out: Chunk[] = [];
  for (let i = 0; i < c.length; i += 2) {
    const first = c[i] as number;
    const end = c[i + 1] as number;
    const start = s[first * 3] as number;
    const stop = s[(end - 1) * 3 + 1] as number;
    const sentenceIds: number[] = [];
    for (let j = first; j < end; j++) sentenceIds.push(firstSentence + j);
    out.push({ source, start, end: stop, text: raw.slice(start, stop), sentenceIds, id: firstId + i / 2 });
  }
  return out;
}

/** The folder of records for this analyser version. */
export function recordsDir(indexDir: string): string {
  return path.join(indexDir, 'analysis', ANALYSER_VERSION);
}

function recordFile(indexDir: string, hash: string): string {
  return path.join(recordsDir(indexDir), hash.slice(0, 2), `${hash.slice(0, 40)}.json`);
}

/** The stored record for content `hash`, or null when there is none or it is not valid for this version. */
export async function readRecord(indexDir: string, hash: string): Promise<ArticleRecord | null> {
  let text: string;
  try {
    // Synchronous: a restart reads thousands of small records, several times faster than through the thread pool.
    text = readFileSync(recordFile(indexDir, hash), 'utf8');
  } catch {
    return null;
  }
  try {
    const r = JSON.parse(text) as ArticleRecord;
    if (r?.v !== ANALYSER_VERSION || r.hash !== hash) return null;
    if (!r.reason && (!Array.isArray(r.s) || !Array.isArray(r.c) || !Array.isArray(r.t) || !Array.isArray(r.vocab) || !r.meta || !r.body))
      return null;
    if (!r.reason && r.t && r.s && r.t.length * 3 !== r.s.length) return null;
    return r;
  } catch {
    return null;
  }
}

/** Records written (tests count them: a build writes each article's record once, with its claims). */
export const recordCounters = { written: 0 };

/**
 * Writes a record atomically (private file in a private folder). Synchronous: a build writes thousands of small
 * files, several times faster than through the thread pool (and with no wait between them).
 */
export async function writeRecord(indexDir: string, record: ArticleRecord): Promise<void> {
  writeFileAtomicSync(recordFile(indexDir, record.hash), JSON.stringify(record));
  recordCounters.written++;
}

/** Removes the records of older analyser versions (they can never be used again). */
export async function pruneOldRecords(indexDir: string): Promise<void> {
  const root = path.join(indexDir, 'analysis');
  try {
    for (const name of await readdir(root)) {
      if (name === ANALYSER_VERSION) continue;
      await rm(path.join(root, name), { recursive: true, force: true });
    }
  } catch {
    // Housekeeping only.
  }
}
