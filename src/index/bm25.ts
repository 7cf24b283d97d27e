/**
 * Okapi BM25 over pre-tokenised documents (arrays of stems). Query terms carry weights so that
 * spelling corrections and synonyms can count less than the words the user typed.
 */
/** A BM25 index as flat arrays: term `i`'s postings are `docs`/`factor` from `starts[i]` to `starts[i + 1]`. */
export interface Bm25Data {
  k1: number;
  b: number;
  size: number;
  avgLength: number;
  lengths: Float64Array;
  /** Terms in order of first occurrence. */
  terms: string[];
  starts: Int32Array;
  docs: Int32Array;
  factor: Float64Array;
}

/** Term ids of consecutive documents: document `d` holds `ids[offsets[d] … offsets[d + 1]]`. */
export interface TermIdLists {
  ids: Int32Array;
  offsets: Int32Array;
}

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
    docs: readonly (readonly string[])[] | Bm25Data,
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    if (!Array.isArray(docs)) {
      // A stored index (`toData`): the postings are views into its arrays, nothing is recomputed.
      const data = docs as Bm25Data;
      this.data = data;
      this.k1 = data.k1;
      this.b = data.b;
      this.size = data.size;
      this.lengths = data.lengths;
      this.avgLength = data.avgLength;
      data.terms.forEach((term, i) => {
        const start = data.starts[i] as number;
        const end = data.starts[i + 1] as number;
        this.postings.set(term, { docs: data.docs.subarray(start, end), factor: data.factor.subarray(start, end) });
      });
      return;
    }
    const list = docs as readonly (readonly string[])[];
    this.size = list.length;
    this.lengths = new Float64Array(list.length);
    let total = 0;
    // One pass over the terms, no map per document: a term's list ends with the current document when the
    // term was already seen in it. Terms are listed in order of first occurrence, as before.
    const lists = new Map<string, { docs: number[]; tfs: number[] }>();
    list.forEach((terms, doc) => {
      this.lengths[doc] = terms.length;
      total += terms.length;
      for (const t of terms) {
        let entry = lists.get(t);
        if (!entry) {
          entry = { docs: [], tfs: [] };
          lists.set(t, entry);
        }
        const last = entry.docs.length - 1;
        if (last >= 0 && entry.docs[last] === doc) entry.tfs[last] = (entry.tfs[last] as number) + 1;
        else {
          entry.docs.push(doc);
          entry.tfs.push(1);
        }
      }
    });
    this.avgLength = list.length ? total / list.length : 0;
    for (const [term, entry] of lists) {
      const factor = new Float64Array(entry.docs.length);
      entry.docs.forEach((doc, i) => {
        const tf = entry.tfs[i] as number;
        const norm = tf + this.k1 * (1 - this.b + (this.b * (this.lengths[doc] as number)) / (this.avgLength || 1));
        factor[i] = (tf * (this.k1 + 1)) / norm;
      });
      this.postings.set(term, { docs: Int32Array.from(entry.docs), factor });
    }
  }

  /**
   * The same index as `new Bm25(docs)`, built from term ids instead of strings (typed arrays, no map lookup
   * per word): the documents are those of `lists` one after the other, each list holding its documents' term
   * ids (`ids[offsets[d] … offsets[d + 1]]`) into `dictionary`.
   */
  static fromIds(dictionary: readonly string[], lists: readonly TermIdLists[], k1 = 1.2, b = 0.75): Bm25 {
    let size = 0;
    let occurrences = 0;
    for (const l of lists) {
      size += l.offsets.length - 1;
      occurrences += l.ids.length;
    }
    const lengths = new Float64Array(size);
    const df = new Int32Array(dictionary.length);
    const last = new Int32Array(dictionary.length).fill(-1);
    // Terms in order of first occurrence, as the string constructor lists them.
    const order: number[] = [];
    let doc = 0;
    for (const { ids, offsets } of lists) {
      for (let d = 0; d + 1 < offsets.length; d++, doc++) {
        const from = offsets[d] as number;
        const to = offsets[d + 1] as number;
        lengths[doc] = to - from;
        for (let i = from; i < to; i++) {
          const t = ids[i] as number;
          if (last[t] === doc) continue;
          if (df[t] === 0) order.push(t);
          df[t] = (df[t] as number) + 1;
          last[t] = doc;
        }
      }
    }
    const avgLength = size ? occurrences / size : 0;
    const starts = new Int32Array(order.length + 1);
    const cursor = new Int32Array(dictionary.length);
    let n = 0;
    order.forEach((t, k) => {
      starts[k] = n;
      cursor[t] = n;
      n += df[t] as number;
    });
    starts[order.length] = n;
    const docs = new Int32Array(n);
    const tfs = new Int32Array(n);
    last.fill(-1);
    const at = new Int32Array(dictionary.length);
    doc = 0;
    for (const { ids, offsets } of lists) {
      for (let d = 0; d + 1 < offsets.length; d++, doc++) {
        for (let i = offsets[d] as number; i < (offsets[d + 1] as number); i++) {
          const t = ids[i] as number;
          if (last[t] === doc) {
            const p = at[t] as number;
            tfs[p] = (tfs[p] as number) + 1;
            continue;
          }
          const p = cursor[t] as number;
          cursor[t] = p + 1;
          docs[p] = doc;
          tfs[p] = 1;
          last[t] = doc;
          at[t] = p;
        }
      }
    }
    const factor = new Float64Array(n);
    for (let p = 0; p < n; p++) {
      const tf = tfs[p] as number;
      const norm = tf + k1 * (1 - b + (b * (lengths[docs[p] as number] as number)) / (avgLength || 1));
      factor[p] = (tf * (k1 + 1)) / norm;
    }
    return new Bm25({ k1, b, size, avgLength, lengths, terms: order.map((t) => dictionary[t] as string), starts, docs, factor });
  }

  /** The flat arrays this index was made from, if it was (they are its postings' storage). */
  private readonly data: Bm25Data | null = null;

  /** The index as flat arrays (for storing it; `new Bm25(data)` gives it back without recomputing). */
  toData(): Bm25Data {
    if (this.data) return this.data;
    const terms = [...this.postings.keys()];
    const starts = new Int32Array(terms.length + 1);
    let n = 0;
    terms.forEach((term, i) => {
      starts[i] = n;
      n += (this.postings.get(term) as { docs: Int32Array }).docs.length;
    });
    starts[terms.length] = n;
    const docs = new Int32Array(n);
    const factor = new Float64Array(n);
    terms.forEach((term, i) => {
      const list = this.postings.get(term) as { docs: Int32Array; factor: Float64Array };
      docs.set(list.docs, starts[i] as number);
      factor.set(list.factor, starts[i] as number);
    });
    return { k1: this.k1, b: this.b, size: this.size, avgLength: this.avgLength, lengths: this.lengths, terms, starts, docs, factor };
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
