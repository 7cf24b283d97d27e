import { defineConfig } from 'vitest/config';

/**
 * Test files that replace a module or a global for their own run (`vi.mock` of node:fs, stubbed environment, the
 * tagger's worker state): each runs in a fresh module graph. Every other file shares its worker's modules with the
 * files before it, so compromise, the lexicons and the pipeline load once per worker, not once per file (this halves
 * the suite's time on two cores).
 */
export const ISOLATED = ['test/index/store-guarantees.test.ts', 'test/log.test.ts', 'test/dotenv.test.ts', 'test/text/tagger.test.ts'];

const shared = {
  environment: 'node' as const,
  // Child-process and HTTP tests start their own servers; give them room on a 2-core machine.
  testTimeout: 60_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
};

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      // `*.int.test.ts` (a real model) are included but skip themselves unless OPENAI_API_KEY is set.
      { test: { ...shared, name: 'shared-modules', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { test: { ...shared, name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
