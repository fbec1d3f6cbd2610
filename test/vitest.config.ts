import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and golden tests: Node, no browser. Real-browser tests live in test/e2e (their own config).
export default defineConfig({
  plugins: [preact()],
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/golden/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
