import { lexiconLines } from './lexicon.js';
import { stem } from './tokenize.js';

/** Per word stem, the kinds of goods it names (data/lexicon/goods.txt, one kind per line; read once). */
let goodsKinds: Map<string, number[]> | null = null;

/**
 * The kinds of goods some words name ("soybeans", "magnet", "ethane"), as line numbers of `data/lexicon/goods.txt`;
 * the words may be stems already. Two figures, or a figure and a question, naming only different kinds measure
 * different things.
 */
export function goodsOf(words: Iterable<string>): Set<number> {
  if (!goodsKinds) {
    const kinds = new Map<string, number[]>();
    lexiconLines('goods.txt').forEach((line, kind) => {
      for (const w of line.trim().split(/\s+/)) {
        const key = stem(w);
        kinds.set(key, [...(kinds.get(key) ?? []), kind]);
      }
    });
    goodsKinds = kinds;
  }
  const out = new Set<number>();
  for (const w of words) {
    const lower = w.toLowerCase();
    for (const kind of goodsKinds.get(lower) ?? goodsKinds.get(stem(lower)) ?? []) out.add(kind);
  }
  return out;
}

/** Whether both name goods and none of the same kind. */
export function otherGoods(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((g) => b.has(g));
}
