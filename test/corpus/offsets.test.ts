import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/corpus.js';
import { ROOT } from '../helpers/run.js';

describe.each([
  ['seeds', path.join(ROOT, 'seeds')],
  ['the general test corpus', path.join(ROOT, 'eval/general/articles')],
])('offsets in %s', (_name, dir) => {
  it('sentences are non-empty, trimmed, in order, never overlapping, and inside their paragraph', async () => {
    const corpus = await buildCorpus(dir);
    expect(corpus.sentences.length).toBeGreaterThan(20);
    for (const article of corpus.articles) {
      const own = corpus.sentences.filter((s) => s.source === article.id);
      expect(own.length).toBeGreaterThan(0);
      own.forEach((s, i) => {
        // Offsets are checked against the file itself, not against a copy of the text.
        const text = article.raw.slice(s.start, s.end);
        expect(text.length).toBeGreaterThan(0);
        expect(text).toBe(text.trim());
        expect(s.position).toBe(i);
        const prev = own[i - 1];
        if (prev) expect(s.start).toBeGreaterThanOrEqual(prev.end);
        const paragraph = article.body[s.paragraph];
        expect(paragraph && s.start >= paragraph.start && s.end <= paragraph.end).toBe(true);
      });
    }
    for (const [i, s] of corpus.sentences.entries()) expect(s.id).toBe(i);
  });

  it('every word of the kept body is in some sentence (nothing between sentences but spaces and markup)', async () => {
    const corpus = await buildCorpus(dir);
    for (const article of corpus.articles) {
      const own = corpus.sentences.filter((s) => s.source === article.id);
      for (const [p, span] of article.body.entries()) {
        let at = span.start;
        for (const s of own.filter((x) => x.paragraph === p)) {
          expect(article.raw.slice(at, s.start)).not.toMatch(/[A-Za-z]{3}/);
          at = s.end;
        }
        expect(article.raw.slice(at, span.end)).not.toMatch(/[A-Za-z]{3}/);
      }
    }
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
