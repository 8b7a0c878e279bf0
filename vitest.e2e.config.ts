import { defineConfig } from 'vitest/config';

// End-to-end suites drive one real Chromium at a time: on two cores, parallel browsers only flake.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    globalSetup: ['test/e2e/support/global-setup.ts'],
  },
});
