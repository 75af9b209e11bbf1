import { describe, expect, it } from 'vitest';
import {
  addDays,
  anchorWindow,
  monthlyEstimates,
  seasonality,
  trendStart,
  type DailyRatio,
  type MonthEstimate,
} from './trend.ts';

const TODAY = '2026-12-02';

/** Every day from `from` up to (not including) `until`, with the searches `perDay` says. */
function days(
  from: string,
  until: string,
  perDay: (date: string) => number,
): Array<{ date: string; searches: number }> {
  const out: Array<{ date: string; searches: number }> = [];
  for (let d = from; d < until; d = addDays(d, 1)) out.push({ date: d, searches: perDay(d) });
  return out;
}

/** What DataLab answers for a series: ratios with the answer's largest value at 100, two decimals. */
function ratios(series: ReadonlyArray<{ date: string; searches: number }>): DailyRatio[] {
  const max = Math.max(...series.map((d) => d.searches));
  return series.map((d) => ({ date: d.date, ratio: Math.round((d.searches / max) * 100 * 100) / 100 }));
}

function truth(series: ReadonlyArray<{ date: string; searches: number }>): Map<string, number> {
  const sums = new Map<string, number>();
  for (const d of series) sums.set(d.date.slice(0, 7), (sums.get(d.date.slice(0, 7)) ?? 0) + d.searches);
  return sums;
}

function anchorOf(pc: ReadonlyArray<{ date: string; searches: number }>, mo: typeof pc) {
  const window = anchorWindow(TODAY);
  const inWindow = (list: typeof pc) =>
    list.filter((d) => d.date >= window.from && d.date <= window.to).reduce((a, d) => a + d.searches, 0);
  return { ...window, pc: inWindow(pc), mobile: inWindow(mo) };
}

describe('the calendar of an estimate', () => {
  it.each([
    ['2026-12-02', 36, '2023-12-01'],
    ['2026-01-15', 12, '2025-01-01'],
    ['2026-03-01', 120, '2016-03-01'],
    ['2024-02-29', 1, '2024-01-01'],
  ])('today %s, %i months: from %s', (today, months, start) => {
    expect(trendStart(today, months)).toBe(start);
  });

  it('anchors to the 30 days ending yesterday', () => {
    expect(anchorWindow('2026-12-02')).toEqual({ from: '2026-11-02', to: '2026-12-01' });
    expect(anchorWindow('2024-03-01')).toEqual({ from: '2024-01-31', to: '2024-02-29' });
  });
});

