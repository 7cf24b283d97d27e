import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../config.js';
import { compromisePath, nlpLoaded } from './nlp.js';

/** One term of compromise's `json({ offset: true })` output: where it is and its tags. */
export interface TaggedTerm {
  offset: { start: number; length: number };
  tags: string[];
}

/** What a question's analysis reads from compromise, computed in the worker. */
export interface Tagging {
  /** The terms of the text, or null when compromise threw on it. */
  terms: TaggedTerm[] | null;
}

/** An entry of compromise's lexicon: whether the key is in it (`key in lexicon`) and its tags (strings only). */
export interface LexiconEntry {
  present: boolean;
  value: string | string[] | null;
}

/** bin/tagger.cjs: compromise set up to answer tagging requests, in a worker thread or a startup snapshot. */
const TAGGER_SCRIPT = path.join(PROJECT_ROOT, 'bin', 'tagger.cjs');

/**
 * Where the tagger's startup snapshot for this Node.js is (`dist/`, built by `npm run build`): a blob only
 * runs on the Node.js binary that built it, and it holds compromise's code and bin/tagger.cjs's, so all three
 * are in its name.
 */
export function taggerSnapshotPath(dir = path.join(PROJECT_ROOT, 'dist')): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(TAGGER_SCRIPT));
  hash.update(compromiseIdentity());
  const key = hash.digest('hex').slice(0, 16);
  return path.join(dir, `tagger-${process.version}-${process.platform}-${process.arch}-${key}.blob`);
}

/**
 * Which compromise is installed: its package's name and version (a small file; the 370 KB bundle is hashed only
 * when the package file is not where a package keeps it).
 */
function compromiseIdentity(): string {
  const bundle = compromisePath();
  try {
    // …/compromise/builds/three/compromise-three.cjs → …/compromise/package.json
    const pkg = JSON.parse(readFileSync(path.resolve(path.dirname(bundle), '../../package.json'), 'utf8')) as {
      name?: unknown;
      version?: unknown;
    };
    if (pkg.name === 'compromise' && typeof pkg.version === 'string') return `compromise@${pkg.version}`;
  } catch {
    // Fall through to the bundle's contents.
  }
  return createHash('sha256').update(readFileSync(bundle)).digest('hex');
}

/**
 * Builds the tagger's startup snapshot into `dir` (`npm run build`): written under a temporary name, checked
 * by tagging a sentence with it, then renamed into place; older snapshots in `dir` are removed. Throws with
 * the reason when Node.js cannot build or run it (questions then load compromise in a worker, as before).
 */
export function buildTaggerSnapshot(dir = path.join(PROJECT_ROOT, 'dist')): string {
  const file = taggerSnapshotPath(dir);
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const built = spawnSync(process.execPath, ['--snapshot-blob', temporary, '--build-snapshot', TAGGER_SCRIPT, compromisePath()], {
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(built.stderr.trim().split('\n').pop() || `exit ${built.status ?? built.signal}`);
    const probe = spawnSync(process.execPath, ['--snapshot-blob', temporary], {
      encoding: 'utf8',
      input: `${JSON.stringify({ id: 1, text: 'Who signed the agreement in London?', keys: ['london'] })}\n`,
    });
    const reply = JSON.parse(probe.stdout.trim() || 'null') as Reply | null;
    if (probe.status !== 0 || !reply?.terms?.length || !reply.entries?.[0]?.[1]) {
      throw new Error(`the snapshot does not answer (${probe.stderr.trim() || `exit ${probe.status ?? probe.signal}`})`);
    }
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  for (const name of readdirSync(dir)) {
    if (/^tagger-.*\.blob$/.test(name) && name !== path.basename(file)) rmSync(path.join(dir, name), { force: true });
  }
  return file;
}

/** Requests go out and replies come back: a worker thread, or a process started from the snapshot. */
interface Channel {
  send(request: { id: number; text: string; keys: string[] }): void;
  /** Whether the channel keeps this process alive (only while a request is pending). */
  hold(on: boolean): void;
  terminate(): Promise<unknown>;
}

let channel: Channel | null = null;
let stopped = false;
let sequence = 0;
interface Reply {
  id: number;
  terms: TaggedTerm[] | null;
  entries: [string, boolean, string | string[] | null][] | null;
}
const pending = new Map<number, (reply: Reply | null) => void>();
const lexicon = new Map<string, LexiconEntry>();
const prepared = new Map<string, Tagging>();

function stop(): void {
  stopped = true;
  channel = null;
  for (const done of pending.values()) done(null);
  pending.clear();
}

function received(reply: Reply): void {
  const done = pending.get(reply.id);
  pending.delete(reply.id);
  if (pending.size === 0) channel?.hold(false);
  done?.(reply);
}

/** A process started from the snapshot, or null when there is none for this Node.js. */
function snapshotChannel(dir?: string): Channel | null {
  const blob = taggerSnapshotPath(dir);
  if (!existsSync(blob)) return null;
  const child = spawn(process.execPath, ['--snapshot-blob', blob], { stdio: ['pipe', 'pipe', 'ignore'] });
  const self: Channel = {
    send: (request) => child.stdin.write(`${JSON.stringify(request)}\n`),
    hold: (on) => {
      for (const handle of [child, child.stdin, child.stdout] as { ref(): void; unref(): void }[]) {
        if (on) handle.ref();
        else handle.unref();
      }
    },
    terminate: async () => {
      child.stdin.end();
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
    },
  };
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      try {
        received(JSON.parse(line) as Reply);
      } catch {
        // Not a reply: ignored (the request then waits for the process's end, and is tagged here).
      }
    }
  });
  // A snapshot that fails to start (a damaged file) ends the process: pending requests are tagged here.
  const ended = () => {
    if (channel === self) stop();
  };
  child.on('error', ended);
  child.on('exit', ended);
  child.stdin.on('error', ended);
  self.hold(false);
  return self;
}

