import { createHash } from 'node:crypto';
import path from 'node:path';
import { ArticlesError } from '../errors.js';
import type { TermIdLists } from '../index/bm25.js';
import { type Logger, silentLogger } from '../log.js';
import { stem } from '../text/tokenize.js';
import type { Claim } from './claims.js';
import { fileIdentity, listArticleFiles, readArticleFile, statFile } from './files.js';
import { type Judged, type PackEntry, type PackedFile, packCounters, packedTerms, readPack, sameFile, writePack } from './pack.js';
import { type ArticleRecord, chunksOf, pruneOldRecords, readRecord, sentencesOf, writeRecord } from './records.js';
import { dominantOf, onTopicOf, onTopicTest } from './topic.js';
import type { Article, Chunk, Sentence, SkippedFile } from './types.js';

/** One article of a corpus with its stored analysis and what a rescan compares. */
export interface CorpusPart {
  article: Article;
  record: ArticleRecord;
  size: number;
  mtimeMs: number;
  /** Change time and inode when the file was read (not for a symbolic link): what a pack compares. */
  ident?: { ctimeMs: number; ino: number };
}

/** How a corpus was obtained: which articles were analysed now, and which had their claims extracted now. */
export interface CorpusStats {
  analysed: string[];
  claimed: string[];
  /** Articles whose stored analysis was used. */
  loaded: number;
  /** Articles reused from the previous corpus without reading their file (same size and mtime). */
  unchanged: number;
}

/** Everything the pipeline knows about a folder of articles, before any index. */
export interface Corpus {
  dir: string;
  articles: Article[];
  byId: Map<string, Article>;
  sentences: Sentence[];
  chunks: Chunk[];
  /** Index terms (stems, stopwords dropped) of each sentence and chunk, by id. */
  terms: { sentences: string[][]; chunks: string[][] };
  /**
   * The same terms as ids into `dictionary` (shared by every corpus of the process), per article in corpus
   * order: what the BM25 indexes are built from without a map lookup per word.
   */
  termIds: { dictionary: readonly string[]; sentences: TermIdLists[]; chunks: TermIdLists[] };
  /** Surface word → stem over the article bodies, in order of first occurrence (spelling correction). */
  words: Map<string, string>;
  /** Dated, placed and numbered claims of the on-topic articles. */
  claims: Claim[];
  /** Ids of the articles about the story (the others, a recipe or a sports page, make no claims). */
  onTopic: ReadonlySet<string>;
  /** The story's main parties (named in at least 40% of the on-topic articles), most named first. */
  dominant: readonly string[];
  /** On-topic articles about a deal of one of the story's parties with a third country (`otherPair`): id → that country. */
  otherPair: ReadonlyMap<string, string>;
  /** Sentence id → id of the chunk holding it. */
  chunkOf: Int32Array;
  /** The article ids' sentence ranges `[first, end)`. */
  sentenceRange: Map<string, [number, number]>;
  /** Every article file of the folder with its size and mtime when it was read (null: could not stat). */
  listing: Map<string, { size: number; mtimeMs: number } | null>;
  /** Per article, its analysis and file facts, for incremental updates. */
  parts: Map<string, CorpusPart>;
  /** Changes whenever any article's bytes, name or the set of articles changes. */
  hash: string;
  skipped: SkippedFile[];
  warnings: SkippedFile[];
  stats: CorpusStats;
}

export interface LoadCorpusOptions {
  /** Where per-article analyses are stored; null keeps them in memory only. */
  indexDir?: string | null;
  /** A corpus of the same folder loaded earlier: files with the same size and mtime are not read again. */
  previous?: Corpus | null;
  logger?: Logger;
  /**
   * Called once for every file of the listing (position `index` of `total`) as soon as its analysis is known,
   * with its part (null when the file is not an article): a fresh build embeds and indexes it meanwhile.
   */
  onPart?: (index: number, total: number, part: CorpusPart | null) => Promise<void>;
}

/** Files read at once while loading. */
const LOAD_CONCURRENCY = 16;

