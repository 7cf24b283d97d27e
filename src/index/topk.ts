/**
 * Exact partial rankings of scored documents, without sorting all of them: a question's words touch most of a
 * large corpus, but only the best few hundred documents are ever looked at in order. Every function here
 * returns exactly what a full sort by score (best first, equal scores in ascending id order) would.
 */

/** The `n`-th largest of `vals` (1-based; `vals` is reordered): quickselect, linear on average. */
function nthLargest(vals: Float64Array, n: number): number {
  // The (len - n)-th smallest, 0-based.
  const k = vals.length - n;
  let lo = 0;
  let hi = vals.length - 1;
  while (lo < hi) {
    const pivot = vals[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((vals[i] as number) < pivot) i++;
      while ((vals[j] as number) > pivot) j--;
      if (i <= j) {
        const t = vals[i] as number;
        vals[i] = vals[j] as number;
        vals[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return vals[k] as number;
  }
  return vals[k] as number;
}

let buffer = new Float64Array(1024);

/**
 * The best `n` of `docs` (ascending ids) by `scores`: `[...docs].sort((a, b) => scores[b] - scores[a] || a - b).slice(0, n)`.
 */
export function topByScore(docs: ArrayLike<number>, scores: ArrayLike<number>, n: number): number[] {
  const cmp = (a: number, b: number) => (scores[b] as number) - (scores[a] as number) || a - b;
  if (n <= 0) return [];
  if (docs.length <= n) return Array.from(docs).sort(cmp);
  // A buffer kept between calls (this function is synchronous): a question's postings touch most of a large
  // corpus, and a new array of their scores each time is megabytes for the collector.
  if (buffer.length < docs.length) buffer = new Float64Array(Math.max(docs.length, 2 * buffer.length));
  const vals = buffer.subarray(0, docs.length);
  for (let i = 0; i < docs.length; i++) vals[i] = scores[docs[i] as number] as number;
  // The n-th best score: every document above it is in, and documents equal to it fill the rest by id.
  const threshold = nthLargest(vals, n);
  let above = 0;
  for (let i = 0; i < docs.length; i++) if ((scores[docs[i] as number] as number) > threshold) above++;
  let equalsWanted = n - above;
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
 * The 0-based positions of `targets` (documents among `docs`) in the full ranking of `docs` (best first, equal
 * scores by ascending id), in one pass over `docs`.
 */
export function ranksOf(targets: readonly number[], docs: ArrayLike<number>, scores: ArrayLike<number>): Map<number, number> {
  const ranks = new Map<number, number>();
  if (targets.length === 0) return ranks;
  // Target scores ascending: a document outranks the targets scoring less than it (a prefix), and those with
  // the same score and a larger id.
  const byScore = [...new Set(targets)].sort((a, b) => (scores[a] as number) - (scores[b] as number));
  const vals = Float64Array.from(byScore, (d) => scores[d] as number);
  const outranked = new Int32Array(byScore.length + 1);
  const tied = new Map<number, number[]>();
  for (const d of byScore) {
    const list = tied.get(scores[d] as number);
    if (list) list.push(d);
    else tied.set(scores[d] as number, [d]);
  }
  const lowest = vals[0] as number;
  const highest = vals[vals.length - 1] as number;
  for (let i = 0; i < docs.length; i++) {
    const e = docs[i] as number;
    const s = scores[e] as number;
    // Most documents score below every target (or above): no search then.
    if (s < lowest) {
      outranked[0] = (outranked[0] as number) + 1;
      continue;
    }
    if (s > highest) {
      outranked[vals.length] = (outranked[vals.length] as number) + 1;
      continue;
    }
    // How many targets score less than s.
    let lo = 0;
    let hi = vals.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((vals[mid] as number) < s) lo = mid + 1;
      else hi = mid;
    }
    outranked[lo] = (outranked[lo] as number) + 1;
    if (lo < vals.length && vals[lo] === s) {
      for (const d of tied.get(s) as number[]) if (e < d) ranks.set(d, (ranks.get(d) ?? 0) + 1);
    }
  }
  // outranked[j] counts documents outranking targets 0..j-1: suffix sums give each target's count.
  let running = 0;
  for (let j = byScore.length - 1; j >= 0; j--) {
    running += outranked[j + 1] as number;
    const d = byScore[j] as number;
    ranks.set(d, (ranks.get(d) ?? 0) + running);
  }
  return ranks;
}