describe('monthly estimates', () => {
  const start = trendStart(TODAY, 36);

  it('a flat series: every month is its days times the daily count', () => {
    const pc = days(start, TODAY, () => 100);
    const mo = days(start, TODAY, () => 200);
    const months = monthlyEstimates(ratios(pc), ratios(mo), anchorOf(pc, mo), 36, TODAY);
    expect(months).toHaveLength(37);
    expect(months[0]).toEqual({ month: '2023-12', pc: 3100, mobile: 6200, total: 9300, partial: false });
    expect(months.find((m) => m.month === '2024-02')).toMatchObject({ pc: 2900, mobile: 5800 });
    expect(months.at(-1)).toEqual({ month: '2026-12', pc: 100, mobile: 200, total: 300, partial: true });
    expect(months.filter((m) => m.partial)).toHaveLength(1);
  });

  it.each([
    ['spring and autumn (camping)', (m: number) => [1, 1, 3, 8, 10, 6, 4, 4, 7, 9, 3, 1][m - 1]! * 40],
    ['winter (padding)', (m: number) => [10, 8, 3, 1, 1, 1, 1, 1, 2, 5, 9, 12][m - 1]! * 55],
    ['a staple with weekly ripples', (m: number) => 300 + m],
  ])('a season shaped like %s comes back exact within rounding', (_name, byMonth) => {
    const weekday = (date: string) => 1 + 0.1 * (new Date(`${date}T00:00:00Z`).getUTCDay() % 3);
    const pc = days(start, TODAY, (d) => Math.round(byMonth(Number(d.slice(5, 7))) * weekday(d)));
    const mo = days(start, TODAY, (d) => Math.round(byMonth(Number(d.slice(5, 7))) * 3.7 * weekday(d)));
    const months = monthlyEstimates(ratios(pc), ratios(mo), anchorOf(pc, mo), 36, TODAY);
    const [truePc, trueMo] = [truth(pc), truth(mo)];
    for (const month of months) {
      // Ratios carry two decimals of a 100 maximum: 0.01 % of the peak day per day, at most.
      const tolerance = (peak: number, n: number) => Math.max(1, (peak / 10_000) * n * 1.5);
      const n = month.partial ? 1 : 31;
      expect(Math.abs(month.pc - truePc.get(month.month)!)).toBeLessThanOrEqual(
        tolerance(Math.max(...pc.map((d) => d.searches)), n),
      );
      expect(Math.abs(month.mobile - trueMo.get(month.month)!)).toBeLessThanOrEqual(
        tolerance(Math.max(...mo.map((d) => d.searches)), n),
      );
      expect(month.total).toBe(month.pc + month.mobile);
    }
  });

  it('does not depend on the scale of the ratios (each answer sets its own 100)', () => {
    const pc = days(start, TODAY, (d) => 50 + Number(d.slice(8, 10)));
    const mo = days(start, TODAY, (d) => 80 + Number(d.slice(5, 7)));
    const anchor = anchorOf(pc, mo);
    const once = monthlyEstimates(ratios(pc), ratios(mo), anchor, 36, TODAY);
    const halved = (list: DailyRatio[]) => list.map((d) => ({ ...d, ratio: d.ratio / 2 }));
    expect(monthlyEstimates(halved(ratios(pc)), halved(ratios(mo)), anchor, 36, TODAY)).toEqual(once);
  });

  it('counts missing days as none, and a series with no data in the window as zero', () => {
    const pc = days(start, TODAY, () => 10).filter((d) => d.date.slice(0, 7) !== '2025-06');
    const mo = days(start, TODAY, () => 10);
    const months = monthlyEstimates(ratios(pc), ratios(mo), { ...anchorOf(pc, mo), pc: 300 }, 36, TODAY);
    expect(months.find((m) => m.month === '2025-06')).toMatchObject({ pc: 0, mobile: 300 });
    const silent = monthlyEstimates([], ratios(mo), { ...anchorOf(pc, mo), pc: 300 }, 36, TODAY);
    expect(silent.every((m) => m.pc === 0)).toBe(true);
  });

  it('on the first of a month, the current month is there with nothing counted yet', () => {
    const pc = days(trendStart('2026-12-01', 12), '2026-12-01', () => 5);
    const window = anchorWindow('2026-12-01');
    const months = monthlyEstimates(ratios(pc), ratios(pc), { ...window, pc: 150, mobile: 150 }, 12, '2026-12-01');
    expect(months).toHaveLength(13);
    expect(months.at(-1)).toEqual({ month: '2026-12', pc: 0, mobile: 0, total: 0, partial: true });
  });
});

function year(from: number, totals: (month: number, index: number) => number, count = 36): MonthEstimate[] {
  return Array.from({ length: count }, (_, i) => {
    const index = from + i;
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    const total = Math.round(totals((index % 12) + 1, i));
    return { month, pc: 0, mobile: total, total, partial: false };
  });
}
const JAN_2023 = 2023 * 12;

describe('the season', () => {
  it.each([
    ['flat', () => 1000, { shape: 'steady', peakMonths: [], yoy: 0 }],
    [
      'camping: spring and autumn',
      (m: number) => [1, 1, 3, 8, 10, 6, 4, 4, 7, 9, 3, 1][m - 1]! * 1000,
      { shape: 'seasonal', peakMonths: [4, 5, 10], yoy: 0 },
    ],
    [
      'padding: winter',
      (m: number) => [10, 8, 3, 1, 1, 1, 1, 1, 2, 5, 9, 12][m - 1]! * 1000,
      { shape: 'seasonal', peakMonths: [1, 11, 12], yoy: 0 },
    ],
    ['growing 30 % a year', (_m: number, i: number) => 1000 * 1.3 ** Math.floor(i / 12), { shape: 'rising', yoy: 0.3 }],
    ['fading by half', (_m: number, i: number) => 1000 * 0.5 ** Math.floor(i / 12), { shape: 'falling', yoy: -0.5 }],
  ] as const)('%s', (_name, totals, expected) => {
    expect(seasonality(year(JAN_2023, totals))).toMatchObject(expected);
  });

  it('needs 24 full months for a year-on-year figure, and ignores the partial month', () => {
    const months = [...year(JAN_2023, () => 100, 23), { month: '2024-12', pc: 0, mobile: 1, total: 1, partial: true }];
    expect(seasonality(months)).toEqual({ peakMonths: [], yoy: null, shape: 'steady' });
  });
});
