import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../errors/index.ts';
import { DEMO_CREDENTIALS } from '../../sandbox/credentials.ts';
import { useSandbox } from '../../../test/sandbox-harness.ts';
import { CoupangClient, type CoupangBudgets } from './client.ts';
import { reportFigures, type ReportFigures } from './reports.ts';

const BIG = { accessKey: 'big-publisher-access-key', secretKey: 'big-publisher-secret-key' };
const harness = useSandbox({
  coupang: {
    accounts: [
      DEMO_CREDENTIALS['coupang-partners'],
      // Enough orders that a 30-day orders report takes three pages of 1,000.
      { ...BIG, reports: { subIds: [{ id: 'blog', clicksPerDay: 2200 }], conversion: 0.034 } },
    ],
  },
});

function client(
  credentials: { accessKey: string; secretKey: string } = DEMO_CREDENTIALS['coupang-partners'],
  budgets: Partial<CoupangBudgets> = {},
) {
  const h = harness();
  return new CoupangClient({
    origin: h.sandbox.urls.coupang,
    credentials,
    dispatcher: h.dispatcher,
    state: h.state,
    budgets,
    time: h.time,
  });
}

const WINDOW = { from: '2026-10-22', to: '2026-11-20' };
const sum = (f: ReportFigures, key: 'clicks' | 'orders' | 'cancels' | 'gmv' | 'commission') =>
  [...f.rows.values()].reduce((s, r) => s + (r[key] ?? 0), 0);

describe('Coupang Partners reports against the sandbox', () => {
  it('reads the four reports of a 30-day window, and commission is orders minus cancels', async () => {
    const coupang = client();
    const clicks = await reportFigures(coupang, 'clicks', WINDOW);
    const orders = await reportFigures(coupang, 'orders', WINDOW);
    const cancels = await reportFigures(coupang, 'cancels', WINDOW);
    const commission = await reportFigures(coupang, 'commission', WINDOW);
    expect(commission.hasCounts).toBe(true);
    // Five subIds (one of them "none") on every day of the window.
    const dates = new Set([...clicks.rows.values()].map((r) => r.date));
    expect(dates.size).toBe(30);
    expect(new Set([...clicks.rows.values()].map((r) => r.subId))).toEqual(
      new Set(['blog', 'youtube', 'aigencdemo', 'insta', null]),
    );
    expect(sum(commission, 'orders')).toBe(sum(orders, 'orders'));
    expect(sum(commission, 'cancels')).toBe(sum(cancels, 'cancels'));
    expect(sum(commission, 'commission')).toBe(sum(orders, 'commission') - sum(cancels, 'commission'));
    expect(sum(commission, 'gmv')).toBe(sum(orders, 'gmv') - sum(cancels, 'gmv'));
    // Like a real small publisher: about five hundred clicks a day, a few percent converting.
    const perDay = sum(clicks, 'clicks') / 30;
    expect(perDay).toBeGreaterThan(250);
    expect(perDay).toBeLessThan(1000);
    const rate = sum(orders, 'orders') / sum(clicks, 'clicks');
    expect(rate).toBeGreaterThan(0.015);
    expect(rate).toBeLessThan(0.06);
    expect(sum(cancels, 'cancels')).toBeGreaterThan(0);
    // Every figure is kept per (day, subId): no order ids or names survive the reading.
    for (const row of orders.rows.values())
      expect(Object.keys(row).sort()).toEqual(['commission', 'date', 'gmv', 'orders', 'subId']);
  });

  it('walks every page of a long report', async () => {
    const h = harness();
    const orders = await reportFigures(client(BIG), 'orders', WINDOW);
    const total = sum(orders, 'orders');
    expect(total).toBeGreaterThan(2000);
    expect(total).toBeLessThan(3000);
    expect(h.stats('coupang')['coupang:report:orders']).toBe(3);
    const commission = await reportFigures(client(BIG), 'commission', WINDOW);
    expect(sum(commission, 'orders')).toBe(total);
  });

  it('has no figures for days not yet published (yesterday before 15:00 KST, today)', async () => {
    // The harness clock is 2026-11-23 10:00 KST: the 22nd is published at 15:00.
    const h = harness();
    const before = await reportFigures(client(), 'clicks', { from: '2026-11-21', to: '2026-11-23' });
    expect(new Set([...before.rows.values()].map((r) => r.date))).toEqual(new Set(['2026-11-21']));
    h.time.advance(5 * 3_600_000);
    const after = await reportFigures(client(), 'clicks', { from: '2026-11-21', to: '2026-11-23' });
    expect(new Set([...after.rows.values()].map((r) => r.date))).toEqual(new Set(['2026-11-21', '2026-11-22']));
  });

  it('refuses a window over 30 days before any call, and shows the vendor refusing one', async () => {
    const h = harness();
    await expect(reportFigures(client(), 'clicks', { from: '2026-10-21', to: '2026-11-20' })).rejects.toThrow(
      RangeError,
    );
    expect(h.stats('coupang')['coupang:report:clicks']).toBeUndefined();
    const refused = await client()
      .reportPage('clicks', '20261021', '20261120', 0)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UpstreamError);
    expect((refused as UpstreamError).code).toBe('UPSTREAM_REJECTED');
    expect((refused as UpstreamError).detail?.en).toContain('30 days or less');
  });

  it('keeps report calls within the local budget, refusing before the vendor would', async () => {
    const h = harness();
    const coupang = client(BIG, { reportsPerHour: 2 });
    const error = await reportFigures(coupang, 'orders', WINDOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).upstreamCode).toBe('LOCAL_REPORT_BUDGET');
    expect((error as UpstreamError).retryAfterSeconds).toBeGreaterThan(0);
    expect(h.stats('coupang')['coupang:report:orders']).toBe(2);
  });
});
