/**
 * Keyword rows for spreadsheets: the one writer (the popup's related keywords, a bulk job's
 * results, `aigenc keywords --csv`). One "< 10" rule everywhere: the count cell holds the figure
 * formulas use (10) and a `*_below_10` column says Naver answered "< 10", so columns stay numbers.
 */
import type { KeywordMetricsItem, RelatedKeyword } from '../contract/keywords.ts';
import { csvRows } from './csv.ts';
import { DOCUMENT_TYPES } from './documents.ts';

/** What a row may carry: a related keyword has the Search Ad figures, a metrics item adds the rest. */
export type KeywordRow = Pick<RelatedKeyword, 'keyword'> &
  Partial<Pick<KeywordMetricsItem, 'competition' | 'adDepth' | 'saturation' | 'grade'>> & {
    searches?: RelatedKeyword['searches'] | null | undefined;
    clicks?: RelatedKeyword['clicks'] | null | undefined;
    ctr?: RelatedKeyword['ctr'] | null | undefined;
    documents?: Readonly<Record<string, number | null>> | undefined;
    /** A problem on one line, for a keyword that could not be answered. */
    error?: string | undefined;
  };

/** The columns of rows that have Search Ad's figures only (related keywords). */
export const SEARCH_AD_COLUMNS = [
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
] as const;

/** Every column: Search Ad's figures, the document counts, saturation and grade, and the problem. */
export const KEYWORD_COLUMNS = [...SEARCH_AD_COLUMNS, ...DOCUMENT_TYPES, 'saturation', 'grade', 'error'] as const;

function cells(row: KeywordRow, columns: readonly string[]): unknown[] {
  const s = row.searches;
  const value: Record<string, unknown> = {
    keyword: row.keyword,
    pc: s?.pc,
    mobile: s?.mobile,
    total: s?.total,
    pc_below_10: s?.pcBelow10,
    mobile_below_10: s?.mobileBelow10,
    competition: row.competition,
    pc_clicks: row.clicks?.pc,
    mobile_clicks: row.clicks?.mobile,
    pc_ctr: row.ctr?.pc,
    mobile_ctr: row.ctr?.mobile,
    ad_depth: row.adDepth,
    ...Object.fromEntries(DOCUMENT_TYPES.map((type) => [type, row.documents?.[type]])),
    saturation: row.saturation,
    grade: row.grade,
    error: row.error ?? '',
  };
  return columns.map((column) => value[column]);
}

/** CSV with a BOM (Excel reads Korean with it) unless asked without (a later page of the same file). */
export function keywordCsv(
  rows: readonly KeywordRow[],
  options: { columns?: readonly string[]; header?: boolean; bom?: boolean } = {},
): string {
  const columns = options.columns ?? KEYWORD_COLUMNS;
  const body = rows.map((row) => cells(row, columns));
  const text = csvRows(options.header === false ? body : [columns, ...body]);
  return options.bom === false ? text : `\uFEFF${text}`;
}

/** Tab-separated, for pasting into a sheet: tabs and line breaks inside a cell become spaces. */
export function keywordTsv(rows: readonly KeywordRow[], columns: readonly string[] = KEYWORD_COLUMNS): string {
  const clean = (value: unknown) =>
    (value === null || value === undefined ? '' : String(value)).replace(/[\t\r\n]+/g, ' ');
  return (
    [columns, ...rows.map((row) => cells(row, columns))].map((line) => line.map(clean).join('\t')).join('\n') + '\n'
  );
}