type Analyser = typeof import('./analysis.js');
let analyser: Promise<Analyser> | null = null;
/** The NLP side (cleaning, splitting, dates, claims), loaded only when an article needs analysing. */
function loadAnalyser(): Promise<Analyser> {
  analyser ??= import('./analysis.js');
  return analyser;
}

/** Loads the NLP side now (a running app does, after its start, so that its first new article does not wait). */
export async function prepareAnalyser(): Promise<void> {
  await loadAnalyser();
}

async function recordFor(
  hash: string,
  raw: string,
  opts: LoadCorpusOptions,
  stats: CorpusStats,
  id: string,
  claim: ((record: ArticleRecord) => Promise<ArticleRecord>) | null = null,
  unsaved: Set<string> | null = null,
): Promise<ArticleRecord> {
  if (opts.indexDir) {
    const stored = await readRecord(opts.indexDir, hash);
    if (stored) {
      stats.loaded++;
      return stored;
    }
  }
  const { analyseArticle } = await loadAnalyser();
  let record = await analyseArticle(raw, hash);
  stats.analysed.push(id);
  if (claim && !record.reason) record = await claim(record);
  // A record still without claims is stored once the corpus is judged (with its claims, when on topic).
  if (unsaved && !record.reason && !record.claims) unsaved.add(id);
  else if (opts.indexDir) await saveRecord(opts.indexDir, record, opts.logger ?? silentLogger);
  return record;
}

/** Articles analysed in one load before their claims are extracted as they come (see `EarlyClaims`; tests lower it). */
export const earlyClaims = { from: 64 };

/**
 * A large load (a full build) extracts each new article's claims as soon as it is analysed, with the dominant
 * parties judged over the articles analysed so far (judged again each time their number doubles), instead of
 * all at the end: the claims are then extracted while the graph is built on the other core, and each record is
 * written once. An article whose final dominant parties differ is extracted again by `claimParts`, so the
 * result is the same as extracting them all at the end.
 */
class EarlyClaims {
  private readonly topic = new Map<string, Set<string>>();
  private readonly parties = new Map<string, Set<string>>();
  private judged: { onTopic: Set<string>; test: (set: ReadonlySet<string>) => boolean; dominant: string[] } | null = null;
  /** Whether the last judgement named the dominant parties the one before it did (claims wait until they hold). */
  private settled = false;
  private next = earlyClaims.from;

  private readonly records = new Map<string, ArticleRecord>();

  /** Counts an article of the folder (analysed now or not) in the judgement (its sets are made when judging). */
  see(record: ArticleRecord, id: string): void {
    if (!record.reason) this.records.set(id, record);
  }

  /** The record of an article analysed now, with its claims when the load is large enough to judge. */
  async claim(record: ArticleRecord, article: Article, stats: CorpusStats): Promise<ArticleRecord> {
    this.see(record, article.id);
    if (stats.analysed.length < earlyClaims.from) return record;
    if (this.records.size >= this.next) {
      for (const [id, r] of this.records) {
        if (this.topic.has(id)) continue;
        this.topic.set(id, setOf(r, 'topic'));
        this.parties.set(id, setOf(r, 'parties'));
      }
      const test = onTopicTest(this.topic);
      const onTopic = new Set([...this.topic].filter(([, set]) => test(set)).map(([id]) => id));
      const dominant = dominantOf(this.parties, onTopic);
      this.settled = this.judged !== null && this.judged.dominant.join('|') === dominant.join('|');
      this.judged = { onTopic, test, dominant };
      this.next *= 2;
    }
    if (!this.judged || !this.settled) return record;
    // An article seen after the last judgement is judged by its test (the story's words so far).
    const on = this.topic.has(article.id) ? this.judged.onTopic.has(article.id) : this.judged.test(setOf(record, 'topic'));
    if (!on) return record;
    const { claimRecord } = await loadAnalyser();
    stats.claimed.push(article.id);
    return { ...record, claims: claimRecord(record, article, this.judged.dominant) };
  }
}

