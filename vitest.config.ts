import { defineConfig } from 'vitest/config';

// The suites are pure logic: sharing one module graph across files (isolate: false)
// cuts a run from ~10 s to ~2 s on a 2-core machine (see shared research, dependencies.md).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts'],
    pool: 'threads',
    isolate: false,
    testTimeout: 60_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
