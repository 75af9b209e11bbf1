import { defineProject } from 'vitest/config';

// The aigenc command and the companion as black boxes, against the sandbox on loopback.
export default defineProject({
  test: {
    name: 'integration',
    include: ['**/*.test.ts'],
    pool: 'forks',
    setupFiles: ['../support/reap.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
