/**
 * BM25 scoring over postings gives, bit for bit, what a plain per-document computation gives: each concept adds
 * its best word's weighted factor, concepts in order; documents above 0 listed in ascending order.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../src/bench/synth.js';
import { Bm25 } from '../../src/index/bm25.js';

function corpus(seed: number, size: number, vocabulary: number): string[][] {
  const rand = prng(seed);
  return Array.from({ length: size }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 25) }, () => `w${Math.floor(vocabulary ** rand()) - 1}`),
  );
}

/** The score of every document, one document at a time. */
function reference(bm25: Bm25, docs: string[][], concepts: Map<string, number>[]): Float64Array {
  const out = new Float64Array(docs.length);
  docs.forEach((terms, d) => {
    let s = 0;
    for (const concept of concepts) {
      let best = 0;
      for (const [term, weight] of concept) {
        const list = bm25.docsWith(term);
        const i = list.indexOf(d);
        if (i < 0) continue;
        // The factor as the index stores it: recomputed from the document's term frequency and length.
        const tf = terms.filter((t) => t === term).length;
        const avg = docs.reduce((n, x) => n + x.length, 0) / docs.length;
        const factor = (tf * 2.2) / (tf + 1.2 * (1 - 0.75 + (0.75 * terms.length) / avg));
        const v = weight * bm25.idf(term) * factor;
        if (v > best) best = v;
      }
      if (best > 0) s += best;
    }
    out[d] = s;
  });
  return out;
}

describe('Bm25.scoreTouched', () => {
  it('scores like a per-document computation, and lists the documents above 0 in order, call after call', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const docs = corpus(seed, 400, seed % 2 ? 40 : 800);
      const bm25 = new Bm25(docs);
      const rand = prng(seed * 31);
      for (let q = 0; q < 8; q++) {
        const concepts = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
          const c = new Map<string, number>();
          for (let i = 0; i < 1 + Math.floor(rand() * 3); i++) c.set(`w${Math.floor(rand() * 60)}`, i ? 0.5 : 1);
          if (rand() < 0.2) c.set('absent', 1);
          return c;
        });
        const { scores, docs: touched } = bm25.scoreTouched(concepts);
        const expected = reference(bm25, docs, concepts);
        for (let d = 0; d < docs.length; d++) expect(scores[d]).toBeCloseTo(expected[d] as number, 12);
        expect([...touched]).toEqual([...expected.keys()].filter((d) => (expected[d] as number) > 0));
        // The same call again (buffers are reused between calls) gives the same bits.
        const again = bm25.scoreTouched(concepts);
        expect(again.scores).toEqual(scores);
        expect(again.docs).toEqual(touched);
      }
    }
  });
});
