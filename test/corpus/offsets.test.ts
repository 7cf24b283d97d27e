import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { ROOT } from '../helpers/run.js';

describe.each([
  ['seeds', path.join(ROOT, 'seeds')],
  ['the general test corpus', path.join(ROOT, 'eval/general/articles')],
])('offsets in %s', (_name, dir) => {
  it('every sentence and chunk reproduces from raw.slice(start, end)', async () => {
    const corpus = await buildCorpus(dir);
    expect(corpus.sentences.length).toBeGreaterThan(20);
    for (const s of corpus.sentences) expect(corpus.byId.get(s.source)?.raw.slice(s.start, s.end)).toBe(s.text);
    for (const c of corpus.chunks) expect(corpus.byId.get(c.source)?.raw.slice(c.start, c.end)).toBe(c.text);
  });

  it('chunks are whole sentences: every chunk starts and ends on a sentence boundary and covers its sentences', async () => {
    const corpus = await buildCorpus(dir);
    const seen = new Set<number>();
    for (const c of corpus.chunks) {
      const first = corpus.sentences[c.sentenceIds[0] as number];
      const last = corpus.sentences[c.sentenceIds[c.sentenceIds.length - 1] as number];
      expect(c.start).toBe(first?.start);
      expect(c.end).toBe(last?.end);
      for (const id of c.sentenceIds) seen.add(id);
    }
    expect(seen.size).toBe(corpus.sentences.length);
  });
});
