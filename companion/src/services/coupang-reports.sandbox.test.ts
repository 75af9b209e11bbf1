import { describe, expect, it } from 'vitest';
import { CoupangReportResponseSchema } from '@aigenc/shared/contract';
import { coupangConnector } from '../connectors/coupang-partners/connector.ts';
import { CompanionError, UpstreamError, ValidationError } from '../errors/index.ts';
import { HARNESS_EPOCH, useSandbox } from '../../test/sandbox-harness.ts';
import { ReportStore } from '../store/report-store.ts';
import { CoupangReportService, PROVISIONAL_TTL_MS } from './coupang-reports.ts';

const harness = useSandbox();
const HOUR = 3_600_000;

function service(options: { enabled?: boolean; reportsPerHour?: number } = {}) {
  const h = harness();
  const client = h.connect(coupangConnector, {
    ...(options.reportsPerHour ? { settings: { budgets: { report: options.reportsPerHour } } } : {}),
  });
  return new CoupangReportService({
    coupang: () => Promise.resolve(client),
    store: new ReportStore(h.db),
    reportsEnabled: () => options.enabled ?? true,
    now: h.time.now,
  });
}

/** Report calls the sandbox has answered, per report. */
function calls(): Record<string, number> {
  const stats = harness().stats('coupang');
  return Object.fromEntries(
    Object.entries(stats)
      .filter(([k]) => k.startsWith('coupang:report:'))
      .map(([k, v]) => [k.slice('coupang:report:'.length), v]),
  );
}

