/** Related keywords as TSV (for pasting into a sheet) and CSV (a file Excel opens as UTF-8): the shared keyword writer. */
import type { RelatedKeyword } from '@aigenc/shared/contract';
import { SEARCH_AD_COLUMNS, keywordCsv, keywordTsv } from '@aigenc/shared/domain';

export function toTsv(items: readonly RelatedKeyword[]): string {
  return keywordTsv(items, SEARCH_AD_COLUMNS);
}

export function toCsv(items: readonly RelatedKeyword[]): string {
  return keywordCsv(items, { columns: SEARCH_AD_COLUMNS });
}
