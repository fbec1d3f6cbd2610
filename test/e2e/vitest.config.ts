import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium driven by playwright-core (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
