import { defineConfig } from 'vitest/config';

/**
 * The long fault scenarios (`npm run test:faults`, also run by .ci/run): real processes
 * killed, Redis stopped and restarted, a disk filled. Kept out of `npm test` for its time.
 */
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
