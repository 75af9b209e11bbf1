/**
 * The bulk results table, pure: filter by grade and by monthly searches, sort by a column (the
 * job's order by default), and the time left estimated from how fast the job has gone lately.
 */
import type { KeywordMetricsItem } from '@aigenc/shared/contract';

export type SortKey = 'order' | 'keyword' | 'total' | 'competition' | 'blog' | 'saturation';
export type GradeFilter = 'all' | 'gold' | 'silver' | 'bronze' | 'none';

export interface TableView {
  grade: GradeFilter;
  /** Least monthly searches (PC + mobile); 0 for all. */
  minSearches: number;
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_VIEW: TableView = { grade: 'all', minSearches: 0, sort: 'order', descending: false };

const COMPETITION = { low: 0, medium: 1, high: 2 } as const;

function value(item: KeywordMetricsItem, key: SortKey, index: number): number | string | null {
  switch (key) {
    case 'order':
      return index;
    case 'keyword':
      return item.keyword;
    case 'total':
      return item.searches?.total ?? null;
    case 'competition':
      return item.competition ? COMPETITION[item.competition] : null;
    case 'blog':
      return item.documents['blog'] ?? null;
    case 'saturation':
      return item.saturation;
  }
}

/** The rows to show, with their place in the job (for the "#" column). Unknown values sort last. */
export function viewRows(
  items: readonly KeywordMetricsItem[],
  view: TableView,
): Array<{ item: KeywordMetricsItem; position: number }> {
  const rows = items
    .map((item, position) => ({ item, position }))
    .filter(({ item }) => view.grade === 'all' || item.grade === view.grade)
    .filter(({ item }) => view.minSearches <= 0 || (item.searches?.total ?? 0) >= view.minSearches);
  if (view.sort === 'order' && !view.descending) return rows;
  const sign = view.descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = value(a.item, view.sort, a.position);
    const y = value(b.item, view.sort, b.position);
    if (x === null || y === null) return x === y ? a.position - b.position : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'ko') : x - (y as number);
    return order === 0 ? a.position - b.position : sign * order;
  });
}

/** Progress seen at an instant. */
export interface Sample {
  at: number;
  done: number;
}

/**
 * Seconds left at the pace of the recent samples (the last two minutes), or null before the job
 * has moved twice. Samples from before a wait are not mixed with those after it by the caller.
 */
export function secondsLeft(samples: readonly Sample[], total: number): number | null {
  const last = samples.at(-1);
  if (!last) return null;
  const recent = samples.filter((s) => last.at - s.at <= 120_000);
  const first = recent[0]!;
  const moved = last.done - first.done;
  const elapsed = last.at - first.at;
  if (moved <= 0 || elapsed <= 0) return null;
  return Math.ceil(((total - last.done) * elapsed) / moved / 1000);
}
