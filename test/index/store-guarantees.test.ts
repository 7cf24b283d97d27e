/**
 * What the persisted index promises, tested from outside: a crash while writing never leaves a broken index
 * in use, a corrupted cache entry is recomputed, an unusable INDEX_DIR fails with one clear error, and old
 * indexes are pruned.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/common.js';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { IndexError } from '../../src/errors.js';
import { LocalHashEmbeddings } from '../../src/index/embeddings.js';
import { graphCounters, indexKey, openIndex, prefetchCounters, prefetchGeneration, writeFileAtomic } from '../../src/index/store.js';
import { createLogger } from '../../src/log.js';
import { removeTempDirs, tempDir } from '../helpers/fixtures.js';

/**
 * Faults injected into the store's file writes: `fault.before(op, file)` runs before each `writeFile`,
 * `mkdir`, `rename`, `stat` and `rm` of node:fs/promises and may throw (a full disk, a process killed at that point)
 * or act first (another process removing the same folder just before).
 */
const fault = vi.hoisted(() => ({ before: null as null | ((op: string, file: string) => void) }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const wrap =
    <A extends unknown[], R>(op: string, fn: (file: never, ...rest: A) => Promise<R>) =>
    (file: unknown, ...rest: A): Promise<R> => {
      try {
        fault.before?.(op, String(file));
      } catch (err) {
        return Promise.reject(err);
      }
      return fn(file as never, ...rest);
    };
  const writeFile = wrap('writeFile', real.writeFile);
  const mkdir = wrap('mkdir', real.mkdir);
  const rename = wrap('rename', real.rename);
  const stat = wrap('stat', real.stat);
  const rm = wrap('rm', real.rm);
  const ops = { writeFile, mkdir, rename, stat, rm };
  return { ...real, ...ops, default: { ...real, ...ops } };
});

afterAll(removeTempDirs);
afterEach(() => {
  fault.before = null;
  vi.restoreAllMocks();
});

const local = () => {
  const embeddings = new LocalHashEmbeddings();
  return { embeddings, id: embeddings.id };
};

/** Above Linux's largest pid_max (2^22) and macOS's: no running process has it. */
const DEAD_PID = 4_194_305;

const SENTENCES = [
  'Officials said the agreement was signed on June 25 after talks in London.',
  'The deal restores exports of rare earth magnets to American manufacturers.',
  'Analysts said the framework leaves tariffs on many goods unchanged for now.',
];

/** A small articles folder; `variant` changes one article so the corpus hash changes. */
function articles(variant = 0): string {
  const dir = tempDir('dealbot-guarantee-seeds-');
  fs.writeFileSync(path.join(dir, 'a.txt'), `${SENTENCES.join(' ')}\n`);
  fs.writeFileSync(path.join(dir, 'b.txt'), `${SENTENCES.slice().reverse().join(' ')} Variant ${variant} of the report.\n`);
  return dir;
}

function capture() {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', (l) => lines.push(l)) };
}

