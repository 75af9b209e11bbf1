import { describe, expect, it } from 'vitest';
import { koreanDay } from '@aigenc/shared/domain';
import { UpstreamError } from '../../errors/index.ts';
import { DEMO_CREDENTIALS } from '../../sandbox/credentials.ts';
import { HARNESS_EPOCH, useSandbox } from '../../../test/sandbox-harness.ts';
import { NaverDataLabClient } from './client.ts';

const good = DEMO_CREDENTIALS['naver-search'];
const searchOnly = { clientId: 'search-only-app', clientSecret: 'search-only-secret' };
const harness = useSandbox({
  search: {
    accounts: [good, { ...searchOnly, datalab: false }],
    datalab: { dailyQuota: 1_000, monthlyQuota: 50_000 },
  },
});
const tight = useSandbox({ search: { datalab: { dailyQuota: 2, monthlyQuota: 2 } } });
const hubQuotaStyle = useSandbox({
  search: {
    accounts: [good, { ...searchOnly, datalab: false }],
    datalab: { dailyQuota: 1_000, monthlyQuota: 50_000, hubWithoutApi: 'quota-exceeded' },
  },
});

function client(kind: 'legacy' | 'apihub' = 'legacy', credentials = good, h = harness(), quota?: number) {
  return new NaverDataLabClient({
    origin: h.sandbox.urls.search,
    kind,
    credentials,
    dispatcher: h.dispatcher,
    state: h.state,
    time: h.time,
    pacers: h.pacers,
    ...(quota === undefined ? {} : { quota }),
  });
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

// The harness's clock: 2026-11-23, 10:00 in Korea. Yesterday is the last day with data.
const today = koreanDay(HARNESS_EPOCH);

describe('Naver DataLab against the sandbox', () => {
  it.each(['legacy', 'apihub'] as const)('answers daily ratios up to yesterday with %s keys', async (kind) => {
    const [series] = await client(kind).search({
      startDate: '2025-11-01',
      endDate: today,
      timeUnit: 'date',
      groups: [{ name: '캠핑의자', keywords: ['캠핑의자'] }],
      device: 'mo',
    });
    expect(today).toBe('2026-11-23');
    expect(series!.data[0]!.period).toBe('2025-11-01');
    expect(series!.data.at(-1)!.period).toBe('2026-11-22');
    expect(Math.max(...series!.data.map((d) => d.ratio))).toBe(100);
  });

  it('scales every group of one answer to the same 100, and camping peaks in spring and autumn', async () => {
    const series = await client().search({
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      timeUnit: 'month',
      groups: [
        { name: '캠핑의자', keywords: ['캠핑의자'] },
        { name: '전기장판', keywords: ['전기장판'] },
      ],
    });
    expect(Math.max(...series.flatMap((s) => s.data.map((d) => d.ratio)))).toBe(100);
    const byMonth = (s: (typeof series)[number]) => s.data.map((d) => d.ratio);
    const camping = byMonth(series[0]!);
    const padding = byMonth(series[1]!);
    expect(camping).toHaveLength(12);
    expect(camping[4]!).toBeGreaterThan(camping[0]! * 2.5); // May against January
    expect(padding[11]!).toBeGreaterThan(padding[6]! * 4); // December against July
  });

  it('answers weekly periods on Mondays (the first clipped to the start) and filters by device', async () => {
    const query = {
      startDate: '2026-11-04',
      endDate: '2026-11-20',
      timeUnit: 'week' as const,
      groups: [{ name: '노트북', keywords: ['노트북'] }],
    };
    const [both] = await client().search(query);
    expect(both!.data.map((d) => d.period)).toEqual(['2026-11-04', '2026-11-09', '2026-11-16']);
    const [pc] = await client().search({ ...query, device: 'pc' });
    const [mo] = await client().search({ ...query, device: 'mo' });
    // Each answer sets its own 100: the shapes differ (PC on weekdays, phones at the weekend).
    expect(pc!.data.map((d) => d.ratio)).not.toEqual(mo!.data.map((d) => d.ratio));
    expect(harness().sandbox.states.search.stats['datalab:ok:week:pc']).toBe(1);
  });

  it.each(['legacy', 'apihub'] as const)('tells %s keys without the DataLab API where to add it', async (kind) => {
    const error = await failure(client(kind, searchOnly).probe());
    expect(error.code).toBe('UPSTREAM_AUTH_FAILED');
    expect(error.upstreamCode).toBe(kind === 'legacy' ? '024' : '210');
    expect(error.detail?.ko).toMatch(kind === 'legacy' ? /데이터랩\(검색어트렌드\)/ : /Search Trend/);
  });

  it('counts the quota locally and refuses before Naver does', async () => {
    const c = client('legacy', good, harness(), 2);
    await c.probe();
    await c.probe();
    const calls = harness().sandbox.states.search.stats['datalab:ok:month:all'];
    const error = await failure(c.probe());
    expect(error.code).toBe('UPSTREAM_QUOTA_EXHAUSTED');
    expect(error.upstreamCode).toBe('LOCAL_QUOTA');
    expect(harness().sandbox.states.search.stats['datalab:ok:month:all']).toBe(calls);
    expect(c.quotaRemaining().remaining).toBe(0);
  });

  it('API HUB’s 429 `400` after these keys had trend answers is the vendor’s quota, long before our own budget', async () => {
    const h = tight();
    await client('apihub', good, h).probe();
    await client('apihub', good, h).probe();
    const spent = await failure(client('apihub', good, h, 1_000_000).probe());
    expect(spent).toMatchObject({ code: 'UPSTREAM_QUOTA_EXHAUSTED', upstreamCode: '400', retryAfterSeconds: 3_600 });
    expect(spent.detail!.en).toContain('it is the quota');
    expect(client('apihub', good, h, 1_000_000).quotaRemaining().remaining).toBe(1_000_000 - 3);
  });

  it('API HUB’s 401 `210` is the missing Search Trend permission, whatever came before', async () => {
    const error = await failure(client('apihub', searchOnly).probe());
    expect(error).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', upstreamCode: '210' });
    expect(error.detail!.ko).toContain('Search Trend를 선택');
  });

  it('API HUB’s 429 `400` before the keys ever worked says both possibilities (unverified: HUB may refuse a missing API so)', async () => {
    const error = await failure(client('apihub', searchOnly, hubQuotaStyle()).probe());
    expect(error).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '400' });
    expect(error.detail!.en).toContain('can mean either');
    expect(error.detail!.en).toContain('Search Trend selected');
  });

  it('our own API HUB budget is said to be ours, not Naver’s', async () => {
    const c = client('apihub', good, harness(), 1);
    await c.probe();
    const error = await failure(c.probe());
    expect(error).toMatchObject({ code: 'UPSTREAM_QUOTA_EXHAUSTED', upstreamCode: 'LOCAL_QUOTA' });
    expect(error.detail!.en).toContain('not one Naver publishes');
  });

  it('reads Naver’s own quota refusal when the local count did not know of earlier calls', async () => {
    const h = tight();
    await client('legacy', good, h).probe();
    await client('legacy', good, h).probe();
    const error = await failure(client('legacy', good, h, 1_000_000).probe());
    expect(error.code).toBe('UPSTREAM_QUOTA_EXHAUSTED');
    expect(error.upstreamCode).toBe('010');
  });
});
