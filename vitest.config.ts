import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Long fault scenarios run with `npm run test:faults` (vitest.faults.config.ts).
    exclude: ['tests/faults/**', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests that share Redis use their own queue prefix; files still run in parallel workers.
    pool: 'forks',
    reporters: process.env.CI ? ['default'] : ['default'],
  },
});
