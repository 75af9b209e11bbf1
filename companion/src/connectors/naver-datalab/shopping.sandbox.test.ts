import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../errors/index.ts';
import { DEMO_CREDENTIALS } from '../../sandbox/credentials.ts';
import { useSandbox } from '../../../test/sandbox-harness.ts';
import { ShoppingInsightClient } from './shopping.ts';

const good = DEMO_CREDENTIALS['naver-search'];
const searchOnly = { clientId: 'search-only-app', clientSecret: 'search-only-secret' };
const harness = useSandbox({
  search: {
    accounts: [good, { ...searchOnly, shopping: false }],
    datalab: { dailyQuota: 1_000, monthlyQuota: 50_000 },
  },
});

function client(kind: 'legacy' | 'apihub' = 'legacy', credentials = good, quota?: number) {
  const h = harness();
  return new ShoppingInsightClient({
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

const span = { startDate: '2026-06-01', endDate: '2026-10-31' };

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('Shopping Insight against the sandbox', () => {
  it('gives a keyword’s shares of shopping clicks in a category, each split from one answer and summing to 1', async () => {
    for (const kind of ['legacy', 'apihub'] as const) {
      const gender = await client(kind).keywordSplit('gender', '50000007', '캠핑의자', span);
      expect([...gender.keys()].sort()).toEqual(['f', 'm']);
      expect(gender.get('m')!).toBeGreaterThan(gender.get('f')!);
      const ages = await client(kind).keywordSplit('age', '50000007', '캠핑의자', span);
      expect([...ages.keys()].sort()).toEqual(['10', '20', '30', '40', '50', '60']);
      expect([...ages.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it('puts up to three categories on one scale', async () => {
    const series = await client().categories(['50000007', '50000000'], span);
    expect(series).toHaveLength(2);
    expect(Math.max(...series.flatMap((s) => s.data.map((d) => d.ratio)))).toBe(100);
    await expect(client().categories(['1', '2', '3', '4'], span)).rejects.toThrow(RangeError);
  });

  it('keys without Shopping Insight are told which API to add, on either key kind', async () => {
    const legacy = await failure(client('legacy', searchOnly).keywordSplit('gender', '50000007', '텐트', span));
    expect(legacy.code).toBe('UPSTREAM_AUTH_FAILED');
    expect(legacy.message).toContain('Shopping Insight');
    expect(legacy.message).toContain('Naver Developers');
    const hub = await failure(client('apihub', searchOnly).keywordSplit('gender', '50000007', '텐트', span));
    expect(hub.message).toContain('Shopping Insight');
    expect(hub.message).toContain('API HUB');
  });

  it('refuses locally once its own quota is spent, before Naver would', async () => {
    const tight = client('legacy', good, 1);
    await tight.keywordSplit('device', '50000007', '텐트', span);
    const calls = harness().stats('search')['shopping:ok:keyword-device'];
    const refused = await failure(tight.keywordSplit('device', '50000007', '텐트', span));
    expect(refused).toMatchObject({ code: 'UPSTREAM_QUOTA_EXHAUSTED', upstreamCode: 'LOCAL_QUOTA' });
    expect(harness().stats('search')['shopping:ok:keyword-device']).toBe(calls);
  });
});
