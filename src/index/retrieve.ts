import type { Embeddings } from '@langchain/core/embeddings';
import type { AnalyzedQuestion } from '../answer/question.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Chunk } from '../corpus/types.js';
import { type Logger, silentLogger } from '../log.js';
import { STOPWORDS, tokenize } from '../text/tokenize.js';
import { Bm25 } from './bm25.js';
import type { VectorStore } from './store.js';

/** Which rankings retrieval uses: both fused (the default), or one alone (for `npm run eval` comparisons). */
export type RetrieverMode = 'hybrid' | 'bm25' | 'vector';

export interface RetrievedChunk {
  chunk: Chunk;
  /** Fused score, normalised so the best passage scores 1. */
  score: number;
  /** Raw lexical score (0 when the passage shares no word with the question). */
  lexical: number;
  /** Cosine similarity to the question (0 when vector search did not return it). */
  similarity: number;
}

/** Reciprocal-rank-fusion constant: the usual 60 keeps either ranking from dominating. */
const RRF_K = 60;
/**
 * Weight of the vector ranking in the fusion (BM25 counts 1). The local embedder is lexical at heart, so it
 * mostly confirms BM25 and adds typo and near-miss matches; at full weight its noise outranks BM25's hits.
 */
export const VECTOR_WEIGHT = 0.5;

/** How many vector neighbours to fetch per question. */
const VECTOR_K = 48;

/** The stems a passage is indexed under (stopwords dropped). */
export function indexTerms(text: string): string[] {
  return tokenize(text)
    .filter((t) => !STOPWORDS.has(t.norm))
    .map((t) => t.stem);
}

/**
 * Hybrid retrieval over a corpus's chunks: BM25 and HNSW vector search, fused by reciprocal rank, then
 * diversified so that every source with a relevant passage is represented near the top. This is what lets
 * the answer show each outlet's version of the asked thing.
 */
export class HybridRetriever {
  readonly bm25: Bm25;

  constructor(
    readonly corpus: Corpus,
    private readonly store: VectorStore | null,
    private readonly embeddings: Embeddings | null,
    readonly mode: RetrieverMode = 'hybrid',
    private readonly logger: Logger = silentLogger,
  ) {
    this.bm25 = new Bm25(corpus.terms.chunks);
  }

  private async vectorRanking(q: AnalyzedQuestion): Promise<Map<number, number>> {
    const sims = new Map<number, number>();
    if (!this.store || !this.embeddings) return sims;
    const k = Math.min(VECTOR_K, this.corpus.chunks.length);
    let vector: number[];
    try {
      vector = await this.embeddings.embedQuery(q.expanded);
    } catch (err) {
      // An embeddings server that fails at question time must not fail the question: BM25 still ranks.
      this.logger.warn(`Could not embed the question, ranking by keywords only: ${(err as Error).message}`);
      return sims;
    }
    this.store.index.setEf(Math.max(64, k * 2));
    const hits = await this.store.similaritySearchVectorWithScore(vector, k);
    for (const [doc, distance] of hits) {
      const id = Number(doc.metadata.chunkId);
      if (Number.isInteger(id)) sims.set(id, 1 - distance);
    }
    return sims;
  }

  /**
   * Ranks chunks for a question. Returns up to `k` passages, best first, with at most `perSource`
   * passages from one article before every other relevant article has had its turn.
   */
  async retrieve(q: AnalyzedQuestion, k = 8): Promise<RetrievedChunk[]> {
    const n = this.corpus.chunks.length;
    const lexical = this.mode === 'vector' ? new Float64Array(n) : this.bm25.score(q.concepts);
    const sims = this.mode === 'bm25' ? new Map<number, number>() : await this.vectorRanking(q);
    const fused = new Float64Array(n);
    if (this.mode !== 'vector') {
      const order = [...lexical.keys()]
        .filter((i) => (lexical[i] as number) > 0)
        .sort((a, b) => (lexical[b] as number) - (lexical[a] as number));
      order.forEach((id, rank) => {
        fused[id] = (fused[id] as number) + 1 / (RRF_K + rank + 1);
      });
    }
    if (this.mode !== 'bm25') {
      const order = [...sims.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
      order.forEach(([id], rank) => {
        fused[id] = (fused[id] as number) + VECTOR_WEIGHT / (RRF_K + rank + 1);
      });
    }
    const max = Math.max(...fused, 0);
    if (max === 0) return [];
    const ranked = [...fused.keys()]
      .filter((i) => (fused[i] as number) > 0)
      .sort((a, b) => (fused[b] as number) - (fused[a] as number))
      .map((id) => ({
        chunk: this.corpus.chunks[id] as Chunk,
        score: (fused[id] as number) / max,
        lexical: lexical[id] as number,
        similarity: sims.get(id) ?? 0,
      }));
    return diversify(ranked, k);
  }
}

/**
 * Greedy source-diverse re-ranking: each pick pays a penalty for every passage already taken from the same
 * article, so the second passage of one outlet competes with the first of another.
 */
export function diversify(ranked: RetrievedChunk[], k: number, penalty = 0.18): RetrievedChunk[] {
  const pool = [...ranked];
  const out: RetrievedChunk[] = [];
  const taken = new Map<string, number>();
  while (out.length < k && pool.length > 0) {
    let bestIndex = 0;
    let bestValue = Number.NEGATIVE_INFINITY;
    pool.forEach((r, i) => {
      const value = r.score - penalty * (taken.get(r.chunk.source) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    });
    const [pick] = pool.splice(bestIndex, 1);
    if (!pick) break;
    out.push(pick);
    taken.set(pick.chunk.source, (taken.get(pick.chunk.source) ?? 0) + 1);
  }
  return out;
}
