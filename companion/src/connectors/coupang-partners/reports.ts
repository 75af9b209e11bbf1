/**
 * Coupang Partners reports: clicks, orders, cancels and commission for one window of at most 30
 * days, every page walked, each row read defensively (public clients disagree on field names:
 * `click` or `clicks`, numbers as numbers or strings) and summed per (day, subId) at once. An
 * order row's id and product name are read only to count orders: they never leave this file.
 *
 *   const figures = await reportFigures(client, 'commission', { from: '2026-11-01', to: '2026-11-30' });
 */
import { REPORT_RULES, daySpan, type DayWindow, type EarningRow } from '@aigenc/shared/domain';
import { UpstreamError } from '../../errors/index.ts';
import { malformedResponse } from '../http-client.ts';
import { fill } from '../../messages.ts';
import type { CoupangClient, ReportKind } from './client.ts';
import { COUPANG_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';

/** More pages than this in one window is not a report we can show: ask for a shorter span. */
export const MAX_REPORT_PAGES = 50;

type Row = Record<string, unknown>;

/** The first field present under any of `names`. */
function field(row: Row, names: readonly string[]): unknown {
  for (const name of names) if (row[name] !== undefined && row[name] !== null) return row[name];
  return undefined;
}

/** A number sent as a number or as text ("1,234", " 12 "); undefined when it is neither. */
function amount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/,/g, '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** yyyyMMdd (as text or a number) or yyyy-mm-dd, as yyyy-mm-dd. */
function day(value: unknown): string | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

const NAMES = {
  date: ['date', 'reportDate'],
  subId: ['subId', 'subid', 'sub_id', 'subID'],
  clicks: ['click', 'clicks', 'clickCount'],
  orders: ['order', 'orders', 'orderCount'],
  cancels: ['cancel', 'cancels', 'cancelCount'],
  gmv: ['gmv', 'GMV', 'gmvAmount'],
  commission: ['commission', 'commissionAmount'],
  orderId: ['orderId', 'orderID', 'order_id'],
  quantity: ['quantity', 'qty'],
} as const;

/** What one report says per (day, subId); a report that does not carry a figure leaves it out. */
export interface ReportFigures {
  kind: ReportKind;
  rows: Map<string, Partial<EarningRow> & { date: string; subId: string | null }>;
  /** For the commission report: whether its rows carried order and cancel counts. */
  hasCounts: boolean;
}

function keyOf(date: string, subId: string | null): string {
  return `${date}\u0000${subId ?? ''}`;
}

/** Adds one vendor row to the figures; false when the row cannot be read at all. */
function addRow(kind: ReportKind, row: Row, into: ReportFigures, orderIds: Map<string, Set<string>>): boolean {
  const date = day(field(row, NAMES.date));
  if (!date) return false;
  const rawSubId = field(row, NAMES.subId);
  const subId = typeof rawSubId === 'string' && rawSubId.trim() !== '' ? rawSubId.trim() : null;
  const key = keyOf(date, subId);
  let entry = into.rows.get(key);
  if (!entry) into.rows.set(key, (entry = { date, subId }));
  const add = (name: 'clicks' | 'orders' | 'cancels' | 'gmv' | 'commission', value: number | undefined) => {
    if (value !== undefined) entry[name] = (entry[name] ?? 0) + value;
  };
  if (kind === 'clicks') {
    const clicks = amount(field(row, NAMES.clicks));
    if (clicks === undefined) return false;
    add('clicks', clicks);
    return true;
  }
  const gmv = amount(field(row, NAMES.gmv));
  const commission = amount(field(row, NAMES.commission));
  if (commission === undefined) return false;
  add('commission', commission);
  add('gmv', gmv ?? 0);
  if (kind === 'commission') {
    const orders = amount(field(row, NAMES.orders));
    const cancels = amount(field(row, NAMES.cancels));
    if (orders === undefined || cancels === undefined) into.hasCounts = false;
    add('orders', orders);
    add('cancels', cancels);
    add('clicks', amount(field(row, NAMES.clicks)));
    return true;
  }
  // Orders and cancels: one row per order line. An order with several products counts once.
  const id = field(row, NAMES.orderId);
  const ids = orderIds.get(key) ?? new Set<string>();
  orderIds.set(key, ids);
  const before = ids.size;
  ids.add(id === undefined ? `row-${ids.size}` : String(id));
  if (ids.size > before) add(kind === 'orders' ? 'orders' : 'cancels', 1);
  return true;
}

const compact = (date: string) => date.replace(/-/g, '');

/** One report over one window (≤ 30 days), every page, read into per-(day, subId) figures. */
export async function reportFigures(
  client: CoupangClient,
  kind: ReportKind,
  window: DayWindow,
): Promise<ReportFigures> {
  if (daySpan(window.from, window.to) > REPORT_RULES.windowDays || window.from > window.to)
    throw new RangeError(`a report window is 1 to ${REPORT_RULES.windowDays} days`);
  const figures: ReportFigures = { kind, rows: new Map(), hasCounts: true };
  const orderIds = new Map<string, Set<string>>();
  for (let page = 0; ; page++) {
    if (page >= MAX_REPORT_PAGES) {
      throw new UpstreamError('UPSTREAM_REJECTED', {
        provider: PROVIDER,
        upstreamCode: 'TOO_MANY_PAGES',
        detail: fill(COUPANG_MESSAGES.reportTooLong, { pages: MAX_REPORT_PAGES }),
      });
    }
    const data = await client.reportPage(kind, compact(window.from), compact(window.to), page);
    // A window with nothing in it may come back as no data at all.
    const rows = data === undefined || data === null ? [] : data;
    if (!Array.isArray(rows)) throw malformedResponse(PROVIDER);
    for (const row of rows) {
      if (typeof row !== 'object' || row === null || !addRow(kind, row as Row, figures, orderIds))
        throw malformedResponse(PROVIDER);
    }
    if (rows.length < REPORT_RULES.pageSize) break;
  }
  return figures;
}