// The harness clock: 2026-11-23 (a Monday) 10:00 KST. The 22nd is published at 15:00 and final at 16:00.
describe('CoupangReportService against the sandbox', () => {
  it('answers 90 days with every day, in three windows of two reports each', async () => {
    const answer = CoupangReportResponseSchema.parse(await service().report({ from: '2026-08-25', to: '2026-11-22' }));
    expect(answer.days).toHaveLength(90);
    expect(answer.days[0]!.date).toBe('2026-08-25');
    expect(answer.days.at(-1)).toEqual({ date: '2026-11-22', clicks: 0, orders: 0, cancels: 0, gmv: 0, commission: 0 });
    expect(calls()).toEqual({ clicks: 3, commission: 3 });
    expect(answer.settledThrough).toBe('2026-11-21');
    expect(answer.cached).toBe(false);
    const total = answer.days.reduce((s, d) => s + d.commission, 0);
    expect(answer.totals.commission).toBe(total);
    expect(answer.bySubId.reduce((s, b) => s + b.commission, 0)).toBe(total);
    expect(answer.bySubId.map((b) => b.subId)).toContain(null);
    // A small publisher's quarter: tens of thousands of clicks, some hundreds of thousands of won.
    expect(answer.totals.clicks).toBeGreaterThan(25_000);
    expect(answer.totals.commission).toBeGreaterThan(300_000);
    expect(JSON.stringify(answer)).not.toMatch(/orderId|productName|categoryName/);
  });

  it('keeps settled days for good and asks again only the days not final yet', async () => {
    await service().report({ from: '2026-10-24', to: '2026-11-22' });
    expect(calls()).toEqual({ clicks: 1, commission: 1 });
    // Within the hour: nothing asked.
    harness().time.advance(30 * 60_000);
    expect((await service().report({ from: '2026-10-24', to: '2026-11-22' })).cached).toBe(true);
    expect(calls()).toEqual({ clicks: 1, commission: 1 });
    // After the hour, the day not final yet (the 22nd; the 21st was final at 16:00 yesterday) is asked again.
    harness().time.advance(PROVISIONAL_TTL_MS);
    const again = await service().report({ from: '2026-10-24', to: '2026-11-22' });
    expect(again.cached).toBe(false);
    expect(calls()).toEqual({ clicks: 2, commission: 2 });
    // At 16:00 the 22nd is final; asked once more, then kept for good, even days later.
    harness().time.set(HARNESS_EPOCH + 6 * HOUR);
    const settled = await service().report({ from: '2026-10-24', to: '2026-11-22' });
    expect(settled.settledThrough).toBe('2026-11-22');
    expect(settled.days.at(-1)!.clicks).toBeGreaterThan(0);
    expect(calls()).toEqual({ clicks: 3, commission: 3 });
    harness().time.set(HARNESS_EPOCH + 5 * 24 * HOUR);
    expect((await service().report({ from: '2026-10-24', to: '2026-11-22' })).cached).toBe(true);
    expect(calls()).toEqual({ clicks: 3, commission: 3 });
  });

  it('serves every subId filter from one fetch, "-" being the links without one', async () => {
    const all = await service().report({ from: '2026-11-01', to: '2026-11-21' });
    const blog = await service().report({ from: '2026-11-01', to: '2026-11-21', subId: 'blog' });
    const none = await service().report({ from: '2026-11-01', to: '2026-11-21', subId: null });
    expect(calls()).toEqual({ clicks: 1, commission: 1 });
    expect(blog.subId).toBe('blog');
    expect(none.subId).toBe('-');
    expect(blog.totals).toMatchObject({ clicks: all.bySubId.find((b) => b.subId === 'blog')!.clicks });
    expect(blog.bySubId.map((b) => b.subId)).toEqual(['blog']);
    expect(none.totals.clicks).toBe(all.bySubId.find((b) => b.subId === null)!.clicks);
  });

  it('refuses bad spans in words, before any call', async () => {
    const refusals: Array<[{ from: string; to: string }, string]> = [
      [{ from: '2026-11-10', to: '2026-11-01' }, 'after the last day'],
      [{ from: '2018-10-31', to: '2018-11-20' }, 'start on 2018-11-01'],
      [{ from: '2026-11-20', to: '2026-11-24' }, 'today (2026-11-23)'],
      [{ from: '2026-08-24', to: '2026-11-22' }, 'At most 90 days'],
    ];
    for (const [span, words] of refusals) {
      const error = await service()
        .report(span)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).detail!.en).toContain(words);
      expect((error as ValidationError).detail!.ko).toMatch(/[가-힣]/);
    }
    // Today is allowed: its figures come tomorrow afternoon, so it is zeros and costs nothing.
    const today = await service().report({ from: '2026-11-23', to: '2026-11-23' });
    expect(today.days).toEqual([{ date: '2026-11-23', clicks: 0, orders: 0, cancels: 0, gmv: 0, commission: 0 }]);
    expect(calls()).toEqual({});
    // The CLI may walk a year.
    await expect(service().report({ from: '2025-11-23', to: '2026-11-22' }, 366)).resolves.toMatchObject({
      from: '2025-11-23',
    });
  });

  it('says so when reports are switched off', async () => {
    const error = await service({ enabled: false })
      .report({ from: '2026-11-01', to: '2026-11-21' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanionError);
    expect((error as CompanionError).code).toBe('CAPABILITY_DISABLED');
    expect(calls()).toEqual({});
  });

  it('keeps what it got when the budget runs out, and shows kept figures marked stale', async () => {
    // Budget for one window (two calls): the second window is refused locally.
    const error = await service({ reportsPerHour: 2 })
      .report({ from: '2026-09-23', to: '2026-11-21' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).upstreamCode).toBe('LOCAL_REPORT_BUDGET');
    expect(calls()).toEqual({ clicks: 1, commission: 1 });
    // The next hour the first window is not asked again.
    harness().time.advance(HOUR);
    await service({ reportsPerHour: 2 }).report({ from: '2026-09-23', to: '2026-11-21' });
    expect(calls()).toEqual({ clicks: 2, commission: 2 });
    // With the vendor failing when days not final must be asked again, the kept figures are shown as stale.
    await service().report({ from: '2026-11-15', to: '2026-11-23' });
    harness().time.advance(PROVISIONAL_TTL_MS);
    await harness().fault('coupang', 'status-503', 10);
    const stale = await service().report({ from: '2026-11-15', to: '2026-11-23' });
    expect(stale.stale).toBe(true);
    expect(stale.days).toHaveLength(9);
    expect(stale.days[0]!.clicks).toBeGreaterThan(0);
  });
});
