/** The link history as a CSV file Excel opens as UTF-8 (formula-safe cells, BOM first). */
import type { LinkHistoryEntry } from '@aigenc/shared/contract';
import { csvRows } from '@aigenc/shared/domain';

export const HISTORY_HEADER = ['used_at', 'title', 'short_link', 'page', 'sub_id', 'created_at'];

export function historyCsv(entries: readonly LinkHistoryEntry[]): string {
  return `\uFEFF${csvRows([
    HISTORY_HEADER,
    ...entries.map((e) => [e.usedAt, e.title ?? '', e.shortenUrl, e.canonicalUrl, e.subId ?? '', e.createdAt]),
  ])}`;
}
