import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    // Browser tests start Chromium and a server: give them room on a busy 2-core machine (each test
    // takes a few seconds when idle; the limit is there for when other work shares the cores).
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
