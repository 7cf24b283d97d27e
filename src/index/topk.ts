/**
 * Exact partial rankings of scored documents, without sorting all of them: a question's words touch most of a
 * large corpus, but only the best few hundred documents are ever looked at in order. Every function here
 * returns exactly what a full sort by score (best first, equal scores in ascending id order) would.
 */

/** `scores` of `docs`, ascending (a typed array: sorted natively, without a comparator). */
export function sortedScores(docs: ArrayLike<number>, scores: ArrayLike<number>): Float64Array {
  const vals = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) vals[i] = scores[docs[i] as number] as number;
  return vals.sort();
}

/** The first index of ascending `vals` holding a value greater than `x`. */
function upperBound(vals: Float64Array, x: number): number {
  let lo = 0;
  let hi = vals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vals[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of ascending `vals` holding a value of at least `x`. */
function lowerBound(vals: Float64Array, x: number): number {
  let lo = 0;
  let hi = vals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((vals[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The best `n` of `docs` (ascending ids) by `scores`: `[...docs].sort((a, b) => scores[b] - scores[a] || a - b).slice(0, n)`.
 * `sorted` is `sortedScores(docs, scores)` when the caller has it already.
 */
export function topByScore(docs: ArrayLike<number>, scores: ArrayLike<number>, n: number, sorted?: Float64Array): number[] {
  const cmp = (a: number, b: number) => (scores[b] as number) - (scores[a] as number) || a - b;
  if (n <= 0) return [];
  if (docs.length <= n) return Array.from(docs).sort(cmp);
  const vals = sorted ?? sortedScores(docs, scores);
  // The n-th best score: every document above it is in, and documents equal to it fill the rest by id.
  const threshold = vals[vals.length - n] as number;
  let equalsWanted = n - (vals.length - upperBound(vals, threshold));
  const out: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i] as number;
    const s = scores[d] as number;
    if (s > threshold) out.push(d);
    else if (s === threshold && equalsWanted > 0) {
      out.push(d);
      equalsWanted--;
    }
  }
  return out.sort(cmp);
}

/**
 * The 0-based position of `doc` in the full ranking of `docs` (best first, equal scores by ascending id), for
 * a document among `docs`. `sorted` is `sortedScores(docs, scores)`.
 */
export function rankOf(doc: number, docs: ArrayLike<number>, scores: ArrayLike<number>, sorted: Float64Array): number {
  const s = scores[doc] as number;
  const above = sorted.length - upperBound(sorted, s);
  const equal = sorted.length - above - lowerBound(sorted, s);
  if (equal <= 1) return above;
  // Ties: the documents with the same score and a smaller id come first (docs are in ascending id order).
  let before = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i] as number;
    if (d >= doc) break;
    if ((scores[d] as number) === s) before++;
  }
  return above + before;
}
