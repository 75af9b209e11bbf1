import { defineProject } from 'vitest/config';

// The companion under faults, fuzzing, kills and load: it keeps working and loses nothing.
export default defineProject({
  test: {
    name: 'reliability',
    include: ['**/*.test.ts'],
    pool: 'forks',
    setupFiles: ['../support/reap.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
