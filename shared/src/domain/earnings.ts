/**
 * Coupang Partners earnings, pure: which Korean days a report covers, when a day's figures are
 * final (the vendor settles a day the next afternoon, KST), the vendor's windows of at most 30
 * days, and the figures summed per day and per subId with every day present (zeros included).
 *
 *   settledThrough(Date.UTC(2026, 11, 2, 8))  // '2026-12-01' (17:00 KST on the 2nd)
 *   reportWindows(['2026-11-01', ..., '2026-12-15'])  // [{from:'2026-11-01',to:'2026-11-30'}, ...]
 */
import { koreanDay, koreanMidnight } from './korean-time.ts';
import { addDays, type DayWindow } from './trend.ts';

export const REPORT_RULES = {
  /** The longest span the API answers (the CLI may walk longer). */
  maxDays: 90,
  /** The vendor's longest window per call. */
  windowDays: 30,
  /** Rows per page of the vendor's answers. */
  pageSize: 1000,
  /** The vendor keeps reports from this day on. */
  earliest: '2018-11-01',
  /**
   * The hour (KST) of the day after when a day counts as settled. The vendor updates around
   * 15:00; an hour's margin keeps a late update from being cached as final.
   */
  settleHourKst: 16,
} as const;

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written yyyy-mm-dd (no 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === text;
}

/** Days from `from` to `to`, both included (empty when `from` is after `to`). */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** How many days `from`..`to` covers, both included. */
export function daySpan(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The instant a day's figures become final: the next day at the settle hour, KST. */
export function settledAt(day: string): number {
  return koreanMidnight(addDays(day, 1)) + REPORT_RULES.settleHourKst * 3_600_000;
}

/** The last day whose figures are final at `now`. */
export function settledThrough(now: number): string {
  const yesterday = addDays(koreanDay(now), -1);
  return now >= settledAt(yesterday) ? yesterday : addDays(yesterday, -1);
}

/** Sorted days as the vendor's windows: each run of consecutive days cut into ≤ 30-day pieces. */
export function reportWindows(days: readonly string[]): DayWindow[] {
  const windows: Array<{ from: string; to: string }> = [];
  for (const day of [...new Set(days)].sort()) {
    const last = windows.at(-1);
    if (last && addDays(last.to, 1) === day && daySpan(last.from, day) <= REPORT_RULES.windowDays) last.to = day;
    else windows.push({ from: day, to: day });
  }
  return windows;
}

export interface EarningFigures {
  clicks: number;
  orders: number;
  cancels: number;
  gmv: number;
  /** Net of cancels, in KRW. */
  commission: number;
}

export interface EarningRow extends EarningFigures {
  date: string;
  /** null for links made without a subId. */
  subId: string | null;
}

export interface EarningsSummary {
  totals: EarningFigures;
  days: Array<EarningFigures & { date: string }>;
  bySubId: Array<EarningFigures & { subId: string | null }>;
}

export function zeroFigures(): EarningFigures {
  return { clicks: 0, orders: 0, cancels: 0, gmv: 0, commission: 0 };
}

export function addFigures(into: EarningFigures, row: EarningFigures): void {
  into.clicks += row.clicks;
  into.orders += row.orders;
  into.cancels += row.cancels;
  into.gmv += row.gmv;
  into.commission += row.commission;
}

/**
 * The rows of `from`..`to` summed: totals, one entry per day in order (zeros where nothing
 * happened), and per subId by commission (then clicks) descending. With `subId` (a name, or null
 * for links without one) only that subId's rows count.
 */
export function summarizeEarnings(
  rows: readonly EarningRow[],
  from: string,
  to: string,
  subId?: string | null,
): EarningsSummary {
  const totals = zeroFigures();
  const days = new Map(daysFrom(from, to).map((date) => [date, { date, ...zeroFigures() }]));
  const subIds = new Map<string | null, EarningFigures & { subId: string | null }>();
  for (const row of rows) {
    if (subId !== undefined && row.subId !== subId) continue;
    const day = days.get(row.date);
    if (!day) continue;
    addFigures(day, row);
    addFigures(totals, row);
    let entry = subIds.get(row.subId);
    if (!entry) subIds.set(row.subId, (entry = { subId: row.subId, ...zeroFigures() }));
    addFigures(entry, row);
  }
  const bySubId = [...subIds.values()].sort(
    (a, b) => b.commission - a.commission || b.clicks - a.clicks || String(a.subId).localeCompare(String(b.subId)),
  );
  return { totals, days: [...days.values()], bySubId };
}

/** Orders per click, as a fraction (null without clicks). */
export function conversion(figures: Pick<EarningFigures, 'clicks' | 'orders'>): number | null {
  return figures.clicks > 0 ? figures.orders / figures.clicks : null;
}

/** Commission per click, in KRW (null without clicks). */
export function earningsPerClick(figures: Pick<EarningFigures, 'clicks' | 'commission'>): number | null {
  return figures.clicks > 0 ? figures.commission / figures.clicks : null;
}
