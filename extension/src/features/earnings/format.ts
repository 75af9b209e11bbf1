/** Earnings as the popup shows them: won in the UI language, days with their weekday, rates. */
import { t } from '../../platform/browser.ts';
import { count, locale } from '../../ui/format.ts';

/** 12,345 → "12,345원" in Korean, "₩12,345" in English (the catalogue's words); a negative day keeps its sign in front. */
export function won(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const sign = value < 0 ? '-' : '';
  return `${sign}${t('amountWon', count(Math.abs(Math.round(value))))}`;
}

/** A yyyy-mm-dd day in words with its weekday ("11월 28일 (토)", "Sat, Nov 28"), zone-free. */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale(), {
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  });
}

/** "11.28" under the chart's axis. */
export function dayTick(date: string): string {
  return `${Number(date.slice(5, 7))}.${Number(date.slice(8, 10))}`;
}

/** A fraction as a percent with one decimal ("3.4%"), or "–". */
export function rate(value: number | null): string {
  return value === null
    ? '–'
    : `${(value * 100).toLocaleString(locale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
}
