/**
 * A commission report written the way some public clients see it (other field names, numbers as
 * text, no order counts): the service still answers, asking orders and cancels for the counts.
 */
import { describe, expect, it } from 'vitest';
import { CoupangClient } from '../connectors/coupang-partners/client.ts';
import { DEMO_CREDENTIALS } from '../sandbox/credentials.ts';
import { useSandbox } from '../../test/sandbox-harness.ts';
import { ReportStore } from '../store/report-store.ts';
import { CoupangReportService } from './coupang-reports.ts';

const harness = useSandbox({ coupang: { reportStyle: 'variant' } });

describe('CoupangReportService with the variant report style', () => {
  it('takes the counts from the orders and cancels reports when the commission report lacks them', async () => {
    const h = harness();
    const client = new CoupangClient({
      origin: h.sandbox.urls.coupang,
      credentials: DEMO_CREDENTIALS['coupang-partners'],
      dispatcher: h.dispatcher,
      state: h.state,
      time: h.time,
    });
    const service = new CoupangReportService({
      coupang: () => Promise.resolve(client),
      store: new ReportStore(h.db),
      reportsEnabled: () => true,
      now: h.time.now,
    });
    const answer = await service.report({ from: '2026-11-01', to: '2026-11-21' });
    const stats = h.stats('coupang');
    expect([stats['coupang:report:clicks'], stats['coupang:report:commission']]).toEqual([1, 1]);
    expect([stats['coupang:report:orders'], stats['coupang:report:cancels']]).toEqual([1, 1]);
    expect(answer.totals.clicks).toBeGreaterThan(5_000);
    expect(answer.totals.orders).toBeGreaterThan(100);
    expect(answer.totals.cancels).toBeGreaterThan(0);
    // Text numbers ("1,234") were read as numbers: commission is about 3% of the sales.
    expect(answer.totals.commission / answer.totals.gmv).toBeCloseTo(0.03, 2);
    expect(answer.bySubId.find((b) => b.subId === 'blog')!.orders).toBeGreaterThan(0);
  });
});
