/** What every part of the setup page shares: its language and words, the API, the clock, the error line. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '@aigenc/shared/language';
import type { SetupApi } from './api.ts';
import type { Words } from './words.ts';

export interface Setup {
  language: Language;
  t: Words;
  api: SetupApi;
  now: () => number;
  /** Shows a failure on the page's error line (for failures no card can place). */
  report: (error: unknown) => void;
}

export const SetupContext = createContext<Setup | null>(null);

export function useSetup(): Setup {
  const setup = useContext(SetupContext);
  if (!setup) throw new Error('useSetup outside SetupContext');
  return setup;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
