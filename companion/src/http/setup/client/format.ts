/** Dates as the page shows and reads them, in the browser's time zone and the page's language. */
import { LOCALES, type Language } from '@aigenc/shared/language';

export function formatTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(LOCALES[language]);
}

/** A `datetime-local` value for an instant, in the browser's time zone. */
export function localInput(ms: number): string {
  const offset = new Date(ms).getTimezoneOffset() * 60_000;
  return new Date(ms - offset).toISOString().slice(0, 16);
}

/** Minutes and seconds: "4:05". */
export function minutesSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
