import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` needs nothing but Node (no Java, no database, no build), so
 * `npm run test:unit` answers in seconds; `database` runs the integration and browser tests against
 * one throwaway Neo4j, with the client built once for the browser. `npm test` runs both.
 */
export default defineConfig({
  resolve: {
    alias: { '@contracts': fileURLToPath(new URL('./server/src/contracts', import.meta.url)) },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'seed/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'test/e2e/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'database',
          include: ['server/**/*.int.test.ts', 'seed/**/*.int.test.ts', 'test/**/*.int.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
