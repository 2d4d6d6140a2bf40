/**
 * The long runs, outside `npm test`:
 *   npm run fuzz      the property tests of test/fuzz.test.ts with many runs and a fresh seed
 *                     (FUZZ_RUNS and FUZZ_SEED override: FUZZ_SEED=… npm run fuzz replays a failure)
 *   npm run measure   scripts/hostile.measure.ts: full-size hostile inputs, time and peak memory
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/fuzz.test.ts', 'scripts/*.measure.ts'],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '20000' },
    testTimeout: 3_600_000,
    reporters: ['verbose'],
  },
});
