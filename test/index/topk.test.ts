/**
 * Partial rankings return exactly what a full sort would: the best n documents, the rank of one document, and
 * the head of the fused lexical + vector ranking that source-diverse selection picks from.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../src/bench/synth.js';
import { diversify, fusedHead, type RetrievedChunk } from '../../src/index/retrieve.js';
import { ranksOf, topByScore } from '../../src/index/topk.js';

/** Scores for `size` documents, `touched` of them above 0, with many ties (few distinct values). */
function generated(seed: number, size: number, touched: number, distinct: number) {
  const rand = prng(seed);
  const scores = new Float64Array(size);
  const docs: number[] = [];
  for (let d = 0; d < size; d++) {
    if (rand() < touched / size) {
      scores[d] = 1 + Math.floor(rand() * distinct) / 7;
      docs.push(d);
    }
  }
  return { scores, docs: Int32Array.from(docs), rand };
}

const fullOrder = (docs: Int32Array, scores: Float64Array) =>
  [...docs].sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);

describe('topByScore and ranksOf', () => {
  it('give the head and the positions of the full sort, ties by id', () => {
    for (const [seed, distinct] of [
      [1, 3],
      [2, 40],
      [3, 100000],
    ] as const) {
      const { scores, docs } = generated(seed, 5000, 3000, distinct);
      const full = fullOrder(docs, scores);
      for (const n of [0, 1, 7, 64, 600, 2999, 3000, 10000]) expect(topByScore(docs, scores, n)).toEqual(full.slice(0, n));
      const targets = full.filter((_, i) => i % 37 === 0 || i < 50 || i > full.length - 5);
      const ranks = ranksOf(targets, docs, scores);
      for (const d of targets) expect(ranks.get(d)).toBe(full.indexOf(d));
      expect(ranksOf([], docs, scores).size).toBe(0);
    }
  });
});

/** The fusion as it was computed before `fusedHead`: every document ranked, fused and sorted. */
function exhaustive(scores: Float64Array, docs: Int32Array, vectorOrder: number[], sources: string[], k: number): RetrievedChunk[] {
  const fused = new Float64Array(scores.length);
  const found = new Set<number>();
  fullOrder(docs, scores).forEach((id, rank) => {
    fused[id] = (fused[id] as number) + 1 / (60 + rank + 1);
    found.add(id);
  });
  vectorOrder.forEach((id, rank) => {
    fused[id] = (fused[id] as number) + 0.5 / (60 + rank + 1);
    found.add(id);
  });
  let max = 0;
  for (const id of found) if ((fused[id] as number) > max) max = fused[id] as number;
  if (max === 0) return [];
  const ranked = [...found]
    .sort((a, b) => (fused[b] as number) - (fused[a] as number) || a - b)
    .map((id) => ({
      chunk: { id, source: sources[id] as string, start: 0, end: 0, text: '', sentenceIds: [] },
      score: (fused[id] as number) / max,
      lexical: scores[id] as number,
      similarity: 0,
    }));
  return diversify(ranked as RetrievedChunk[], k);
}

describe('fusedHead', () => {
  it('lets diversify pick exactly what it picks from the full fused ranking', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const size = 4000;
      // Few sources (deep search), many sources, and ties in both rankings.
      const sourceCount = seed % 3 === 0 ? 5 : seed % 3 === 1 ? 40 : 900;
      const { scores, docs, rand } = generated(seed, size, seed % 2 ? 3500 : 300, seed % 4 === 0 ? 4 : 1000);
      const sources = Array.from({ length: size }, () => `s${Math.floor(rand() * sourceCount)}`);
      const vectorOrder: number[] = [];
      while (vectorOrder.length < 48) {
        const id = Math.floor(rand() * size);
        if (!vectorOrder.includes(id)) vectorOrder.push(id);
      }
      for (const k of [8, 24]) {
        const head = fusedHead(scores, docs, vectorOrder, (id) => sources[id] as string, k);
        const ranked = head.ids.map((id) => ({
          chunk: { id, source: sources[id] as string, start: 0, end: 0, text: '', sentenceIds: [] },
          score: (head.fused.get(id) as number) / head.max,
          lexical: scores[id] as number,
          similarity: 0,
        }));
        const picked = diversify(ranked as RetrievedChunk[], k).map((r) => [r.chunk.id, r.score]);
        expect(picked).toEqual(exhaustive(scores, docs, vectorOrder, sources, k).map((r) => [r.chunk.id, r.score]));
      }
    }
  });

  it('returns nothing when nothing matched', () => {
    const head = fusedHead(new Float64Array(10), new Int32Array(0), [], () => 'a', 8);
    expect(head).toEqual({ ids: [], fused: new Map(), max: 0 });
  });
});
