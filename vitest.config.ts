import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
      '@tenants': path.resolve(import.meta.dirname, 'tenants'),
      '@': path.resolve(import.meta.dirname, 'src'),
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts', 'tests/int/**/*.int.spec.ts', 'tests/e2e/**/*.e2e.spec.ts'],
    globalSetup: ['tests/setup/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // The HTTP suites share one server and its database; files run one after another.
    fileParallelism: false,
    reporters: ['default'],
  },
})
