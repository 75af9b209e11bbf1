/** The earnings as TSV (to paste into a sheet) and CSV with a BOM (for Excel), day by day or per subId. */
import type { CoupangReportResponse } from '@aigenc/shared/contract';
import { conversion, csvRows, earningsPerClick } from '@aigenc/shared/domain';

type Cell = string | number;

function dayRows(answer: CoupangReportResponse): Cell[][] {
  return [
    ['date', 'clicks', 'orders', 'cancels', 'gmv', 'commission'],
    ...answer.days.map((d) => [d.date, d.clicks, d.orders, d.cancels, d.gmv, d.commission]),
  ];
}

function subIdRows(answer: CoupangReportResponse): Cell[][] {
  return [
    ['subId', 'clicks', 'orders', 'conversion', 'commission', 'commission_per_click'],
    ...answer.bySubId.map((s) => {
      const rate = conversion(s);
      const perClick = earningsPerClick(s);
      return [
        s.subId ?? '',
        s.clicks,
        s.orders,
        rate === null ? '' : Number(rate.toFixed(4)),
        s.commission,
        perClick === null ? '' : Number(perClick.toFixed(1)),
      ];
    }),
  ];
}

const tsv = (rows: Cell[][]) =>
  rows.map((r) => r.map((c) => String(c).replace(/[\t\r\n]/g, ' ')).join('\t')).join('\n');

export const daysTsv = (answer: CoupangReportResponse) => tsv(dayRows(answer));
export const daysCsv = (answer: CoupangReportResponse) => `\uFEFF${csvRows(dayRows(answer))}`;
export const subIdsTsv = (answer: CoupangReportResponse) => tsv(subIdRows(answer));
export const subIdsCsv = (answer: CoupangReportResponse) => `\uFEFF${csvRows(subIdRows(answer))}`;
