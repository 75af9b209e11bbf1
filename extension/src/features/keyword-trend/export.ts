/** The chart's data as CSV (a BOM, formula-safe cells) and as TSV for pasting into a sheet. */
import type { KeywordTrendItem } from '@aigenc/shared/contract';
import { csvRows } from '@aigenc/shared/domain';

function rows(items: readonly KeywordTrendItem[]): Array<Array<string | number>> {
  return items.flatMap((item) =>
    item.months.map((m) => [item.keyword, m.month, m.pc, m.mobile, m.total, m.partial ? 'partial' : '']),
  );
}

const HEADER = ['keyword', 'month', 'pc', 'mobile', 'total', 'partial'];

export function trendCsv(items: readonly KeywordTrendItem[]): string {
  return `\uFEFF${csvRows([HEADER, ...rows(items)])}`;
}

export function trendTsv(items: readonly KeywordTrendItem[]): string {
  return [HEADER, ...rows(items)].map((row) => row.join('\t')).join('\n');
}
