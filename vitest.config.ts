/** One Vitest run over every package; each package's own config names its project. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['shared', 'companion', 'extension', 'tests', 'tests/integration', 'tests/reliability'],
  },
});
