/**
 * Keyword metrics as CSV for a spreadsheet: a BOM (Excel reads Korean with it), every cell quoted
 * and formula-safe, one row per keyword in the given order. `aigenc keywords --csv` and a job's
 * `results?format=csv` write the same columns.
 */
import type { Problem } from '@aigenc/shared/contract';
import { csvRows } from '@aigenc/shared/domain';
import type { Language } from '@aigenc/shared/language';
import type { SavedItem } from './keyword-jobs.ts';
import { readProblem } from '../errors/problem.ts';

export const METRICS_CSV_HEADER = [
  'keyword',
  'pc',
  'mobile',
  'total',
  'pc_below_10',
  'mobile_below_10',
  'competition',
  'pc_clicks',
  'mobile_clicks',
  'pc_ctr',
  'mobile_ctr',
  'ad_depth',
  'blog',
  'cafearticle',
  'webkr',
  'news',
  'saturation',
  'grade',
  'error',
] as const;

/** A problem on one line: what to do, then its code (and the vendor's). */
export function problemLine(problem: Problem): string {
  return `${problem.detail} [${problem.code}${problem.upstreamCode ? ` ${problem.upstreamCode}` : ''}]`;
}

export function metricsCsv(items: readonly SavedItem[], language: Language, withBom = true): string {
  const rows = items.map(({ item: i, error }) => [
    i.keyword,
    i.searches?.pc,
    i.searches?.mobile,
    i.searches?.total,
    i.searches?.pcBelow10,
    i.searches?.mobileBelow10,
    i.competition,
    i.clicks?.pc,
    i.clicks?.mobile,
    i.ctr?.pc,
    i.ctr?.mobile,
    i.adDepth,
    i.documents['blog'],
    i.documents['cafearticle'],
    i.documents['webkr'],
    i.documents['news'],
    i.saturation,
    i.grade,
    error ? problemLine(readProblem(error, language)) : '',
  ]);
  return `${withBom ? '\uFEFF' : ''}${csvRows([[...METRICS_CSV_HEADER], ...rows])}`;
}
