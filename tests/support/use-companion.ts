/** Vitest helper (not for Playwright, which must not import vitest). */
import { afterAll, beforeAll } from 'vitest';
import { startCompanion, type CompanionProcess, type StartOptions } from './companion.ts';

/**
 * One companion for a whole test file: started before the first test, stopped and removed after
 * the last. Returns a getter, since the process exists only once the hook has run.
 */
export function useCompanion(options: StartOptions = {}): () => CompanionProcess {
  let companion: CompanionProcess | undefined;
  beforeAll(async () => {
    companion = await startCompanion(options);
  });
  afterAll(async () => {
    await companion?.stop();
    companion?.cleanup();
  });
  return () => {
    if (!companion) throw new Error('the companion is not started yet');
    return companion;
  };
}
