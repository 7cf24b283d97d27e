import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run test:mutation` runs against each mutant: those that exercise the guarantee modules in
 * this process. Tests that spawn `npm run …` children are left out: a child never sees the active mutant.
 */
export default defineConfig({
  test: {
    include: [
      'test/answer/quotes.test.ts',
      'test/config.test.ts',
      'test/log.test.ts',
      'test/corpus/hostile.test.ts',
      'test/index/store.test.ts',
      'test/index/private-files.test.ts',
      'test/index/store-guarantees.test.ts',
      'test/index/store-deleted-share.test.ts',
      'test/dotenv.test.ts',
      'test/slack/escaping.test.ts',
      'test/slack/mrkdwn.test.ts',
      'test/slack/stores.test.ts',
    ],
    // Tests that start child processes skip themselves under Stryker (see DEALBOT_MUTATION).
    env: { DEALBOT_MUTATION: '1' },
    exclude: ['**/node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
