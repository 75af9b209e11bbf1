import { describe, expect, it } from 'vitest';
import {
  labelledDays,
  labelledMonths,
  linePath,
  nearestIndex,
  niceMax,
  niceMin,
  xAt,
  yAt,
  type Frame,
} from './geometry.ts';

const frame: Frame = { width: 100, height: 60, left: 10, right: 10, top: 5, bottom: 5 };

describe('the chart’s geometry', () => {
  it.each([
    [0, 10],
    [7, 10],
    [41_150, 50_000],
    [120_001, 200_000],
    [611_266, 1_000_000],
  ])('a round top for %i: %i', (max, nice) => expect(niceMax(max)).toBe(nice));

  it('spans the inner frame, bottom is zero, and finds the nearest month', () => {
    expect(xAt(frame, 0, 5)).toBe(10);
    expect(xAt(frame, 4, 5)).toBe(90);
    expect(yAt(frame, 0, 100)).toBe(55);
    expect(yAt(frame, 100, 100)).toBe(5);
    expect(linePath(frame, [0, 100], 100)).toBe('M10.0,55.0L90.0,5.0');
    expect(nearestIndex(frame, 49, 5)).toBe(2);
    expect(nearestIndex(frame, -20, 5)).toBe(0);
    expect(nearestIndex(frame, 500, 5)).toBe(4);
  });

  it('labels every sixth month over three years, every January over ten', () => {
    const months = (from: number, n: number) =>
      Array.from(
        { length: n },
        (_, i) => `${Math.floor((from + i) / 12)}-${String(((from + i) % 12) + 1).padStart(2, '0')}`,
      );
    const three = months(2023 * 12 + 11, 36);
    expect(labelledMonths(three).map((i) => three[i])).toEqual([
      '2024-01',
      '2024-07',
      '2025-01',
      '2025-07',
      '2026-01',
      '2026-07',
    ]);
    const ten = months(2016 * 12 + 10, 120);
    expect(labelledMonths(ten).map((i) => ten[i]!.slice(5))).toEqual(Array(10).fill('01'));
  });

  it('goes below zero only when a value does, to a round bound', () => {
    expect(niceMin(0)).toBe(0);
    expect(niceMin(1234)).toBe(0);
    expect(niceMin(-1234)).toBe(-2000);
    expect(yAt(frame, 0, 100, -100)).toBe(30);
    expect(linePath(frame, [-100, 100], 100, -100)).toBe('M10.0,55.0L90.0,5.0');
  });

  it('labels about six days, the last always', () => {
    expect(labelledDays(7)).toEqual([0, 2, 4, 6]);
    expect(labelledDays(30)).toEqual([4, 9, 14, 19, 24, 29]);
    expect(labelledDays(90)).toEqual([14, 29, 44, 59, 74, 89]);
    expect(labelledDays(1)).toEqual([0]);
  });
});
