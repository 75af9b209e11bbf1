import { describe, expect, it } from 'vitest';
import {
  conversion,
  daySpan,
  daysFrom,
  earningsPerClick,
  isCalendarDay,
  reportWindows,
  settledAt,
  settledThrough,
  summarizeEarnings,
  type EarningRow,
} from './earnings.ts';

/** An instant given as a Korean wall-clock time. */
const kst = (date: string, hour: number, minute = 0) =>
  Date.parse(`${date}T00:00:00Z`) - 9 * 3_600_000 + (hour * 60 + minute) * 60_000;

describe('calendar days', () => {
  it.each([
    ['2026-12-02', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20261202', false],
    ['', false],
  ])('%s is a calendar day: %s', (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });

  it('lists days both ends included, across months and a leap day', () => {
    expect(daysFrom('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysFrom('2026-12-02', '2026-12-01')).toEqual([]);
    expect(daySpan('2026-09-03', '2026-12-01')).toBe(90);
    expect(daySpan('2026-12-01', '2026-12-01')).toBe(1);
  });
});

describe('when a day is settled', () => {
  it('the next day at 16:00 KST, whatever the machine zone', () => {
    expect(settledAt('2026-12-01')).toBe(kst('2026-12-02', 16));
    expect(new Date(settledAt('2026-12-31')).toISOString()).toBe('2027-01-01T07:00:00.000Z');
  });

  it.each([
    // Before 16:00 KST yesterday is not final yet, after it it is.
    [kst('2026-12-02', 15, 59), '2026-11-30'],
    [kst('2026-12-02', 16, 0), '2026-12-01'],
    [kst('2026-12-02', 23, 59), '2026-12-01'],
    // Just after midnight KST (still the 2nd in UTC's morning hours, the 1st in Honolulu).
    [kst('2026-12-03', 0, 5), '2026-12-01'],
    [kst('2027-01-01', 9), '2026-12-30'],
  ])('at %d the last final day is %s', (now, day) => {
    expect(settledThrough(now)).toBe(day);
  });
});

describe('vendor windows', () => {
  it('cuts runs of consecutive days at 30 days and at gaps', () => {
    expect(reportWindows(daysFrom('2026-09-03', '2026-12-01'))).toEqual([
      { from: '2026-09-03', to: '2026-10-02' },
      { from: '2026-10-03', to: '2026-11-01' },
      { from: '2026-11-02', to: '2026-12-01' },
    ]);
    expect(reportWindows(['2026-11-30', '2026-11-01', '2026-12-01', '2026-11-02', '2026-11-02'])).toEqual([
      { from: '2026-11-01', to: '2026-11-02' },
      { from: '2026-11-30', to: '2026-12-01' },
    ]);
    expect(reportWindows([])).toEqual([]);
  });

  it('never makes a window longer than 30 days', () => {
    for (const span of [1, 29, 30, 31, 59, 60, 61, 366]) {
      const days = daysFrom('2026-01-01', '2030-01-01').slice(0, span);
      const windows = reportWindows(days);
      expect(windows.every((w) => daySpan(w.from, w.to) <= 30)).toBe(true);
      expect(windows.reduce((sum, w) => sum + daySpan(w.from, w.to), 0)).toBe(span);
      expect(windows).toHaveLength(Math.ceil(span / 30));
    }
  });
});

describe('summarizeEarnings', () => {
  const row = (date: string, subId: string | null, clicks: number, orders: number, commission: number): EarningRow => ({
    date,
    subId,
    clicks,
    orders,
    cancels: 0,
    gmv: commission * 33,
    commission,
  });
  const rows = [
    row('2026-11-28', 'blog', 100, 4, 3000),
    row('2026-11-28', null, 10, 0, 0),
    row('2026-11-30', 'blog', 120, 5, 4200),
    row('2026-11-30', 'youtube', 300, 6, 5100),
    // A cancel larger than the day's orders: negative, and counted as such.
    { ...row('2026-11-30', 'insta', 5, 0, -900), cancels: 1 },
    row('2026-12-05', 'blog', 1, 1, 1),
  ];

  it('gives every day in order, zeros included, and ignores rows outside the span', () => {
    const summary = summarizeEarnings(rows, '2026-11-28', '2026-12-01');
    expect(summary.days.map((d) => d.date)).toEqual(['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01']);
    expect(summary.days[1]).toEqual({ date: '2026-11-29', clicks: 0, orders: 0, cancels: 0, gmv: 0, commission: 0 });
    expect(summary.days[2]!.commission).toBe(4200 + 5100 - 900);
    expect(summary.totals).toEqual({ clicks: 535, orders: 15, cancels: 1, gmv: 11400 * 33, commission: 11400 });
    expect(summary.days.reduce((s, d) => s + d.commission, 0)).toBe(summary.totals.commission);
  });

  it('sums per subId, best earners first, links without a subId as null', () => {
    const summary = summarizeEarnings(rows, '2026-11-28', '2026-12-01');
    expect(summary.bySubId.map((s) => [s.subId, s.clicks, s.commission])).toEqual([
      ['blog', 220, 7200],
      ['youtube', 300, 5100],
      [null, 10, 0],
      ['insta', 5, -900],
    ]);
  });

  it('filters to one subId, or to the links without one', () => {
    expect(summarizeEarnings(rows, '2026-11-28', '2026-12-01', 'blog').totals.clicks).toBe(220);
    expect(summarizeEarnings(rows, '2026-11-28', '2026-12-01', null).totals.clicks).toBe(10);
    expect(summarizeEarnings(rows, '2026-11-28', '2026-12-01', 'nobody').days).toHaveLength(4);
  });

  it('rates need clicks', () => {
    expect(conversion({ clicks: 200, orders: 5 })).toBe(0.025);
    expect(conversion({ clicks: 0, orders: 0 })).toBeNull();
    expect(earningsPerClick({ clicks: 200, commission: 5000 })).toBe(25);
    expect(earningsPerClick({ clicks: 0, commission: 10 })).toBeNull();
  });
});
