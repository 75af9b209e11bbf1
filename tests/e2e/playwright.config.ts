/**
 * Playwright for the built extension in the system Chromium (never a downloaded browser). One
 * worker: each test owns a persistent browser profile and a companion on an ephemeral port.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: './test-results',
});