/** A worker thread that loads compromise (~0.4 s, on the second core). */
function workerChannel(): Channel {
  const worker = new Worker(TAGGER_SCRIPT, { workerData: { path: compromisePath() } });
  const self: Channel = {
    send: (request) => worker.postMessage(request),
    hold: (on) => (on ? worker.ref() : worker.unref()),
    terminate: () => worker.terminate(),
  };
  worker.on('message', received);
  const ended = () => {
    if (channel === self) stop();
  };
  worker.on('error', ended);
  worker.on('exit', ended);
  // After the listeners (a 'message' listener refs the worker again).
  worker.unref();
  return self;
}

/**
 * Starts the question tagger outside this thread, for a new process that will answer a question: a process
 * started from the startup snapshot (ready in ~0.1 s), or else a worker thread that loads compromise on the
 * second core while this thread loads the index. Does nothing once compromise is loaded here. Neither keeps
 * the process alive while no request is pending. `snapshotDir`: where the snapshot is (default `dist/`);
 * false for the worker.
 */
export function startTagger(options: { snapshotDir?: string | false } = {}): void {
  if (channel || stopped || nlpLoaded()) return;
  try {
    channel = (options.snapshotDir !== false ? snapshotChannel(options.snapshotDir) : null) ?? workerChannel();
  } catch {
    stopped = true;
  }
}

/** Stops the worker and forgets what it prepared (tests; a process that exits need not call it). */
export async function stopTagger(): Promise<void> {
  const c = channel;
  stop();
  stopped = false;
  prepared.clear();
  lexicon.clear();
  await c?.terminate();
}

/**
 * Tags `text` and looks up `keys` in compromise's lexicon in the worker, for `preparedTagging(text)` and
 * `lexiconEntry(key)`; does nothing when no worker runs (then the analysis loads compromise in this thread,
 * with the same results).
 */
export async function prepareTagging(text: string, keys: readonly string[]): Promise<void> {
  const c = channel;
  if (!c || prepared.has(text)) return;
  const id = ++sequence;
  const reply = await new Promise<Reply | null>((resolve) => {
    pending.set(id, resolve);
    c.hold(true);
    c.send({ id, text, keys: [...keys] });
  });
  if (!reply) return;
  if (prepared.size >= 64) prepared.clear();
  prepared.set(text, { terms: reply.terms });
  if (lexicon.size > 10_000) lexicon.clear();
  for (const [key, present, value] of reply.entries ?? []) lexicon.set(key, { present, value });
}

/** The worker's tagging of `text`, if it was prepared. */
export function preparedTagging(text: string): Tagging | undefined {
  return prepared.get(text);
}

/** The lexicon entry of `key`, if the worker looked it up. */
export function lexiconEntry(key: string): LexiconEntry | undefined {
  return lexicon.get(key);
}
