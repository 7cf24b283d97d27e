/**
 * A new process tags its question outside its main thread (tagger.ts): in a process started from the startup
 * snapshot built by `npm run build`, or in a worker thread where there is none. Either way the analysis and
 * the question's places are exactly what compromise in this thread gives, for every evaluation question of
 * the seeds; a damaged snapshot falls back to tagging here, with the same results.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion, buildVocabulary, taggingRequest } from '../../src/answer/question.js';
import { questionFocus } from '../../src/answer/relevance.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { nlpLoaded } from '../../src/text/nlp.js';
import {
  buildTaggerSnapshot,
  preparedTagging,
  prepareTagging,
  startTagger,
  stopTagger,
  taggerSnapshotPath,
} from '../../src/text/tagger.js';

const seeds = path.join(PROJECT_ROOT, 'seeds');
const vocab = buildVocabulary(readdirSync(seeds).map((f) => readFileSync(path.join(seeds, f), 'utf8')));
const questions = [
  ...['dev.jsonl', 'extra.jsonl'].flatMap((f) =>
    readFileSync(path.join(PROJECT_ROOT, 'eval', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { question: string }).question),
  ),
  'What did they agree in Kuala Lumpur and New York?',
  'Did the Constructor Group sign anything in Geneva?',
];

const analyse = (q: string) => {
  const analysis = analyzeQuestion(q, vocab);
  return { analysis, places: questionFocus(analysis).places };
};

/** Tags every question through the running tagger, then analyses it; `tagged`: whether replies came back. */
async function throughTagger(): Promise<{ results: ReturnType<typeof analyse>[]; tagged: number }> {
  const results = [];
  let tagged = 0;
  for (const q of questions) {
    const request = taggingRequest(q);
    await prepareTagging(request.text, request.keys);
    if ((preparedTagging(request.text)?.terms?.length ?? 0) > 0) tagged++;
    results.push(analyse(q));
  }
  return { results, tagged };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dealbot-tagger-'));
});
afterAll(async () => {
  await stopTagger();
  rmSync(dir, { recursive: true, force: true });
});

describe('the question tagger', () => {
  it('in a worker thread and from the startup snapshot gives what compromise gives in this thread', async () => {
    expect(nlpLoaded()).toBe(false);
    startTagger({ snapshotDir: false });
    const viaWorker = await throughTagger();
    await stopTagger();
    expect(viaWorker.tagged).toBe(questions.length);

    writeFileSync(path.join(dir, 'tagger-v0.0.0-stale.blob'), 'an older snapshot');
    const blob = buildTaggerSnapshot(dir);
    expect(blob).toBe(taggerSnapshotPath(dir));
    // Built under a temporary name and renamed; the older snapshot is gone.
    expect(readdirSync(dir)).toEqual([path.basename(blob)]);
    startTagger({ snapshotDir: dir });
    const viaSnapshot = await throughTagger();
    await stopTagger();
    expect(viaSnapshot.tagged).toBe(questions.length);

    // A damaged snapshot: its process dies at start, and the questions are tagged here.
    writeFileSync(blob, readFileSync(blob).subarray(0, 4096));
    startTagger({ snapshotDir: dir });
    const first = taggingRequest(questions[0] as string);
    await prepareTagging(first.text, first.keys);
    expect(preparedTagging(first.text)).toBeUndefined();
    await stopTagger();
    expect(existsSync(blob)).toBe(true);

    // Nothing above needed compromise here.
    expect(nlpLoaded()).toBe(false);
    const here = questions.map(analyse);
    expect(nlpLoaded()).toBe(true);
    expect(viaWorker.results).toEqual(here);
    expect(viaSnapshot.results).toEqual(here);
  }, 60_000);
});
