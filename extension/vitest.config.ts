import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineProject({
  plugins: [WxtVitest({ root: import.meta.dirname })],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    name: 'extension',
    include: ['src/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
  },
});
