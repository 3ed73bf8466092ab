// Browser tests of the page (test/browser): the page is built once (globalSetup), served by each test file on
// 127.0.0.1, and driven with playwright-core and Debian's chromium. Run by `npm run test:browser` and .ci/run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/buildPage.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
