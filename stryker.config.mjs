// Mutation testing of the modules that hold dealbot's guarantees: `npm run test:mutation`.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate: [
    // Quote verification and location: every quote verbatim.
    'src/answer/quotes.ts',
    // Index writes and reads: private, atomic, checksummed, checked against the corpus and embedder, pruned
    // (writeFileAtomic, the embedding cache, discard, readManifest, mapLabels, loadGeneration; abandoned,
    // saveAtomically, pruneOldIndexes, openIndex), without the hnswlib plumbing (VectorStore, newestGeneration,
    // buildGraph: the incremental update, tested in test/corpus/incremental.test.ts). Line ranges: update them
    // when store.ts moves.
    'src/index/store.ts:266-374',
    'src/index/vector-file.ts',
    'src/atomic-file.ts',
    'src/index/store.ts:376-537',
    // Slack escaping (escape, plain text from Slack, links, block quotes) and cutting without breaking a token;
    // the Markdown-to-mrkdwn conversion and the choice of split points (lines 66-90, 108-136) are formatting.
    'src/slack/mrkdwn.ts:1-64',
    'src/slack/mrkdwn.ts:93-106',
    'src/slack/mrkdwn.ts:138-147',
    // Slack dedupe, and the stores behind dedupe, share ownership and the rate limit.
    'src/slack/listeners/dedupe.ts',
    'src/slack/stores.ts',
    // Configuration validation; secrets kept out of logs; front matter from untrusted files.
    'src/config.ts',
    'src/log.ts',
    'src/corpus/frontmatter.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants would re-run every test for each; they are reported as ignored.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.cache', 'reports', 'dist', 'coverage', 'scratch', '.stryker-tmp'],
  cleanTempDir: 'always',
};
