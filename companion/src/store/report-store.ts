/**
 * The Coupang Partners report figures of each account, per day and subId. A day asked for after
 * it settled is final and kept for good; a later day is kept until it is stale, then replaced.
 * Only counts and sums are stored: no order id, no product name.
 */
import type { EarningRow } from '@aigenc/shared/domain';
import type { Db } from './db.ts';

export interface ReportDay {
  fetchedAt: number;
  final: boolean;
}

export class ReportStore {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      days: db.prepare(
        'SELECT date, fetched_at, final FROM coupang_report_days WHERE account = ? AND date BETWEEN ? AND ?',
      ),
      rows: db.prepare(
        `SELECT date, sub_id, clicks, orders, cancels, gmv, commission FROM coupang_report_rows
         WHERE account = ? AND date BETWEEN ? AND ?`,
      ),
      clearRows: db.prepare('DELETE FROM coupang_report_rows WHERE account = ? AND date BETWEEN ? AND ?'),
      putDay: db.prepare(
        `INSERT INTO coupang_report_days (account, date, fetched_at, final) VALUES (?, ?, ?, ?)
         ON CONFLICT (account, date) DO UPDATE SET fetched_at = excluded.fetched_at, final = excluded.final`,
      ),
      putRow: db.prepare(
        `INSERT INTO coupang_report_rows (account, date, sub_id, clicks, orders, cancels, gmv, commission)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  /** The days of `from`..`to` already asked of Coupang. */
  days(account: string, from: string, to: string): Map<string, ReportDay> {
    const rows = this.statements.days.all(account, from, to) as Array<{
      date: string;
      fetched_at: number;
      final: number;
    }>;
    return new Map(rows.map((r) => [r.date, { fetchedAt: r.fetched_at, final: r.final === 1 }]));
  }

  rows(account: string, from: string, to: string): EarningRow[] {
    const rows = this.statements.rows.all(account, from, to) as Array<{
      date: string;
      sub_id: string;
      clicks: number;
      orders: number;
      cancels: number;
      gmv: number;
      commission: number;
    }>;
    return rows.map((r) => ({
      date: r.date,
      subId: r.sub_id === '' ? null : r.sub_id,
      clicks: r.clicks,
      orders: r.orders,
      cancels: r.cancels,
      gmv: r.gmv,
      commission: r.commission,
    }));
  }

  /**
   * Replaces a window's figures at once: every day of `days` gets a record (a day with no rows
   * had nothing), final when `isFinal` says so. One transaction: a crash keeps the old or the new.
   */
  putWindow(
    account: string,
    window: { from: string; to: string },
    days: readonly string[],
    rows: readonly EarningRow[],
    fetchedAt: number,
    isFinal: (date: string) => boolean,
  ): void {
    this.db.transaction(() => {
      this.statements.clearRows.run(account, window.from, window.to);
      for (const r of rows) {
        if (r.date < window.from || r.date > window.to) continue;
        this.statements.putRow.run(account, r.date, r.subId ?? '', r.clicks, r.orders, r.cancels, r.gmv, r.commission);
      }
      for (const date of days) this.statements.putDay.run(account, date, fetchedAt, isFinal(date) ? 1 : 0);
    })();
  }
}
