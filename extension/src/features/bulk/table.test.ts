import { describe, expect, it } from 'vitest';
import type { KeywordMetricsItem } from '@aigenc/shared/contract';
import { DEFAULT_VIEW, secondsLeft, viewRows } from './table.ts';

function item(keyword: string, total: number | null, grade: KeywordMetricsItem['grade'], saturation: number | null) {
  return {
    keyword,
    normalizedKeyword: keyword,
    found: total !== null,
    searches: total === null ? null : { pc: 0, mobile: total, total, pcBelow10: false, mobileBelow10: false },
    clicks: null,
    ctr: null,
    adDepth: null,
    competition: total === null ? null : 'low',
    documents: { blog: saturation === null ? null : Math.round((saturation ?? 0) * (total ?? 0)) },
    saturation,
    grade,
    fetchedAt: '2026-12-02T00:00:00.000Z',
    cached: false,
  } as KeywordMetricsItem;
}

const items = [
  item('텐트', 40_000, 'bronze', 2.5),
  item('캠핑의자', 41_000, 'gold', 0.3),
  item('없는키워드', null, null, null),
  item('러그', 9_000, 'gold', 0.4),
];

describe('the bulk table', () => {
  it('keeps the job’s order by default', () => {
    expect(viewRows(items, DEFAULT_VIEW).map((r) => r.position)).toEqual([0, 1, 2, 3]);
  });

  it('filters by grade and by least monthly searches', () => {
    expect(viewRows(items, { ...DEFAULT_VIEW, grade: 'gold' }).map((r) => r.item.keyword)).toEqual([
      '캠핑의자',
      '러그',
    ]);
    expect(viewRows(items, { ...DEFAULT_VIEW, grade: 'gold', minSearches: 10_000 }).map((r) => r.item.keyword)).toEqual(
      ['캠핑의자'],
    );
  });

  it('sorts either way, unknown values last', () => {
    const bySearches = viewRows(items, { ...DEFAULT_VIEW, sort: 'total', descending: true });
    expect(bySearches.map((r) => r.item.keyword)).toEqual(['캠핑의자', '텐트', '러그', '없는키워드']);
    const bySaturation = viewRows(items, { ...DEFAULT_VIEW, sort: 'saturation' });
    expect(bySaturation.map((r) => r.item.keyword)).toEqual(['캠핑의자', '러그', '텐트', '없는키워드']);
    expect(viewRows(items, { ...DEFAULT_VIEW, sort: 'keyword' }).map((r) => r.item.keyword)[0]).toBe('러그');
  });

  it('estimates the time left from the recent pace', () => {
    expect(secondsLeft([], 100)).toBeNull();
    expect(secondsLeft([{ at: 0, done: 10 }], 100)).toBeNull();
    expect(
      secondsLeft(
        [
          { at: 0, done: 0 },
          { at: 10_000, done: 50 },
        ],
        1000,
      ),
    ).toBe(190);
    // Only the last two minutes count: an early slow start does not drag the estimate.
    const samples = [
      { at: 0, done: 0 },
      { at: 200_000, done: 10 },
      { at: 260_000, done: 70 },
    ];
    expect(secondsLeft(samples, 130)).toBe(60);
  });
});
