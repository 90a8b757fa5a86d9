import path from 'node:path'

import { defineConfig } from 'vitest/config'

import { ISOLATED } from './tests/setup/lanes'

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
  '@tenants': path.resolve(import.meta.dirname, 'tenants'),
  '@': path.resolve(import.meta.dirname, 'src'),
}

/**
 * Three projects: `unit` (specs beside the code, no server), `integration` (HTTP and browser
 * tests against one real server started by tests/setup/server.ts) and `isolated` (tests that
 * start servers of their own: tests/setup/lanes.ts). `npm test` runs `isolated` in a second
 * Vitest process beside the other two (scripts/test-suite.mjs); `npx vitest run` runs all three
 * in one process, one file after another; `npx vitest run --project unit` runs the quick part.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    // The main lane's teardown waits for the isolated lane to finish with the suite's server
    // (tests/setup/server.ts); Vitest's default (10 s) would cut that wait short.
    teardownTimeout: 60 * 60_000,
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', environment: 'node', include: ['src/**/*.spec.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/int/**/*.int.spec.ts', 'tests/e2e/**/*.e2e.spec.ts'],
          exclude: ISOLATED,
          globalSetup: ['tests/setup/server.ts'],
          // Beside the other lane on two cores a browser journey has taken over a minute.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // The HTTP suites share one server and its database; files run one after another.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'isolated',
          environment: 'node',
          include: ISOLATED,
          // The same suite server: these copy its database (tests/helpers/copy-db.ts).
          globalSetup: ['tests/setup/server.ts'],
          // Beside the other lane on two cores a browser journey has taken over a minute.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Each starts servers, which want a core: one file at a time in this lane too.
          fileParallelism: false,
        },
      },
    ],
  },
})
