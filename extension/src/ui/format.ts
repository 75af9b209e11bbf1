/** Numbers and times as the popup shows them, in the UI language. */
import { LOCALES } from '@aigenc/shared/language';
import { uiLanguage } from '../platform/browser.ts';

export function locale(): string {
  return LOCALES[uiLanguage()];
}

export function count(value: number | null | undefined, below10 = false): string {
  if (value === null || value === undefined) return '–';
  if (below10) return '< 10';
  return value.toLocaleString(locale());
}

export function decimal(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return '–';
  return value.toLocaleString(locale(), { maximumFractionDigits: digits });
}

export function time(iso: string): string {
  return new Date(iso).toLocaleString(locale(), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Minutes or hours since an instant, for "cache age". */
export function age(iso: string, now: number): { unit: 'minutes' | 'hours'; value: number } {
  const minutes = Math.max(0, Math.round((now - Date.parse(iso)) / 60_000));
  return minutes < 90 ? { unit: 'minutes', value: minutes } : { unit: 'hours', value: Math.round(minutes / 60) };
}

/**
 * A large number the way the language says it: 17,160 → "1.7만" in Korean, "17.2K" in English.
 * Below 10,000 it is the plain number; "< 10" stays as such.
 */
export function compact(value: number | null | undefined, below10 = false): string {
  if (value === null || value === undefined || below10 || Math.abs(value) < 10_000) return count(value, below10);
  return new Intl.NumberFormat(locale(), { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
