import { describe, expect, it } from 'vitest';
import type { CoupangReportResponse } from '@aigenc/shared/contract';
import { daysCsv, daysTsv, subIdsCsv, subIdsTsv } from './export.ts';
import { dayTick } from './format.ts';

const answer: CoupangReportResponse = {
  from: '2026-11-29',
  to: '2026-11-30',
  subId: null,
  totals: { clicks: 300, orders: 9, cancels: 1, gmv: 250_000, commission: 7_400 },
  days: [
    { date: '2026-11-29', clicks: 120, orders: 4, cancels: 0, gmv: 130_000, commission: 3_900 },
    { date: '2026-11-30', clicks: 180, orders: 5, cancels: 1, gmv: 120_000, commission: -500 },
  ],
  bySubId: [
    { subId: 'blog', clicks: 280, orders: 9, cancels: 1, gmv: 250_000, commission: 7_400 },
    { subId: null, clicks: 20, orders: 0, cancels: 0, gmv: 0, commission: 0 },
  ],
  asOf: '2026-12-01T07:10:00.000Z',
  cached: true,
  settledThrough: '2026-11-30',
};

describe('the earnings export', () => {
  it('writes one CSV row a day with a BOM, a negative day as a number', () => {
    const lines = daysCsv(answer).split('\r\n');
    expect(lines[0]).toBe('\uFEFF"date","clicks","orders","cancels","gmv","commission"');
    expect(lines[2]).toBe('"2026-11-30","180","5","1","120000","-500"');
    expect(lines).toHaveLength(4);
  });

  it('writes the subIds with conversion and earnings per click, the links without one as blank', () => {
    expect(subIdsTsv(answer).split('\n')).toEqual([
      'subId\tclicks\torders\tconversion\tcommission\tcommission_per_click',
      'blog\t280\t9\t0.0321\t7400\t26.4',
      '\t20\t0\t0\t0\t0',
    ]);
    expect(subIdsCsv(answer).startsWith('\uFEFF"subId"')).toBe(true);
    expect(daysTsv(answer).split('\n')[1]).toBe('2026-11-29\t120\t4\t0\t130000\t3900');
  });

  it('labels the axis with month.day', () => {
    expect(dayTick('2026-12-01')).toBe('12.1');
    expect(dayTick('2026-11-28')).toBe('11.28');
  });
});
