/**
 * The answer's passage list is computed for its first k entries only; they are exactly the first k of the
 * full ordering (two stable sorts of every passage), on generated lists with many ties and many sources, some
 * with many passages holding a disagreement's quotes.
 */
import { describe, expect, it } from 'vitest';
import type { ScoredSentence } from '../../src/answer/extractive.js';
import { prng } from '../../src/bench/synth.js';
import type { Corpus } from '../../src/corpus/corpus.js';
import type { Chunk, Sentence } from '../../src/corpus/types.js';
import type { RetrievedChunk } from '../../src/index/retrieve.js';
import { positionPassages, toPassages } from '../../src/pipeline.js';

/** The ordering as it was computed before: every passage, two full sorts. */
function fullOrder(corpus: Corpus, retrieved: RetrievedChunk[], chosen: ScoredSentence[], positionSentences: number[]) {
  const used = new Set(chosen.map((s) => s.sentence.id));
  const positions = new Set(positionSentences);
  const listed = new Set(retrieved.map((r) => r.chunk.id));
  const missing = [...new Set([...positions, ...used].map((s) => corpus.chunkOf[s] as number).filter((c) => c !== undefined && c >= 0))]
    .sort((a, b) => a - b)
    .filter((id) => !listed.has(id));
  const all = [...retrieved, ...missing.map((id) => ({ chunk: corpus.chunks[id] as Chunk, score: 0, lexical: 0, similarity: 0 }))];
  const top = Math.max(0, ...all.map((r) => r.score));
  const tierOf = (r: RetrievedChunk) =>
    r.chunk.sentenceIds.some((id) => used.has(id))
      ? 0
      : r.chunk.sentenceIds.some((id) => positions.has(id))
        ? 1
        : r.score >= 0.3 * top
          ? 2
          : 3;
  const rows = all.map((r) => ({ r, tier: tierOf(r), round: 0 }));
  const byTier = rows.sort((a, b) => a.tier - b.tier || b.r.score - a.r.score);
  const seen = new Map<string, number>();
  for (const row of byTier) {
    const n = seen.get(row.r.chunk.source) ?? 0;
    seen.set(row.r.chunk.source, n + 1);
    row.round = n;
  }
  const weak = (row: { tier: number }) => (row.tier === 3 ? 1 : 0);
  const evidence = (row: { tier: number }) => (row.tier <= 1 ? 0 : 1);
  return (
    byTier
      // The answer's and the shown disagreements' evidence (tiers 0 and 1) first, source by source; then the rest
      // by score, weak passages last.
      .sort(
        (a, b) =>
          evidence(a) - evidence(b) ||
          weak(a) - weak(b) ||
          (evidence(a) === 0 ? 0 : b.r.score - a.r.score) ||
          a.round - b.round ||
          a.tier - b.tier ||
          b.r.score - a.r.score,
      )
      .map(({ r }) => ({ source: r.chunk.source, start: r.chunk.start, end: r.chunk.end, score: Math.round(r.score * 1000) / 1000 }))
  );
}

/** A corpus of `chunks` passages of 1–4 sentences over `sources` articles (only what the passage list reads). */
function generated(seed: number, chunks: number, sources: number) {
  const rand = prng(seed);
  const list: Chunk[] = [];
  const chunkOf: number[] = [];
  const sentences: Sentence[] = [];
  for (let id = 0; id < chunks; id++) {
    const sentenceIds: number[] = [];
    const count = 1 + Math.floor(rand() * 4);
    for (let j = 0; j < count; j++) {
      sentenceIds.push(chunkOf.length);
      chunkOf.push(id);
    }
    list.push({ id, source: `s${Math.floor(rand() * sources)}`, start: id * 100, end: id * 100 + 90, sentenceIds } as unknown as Chunk);
  }
  for (let i = 0; i < chunkOf.length; i++) sentences.push({ id: i } as unknown as Sentence);
  const corpus = { chunks: list, chunkOf: Int32Array.from(chunkOf), sentences } as unknown as Corpus;
  return { corpus, rand, sentenceCount: chunkOf.length };
}

describe('toPassages', () => {
  it('gives the first k of the full ordering', () => {
    for (const [seed, chunks, sources, retrievedCount, positionCount, distinct] of [
      [1, 50, 5, 10, 0, 3],
      [2, 400, 40, 24, 300, 4],
      [3, 3000, 900, 24, 2500, 100],
      [4, 200, 3, 30, 50, 2],
      [5, 1000, 600, 0, 800, 5],
    ] as const) {
      const { corpus, rand, sentenceCount } = generated(seed, chunks, sources);
      const ids = new Set<number>();
      while (ids.size < Math.min(retrievedCount, chunks)) ids.add(Math.floor(rand() * chunks));
      const retrieved = [...ids].map((id) => ({
        chunk: corpus.chunks[id] as Chunk,
        score: Math.floor(rand() * distinct) / distinct,
        lexical: 0,
        similarity: 0,
      }));
      const positions = Array.from({ length: positionCount }, () => Math.floor(rand() * sentenceCount));
      const chosen = Array.from({ length: 3 }, () => ({
        sentence: corpus.sentences[Math.floor(rand() * sentenceCount)] as Sentence,
        score: 1,
        coverage: 1,
      }));
      for (const [c, p] of [
        [chosen, positions],
        [[], positions],
        [chosen, []],
        [[], []],
      ] as const) {
        const full = fullOrder(corpus, retrieved, [...c], [...p]);
        const index = positionPassages(corpus, p);
        for (const k of [0, 1, 2, 8, 24, 100000]) expect(toPassages(corpus, retrieved, [...c], index, k)).toEqual(full.slice(0, k));
        expect(toPassages(corpus, retrieved, [...c], index)).toEqual(full);
      }
    }
  });
});
