/**
 * Korean time, computed: Korea keeps UTC+9 all year (no daylight saving), so a Korean day, hour or
 * ISO time is arithmetic on the instant, never the machine's zone or its locale data. Quotas reset
 * at Korean midnight, reports count Korean days, Smart Store writes +09:00: all of it reads here.
 */

/** Korea's offset from UTC, in ms. */
export const KST_OFFSET_MS = 9 * 3_600_000;
/** The same offset as ISO 8601 writes it. */
export const KST_ISO_OFFSET = '+09:00';
export const DAY_MS = 86_400_000;

/** The wall clock in Korea at an instant. */
export interface KoreanClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The calendar day in Korea at an instant, yyyy-mm-dd. */
export function koreanDay(ms: number): string {
  return new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Korean calendar day (yyyy-mm-dd) begins. */
export function koreanMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - KST_OFFSET_MS;
}

/** The Korean day of an instant as its bounds: when it began and when the next begins. */
export function koreanDayBounds(ms: number): { day: string; start: number; end: number } {
  const start = Math.floor((ms + KST_OFFSET_MS) / DAY_MS) * DAY_MS - KST_OFFSET_MS;
  return { day: koreanDay(ms), start, end: start + DAY_MS };
}

/** The wall clock in Korea at an instant. */
export function koreanClock(ms: number): KoreanClock {
  const kst = new Date(ms + KST_OFFSET_MS);
  return {
    year: kst.getUTCFullYear(),
    month: kst.getUTCMonth() + 1,
    day: kst.getUTCDate(),
    hour: kst.getUTCHours(),
    minute: kst.getUTCMinutes(),
  };
}

/** An instant as ISO 8601 in Korean time, to the millisecond: 2026-12-06T19:30:00.000+09:00. */
export function koreanIso(ms: number): string {
  return `${new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 23)}${KST_ISO_OFFSET}`;
}
