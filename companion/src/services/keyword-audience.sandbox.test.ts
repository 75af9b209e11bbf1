import { describe, expect, it } from 'vitest';
import { KeywordAudienceResponseSchema, ShoppingTrendsResponseSchema } from '@aigenc/shared/contract/audience';
import { ShoppingInsightClient } from '../connectors/naver-datalab/shopping.ts';
import { DEMO_CREDENTIALS } from '../sandbox/credentials.ts';
import { useSandbox } from '../../test/sandbox-harness.ts';
import { TrendStore } from '../store/trend-store.ts';
import { KeywordAudienceService } from './keyword-audience.ts';

const harness = useSandbox({});

function service(options: { quota?: number; enabled?: boolean } = {}) {
  const h = harness();
  const shopping = new ShoppingInsightClient({
    origin: h.sandbox.urls.search,
    kind: 'apihub',
    credentials: DEMO_CREDENTIALS['naver-search'],
    dispatcher: h.dispatcher,
    state: h.state,
    time: h.time,
    pacers: h.pacers,
    ...(options.quota === undefined ? {} : { quota: options.quota }),
  });
  const audiences = new KeywordAudienceService({
    shopping: () => Promise.resolve(shopping),
    enabled: () => options.enabled ?? true,
    store: new TrendStore(h.db, h.time.now),
    now: h.time.now,
  });
  return { h, audiences };
}

const shoppingCalls = (h: ReturnType<typeof harness>) =>
  Object.entries(h.stats('search'))
    .filter(([key]) => key.startsWith('shopping:'))
    .reduce((sum, [, n]) => sum + n, 0);

describe('keyword audience against the sandbox', () => {
  it('splits a keyword’s shopping clicks by gender, age and device in three answers, each set summing to 1, kept a day', async () => {
    const { h, audiences } = service();
    const camping = KeywordAudienceResponseSchema.parse(await audiences.audience('캠핑 의자', '50000007', 3));
    expect(camping).toMatchObject({ keyword: '캠핑 의자', category: '50000007', source: 'shopping-insight' });
    expect(camping.period.to < camping.period.from).toBe(false);
    expect(camping.gender!.m).toBeGreaterThan(camping.gender!.f);
    expect(camping.gender!.f + camping.gender!.m).toBeCloseTo(1, 3);
    expect(camping.ages.map((a) => a.group)).toEqual(['10', '20', '30', '40', '50', '60']);
    expect(camping.ages.reduce((sum, a) => sum + a.share, 0)).toBeCloseTo(1, 3);
    const top2 = [...camping.ages].sort((a, b) => b.share - a.share).slice(0, 2);
    expect(top2.map((a) => a.group).sort()).toEqual(['30', '40']);
    expect(camping.device!.pc + camping.device!.mobile).toBeCloseTo(1, 3);
    expect(shoppingCalls(h)).toBe(3);
    // The same question a second time costs nothing.
    expect((await audiences.audience('캠핑의자', '50000007', 3)).cached).toBe(true);
    expect(shoppingCalls(h)).toBe(3);

    const dresses = await audiences.audience('원피스', '50000000', 3);
    expect(dresses.gender!.f).toBeGreaterThan(0.8);
    const top = [...dresses.ages].sort((a, b) => b.share - a.share).slice(0, 2);
    expect(top.map((a) => a.group).sort()).toEqual(['20', '30']);
  });

  it('asks for whole Korean months ending with last month', async () => {
    const { h, audiences } = service();
    const answer = await audiences.audience('텐트', '50000007', 12);
    const today = new Date(h.time.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    expect(answer.period.to.slice(0, 7) < today.slice(0, 7)).toBe(true);
    expect(answer.period.from.endsWith('-01')).toBe(true);
    const months =
      (Number(answer.period.to.slice(0, 4)) - Number(answer.period.from.slice(0, 4))) * 12 +
      Number(answer.period.to.slice(5, 7)) -
      Number(answer.period.from.slice(5, 7)) +
      1;
    expect(months).toBe(12);
  });

  it('refuses an audience whole when fewer than its three calls are left, spending none', async () => {
    const { h, audiences } = service({ quota: 2 });
    const refused = await audiences.audience('텐트', '50000007', 3).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'UPSTREAM_QUOTA_EXHAUSTED', upstreamCode: 'LOCAL_QUOTA' });
    expect(shoppingCalls(h)).toBe(0);
    // One call is still enough for a category trend.
    expect((await audiences.trends(['50000007'], 12)).items).toHaveLength(1);
  });

  it('is refused as a capability that is off, before any call, saying where to look', async () => {
    const { h, audiences } = service({ enabled: false });
    const refused = await audiences.audience('텐트', '50000007', 3).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'CAPABILITY_DISABLED' });
    expect(shoppingCalls(h)).toBe(0);
  });

  it('puts up to three categories on one index, 100 the highest month of any, kept a day', async () => {
    const { h, audiences } = service();
    const answer = ShoppingTrendsResponseSchema.parse(await audiences.trends(['50000007', '50000000', '50000006'], 24));
    expect(answer.items.map((i) => i.category)).toEqual(['50000007', '50000000', '50000006']);
    for (const item of answer.items) {
      expect(item.months).toHaveLength(24);
      expect(item.months[0]!.month).toBe(answer.period.from.slice(0, 7));
    }
    expect(Math.max(...answer.items.flatMap((i) => i.months.map((m) => m.index)))).toBe(100);
    expect(shoppingCalls(h)).toBe(1);
    expect((await audiences.trends(['50000007', '50000000', '50000006'], 24)).cached).toBe(true);
    expect(shoppingCalls(h)).toBe(1);
  });

  it('lists the top-level categories without a call', () => {
    const { h, audiences } = service();
    const { items } = audiences.categories();
    expect(items).toContainEqual({ id: '50000000', name: '패션의류', en: 'Clothing' });
    expect(items.every((c) => /^\d+$/.test(c.id))).toBe(true);
    expect(shoppingCalls(h)).toBe(0);
  });
});
