import { Worker } from 'node:worker_threads';
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

/**
 * The worker: loads compromise (the same build as `nlp.ts`), tags one sentence to finish its set-up, then
 * answers requests. Plain CommonJS, so that it runs the same from the sources (tsx) and from `dist/`.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const nlp = require(workerData.path);
nlp('The agreement was signed in London on Monday.').json({ offset: true });
parentPort.on('message', ({ id, text, keys }) => {
  let terms = null;
  try {
    terms = nlp(text)
      .json({ offset: true })
      .flatMap((s) => s.terms)
      .map((t) => ({ offset: { start: t.offset.start, length: t.offset.length }, tags: t.tags }));
  } catch {
    terms = null;
  }
  let entries = null;
  try {
    const lexicon = nlp.model().one.lexicon;
    entries = keys.map((k) => {
      const v = lexicon[k];
      const value = typeof v === 'string' ? v : Array.isArray(v) ? v.filter((t) => typeof t === 'string') : null;
      return [k, k in lexicon, value];
    });
  } catch {
    entries = null;
  }
  parentPort.postMessage({ id, terms, entries });
});
`;

let worker: Worker | null = null;
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
  worker = null;
  for (const done of pending.values()) done(null);
  pending.clear();
}

/**
 * Starts loading compromise in a worker thread, for a new process that will answer a question: it loads
 * (~0.4 s) on the second core while this thread loads the index, and the question is tagged there. Does
 * nothing once compromise is loaded here. The worker never keeps the process alive while it has no request.
 */
export function startTagger(): void {
  if (worker || stopped || nlpLoaded()) return;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path: compromisePath() } });
  } catch {
    stopped = true;
    return;
  }
  const w = worker;
  w.on('message', (reply: Reply) => {
    const done = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    done?.(reply);
  });
  w.on('error', stop);
  w.on('exit', stop);
  // After the listeners (a 'message' listener refs the worker again).
  w.unref();
}

/** Stops the worker and forgets what it prepared (tests; a process that exits need not call it). */
export async function stopTagger(): Promise<void> {
  const w = worker;
  stop();
  stopped = false;
  prepared.clear();
  lexicon.clear();
  await w?.terminate();
}

/**
 * Tags `text` and looks up `keys` in compromise's lexicon in the worker, for `preparedTagging(text)` and
 * `lexiconEntry(key)`; does nothing when no worker runs (then the analysis loads compromise in this thread,
 * with the same results).
 */
export async function prepareTagging(text: string, keys: readonly string[]): Promise<void> {
  const w = worker;
  if (!w || prepared.has(text)) return;
  const id = ++sequence;
  const reply = await new Promise<Reply | null>((resolve) => {
    pending.set(id, resolve);
    w.ref();
    w.postMessage({ id, text, keys: [...keys] });
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
