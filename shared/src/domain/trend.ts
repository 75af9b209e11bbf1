/**
 * Estimated monthly searches from DataLab's daily ratios and Search Ad's 30-day counts, and the
 * season read from them. Pure: dates are Korean calendar days as `yyyy-mm-dd` strings, given by
 * the caller (who computed them from its clock).
 *
 * The rule (official-apis.md §5): one DataLab answer per device, daily ratios up to yesterday;
 * each device's series is scaled so that its last 30 days (the Search Ad window) sum to that
 * device's Search Ad count; a month's estimate is the sum of its scaled days, rounded once.
 */
import { koreanDay } from './korean-time.ts';

export interface DailyRatio {
  /** A Korean calendar day, `yyyy-mm-dd`. */
  readonly date: string;
  readonly ratio: number;
}

export interface DayWindow {
  readonly from: string;
  readonly to: string;
}

export interface TrendAnchor extends DayWindow {
  readonly pc: number;
  readonly mobile: number;
}

export interface MonthEstimate {
  /** `yyyy-mm` */
  readonly month: string;
  readonly pc: number;
  readonly mobile: number;
  readonly total: number;
  /** The current month, counted up to yesterday. */
  readonly partial: boolean;
}

export const TREND_MONTHS = { min: 12, max: 120, default: 36 } as const;

const DAY_MS = 86_400_000;

/** Days as UTC midnights, so that calendar arithmetic ignores the machine's zone. */
function dayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}
function dateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(dayMs(date) + days * DAY_MS);
}

/**
 * Korean calendar days from the day of `now` until `lastDay` (YYYY-MM-DD), that day included while
 * it lasts: 0 on the last day itself, negative once it has passed.
 */
export function koreanDaysUntil(lastDay: string, now: number): number {
  return Math.round((dayMs(lastDay) - dayMs(koreanDay(now))) / DAY_MS);
}

/** The Search Ad window: the 30 days ending the day before `today`. */
export function anchorWindow(today: string): DayWindow {
  return { from: addDays(today, -30), to: addDays(today, -1) };
}

/** The first day of the oldest month asked for: `months` full months before today's month. */
export function trendStart(today: string, months: number): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** One device's ratios as searches a day: scaled so that the anchor window sums to `count`. */
export function scaleDays(days: readonly DailyRatio[], window: DayWindow, count: number): Map<string, number> {
  const inWindow = days.filter((d) => d.date >= window.from && d.date <= window.to);
  const sum = inWindow.reduce((total, d) => total + d.ratio, 0);
  const factor = sum > 0 ? count / sum : 0;
  return new Map(days.map((d) => [d.date, d.ratio * factor]));
}

/**
 * The last `months` full calendar months and the current month so far (partial), oldest first.
 * `today` is the Korean day the estimate is made; its own day is never counted (not over yet).
 */
export function monthlyEstimates(
  pc: readonly DailyRatio[],
  mobile: readonly DailyRatio[],
  anchor: TrendAnchor,
  months: number,
  today: string,
): MonthEstimate[] {
  const pcDays = scaleDays(pc, anchor, anchor.pc);
  const moDays = scaleDays(mobile, anchor, anchor.mobile);
  const current = today.slice(0, 7);
  const sums = new Map<string, { pc: number; mobile: number }>();
  let day = trendStart(today, months);
  while (day < today) {
    const month = day.slice(0, 7);
    const sum = sums.get(month) ?? { pc: 0, mobile: 0 };
    sum.pc += pcDays.get(day) ?? 0;
    sum.mobile += moDays.get(day) ?? 0;
    sums.set(month, sum);
    day = addDays(day, 1);
  }
  if (!sums.has(current)) sums.set(current, { pc: 0, mobile: 0 });
  return [...sums].map(([month, sum]) => {
    const p = Math.round(sum.pc);
    const m = Math.round(sum.mobile);
    return { month, pc: p, mobile: m, total: p + m, partial: month === current };
  });
}

export type TrendShape = 'rising' | 'falling' | 'seasonal' | 'steady';

/** The thresholds behind `shape` and `peakMonths`, shown to the user as the rule. */
export const SEASON_RULE = {
  /** Rising or falling: the last 12 full months against the 12 before, at least this far apart. */
  trend: 0.2,
  /** Seasonal: the busiest calendar month at least this many times the quietest. */
  amplitude: 1.5,
  /** A peak month: its average at least this many times the average month. */
  peak: 1.2,
  /** At most this many peak months are named. */
  peaks: 3,
} as const;

export interface Seasonality {
  /** Calendar months (1–12), in calendar order. */
  readonly peakMonths: number[];
  readonly yoy: number | null;
  readonly shape: TrendShape;
}

export function seasonality(months: readonly MonthEstimate[]): Seasonality {
  const full = months.filter((m) => !m.partial);
  const sum = (list: readonly MonthEstimate[]) => list.reduce((total, m) => total + m.total, 0);
  let yoy: number | null = null;
  if (full.length >= 24) {
    const last = sum(full.slice(-12));
    const before = sum(full.slice(-24, -12));
    yoy = before > 0 ? Math.round((last / before - 1) * 1000) / 1000 : null;
  }
  const byMonth = new Map<number, number[]>();
  for (const m of full.slice(-36)) {
    const calendar = Number(m.month.slice(5, 7));
    byMonth.set(calendar, [...(byMonth.get(calendar) ?? []), m.total]);
  }
  const averages = [...byMonth].map(([month, totals]) => ({
    month,
    average: totals.reduce((a, b) => a + b, 0) / totals.length,
  }));
  const overall = averages.reduce((a, b) => a + b.average, 0) / Math.max(1, averages.length);
  const peakMonths =
    overall > 0 && averages.length === 12
      ? averages
          .filter((m) => m.average >= overall * SEASON_RULE.peak)
          .sort((a, b) => b.average - a.average)
          .slice(0, SEASON_RULE.peaks)
          .map((m) => m.month)
          .sort((a, b) => a - b)
      : [];
  const highest = Math.max(0, ...averages.map((m) => m.average));
  const lowest = Math.min(...averages.map((m) => m.average));
  let shape: TrendShape = 'steady';
  if (yoy !== null && yoy >= SEASON_RULE.trend) shape = 'rising';
  else if (yoy !== null && yoy <= -SEASON_RULE.trend) shape = 'falling';
  else if (averages.length === 12 && highest >= Math.max(lowest, 1) * SEASON_RULE.amplitude) shape = 'seasonal';
  return { peakMonths, yoy, shape };
}
