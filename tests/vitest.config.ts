import { defineProject } from 'vitest/config';

// Suites against a real companion process on an ephemeral loopback port.
export default defineProject({
  test: {
    name: 'security',
    include: ['security/**/*.test.ts'],
    pool: 'forks',
    setupFiles: ['./support/reap.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