async function saveRecord(indexDir: string, record: ArticleRecord, logger: Logger): Promise<void> {
  try {
    await writeRecord(indexDir, record);
  } catch (err) {
    // The analysis is still valid in memory; the next start recomputes it.
    logger.warn(
      `Cannot store the analysis of an article in ${indexDir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
    );
  }
}

/**
 * Loads a folder of articles. Each article's analysis (metadata, body spans, sentences, chunks, terms,
 * claims) comes from its stored record when there is one for its bytes, and is computed (and stored)
 * otherwise; with `previous`, files whose size and mtime are unchanged are not even read. The corpus-wide
 * arrays are then put together from the records, which takes no NLP.
 */
export async function loadCorpus(dir: string, opts: LoadCorpusOptions = {}): Promise<Corpus> {
  const logger = opts.logger ?? silentLogger;
  const files = await listArticleFiles(dir);
  const stats: CorpusStats = { analysed: [], claimed: [], loaded: 0, unchanged: 0 };
  const parts: CorpusPart[] = [];
  const skipped: SkippedFile[] = [];
  const warnings: SkippedFile[] = [];
  const previous = opts.previous?.dir === dir ? opts.previous.parts : null;
  const listing = new Map<string, { size: number; mtimeMs: number } | null>();
  if (opts.indexDir && !previous) await pruneOldRecords(opts.indexDir);
  type Outcome =
    | { part: CorpusPart; warning?: string; stat: { size: number; mtimeMs: number } | null }
    | { skipped: string; stat: { size: number; mtimeMs: number } | null };
  // A start (not a refresh) reads the folder's pack: files whose identity is unchanged are not read.
  const pack = opts.indexDir && !previous ? readPack(opts.indexDir, dir) : null;
  let packHits = 0;
  const early = new EarlyClaims();
  /** Articles analysed now whose records wait for the corpus-wide judgement before they are stored. */
  const unsaved = new Set<string>();
  const handle = async (name: string): Promise<Outcome> => {
    const file = path.join(dir, name);
    const packed = pack?.files.get(name);
    if (packed) {
      const now = fileIdentity(file);
      // A pack entry that cannot be decoded (it never happens with a valid checksum) is read from its file.
      const e = sameFile(packed, now) ? loadPacked(packed) : null;
      if (e) {
        packHits++;
        packCounters.hits++;
        early.see(e.record, name);
        stats.loaded++;
        const article: Article = {
          id: name,
          path: file,
          raw: e.raw,
          hash: e.hash,
          meta: e.record.meta as Article['meta'],
          body: e.record.body ?? [],
          ...(e.fileMap ? { fileMap: e.fileMap } : {}),
        };
        return {
          part: { article, record: e.record, size: e.size, mtimeMs: e.mtimeMs, ident: { ctimeMs: e.ctimeMs, ino: e.ino } },
          ...(e.record.warning ? { warning: e.record.warning } : {}),
          stat: { size: e.size, mtimeMs: e.mtimeMs },
        };
      }
    }
    const old = previous?.get(name);
    if (old) {
      const now = await statFile(file);
      if (now && now.size === old.size && now.mtimeMs === old.mtimeMs) {
        stats.unchanged++;
        early.see(old.record, name);
        return { part: old, ...(old.record.warning ? { warning: old.record.warning } : {}), stat: now };
      }
    }
    const read = await readArticleFile(file);
    if ('reason' in read) return { skipped: read.reason, stat: await statFile(file) };
    const stat = { size: read.size, mtimeMs: read.mtimeMs };
    const articleOf = (record: ArticleRecord): Article => ({
      id: name,
      path: file,
      raw: read.raw,
      hash: read.hash,
      meta: record.meta as Article['meta'],
      body: record.body ?? [],
      ...(read.fileMap ? { fileMap: read.fileMap } : {}),
    });
    const claim = (r: ArticleRecord) => early.claim(r, articleOf(r), stats);
    const before = stats.analysed.length;
    const record =
      old && old.article.hash === read.hash ? old.record : await recordFor(read.hash, read.raw, opts, stats, name, claim, unsaved);
    if (stats.analysed.length === before) early.see(record, name);
    if (record.reason) return { skipped: record.reason, stat };
    const article = articleOf(record);
    return {
      part: { article, record, size: read.size, mtimeMs: read.mtimeMs, ...(read.ident ? { ident: read.ident } : {}) },
      ...(record.warning ? { warning: record.warning } : {}),
      stat,
    };
  };
  // Files are read (and records loaded) several at a time: most of a restart is waiting for the disk.
  const outcomes: Outcome[] = new Array(files.length);
  let next = 0;
  let lastTurn = performance.now();
  let analysed = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const outcome = await handle(files[i] as string);
      outcomes[i] = outcome;
      await opts.onPart?.(i, files.length, 'part' in outcome ? outcome.part : null);
      // A turn of the event loop after each article analysed now, and every few milliseconds otherwise: reading and
      // analysing complete as microtasks, so without it a lane waiting for real I/O (a cache write) would wait for
      // the other lanes to finish the folder, and a full build's graph worker would be heard from only at the end.
      if (stats.analysed.length !== analysed || performance.now() - lastTurn > 5) {
        analysed = stats.analysed.length;
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(LOAD_CONCURRENCY, files.length) }, worker));
  files.forEach((name, i) => {
    const o = outcomes[i] as Outcome;
    const file = path.join(dir, name);
    listing.set(name, o.stat);
    if ('skipped' in o) skipped.push({ path: file, reason: o.skipped });
    else {
      parts.push(o.part);
      if (o.warning) warnings.push({ path: file, reason: o.warning });
    }
  });
  const order = new Map(files.map((f, i) => [f, i]));
  stats.analysed.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  if (parts.length === 0) {
    const why = files.length === 0 ? 'it has no .txt or .md files' : `none of its ${files.length} files could be used`;
    throw new ArticlesError(`No articles in ${dir}: ${why}.`);
  }
  const claimedBefore = stats.claimed.length;
  // Every article from the pack, and nothing else: what was judged over them holds.
  const exact = pack !== null && packHits === parts.length && pack.files.size === parts.length;
  const judged = exact ? pack.judged : null;
  const { onTopic, dominant } = await claimParts(parts, opts, stats, logger, judged);
  // The records analysed now that the judgement gave no claims (off topic); the others were stored with them.
  if (opts.indexDir)
    for (const part of parts) if (unsaved.has(part.article.id) && !part.record.claims) await saveRecord(opts.indexDir, part.record, logger);
  const corpus = { ...assemble(dir, parts, onTopic, skipped, warnings, stats, judged?.words ?? null), dominant, listing };
  if (opts.indexDir && !previous) {
    // The pack is rewritten when it did not hold exactly these files and records.
    const packable = parts.filter((p) => p.ident);
    if (!judged || stats.claimed.length > claimedBefore)
      await writePack(
        opts.indexDir,
        dir,
        packable.map(packEntryOf),
        packable.length === parts.length ? { onTopic: [...onTopic], dominant, words: [...corpus.words.keys()] } : null,
      );
  }
  return corpus;
}

function loadPacked(packed: PackedFile): PackEntry | null {
  try {
    return packed.load();
  } catch {
    return null;
  }
}

function packEntryOf(p: CorpusPart): PackEntry {
  const { article, record, size, mtimeMs } = p;
  const ident = p.ident as { ctimeMs: number; ino: number };
  return {
    name: article.id,
    size,
    mtimeMs,
    ctimeMs: ident.ctimeMs,
    ino: ident.ino,
    raw: article.raw,
    hash: article.hash,
    ...(article.fileMap ? { fileMap: [...article.fileMap] } : {}),
    record,
  };
}

const recordSets = { topic: new WeakMap<ArticleRecord, Set<string>>(), parties: new WeakMap<ArticleRecord, Set<string>>() };
/** A record's topic words or parties as a set, made once per record (a refresh reuses the unchanged articles'). */
function setOf(record: ArticleRecord, field: 'topic' | 'parties'): Set<string> {
  let set = recordSets[field].get(record);
  if (!set) {
    set = new Set(record[field] ?? []);
    recordSets[field].set(record, set);
  }
  return set;
}

/** Gives every on-topic article its claims, extracted with the corpus's dominant parties (re-extracted if they changed). */
async function claimParts(
  parts: CorpusPart[],
  opts: LoadCorpusOptions,
  stats: CorpusStats,
  logger: Logger,
  judged: Judged | null,
): Promise<{ onTopic: Set<string>; dominant: string[] }> {
  const onTopic = judged ? new Set(judged.onTopic) : onTopicOf(new Map(parts.map((p) => [p.article.id, setOf(p.record, 'topic')])));
  const dominant = judged?.dominant ?? dominantOf(new Map(parts.map((p) => [p.article.id, setOf(p.record, 'parties')])), onTopic);
  const key = dominant.join('|');
  for (const part of parts) {
    if (!onTopic.has(part.article.id)) continue;
    const claims = part.record.claims;
    if (claims && claims.dominant.join('|') === key) continue;
    const { claimRecord } = await loadAnalyser();
    // A new record object: the previous corpus (still answering questions) keeps its own.
    part.record = { ...part.record, claims: claimRecord(part.record, part.article, dominant) };
    stats.claimed.push(part.article.id);
    if (opts.indexDir) await saveRecord(opts.indexDir, part.record, logger);
  }
  return { onTopic, dominant };
}

/**
 * One article's share of the corpus-wide arrays, kept with its record so that the next corpus of a running
 * process (a refresh) reuses it: its index terms always, its sentences, chunks and claims when their ids start
 * where they did (the articles before it unchanged). Never modified once made: the previous corpus may still be
 * answering with the same objects.
 */
interface Assembled {
  article: Article;
  firstSentence: number;
  firstChunk: number;
  /** First claim id, or -1 when the article was off topic (no claims). */
  firstClaim: number;
  sentences: Sentence[];
  chunks: Chunk[];
  claims: Claim[];
  sentenceTerms: string[][];
  chunkTerms: () => string[][];
  sentenceTermIds: TermIdLists;
  chunkTermIds: TermIdLists;
}

/** Every index term seen by this process, by id (append-only, so ids stay valid across refreshes). */
const dictionary: string[] = [];
const dictionaryIds = new Map<string, number>();
function termId(term: string): number {
  let id = dictionaryIds.get(term);
  if (id === undefined) {
    id = dictionary.length;
    dictionary.push(term);
    dictionaryIds.set(term, id);
  }
  return id;
}

/** A record's index terms as ids: its sentences', and its chunks' (their sentences' unless given apart). */
function termIdsOf(record: ArticleRecord): { sentences: TermIdLists; chunks: TermIdLists } {
  const vocab = record.vocab ?? [];
  const global = new Int32Array(vocab.length);
  vocab.forEach((v, i) => {
    global[i] = termId(v);
  });
  const packed = packedTerms.get(record);
  let sOffsets: Int32Array;
  let sIds: Int32Array;
  if (packed) {
    sOffsets = packed.offsets;
    sIds = new Int32Array(packed.ids.length);
    for (let k = 0; k < sIds.length; k++) sIds[k] = global[packed.ids[k] as number] as number;
  } else {
    const t = record.t ?? [];
    sOffsets = new Int32Array(t.length + 1);
    let n = 0;
    t.forEach((x, i) => {
      sOffsets[i] = n;
      n += x.length;
    });
    sOffsets[t.length] = n;
    sIds = new Int32Array(n);
    let k = 0;
    for (const x of t) for (const i of x) sIds[k++] = global[i] as number;
  }
  const c = record.c ?? [];
  const chunks = c.length / 2;
  const cOffsets = new Int32Array(chunks + 1);
  const parts: Int32Array[] = [];
  let m = 0;
  for (let j = 0; j < chunks; j++) {
    const special = record.ct?.[String(j)];
    const ids = special
      ? Int32Array.from(special, (x) => global[x] as number)
      : sIds.subarray(sOffsets[c[2 * j] as number] as number, sOffsets[c[2 * j + 1] as number] as number);
    cOffsets[j] = m;
    m += ids.length;
    parts.push(ids);
  }
  cOffsets[chunks] = m;
  const cIds = new Int32Array(m);
  parts.forEach((ids, j) => {
    cIds.set(ids, cOffsets[j] as number);
  });
  return { sentences: { ids: sIds, offsets: sOffsets }, chunks: { ids: cIds, offsets: cOffsets } };
}

const assembled = new WeakMap<ArticleRecord, Assembled>();

/** A record's chunk terms as words (its sentences' unless given apart), computed when first asked for. */
function lazyChunkTerms(record: ArticleRecord, sentenceTerms: string[][]): () => string[][] {
  let own: string[][] | null = null;
  return () => {
    if (own) return own;
    const vocab = record.vocab ?? [];
    const c = record.c ?? [];
    own = [];
    for (let i = 0; i < c.length; i += 2) {
      const special = record.ct?.[String(i / 2)];
      own.push(special ? special.map((x) => vocab[x] as string) : sentenceTerms.slice(c[i] as number, c[i + 1] as number).flat());
    }
    return own;
  };
}

function assemblePart(article: Article, record: ArticleRecord, firstSentence: number, firstChunk: number, firstClaim: number): Assembled {
  const cached = assembled.get(record);
  if (
    cached &&
    cached.article === article &&
    cached.firstSentence === firstSentence &&
    cached.firstChunk === firstChunk &&
    cached.firstClaim === firstClaim
  )
    return cached;
  const sentences = sentencesOf(record, article.raw, article.id, firstSentence);
  const chunks = chunksOf(record, article.raw, article.id, firstSentence, firstChunk);
  const ids = cached ? { sentences: cached.sentenceTermIds, chunks: cached.chunkTermIds } : termIdsOf(record);
  let sentenceTerms = cached?.sentenceTerms;
  if (!sentenceTerms) {
    const vocab = record.vocab ?? [];
    const packed = packedTerms.get(record);
    if (packed) {
      const { ids: flat, offsets } = packed;
      sentenceTerms = new Array(offsets.length - 1);
      for (let i = 0; i + 1 < offsets.length; i++) {
        const from = offsets[i] as number;
        const terms: string[] = new Array((offsets[i + 1] as number) - from);
        for (let j = 0; j < terms.length; j++) terms[j] = vocab[flat[from + j] as number] as string;
        sentenceTerms[i] = terms;
      }
    } else sentenceTerms = (record.t ?? []).map((ids) => ids.map((i) => vocab[i] as string));
  }
  // A chunk's terms as words are needed only where no BM25 index of the passages is given (never on a start
  // with a snapshot): made on first use.
  const chunkTerms = cached?.chunkTerms ?? lazyChunkTerms(record, sentenceTerms);
  const claims: Claim[] = [];
  if (firstClaim >= 0) {
    for (const c of record.claims?.list ?? []) {
      const s = sentences[c.sentenceId] as Sentence;
      // One literal shape for every claim (a spread of the stored object is ~50x slower, and gives claims
      // several shapes): the optional fields are present, undefined when the claim has none.
      claims.push({
        id: firstClaim + claims.length,
        source: article.id,
        sentenceId: s.id,
        event: c.event,
        attribute: c.attribute,
        qualifier: c.qualifier,
        value: c.value,
        display: c.display,
        date: c.date,
        number: c.number,
        unit: c.unit,
        asWritten: c.asWritten,
        speaker: c.speaker,
        inconsistency: c.inconsistency,
        quote: s.text,
        start: s.start,
        end: s.end,
      });
    }
  }
  const out = {
    article,
    firstSentence,
    firstChunk,
    firstClaim,
    sentences,
    chunks,
    claims,
    sentenceTerms,
    chunkTerms,
    sentenceTermIds: ids.sentences,
    chunkTermIds: ids.chunks,
  };
  assembled.set(record, out);
  return out;
}

/** The corpus's index terms; those of the chunks are put together on first use. */
function lazyTerms(sentences: string[][], chunksOf: (() => string[][])[]): Corpus['terms'] {
  let chunks: string[][] | null = null;
  return {
    sentences,
    get chunks(): string[][] {
      if (!chunks) {
        chunks = [];
        for (const make of chunksOf) for (const terms of make()) chunks.push(terms);
      }
      return chunks;
    },
  };
}

/** Puts the corpus-wide arrays together from the parts (ids in article order). */
function assemble(
  dir: string,
  parts: CorpusPart[],
  onTopic: Set<string>,
  skipped: SkippedFile[],
  warnings: SkippedFile[],
  stats: CorpusStats,
  knownWords: readonly string[] | null = null,
): Omit<Corpus, 'listing' | 'dominant'> {
  const sentences: Sentence[] = [];
  const chunks: Chunk[] = [];
  const sentenceTerms: string[][] = [];
  const chunkTermsOf: (() => string[][])[] = [];
  // The corpus's words in order of first occurrence: from the pack when it judged exactly these articles.
  const words = new Map<string, string>();
  if (knownWords) for (const w of knownWords) words.set(w, stem(w));
  const claims: Claim[] = [];
  const otherPair = new Map<string, string>();
  const sentenceRange = new Map<string, [number, number]>();
  const sentenceTermIds: TermIdLists[] = [];
  const chunkTermIds: TermIdLists[] = [];
  const h = createHash('sha256');
  for (const { article, record } of parts) {
    h.update(`${article.id}\0${article.hash}\n`);
    const first = sentences.length;
    const part = assemblePart(article, record, first, chunks.length, onTopic.has(article.id) ? claims.length : -1);
    for (const s of part.sentences) sentences.push(s);
    sentenceRange.set(article.id, [first, sentences.length]);
    for (const terms of part.sentenceTerms) sentenceTerms.push(terms);
    chunkTermsOf.push(part.chunkTerms);
    for (const c of part.chunks) chunks.push(c);
    if (!knownWords) for (const w of record.words ?? []) if (!words.has(w)) words.set(w, stem(w));
    for (const c of part.claims) claims.push(c);
    const other = onTopic.has(article.id) ? record.claims?.other : undefined;
    if (other) otherPair.set(article.id, other);
    sentenceTermIds.push(part.sentenceTermIds);
    chunkTermIds.push(part.chunkTermIds);
  }
  const articles = parts.map((p) => p.article);
  const chunkOf = new Int32Array(sentences.length).fill(-1);
  for (const c of chunks) for (const id of c.sentenceIds) chunkOf[id] = c.id;
  return {
    chunkOf,
    dir,
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    sentences,
    chunks,
    terms: lazyTerms(sentenceTerms, chunkTermsOf),
    termIds: { dictionary, sentences: sentenceTermIds, chunks: chunkTermIds },
    words,
    claims,
    onTopic,
    otherPair,
    sentenceRange,
    parts: new Map(parts.map((p) => [p.article.id, p])),
    hash: h.digest('hex'),
    skipped,
    warnings,
    stats,
  };
}

/**
 * True when the folder still holds exactly the files the corpus was loaded from, each with the same size
 * and modification time: a rescan that reads no file.
 */
export async function folderUnchanged(corpus: Corpus): Promise<boolean> {
  let names: string[];
  try {
    names = await listArticleFiles(corpus.dir);
  } catch {
    return false;
  }
  if (names.length !== corpus.listing.size) return false;
  for (const name of names) {
    if (!corpus.listing.has(name)) return false;
    const was = corpus.listing.get(name);
    const now = await statFile(path.join(corpus.dir, name));
    if (!was || !now || was.size !== now.size || was.mtimeMs !== now.mtimeMs) return false;
  }
  return true;
}

/** Loads and splits a folder of articles, analysing every article in memory (nothing stored). */
export async function buildCorpus(dir: string): Promise<Corpus> {
  return loadCorpus(dir, { indexDir: null });
}
