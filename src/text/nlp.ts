import { createRequire } from 'node:module';
import type nlpType from 'compromise';

/**
 * compromise, loaded from its single-file CommonJS build: the ESM entry point is 456 small modules, which
 * take about twice as long to load. Same library, same version, same results.
 */
const nlp = createRequire(import.meta.url)('compromise') as typeof nlpType;

export default nlp;
