import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // `*.int.test.ts` (a real model) are included but skip themselves unless OPENAI_API_KEY is set.
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Child-process and HTTP tests start their own servers; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
