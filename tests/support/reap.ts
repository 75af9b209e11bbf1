/** After each test file: no companion or aigenc command it started outlives it. */
import { afterAll } from 'vitest';
import { reapProcesses } from './companion.ts';

afterAll(async () => {
  await reapProcesses();
});
