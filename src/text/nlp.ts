import { createRequire } from 'node:module';
import type nlpType from 'compromise';

const require = createRequire(import.meta.url);
let loaded: typeof nlpType | null = null;

/**
 * compromise, loaded on first use from its single-file CommonJS build (the ESM entry point is 456 small
 * modules, which take about twice as long to load; same library, same version, same results). Loading it takes
 * ~0.4 s, so nothing loads it before a question needs it (a new process tags its question in a worker thread
 * while it loads the index: `tagger.ts`).
 */
export function nlp(): typeof nlpType {
  loaded ??= require('compromise') as typeof nlpType;
  return loaded;
}

/** A text parsed by compromise. */
export type NlpDoc = ReturnType<typeof nlpType>;

/** True once compromise is loaded in this thread. */
export function nlpLoaded(): boolean {
  return loaded !== null;
}

/** The file compromise loads from (for the tagging worker). */
export function compromisePath(): string {
  return require.resolve('compromise');
}