describe('index writes', () => {
  it('a crash while saving leaves no index folder and no temporary files; the next run builds cleanly', async () => {
    const indexDir = tempDir('dealbot-crash-');
    const corpus = await buildCorpus(articles());
    // The graph is written, then the process "dies" as it writes the manifest, before the rename.
    let tmp = '';
    fault.before = (op, file) => {
      if (op === 'writeFile' && path.basename(file) === 'manifest.json') {
        tmp = path.basename(path.dirname(file));
        throw new Error('killed mid-write');
      }
    };
    await expect(openIndex({ corpus, embedder: local(), indexDir })).rejects.toBeInstanceOf(IndexError);
    fault.before = null;
    expect(fs.readdirSync(indexDir).filter((n) => n !== 'embeddings')).toEqual([]);

    // A process killed outright leaves its temporary folder (the name carries its host and pid). One from a
    // process that is gone is removed by the next build; one from a process still saving is left alone.
    const key = indexKey(corpus, local().id);
    const [, host, pid] = /-([0-9a-f]{8})-(\d+)-[0-9a-f]{8}$/.exec(tmp) ?? [];
    expect(Number(pid)).toBe(process.pid);
    const dead = `.tmp-index-${key}-${host}-${DEAD_PID}-0badf00d`;
    const running = `.tmp-index-${key}-${host}-${process.pid}-0badf00d`;
    const old = `.tmp-index-${key}-00000000-1-0badf00d`;
    for (const name of [dead, running, old]) {
      fs.mkdirSync(path.join(indexDir, name));
      fs.writeFileSync(path.join(indexDir, name, 'hnswlib.index'), 'half a graph');
    }
    const hoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(path.join(indexDir, old), hoursAgo, hoursAgo);

    const { lines, logger } = capture();
    const next = await openIndex({ corpus, embedder: local(), indexDir, logger });
    expect(next.status).toBe('built');
    expect(lines.filter((l) => l.startsWith('[dealbot] warn:'))).toEqual([]);
    expect(fs.readdirSync(next.dir).sort()).toEqual(['hnswlib.index', 'hnswlib.index.verified', 'manifest.json']);
    expect(fs.readdirSync(indexDir).sort()).toEqual([running, 'embeddings', path.basename(next.dir)].sort());
    expect((await openIndex({ corpus, embedder: local(), indexDir })).status).toBe('loaded');
  });

  it('a corrupted embedding-cache entry is recomputed, not used', async () => {
    const indexDir = tempDir('dealbot-cache-');
    const seeds = articles();
    const corpus = await buildCorpus(seeds);
    const first = await openIndex({ corpus, embedder: local(), indexDir });
    expect(first.embedded).toBe(2);
    const cacheDir = path.join(indexDir, 'embeddings', local().id.replace(/[^\w.@-]+/g, '_'));
    const [entry, other] = fs.readdirSync(cacheDir);
    // Cut short (four dimensions, one vector, but only one number), and not a cache file at all.
    const header = Buffer.alloc(12);
    header.write('DBV1', 0, 'latin1');
    header.writeUInt32LE(4, 4);
    header.writeUInt32LE(1, 8);
    fs.writeFileSync(path.join(cacheDir, entry as string), Buffer.concat([header, Buffer.alloc(4)]));
    fs.writeFileSync(path.join(cacheDir, other as string), 'not vectors');
    const again = await openIndex({ corpus, embedder: local(), indexDir, force: true });
    expect(again.status).toBe('rebuilt');
    expect(again.embedded).toBe(2);
    expect(again.store.index.getCurrentCount()).toBe(corpus.chunks.length);
    // And the cache is whole again: a third build embeds nothing.
    const third = await openIndex({ corpus, embedder: local(), indexDir, force: true });
    expect(third.embedded).toBe(0);
  });

  it('an INDEX_DIR that cannot be created fails with one IndexError naming it', async () => {
    const parent = tempDir('dealbot-unwritable-');
    const file = path.join(parent, 'a-file');
    fs.writeFileSync(file, 'x');
    const corpus = await buildCorpus(articles());
    const indexDir = path.join(file, 'cache');
    const err = await openIndex({ corpus, embedder: local(), indexDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexError);
    expect((err as Error).message).toBe(`Cannot create the index folder ${indexDir} (ENOTDIR).`);
  });

  it('keeps the two most recent indexes, the one in use always among them', async () => {
    const indexDir = tempDir('dealbot-prune-');
    const dirs: string[] = [];
    const counts: number[] = [];
    const indexes = () => fs.readdirSync(indexDir).filter((n) => n.startsWith('index-'));
    for (let v = 0; v < 5; v++) {
      const opened = await openIndex({ corpus: await buildCorpus(articles(v)), embedder: local(), indexDir });
      expect(opened.status).toBe('built');
      dirs.push(path.basename(opened.dir));
      counts.push(indexes().length);
      // Modification times in the future, oldest first: the index built next is the oldest of all by
      // modification time, and is still kept because it is the one in use.
      const t = new Date(Date.now() + 86_400_000 + v * 60_000);
      fs.utimesSync(opened.dir, t, t);
    }
    expect(counts).toEqual([1, 2, 2, 2, 2]);
    expect(indexes().sort()).toEqual(dirs.slice(3).sort());
    expect(fs.readdirSync(indexDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('index reads and races', () => {
  it('two builds at once in one process: one builds, the other uses its index; one folder, no temporary files', async () => {
    const indexDir = tempDir('dealbot-race-');
    const corpus = await buildCorpus(articles());
    const { lines, logger } = capture();
    const [a, b] = await Promise.all([
      openIndex({ corpus, embedder: local(), indexDir, logger }),
      openIndex({ corpus, embedder: local(), indexDir, logger }),
    ]);
    expect([a.status, b.status].sort()).toEqual(['built', 'loaded']);
    expect(a.dir).toBe(b.dir);
    expect(fs.readdirSync(indexDir).sort()).toEqual(['embeddings', path.basename(a.dir)]);
    expect(lines.join('')).toContain('first; using its index');
    for (const o of [a, b]) expect(o.store.index.getCurrentCount()).toBe(corpus.chunks.length);
  });

  it('rebuilds an index whose manifest names other articles, another embedder or a missing or corrupted file', async () => {
    const indexDir = tempDir('dealbot-manifest-');
    const corpus = await buildCorpus(articles());
    const built = await openIndex({ corpus, embedder: local(), indexDir });
    const manifestFile = path.join(built.dir, 'manifest.json');
    const graphFile = path.join(built.dir, 'hnswlib.index');
    const original = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    const segments = original.segments as Array<[string, string, number, number]>;
    const [first, ...rest] = segments as [[string, string, number, number], ...Array<[string, string, number, number]>];
    const other = 'index was built for other articles';
    type Case = [name: string, manifest: Record<string, unknown>, reason: string | RegExp, damage?: (file: string) => void];
    const cases: Case[] = [
      ['another corpus', { corpus: 'other' }, other],
      ['an article of other bytes', { segments: [[first[0], 'f'.repeat(64), first[2], first[3]], ...rest] }, other],
      ['an article that is not in the folder', { segments: [['gone.txt', ...first.slice(1)], ...rest] }, other],
      ['one article too few', { segments: rest }, other],
      ['another chunk count', { segments: [[first[0], first[1], first[2], first[3] + 1], ...rest] }, other],
      ['another embedder', { embedder: 'other' }, 'index was built with another embedder'],
      ['another number of vectors', { chunks: 1 }, 'index holds the wrong number of vectors'],
      ['another format', { format: 'langchain' }, 'manifest is of another format'],
      ['no graph file listed', { files: {} }, 'manifest lists no hnswlib.index'],
      ['no file list', { files: undefined }, 'manifest lists no hnswlib.index'],
      ['the graph file missing', {}, /\(ENOENT: no such file or directory, open '.*hnswlib\.index'\)/, (f) => fs.rmSync(f)],
      ['the graph file corrupted', {}, 'hnswlib.index does not match its checksum', (f) => fs.appendFileSync(f, 'x')],
    ];
    for (const [name, change, reason, damage] of cases) {
      fs.writeFileSync(manifestFile, JSON.stringify({ ...original, ...change }));
      damage?.(graphFile);
      const { lines, logger } = capture();
      const again = await openIndex({ corpus, embedder: local(), indexDir, logger });
      expect(again.status, name).toBe('rebuilt');
      const warning = lines.filter((l) => l.startsWith('[dealbot] warn:'));
      expect(warning, name).toHaveLength(1);
      expect(warning[0], name).toMatch(
        typeof reason === 'string' ? `(${reason}); rebuilding it` : new RegExp(`${reason.source}; rebuilding it`),
      );
      expect(again.store.index.getCurrentCount(), name).toBe(corpus.chunks.length);
      // The rebuilt index is valid and complete: the next open loads it, with no warning.
      const next = capture();
      expect((await openIndex({ corpus, embedder: local(), indexDir, logger: next.logger })).status, name).toBe('loaded');
      expect(next.lines, name).toEqual([]);
    }
  });

  it("a graph's checksum is computed when it is written, trusted while the file is not written again, and checked again when it is", async () => {
    const indexDir = tempDir('dealbot-verified-');
    const corpus = await buildCorpus(articles());
    const built = await openIndex({ corpus, embedder: local(), indexDir });
    const before = { ...graphCounters };
    expect((await openIndex({ corpus, embedder: local(), indexDir })).status).toBe('loaded');
    expect(graphCounters).toEqual({ ...before, trusted: before.trusted + 1 });
    // One byte changed in place (same size; the modification time put back): the change time tells, the
    // checksum is computed and does not match, the index is rebuilt.
    const file = path.join(built.dir, 'hnswlib.index');
    const { atime, mtime } = fs.statSync(file);
    const fd = fs.openSync(file, 'r+');
    const byte = Buffer.alloc(1);
    fs.readSync(fd, byte, 0, 1, 200);
    fs.writeSync(fd, Buffer.from([(byte[0] as number) ^ 0xff]), 0, 1, 200);
    fs.closeSync(fd);
    fs.utimesSync(file, atime, mtime);
    const { lines, logger } = capture();
    const rebuilt = await openIndex({ corpus, embedder: local(), indexDir, logger });
    expect(rebuilt.status).toBe('rebuilt');
    expect(lines.join('')).toContain('hnswlib.index does not match its checksum');
    expect(graphCounters.trusted).toBe(before.trusted + 1);
    // A stamp of another checksum (or none) is not trusted: the graph is verified, then trusted.
    fs.writeFileSync(path.join(rebuilt.dir, 'hnswlib.index.verified'), '{"checksum":"crc32:1:00000000"}');
    expect((await openIndex({ corpus, embedder: local(), indexDir })).status).toBe('loaded');
    expect(graphCounters.verified).toBe(before.verified + 1);
    expect((await openIndex({ corpus, embedder: local(), indexDir })).status).toBe('loaded');
    expect(graphCounters.trusted).toBe(before.trusted + 2);
  });

  it('vectors read back from the cache are the vectors written: the nearest passage to a sentence is that sentence', async () => {
    const indexDir = tempDir('dealbot-roundtrip-');
    const corpus = await buildCorpus(articles());
    await openIndex({ corpus, embedder: local(), indexDir });
    const cached = await openIndex({ corpus, embedder: local(), indexDir, force: true });
    expect(cached.embedded).toBe(0);
    for (const sentence of SENTENCES) {
      const [hit] = await cached.store.similaritySearchVectorWithScore(await local().embeddings.embedQuery(sentence), 1);
      expect(hit?.[0].pageContent).toContain(sentence);
    }
  });

  it('a cache entry with the wrong number of vectors is recomputed', async () => {
    const indexDir = tempDir('dealbot-count-');
    const corpus = await buildCorpus(articles());
    await openIndex({ corpus, embedder: local(), indexDir });
    const cacheDir = path.join(indexDir, 'embeddings', local().id.replace(/[^\w.@-]+/g, '_'));
    for (const name of fs.readdirSync(cacheDir)) {
      const entry = fs.readFileSync(path.join(cacheDir, name));
      // Well-formed, but one vector more than the article has passages.
      const dims = entry.readUInt32LE(4);
      const extra = Buffer.concat([entry, Buffer.alloc(dims * 4)]);
      extra.writeUInt32LE(entry.readUInt32LE(8) + 1, 8);
      fs.writeFileSync(path.join(cacheDir, name), extra);
    }
    const again = await openIndex({ corpus, embedder: local(), indexDir, force: true });
    expect(again.embedded).toBe(2);
    expect(again.store.index.getCurrentCount()).toBe(corpus.chunks.length);
  });

  it('an embedder that fails or returns the wrong number of vectors fails with one IndexError', async () => {
    const corpus = await buildCorpus(articles());
    const failing = {
      id: 'failing',
      embeddings: Object.assign(new LocalHashEmbeddings(), {
        embedDocuments: async () => {
          throw Object.assign(new Error('upstream'), { status: 500 });
        },
      }),
    };
    const err = await openIndex({ corpus, embedder: failing, indexDir: tempDir() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IndexError);
    expect((err as Error).message).toBe('The embeddings server failed while indexing a.txt (HTTP 500).');
    const extra = {
      id: 'extra',
      embeddings: Object.assign(new LocalHashEmbeddings(), {
        embedDocuments: async (texts: string[]) => [...texts, 'one more'].map(() => [1, 2, 3]),
      }),
    };
    const chunks = corpus.chunks.filter((c) => c.source === 'a.txt').length;
    await expect(openIndex({ corpus, embedder: extra, indexDir: tempDir() })).rejects.toThrow(
      `The embedder returned ${chunks + 1} vectors for ${chunks} passages.`,
    );
  });

  it('a failed save names the folder and the error code, never a stack trace, and leaves no temporary folder', async () => {
    const corpus = await buildCorpus(articles());
    const indexDir = tempDir('dealbot-enospc-');
    /** What the command line prints for a failed `openIndex`. */
    const printed = async () => {
      let out = '';
      const stderr = new Writable({
        write(chunk, _enc, done) {
          out += String(chunk);
          done();
        },
      });
      const code = await runCommand(() => openIndex({ corpus, embedder: local(), indexDir }).then(() => 0), undefined, stderr);
      return { code, out };
    };
    const cases: Array<[op: string, error: Error, shown: string]> = [
      ['writeFile', Object.assign(new Error('no space left'), { code: 'ENOSPC' }), 'ENOSPC'],
      ['mkdir', Object.assign(new Error('permission denied'), { code: 'EACCES' }), 'EACCES'],
      ['rename', Object.assign(new Error('I/O error'), { code: 'EIO' }), 'EIO'],
      ['writeFile', new Error('odd failure'), 'odd failure'],
    ];
    for (const [op, error, shown] of cases) {
      // The failure hits the index's own files (the temporary folder, the manifest, the rename into place).
      fault.before = (o, file) => {
        if (o === op && (file.includes(`${path.sep}.tmp-`) || path.basename(file).startsWith('.tmp-'))) throw error;
      };
      const err = await openIndex({ corpus, embedder: local(), indexDir }).catch((e: unknown) => e);
      expect(err, op).toBeInstanceOf(IndexError);
      expect((err as Error).message, op).toBe(`Cannot write the index to ${indexDir} (${shown}).`);
      expect(await printed(), op).toEqual({ code: 1, out: `dealbot: Cannot write the index to ${indexDir} (${shown}).\n` });
      expect(fs.readdirSync(indexDir), op).toEqual(['embeddings']);
    }
  });

  it('writeFileAtomic leaves no temporary file when the rename fails, and replaces a file whole', async () => {
    const dir = tempDir('dealbot-atomic-');
    const target = path.join(dir, 'occupied');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'x'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['occupied']);
    const file = path.join(dir, 'f.txt');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(dir).sort()).toEqual(['f.txt', 'occupied']);
  });
});

describe('housekeeping never removes what may still be in use, and never stops half-way', () => {
  it("removes only the store's own leftovers of writers known to be gone; the others stay until they are an hour old", async () => {
    const indexDir = tempDir('dealbot-leftovers-');
    const first = await openIndex({ corpus: await buildCorpus(articles(0)), embedder: local(), indexDir });
    const second = await openIndex({ corpus: await buildCorpus(articles(1)), embedder: local(), indexDir });
    const corpus = await buildCorpus(articles(2));
    const key = indexKey(corpus, local().id);
    // This host's tag, as the store writes it into its temporary folders' names.
    let tmp = '';
    fault.before = (op, file) => {
      if (op === 'writeFile' && path.basename(file) === 'manifest.json') {
        tmp = path.basename(path.dirname(file));
        throw new Error('killed mid-write');
      }
    };
    await expect(openIndex({ corpus, embedder: local(), indexDir })).rejects.toBeInstanceOf(IndexError);
    fault.before = null;
    const host = /-([0-9a-f]{8})-\d+-[0-9a-f]{8}$/.exec(tmp)?.[1] as string;
    const otherHost = host === '00000000' ? '11111111' : '00000000';
    /** A pid that exists but belongs to another user: it cannot be signalled (EPERM), so it may be running. */
    const OTHER_USERS_PID = DEAD_PID + 1;
    const kill = process.kill.bind(process);
    vi.spyOn(process, 'kill').mockImplementation((pid, signal) => {
      if (pid === OTHER_USERS_PID) throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
      return kill(pid, signal);
    });
    const kept = {
      // Someone else's temporary folder (not the store's naming), however old.
      foreign: '.tmp-notes',
      notQuiteOurs: `.tmp-index-${key}-${host}-${DEAD_PID}-0badf00d.bak`,
      // Another host's writer: its pid says nothing here (a shared folder), so it counts as running while recent.
      otherHost: `.tmp-index-${key}-${otherHost}-${DEAD_PID}-0badf00d`,
      // A process of this host that cannot be signalled is not known to be gone.
      otherUser: `.tmp-index-${key}-${host}-${OTHER_USERS_PID}-0badf00d`,
    };
    // Another process pruning at the same time removes these two just before this one looks at or removes them.
    const vanishesBeforeStat = `.tmp-index-${key}-${otherHost}-1-cafef00d`;
    const vanishesBeforeRm = `.tmp-index-${key}-${host}-${DEAD_PID}-deadbeef`;
    const generationVanishing = 'index-00000000000000000000';
    for (const name of [...Object.values(kept), vanishesBeforeStat, vanishesBeforeRm, generationVanishing]) {
      fs.mkdirSync(path.join(indexDir, name));
      fs.writeFileSync(path.join(indexDir, name, 'hnswlib.index'), 'half a graph');
    }
    const hoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(path.join(indexDir, kept.foreign), hoursAgo, hoursAgo);
    fault.before = (op, file) => {
      const name = path.basename(file);
      if ((op === 'stat' && (name === vanishesBeforeStat || name === generationVanishing)) || (op === 'rm' && name === vanishesBeforeRm))
        fs.rmSync(file, { recursive: true, force: true });
    };
    const third = await openIndex({ corpus, embedder: local(), indexDir });
    fault.before = null;
    expect(third.status).toBe('built');
    // The generation in use and the one before are kept, the oldest is removed: pruning went all the way.
    expect(fs.existsSync(first.dir)).toBe(false);
    expect(fs.readdirSync(indexDir).sort()).toEqual(
      [...Object.values(kept), 'embeddings', path.basename(second.dir), path.basename(third.dir)].sort(),
    );
    for (const name of Object.values(kept)) expect(fs.readdirSync(path.join(indexDir, name)), name).toEqual(['hnswlib.index']);
  });
});

describe('another process finishing the same index first', () => {
  it('whatever error the platform gives for the rename onto its folder, its index is used, with its labels', async () => {
    const corpus = await buildCorpus(articles());
    const key = indexKey(corpus, local().id);
    const reference = await openIndex({ corpus, embedder: local(), indexDir: tempDir('dealbot-theirs-') });
    const otherArticles = await openIndex({ corpus: await buildCorpus(articles(1)), embedder: local(), indexDir: tempDir() });
    type Case = [code: string, theirs: string | null, status: 'loaded' | 'built'];
    const cases: Case[] = [
      ['ENOTEMPTY', reference.dir, 'loaded'],
      ['EEXIST', reference.dir, 'loaded'],
      ['EPERM', reference.dir, 'loaded'],
      ['EACCES', reference.dir, 'loaded'],
      // Theirs does not fit this corpus (cannot happen with one key, but never trusted): ours is used from memory.
      ['ENOTEMPTY', otherArticles.dir, 'built'],
      // Theirs is unreadable: ours is used from memory.
      ['EEXIST', null, 'built'],
    ];
    for (const [code, theirs, status] of cases) {
      const indexDir = tempDir('dealbot-lost-race-');
      const dir = path.join(indexDir, `index-${key}`);
      fault.before = (op, file) => {
        if (op === 'rename' && path.basename(file).startsWith('.tmp-index-')) {
          if (theirs) fs.cpSync(theirs, dir, { recursive: true });
          else fs.mkdirSync(dir);
          throw Object.assign(new Error(`rename ${code}`), { code });
        }
      };
      const { lines, logger } = capture();
      const opened = await openIndex({ corpus, embedder: local(), indexDir, logger });
      const name = `${code} ${status}`;
      expect(opened.status, name).toBe(status);
      expect(opened.dir, name).toBe(dir);
      expect(lines.join(''), name).toContain('first; using its index');
      expect(fs.readdirSync(indexDir).sort(), name).toEqual(['embeddings', path.basename(dir)]);
      expect(opened.store.size, name).toBe(corpus.chunks.length);
      expect(opened.store.args.numDimensions, name).toBe(local().embeddings.dimensions);
      const [hit] = await opened.store.similaritySearchVectorWithScore(await local().embeddings.embedQuery(SENTENCES[1] as string), 1);
      expect(hit?.[0].pageContent, name).toContain(SENTENCES[1]);
    }
  });
});

describe('which earlier index an update starts from', () => {
  /** Articles `a.txt` and `b.txt` (variant `v` of b), or only a.txt. */
  const corpusOf = async (v: number | 'a only') => {
    if (v !== 'a only') return buildCorpus(articles(v));
    const dir = tempDir('dealbot-a-only-');
    fs.writeFileSync(path.join(dir, 'a.txt'), `${SENTENCES.join(' ')}\n`);
    return buildCorpus(dir);
  };

  it('a changed corpus inserts only the changed article into the newest earlier generation', async () => {
    const indexDir = tempDir('dealbot-update-');
    const first = await openIndex({ corpus: await corpusOf(0), embedder: local(), indexDir });
    expect([first.status, first.inserted]).toEqual(['built', 2]);
    const corpus = await corpusOf(1);
    const changed = await openIndex({ corpus, embedder: local(), indexDir });
    // Half the vectors are replaced: far below the count that makes a fresh build worth it.
    expect([changed.status, changed.embedded, changed.inserted]).toEqual(['built', 1, 1]);
    expect(changed.manifest.deleted).toBe(first.manifest.segments[1]?.[3]);
    expect(changed.store.size).toBe(corpus.chunks.length);
    const loaded = await openIndex({ corpus, embedder: local(), indexDir });
    expect([loaded.status, loaded.store.size, loaded.store.args.numDimensions]).toEqual([
      'loaded',
      corpus.chunks.length,
      local().embeddings.dimensions,
    ]);
    // An article removed from the folder: its vectors are marked deleted, nothing is inserted.
    const fewer = await corpusOf('a only');
    const removed = await openIndex({ corpus: fewer, embedder: local(), indexDir });
    expect([removed.status, removed.inserted, removed.store.size]).toEqual(['built', 0, fewer.chunks.length]);
    expect((await openIndex({ corpus: fewer, embedder: local(), indexDir })).status).toBe('loaded');
  });

  it('a forced or corrupted index is rebuilt from scratch, not from an earlier generation', async () => {
    const indexDir = tempDir('dealbot-scratch-');
    await openIndex({ corpus: await corpusOf(0), embedder: local(), indexDir });
    const corpus = await corpusOf(1);
    const current = await openIndex({ corpus, embedder: local(), indexDir });
    expect(current.inserted).toBe(1);
    const forced = await openIndex({ corpus, embedder: local(), indexDir, force: true });
    expect([forced.status, forced.embedded, forced.inserted, forced.manifest.deleted]).toEqual(['rebuilt', 0, 2, 0]);
    fs.appendFileSync(path.join(forced.dir, 'hnswlib.index'), 'x');
    const { lines, logger } = capture();
    const rebuilt = await openIndex({ corpus, embedder: local(), indexDir, logger });
    expect(lines.filter((l) => l.startsWith('[dealbot] warn:'))).toHaveLength(1);
    expect([rebuilt.status, rebuilt.embedded, rebuilt.inserted, rebuilt.manifest.deleted]).toEqual(['rebuilt', 0, 2, 0]);
    expect(rebuilt.store.size).toBe(corpus.chunks.length);
  });

  it('the newest generation read ahead (before the articles load) is used as the index, or as the base of an update, and a damaged one never', async () => {
    const indexDir = tempDir('dealbot-ahead-');
    const corpus0 = await corpusOf(0);
    const built = await openIndex({ corpus: corpus0, embedder: local(), indexDir });
    const before = { ...prefetchCounters };
    // Unchanged: the generation read ahead is the one wanted.
    const ahead = prefetchGeneration(indexDir, local());
    expect(ahead?.dir).toBe(built.dir);
    const loaded = await openIndex({ corpus: corpus0, embedder: local(), indexDir, prefetched: ahead });
    expect([loaded.status, loaded.store.size]).toEqual(['loaded', corpus0.chunks.length]);
    expect(prefetchCounters.used).toBe(before.used + 1);
    // One article changed: the generation read ahead is the base, only the changed article is inserted.
    const corpus1 = await corpusOf(1);
    const updated = await openIndex({ corpus: corpus1, embedder: local(), indexDir, prefetched: prefetchGeneration(indexDir, local()) });
    expect([updated.status, updated.inserted, updated.store.size]).toEqual(['built', 1, corpus1.chunks.length]);
    expect(prefetchCounters.used).toBe(before.used + 2);
    // Another embedder's generations are not read ahead; a damaged graph read ahead is refused and rebuilt.
    const small = new LocalHashEmbeddings({ dimensions: 64 });
    expect(prefetchGeneration(indexDir, { embeddings: small, id: small.id })).toBeNull();
    fs.appendFileSync(path.join(updated.dir, 'hnswlib.index'), 'x');
    const damaged = prefetchGeneration(indexDir, local());
    expect(damaged?.dir).toBe(updated.dir);
    expect(await damaged?.loaded).toBeNull();
    const { lines, logger } = capture();
    const rebuilt = await openIndex({ corpus: corpus1, embedder: local(), indexDir, logger, prefetched: damaged });
    expect(rebuilt.status).toBe('rebuilt');
    expect(lines.filter((l) => l.startsWith('[dealbot] warn:'))).toHaveLength(1);
    expect(rebuilt.store.size).toBe(corpus1.chunks.length);
    expect(prefetchGeneration(tempDir('dealbot-empty-'), local())).toBeNull();
  });

  it("a running process's previous index is updated in memory, but only when it comes from the same embedder", async () => {
    const indexDir = tempDir('dealbot-in-memory-');
    const previous = await openIndex({ corpus: await corpusOf(0), embedder: local(), indexDir });
    // Its generation on disk is gone (pruned by another process): the update still starts from memory.
    fs.rmSync(previous.dir, { recursive: true });
    const corpus = await corpusOf(1);
    const updated = await openIndex({ corpus, embedder: local(), indexDir, base: previous });
    expect([updated.status, updated.inserted]).toEqual(['built', 1]);
    expect(updated.store.size).toBe(corpus.chunks.length);
    // A base from another embedder holds vectors of another space: everything is embedded and inserted anew.
    const small = new LocalHashEmbeddings({ dimensions: 64 });
    const other = await openIndex({ corpus, embedder: { embeddings: small, id: small.id }, indexDir, base: updated });
    expect([other.status, other.embedded, other.inserted, other.manifest.deleted]).toEqual(['built', 2, 2, 0]);
    expect(other.store.args.numDimensions).toBe(64);
    const [hit] = await other.store.similaritySearchVectorWithScore(await small.embedQuery(SENTENCES[2] as string), 1);
    expect(hit?.[0].pageContent).toContain(SENTENCES[2]);
  });
});
