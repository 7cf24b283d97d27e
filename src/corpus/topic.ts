/**
 * Corpus-wide judgements made from per-article summaries (no NLP here, so a restart that loads stored
 * analyses can make them without loading the analysers).
 */

/**
 * Articles that are not about the corpus's story (a recipe, a sports page) make no claims: an article must
 * share enough of the words most articles use. `words` holds each article's `topicWords`, in corpus order.
 */
export function onTopicOf(words: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const test = onTopicTest(words);
  const out = new Set<string>();
  for (const [id, set] of words) if (test(set)) out.add(id);
  return out;
}

/**
 * The test `onTopicOf` applies, judged over `words` (the story's common words and the corpus size), for any
 * article's topic words: a large build judges each new article with the judgement of the articles so far.
 */
export function onTopicTest(words: ReadonlyMap<string, ReadonlySet<string>>): (set: ReadonlySet<string>) => boolean {
  const df = new Map<string, number>();
  for (const set of words.values()) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const n = words.size;
  const common = [...df].filter(([, c]) => c >= Math.max(2, n * 0.4)).map(([w]) => w);
  return (set) => {
    const shared = common.filter((w) => set.has(w)).length;
    const share = common.length ? shared / common.length : 1;
    // A short article (a brief, a wire alert) cannot hold a quarter of the story's words; it is on topic when
    // the story's words make up a good part of its own.
    const density = set.size ? shared / set.size : 0;
    return n < 4 || share >= 0.25 || (shared >= 6 && density >= 0.3);
  };
}

/**
 * The story's main parties: those named in at least 40% of the on-topic articles (China and the US here).
 * `parties` holds each article's `namedParties`, in corpus order.
 */
export function dominantOf(parties: ReadonlyMap<string, ReadonlySet<string>>, onTopic: ReadonlySet<string>): string[] {
  const count = new Map<string, number>();
  for (const [id, named] of parties) {
    if (!onTopic.has(id)) continue;
    for (const p of named) count.set(p, (count.get(p) ?? 0) + 1);
  }
  return [...count]
    .filter(([, n]) => n >= Math.max(1, onTopic.size * 0.4))
    .sort((a, b) => b[1] - a[1])
    .map(([p]) => p);
}
