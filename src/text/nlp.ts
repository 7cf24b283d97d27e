import { createRequire } from 'node:module';
import type nlpType from 'compromise';

/**
 * compromise, loaded from its single-file CommonJS build: the ESM entry point is 456 small modules, which
 * take about twice as long to load. Same library, same version, same results.
 *
 * Loaded on first use (~0.5 s): a start over stored analyses never tags text, so it does not pay for the
 * tagger; the first question (or the first article analysed) does. Callers use `nlp(text)` and `nlp.model()`.
 */
let lib: typeof nlpType | null = null;
export function loadNlp(): typeof nlpType {
  lib ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return lib;
}

const nlp = Object.assign((text: string, lexicon?: Record<string, string>) => loadNlp()(text, lexicon), {
  model: () => loadNlp().model(),
}) as unknown as typeof nlpType;

export default nlp;
