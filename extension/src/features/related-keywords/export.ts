/** Related keywords as TSV (for pasting into a sheet) and CSV (a file Excel opens as UTF-8). */
import type { RelatedKeyword } from '@aigenc/shared/contract';
import { csvRows } from '@aigenc/shared/domain';

export const EXPORT_HEADER = [
  'keyword',
  'pc',
  'mobile',
  'total',
  'competition',
  'pc_clicks',
  'mobile_clicks',
  'pc_ctr',
  'mobile_ctr',
  'ad_depth',
];

function row(item: RelatedKeyword): (string | number)[] {
  return [
    item.keyword,
    item.searches.pcBelow10 ? '< 10' : item.searches.pc,
    item.searches.mobileBelow10 ? '< 10' : item.searches.mobile,
    item.searches.total,
    item.competition,
    item.clicks.pc,
    item.clicks.mobile,
    item.ctr.pc,
    item.ctr.mobile,
    item.adDepth,
  ];
}

export function toTsv(items: readonly RelatedKeyword[]): string {
  const clean = (value: string | number) => String(value).replace(/[\t\r\n]+/g, ' ');
  return [EXPORT_HEADER, ...items.map(row)].map((cells) => cells.map(clean).join('\t')).join('\n') + '\n';
}

export function toCsv(items: readonly RelatedKeyword[]): string {
  return `\uFEFF${csvRows([EXPORT_HEADER, ...items.map(row)])}`;
}
