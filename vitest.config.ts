import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@contracts': fileURLToPath(new URL('./server/src/contracts', import.meta.url)) },
  },
  test: {
    include: ['server/**/*.test.ts', 'seed/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    // One throwaway Neo4j for the whole run, and the client built once for the browser tests.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
