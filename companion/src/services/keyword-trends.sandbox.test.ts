import { describe, expect, it } from 'vitest';
import { KeywordTrendItemSchema } from '@aigenc/shared/contract';
import { datalabConnector } from '../connectors/naver-datalab/connector.ts';
import { searchAdConnector } from '../connectors/naver-searchad/connector.ts';
import { figures } from '../sandbox/figures.ts';
import { useSandbox } from '../../test/sandbox-harness.ts';
import { KeywordCache } from '../store/keyword-cache.ts';
import { TrendStore } from '../store/trend-store.ts';
import { KeywordMetricsService } from './keyword-metrics.ts';
import { KeywordTrendService } from './keyword-trends.ts';

const harness = useSandbox({ searchad: { minIntervalMs: 30 } });

/** The clients as the product wires them (their definitions), on the harness's sandbox and clock. */
function clients() {
  const h = harness();
  return { h, searchAd: h.connect(searchAdConnector), datalab: h.connect(datalabConnector) };
}

function trends(enabled = true) {
  const { h, searchAd, datalab } = clients();
  const metrics = new KeywordMetricsService({
    searchAd: () => Promise.resolve(searchAd),
    search: () => Promise.resolve(null),
    cache: new KeywordCache(h.db, h.time.now),
    now: h.time.now,
  });
  return new KeywordTrendService({
    searchAd: (k) => metrics.searchAdFigures(k),
    datalab: () => Promise.resolve(datalab),
    trendEnabled: () => enabled,
    store: new TrendStore(h.db, h.time.now),
    now: h.time.now,
  });
}

const datalabCalls = () =>
  Object.entries(harness().stats('search'))
    .filter(([key]) => key.startsWith('datalab:ok'))
    .reduce((total, [, n]) => total + n, 0);

describe('keyword trends against the sandbox', () => {
  it('estimates 36 full months and the current one, anchored to Search Ad’s 30 days, camping seasonal', async () => {
    const [item] = await trends().trends(['캠핑의자'], 36);
    expect(KeywordTrendItemSchema.parse(item)).toBeTruthy();
    expect(item!.found).toBe(true);
    expect(item!.months).toHaveLength(37);
    expect(item!.months[0]!.month).toBe('2023-11');
    expect(item!.months.at(-1)).toMatchObject({ month: '2026-11', partial: true });
    const f = figures('캠핑의자');
    expect(item!.anchor).toEqual({ from: '2026-10-24', to: '2026-11-22', pc: f.pc, mobile: f.mobile });
    expect(item!.seasonality!.shape === 'seasonal' || item!.seasonality!.peakMonths.length > 0).toBe(true);
    expect(item!.seasonality!.peakMonths.some((m) => m === 4 || m === 5 || m === 10)).toBe(true);
    expect(item!.source).toBe('datalab-legacy');
    // Padding peaks in winter.
    const [padding] = await trends().trends(['전기장판'], 36);
    expect(padding!.seasonality!.peakMonths.some((m) => m === 12 || m === 1 || m === 11)).toBe(true);
  });

  it('compares up to five keywords with two DataLab calls, then keeps them for a day', async () => {
    const service = trends();
    const words = ['캠핑의자', '캠핑테이블', '전기장판', '선풍기', '물티슈'];
    const items = await service.trends(words, 24);
    expect(items.map((i) => i.keyword)).toEqual(words);
    expect(datalabCalls()).toBe(2);
    const again = await service.trends(words, 24);
    expect(again.every((i) => i.cached)).toBe(true);
    expect(datalabCalls()).toBe(2);
    harness().time.advance(24 * 3_600_000);
    await service.trends(words.slice(0, 1), 24);
    expect(datalabCalls()).toBe(4);
  });

  it('refuses per keyword, in words, when the keys lack DataLab, and spends no DataLab call', async () => {
    const [item] = await trends(false).trends(['캠핑의자'], 36);
    expect(item!.error?.code).toBe('CAPABILITY_DISABLED');
    expect(item!.error?.detail?.ko).toMatch(/데이터랩/);
    expect(datalabCalls()).toBe(0);
  });
});
