/**
 * Okapi BM25 over pre-tokenised documents (arrays of stems). Query terms carry weights so that
 * spelling corrections and synonyms can count less than the words the user typed.
 */
export class Bm25 {
  /**
   * Per term: the documents holding it (ascending) and, for each, its BM25 term-frequency factor
   * `tf·(k1+1) / (tf + k1·(1 − b + b·len/avgLen))`, computed once (typed arrays: a question's scoring is a
   * tight loop over the postings of its words).
   */
  private readonly postings = new Map<string, { docs: Int32Array; factor: Float64Array }>();
  private readonly lengths: Float64Array;
  private readonly avgLength: number;
  readonly size: number;

  constructor(
    docs: readonly (readonly string[])[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.size = docs.length;
    this.lengths = new Float64Array(docs.length);
    let total = 0;
    const lists = new Map<string, { docs: number[]; tfs: number[] }>();
    docs.forEach((terms, doc) => {
      this.lengths[doc] = terms.length;
      total += terms.length;
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, n] of tf) {
        let list = lists.get(term);
        if (!list) {
          list = { docs: [], tfs: [] };
          lists.set(term, list);
        }
        list.docs.push(doc);
        list.tfs.push(n);
      }
    });
    this.avgLength = docs.length ? total / docs.length : 0;
    for (const [term, list] of lists) {
      const factor = new Float64Array(list.docs.length);
      list.docs.forEach((doc, i) => {
        const tf = list.tfs[i] as number;
        const norm = tf + this.k1 * (1 - this.b + (this.b * (this.lengths[doc] as number)) / (this.avgLength || 1));
        factor[i] = (tf * (this.k1 + 1)) / norm;
      });
      this.postings.set(term, { docs: Int32Array.from(list.docs), factor });
    }
  }

  /** Document frequency of every term, in order of first occurrence. */
  documentFrequencies(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [term, list] of this.postings) out.set(term, list.docs.length);
    return out;
  }

  /** Number of documents containing `term`. */
  df(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(term: string): number {
    const n = this.df(term);
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** The documents containing `term`, in ascending order. */
  docsWith(term: string): number[] {
    const list = this.postings.get(term);
    return list ? Array.from(list.docs) : [];
  }

  private readonly dfAnyCache = new Map<string, number>();

  /** Number of documents containing at least one of `terms` (memoised: a corpus's statistics do not change). */
  dfAny(terms: Iterable<string>): number {
    const list = [...terms];
    if (list.length === 1) return this.df(list[0] as string);
    const key = list.join('\0');
    let n = this.dfAnyCache.get(key);
    if (n === undefined) {
      const docs = new Set<number>();
      for (const t of list) for (const doc of this.postings.get(t)?.docs ?? []) docs.add(doc);
      n = docs.size;
      if (this.dfAnyCache.size > 10_000) this.dfAnyCache.clear();
      this.dfAnyCache.set(key, n);
    }
    return n;
  }

  /** IDF of a concept: how rare it is for a document to contain any of its words. */
  idfAny(terms: Iterable<string>): number {
    const n = this.dfAny(terms);
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /**
   * Scores every document against concepts. A concept is a set of alternative words (a word, its synonyms,
   * a spelling correction) with weights; a document earns the best of them, so a concept with many synonyms
   * does not count many times. Documents sharing no word score 0.
   */
  score(concepts: readonly ReadonlyMap<string, number>[]): Float64Array {
    return this.scoreTouched(concepts).scores;
  }

  /** Per-document best of the concept being scored (all 0 between calls), and the documents it touched. */
  private best: Float64Array | null = null;
  private touched = new Int32Array(1024);

  /** `score`, with the documents that scored above 0 in ascending order (so callers need not scan them all). */
  scoreTouched(concepts: readonly ReadonlyMap<string, number>[]): { scores: Float64Array; docs: Int32Array } {
    const scores = new Float64Array(this.size);
    if (this.best?.length !== this.size) this.best = new Float64Array(this.size);
    const best = this.best;
    for (const concept of concepts) {
      let n = 0;
      for (const [term, weight] of concept) {
        const list = this.postings.get(term);
        if (!list) continue;
        const wi = weight * this.idf(term);
        const { docs, factor } = list;
        if (n + docs.length > this.touched.length) {
          const grown = new Int32Array(Math.max(2 * this.touched.length, n + docs.length));
          grown.set(this.touched.subarray(0, n));
          this.touched = grown;
        }
        const touched = this.touched;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i] as number;
          const v = wi * (factor[i] as number);
          const b = best[doc] as number;
          if (b === 0) touched[n++] = doc;
          if (v > b) best[doc] = v;
        }
      }
      const touched = this.touched;
      for (let j = 0; j < n; j++) {
        const doc = touched[j] as number;
        scores[doc] = (scores[doc] as number) + (best[doc] as number);
      }
      for (let j = 0; j < n; j++) best[touched[j] as number] = 0;
    }
    // Scores only grow: the documents above 0 now are those that ever were (ascending, without a sort).
    let count = 0;
    for (let d = 0; d < this.size; d++) if ((scores[d] as number) > 0) count++;
    const docs = new Int32Array(count);
    for (let d = 0, i = 0; d < this.size; d++) if ((scores[d] as number) > 0) docs[i++] = d;
    return { scores, docs };
  }
}
