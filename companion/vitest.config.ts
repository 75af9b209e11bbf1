import { defineProject } from 'vitest/config';

// Forks, not threads: the SQLite binding and process-wide state (umask, global dispatcher).
export default defineProject({ test: { name: 'companion', include: ['src/**/*.test.ts'], pool: 'forks' } });
