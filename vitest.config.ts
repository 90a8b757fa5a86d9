import path from 'node:path'

import { defineConfig } from 'vitest/config'

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
  '@tenants': path.resolve(import.meta.dirname, 'tenants'),
  '@': path.resolve(import.meta.dirname, 'src'),
}

/**
 * Two projects: `unit` (specs beside the code, no server) and `integration` (HTTP and browser
 * tests against one real server started by tests/setup/server.ts). `npm test` runs both;
 * `npx vitest run --project unit` runs the quick half.
 */
export default defineConfig({
  resolve: { alias },
  test: {
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
          globalSetup: ['tests/setup/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // The HTTP suites share one server and its database; files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
})
