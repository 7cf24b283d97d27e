import type { Embeddings } from '@langchain/core/embeddings';
import type { AnalyzedQuestion } from '../answer/question.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Chunk } from '../corpus/types.js';
import { type Logger, silentLogger } from '../log.js';
import { STOPWORDS, tokenize } from '../text/tokenize.js';
import { Bm25 } from './bm25.js';
import { EXACT_SEARCH_MAX, type VectorStore } from './store.js';
import { ranksOf, topByScore } from './topk.js';

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
    /** The passages' BM25 index when it is already known (loaded from the corpus snapshot). */
    bm25?: Bm25,
  ) {
    this.bm25 = bm25 ?? new Bm25(corpus.terms.chunks);
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
    // A small index is scanned exhaustively: answers then never depend on the order in which its graph was
    // built or updated. A large one is searched approximately, as HNSW is meant to be.
    if (this.store.size <= EXACT_SEARCH_MAX) {
      for (const [id, sim] of this.store.exactSearch(vector, k)) sims.set(id, sim);
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
    const { scores: lexical, docs } =
      this.mode === 'vector' ? { scores: new Float64Array(n), docs: new Int32Array(0) } : this.bm25.scoreTouched(q.concepts);
    const sims = this.mode === 'bm25' ? new Map<number, number>() : await this.vectorRanking(q);
    // Vector hits, best first (equal similarities in the order the index returned them).
    const vectorOrder = this.mode === 'bm25' ? [] : [...sims.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
    const lexicalDocs = this.mode === 'vector' ? new Int32Array(0) : docs;
    const head = fusedHead(
      lexical,
      lexicalDocs,
      vectorOrder.map(([id]) => id),
      (id) => (this.corpus.chunks[id] as Chunk).source,
      k,
    );
    if (head.max === 0) return [];
    const ranked = head.ids.map((id) => ({
      chunk: this.corpus.chunks[id] as Chunk,
      score: (head.fused.get(id) as number) / head.max,
      lexical: lexical[id] as number,
      similarity: sims.get(id) ?? 0,
    }));
    return diversify(ranked, k);
  }
}

/**
 * The head of the reciprocal-rank fusion of a lexical ranking (`scores` of `docs`, ascending ids; best first,
 * equal scores by id) and a vector ranking (`vectorOrder`, best first): the passages, best first (equal fused
 * scores by id), that `diversify(…, k)` can pick from, with their fused scores and the best fused score.
 *
 * Only the best `depth` passages by lexical rank and every vector hit are ranked; the passages left out score
 * at most 1/(RRF_K + depth + 1), and the ranking above that bound is exact. Once the exact part holds passages
 * of `k` sources, every pick of `diversify` comes from it: each pick is worth at least the k-th best source's
 * best passage (until k picks, one of those k sources is untouched), and anything below the bound is worth
 * less. Otherwise the depth doubles, up to the whole ranking. So the picks are those of the full fused list.
 */
export function fusedHead(
  scores: Float64Array,
  docs: Int32Array,
  vectorOrder: readonly number[],
  sourceOf: (id: number) => string,
  k: number,
): { ids: number[]; fused: Map<number, number>; max: number } {
  const vectorRank = new Map<number, number>();
  vectorOrder.forEach((id, rank) => {
    if (!vectorRank.has(id)) vectorRank.set(id, rank);
  });
  // Reciprocal ranks, summed lexical first, then the vector's.
  const fusedOf = (id: number, lexicalRank: number | undefined): number => {
    let f = 0;
    if (lexicalRank !== undefined) f += 1 / (RRF_K + lexicalRank + 1);
    const v = vectorRank.get(id);
    if (v !== undefined) f += VECTOR_WEIGHT / (RRF_K + v + 1);
    return f;
  };
  for (let depth = Math.max(64, 4 * k); ; depth *= 2) {
    const complete = depth >= docs.length;
    const top = topByScore(docs, scores, depth);
    const fused = new Map<number, number>();
    top.forEach((id, rank) => {
      fused.set(id, fusedOf(id, rank));
    });
    // Vector hits deeper in the lexical ranking: their lexical ranks, counted in one pass.
    const deeper = [...vectorRank.keys()].filter((id) => !fused.has(id) && (scores[id] as number) > 0);
    const ranks = ranksOf(deeper, docs, scores);
    for (const id of vectorRank.keys()) if (!fused.has(id)) fused.set(id, fusedOf(id, ranks.get(id)));
    const bound = complete ? 0 : 1 / (RRF_K + depth + 1);
    const ids = [...fused.keys()]
      .filter((id) => (fused.get(id) as number) > bound)
      .sort((a, b) => (fused.get(b) as number) - (fused.get(a) as number) || a - b);
    if (!complete && new Set(ids.map(sourceOf)).size < k) continue;
    return { ids, fused, max: ids.length ? (fused.get(ids[0] as number) as number) : 0 };
  }
}

/**
 * Greedy source-diverse re-ranking: each pick pays a penalty for every passage already taken from the same
 * article, so the second passage of one outlet competes with the first of another.
 */
export function diversify(ranked: RetrievedChunk[], k: number, penalty = 0.18): RetrievedChunk[] {
  // The penalty is the same for every passage of one source, so only each source's best remaining passage
  // (the first of the highest score, in list order) can be picked next: one queue per source, and each pick
  // compares the heads. Equal values go to the passage earlier in the list, as a scan of the list would.
  const queues = new Map<string, number[]>();
  ranked.forEach((r, i) => {
    const q = queues.get(r.chunk.source);
    if (q) q.push(i);
    else queues.set(r.chunk.source, [i]);
  });
  const score = (i: number) => (ranked[i] as RetrievedChunk).score;
  const heads = new Map<string, { order: number[]; next: number; taken: number }>();
  // Lists usually come sorted best first; then every queue already is.
  let sorted = true;
  for (let i = 1; i < ranked.length && sorted; i++) if (score(i) > score(i - 1)) sorted = false;
  for (const [source, order] of queues) {
    // Highest score first, list order among equals.
    if (!sorted) order.sort((a, b) => (score(b) > score(a) ? 1 : score(b) < score(a) ? -1 : a - b));
    heads.set(source, { order, next: 0, taken: 0 });
  }
  const out: RetrievedChunk[] = [];
  while (out.length < k) {
    let best: { order: number[]; next: number; taken: number } | null = null;
    let bestValue = Number.NEGATIVE_INFINITY;
    let bestIndex = -1;
    for (const h of heads.values()) {
      if (h.next >= h.order.length) continue;
      const i = h.order[h.next] as number;
      const value = score(i) - penalty * h.taken;
      if (value > bestValue || (value === bestValue && i < bestIndex)) {
        bestValue = value;
        bestIndex = i;
        best = h;
      }
    }
    if (!best) break;
    out.push(ranked[bestIndex] as RetrievedChunk);
    best.next++;
    best.taken++;
  }
  return out;
}
