/**
 * A new process tags its question in a worker thread (compromise loads there while the index loads): the
 * analysis and the question's places are exactly what compromise in this thread gives, for every evaluation
 * question of the seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeQuestion, buildVocabulary, taggingRequest } from '../../src/answer/question.js';
import { questionFocus } from '../../src/answer/relevance.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { nlpLoaded } from '../../src/text/nlp.js';
import { preparedTagging, prepareTagging, startTagger, stopTagger } from '../../src/text/tagger.js';

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

afterAll(() => stopTagger());

describe('the tagging worker', () => {
  it('gives the analysis and places that compromise gives in this thread', async () => {
    expect(nlpLoaded()).toBe(false);
    startTagger();
    const viaWorker = [];
    for (const q of questions) {
      const request = taggingRequest(q);
      await prepareTagging(request.text, request.keys);
      expect(preparedTagging(request.text)?.terms?.length).toBeGreaterThan(0);
      const analysis = analyzeQuestion(q, vocab);
      viaWorker.push({ analysis, places: questionFocus(analysis).places });
    }
    // Nothing above needed compromise here.
    expect(nlpLoaded()).toBe(false);
    await stopTagger();
    const here = questions.map((q) => {
      const analysis = analyzeQuestion(q, vocab);
      return { analysis, places: questionFocus(analysis).places };
    });
    expect(nlpLoaded()).toBe(true);
    expect(viaWorker).toEqual(here);
  });
});
