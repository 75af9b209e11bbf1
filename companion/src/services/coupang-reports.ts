/**
 * What the Partners links earned: clicks, orders, cancels, sales and commission (net of cancels)
 * per Korean day and per subId, for up to 90 days. Days asked for after they settled are kept for
 * good; later days are asked again when stale (after an hour, or once they have settled). Each
 * missing run of days costs two report calls a 30-day window (clicks and commission), four when
 * the commission report comes without order counts. Figures always come unfiltered from Coupang,
 * so one answer serves every subId.
 */
import type { CoupangReportResponse } from '@aigenc/shared/contract';
import {
  REPORT_RULES,
  addDays,
  daySpan,
  daysFrom,
  koreanDay,
  reportWindows,
  settledAt,
  settledThrough,
  summarizeEarnings,
  type DayWindow,
  type EarningRow,
} from '@aigenc/shared/domain';
import type { Clock } from '../clock.ts';
import type { CoupangClient } from '../connectors/coupang-partners/client.ts';
import { reportFigures, type ReportFigures } from '../connectors/coupang-partners/reports.ts';
import { CompanionError, ValidationError } from '../errors/index.ts';
import type { Localized } from '@aigenc/shared/language';
import { providerSpec } from '@aigenc/shared/providers';
import { fill } from '../messages.ts';
import type { ReportStore } from '../store/report-store.ts';
import { SERVICE_MESSAGES } from './messages.ts';

/** A day that is not final yet is asked again after this long. */
export const PROVISIONAL_TTL_MS = 3_600_000;

export interface CoupangReportDeps {
  coupang: () => Promise<CoupangClient>;
  store: ReportStore;
  /** Whether the Coupang connection's reports capability is on. */
  reportsEnabled: () => boolean;
  now: Clock;
}

export interface ReportRequest {
  from: string;
  to: string;
  /** A subId, null for the links made without one, undefined for all. */
  subId?: string | null | undefined;
}

function refuse(path: string, detail: Localized): ValidationError {
  return new ValidationError([{ path, message: detail.en }], detail);
}

function merge(clicks: ReportFigures, commission: ReportFigures, orders?: ReportFigures, cancels?: ReportFigures) {
  const rows = new Map<string, EarningRow>();
  const at = (r: { date: string; subId: string | null }) => {
    const key = `${r.date}\u0000${r.subId ?? ''}`;
    let row = rows.get(key);
    if (!row)
      rows.set(key, (row = { date: r.date, subId: r.subId, clicks: 0, orders: 0, cancels: 0, gmv: 0, commission: 0 }));
    return row;
  };
  for (const r of clicks.rows.values()) at(r).clicks = Math.round(r.clicks ?? 0);
  for (const r of commission.rows.values()) {
    const row = at(r);
    row.commission = Math.round(r.commission ?? 0);
    row.gmv = Math.round(r.gmv ?? 0);
    if (commission.hasCounts) {
      row.orders = Math.round(r.orders ?? 0);
      row.cancels = Math.round(r.cancels ?? 0);
    }
  }
  for (const r of orders?.rows.values() ?? []) at(r).orders = r.orders ?? 0;
  for (const r of cancels?.rows.values() ?? []) at(r).cancels = r.cancels ?? 0;
  return [...rows.values()];
}

export class CoupangReportService {
  /** Windows being fetched, so that the popup and the side panel asking at once cost one fetch. */
  private readonly inflight = new Map<string, Promise<void>>();

  constructor(private readonly deps: CoupangReportDeps) {}

  /** Checks a span against the rules that need a clock; `maxDays` is 90 for the API. */
  check(request: ReportRequest, maxDays: number = REPORT_RULES.maxDays): void {
    const { from, to } = request;
    const today = koreanDay(this.deps.now());
    if (from > to) throw refuse('to', fill(SERVICE_MESSAGES.reportOrder, { from, to }));
    if (from < REPORT_RULES.earliest)
      throw refuse('from', fill(SERVICE_MESSAGES.reportEarliest, { earliest: REPORT_RULES.earliest }));
    if (to > today) throw refuse('to', fill(SERVICE_MESSAGES.reportFuture, { today }));
    const days = daySpan(from, to);
    if (days > maxDays) throw refuse('to', fill(SERVICE_MESSAGES.reportTooLong, { max: maxDays, days }));
  }

  async report(request: ReportRequest, maxDays: number = REPORT_RULES.maxDays): Promise<CoupangReportResponse> {
    this.check(request, maxDays);
    if (!this.deps.reportsEnabled()) {
      throw new CompanionError('CAPABILITY_DISABLED', {
        detail: fill(SERVICE_MESSAGES.capabilityOff, {
          capability: providerSpec('coupang-partners').capabilities['reports']!.label,
        }),
      });
    }
    const { from, to } = request;
    const client = await this.deps.coupang();
    const { store } = this.deps;
    const now = this.deps.now();
    // Today's figures come the next afternoon: today is never asked for.
    const last = [to, addDays(koreanDay(now), -1)].sort()[0]!;
    const askable = daysFrom(from, last);
    const known = store.days(client.account, from, last);
    const stale = askable.filter((date) => {
      const day = known.get(date);
      if (!day) return true;
      if (day.final) return false;
      const settles = settledAt(date);
      return (now >= settles && day.fetchedAt < settles) || now - day.fetchedAt >= PROVISIONAL_TTL_MS;
    });

    let asked = false;
    let failed = false;
    for (const window of reportWindows(stale)) {
      try {
        asked = true;
        await this.fetchWindow(client, window);
      } catch (error) {
        // What could be kept is kept; with figures for every day, the older ones are shown.
        const kept = store.days(client.account, from, last);
        if (askable.some((date) => !kept.has(date))) throw error;
        failed = true;
        break;
      }
    }

    const days = store.days(client.account, from, last);
    const fetched = [...days.values()].map((d) => d.fetchedAt);
    const filter = request.subId;
    const summary = summarizeEarnings(store.rows(client.account, from, to), from, to, filter);
    return {
      from,
      to,
      subId: filter === undefined ? null : (filter ?? '-'),
      ...summary,
      asOf: new Date(fetched.length ? Math.min(...fetched) : now).toISOString(),
      cached: !asked,
      settledThrough: settledThrough(now),
      ...(failed ? { stale: true } : {}),
    };
  }

  private fetchWindow(client: CoupangClient, window: DayWindow): Promise<void> {
    const key = `${client.account}|${window.from}|${window.to}`;
    const running = this.inflight.get(key);
    if (running) return running;
    const work = (async () => {
      const clicks = await reportFigures(client, 'clicks', window);
      const commission = await reportFigures(client, 'commission', window);
      const counts = commission.hasCounts
        ? []
        : [await reportFigures(client, 'orders', window), await reportFigures(client, 'cancels', window)];
      const fetchedAt = this.deps.now();
      this.deps.store.putWindow(
        client.account,
        window,
        daysFrom(window.from, window.to),
        merge(clicks, commission, counts[0], counts[1]),
        fetchedAt,
        (date) => fetchedAt >= settledAt(date),
      );
    })().finally(() => this.inflight.delete(key));
    this.inflight.set(key, work);
    return work;
  }
}
