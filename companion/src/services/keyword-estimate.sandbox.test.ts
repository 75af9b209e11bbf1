import { describe, expect, it } from 'vitest';
import { KeywordBidsResponseSchema, KeywordEstimateResponseSchema } from '@aigenc/shared/contract';
import { searchAdConnector } from '../connectors/naver-searchad/connector.ts';
import { useSandbox } from '../../test/sandbox-harness.ts';
import { TrendStore } from '../store/trend-store.ts';
import { KeywordBidsService } from './keyword-bids.ts';
import { KeywordEstimateService, ladder } from './keyword-estimate.ts';

const harness = useSandbox({ searchad: { minIntervalMs: 30 } });
const outage = useSandbox({ searchad: { minIntervalMs: 30, estimateOutage: true } });

function services(h = harness()) {
  const searchAd = h.connect(searchAdConnector);
  const store = new TrendStore(h.db, h.time.now);
  const bids = new KeywordBidsService({ searchAd: () => Promise.resolve(searchAd), store, now: h.time.now });
  const estimates = new KeywordEstimateService({
    searchAd: () => Promise.resolve(searchAd),
    bids,
    store,
    now: h.time.now,
  });
  return { h, searchAd, bids, estimates };
}

const calls = (h: ReturnType<typeof harness>, prefix: string) =>
  Object.entries(h.stats('searchad'))
    .filter(([key]) => key.startsWith(prefix))
    .reduce((sum, [, n]) => sum + n, 0);

describe('keyword bids against the sandbox', () => {
  it('shares the account’s 429 cooldown with the keyword tool: refused locally while it lasts', async () => {
    const { h, searchAd, bids } = services();
    await h.fault('searchad', 'status-429', 3, { pathPrefix: '/keywordstool' });
    for (let i = 0; i < 3; i++) await searchAd.keywordTool([`캠핑${i}`]).catch(() => undefined);
    expect(searchAd.cooldownUntil()).not.toBeNull();
    const refused = await bids.bids('캠핑의자').catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', upstreamCode: 'COOLDOWN' });
    expect(harness().stats('searchad')['searchad:estimate:PC']).toBeUndefined();
  });

  it('gives PC positions 1 to 10 and mobile 1 to 5 (the vendor’s ranges), falling with the position, kept for a day', async () => {
    const { h, bids } = services();
    const answer = KeywordBidsResponseSchema.parse(await bids.bids('캠핑 의자'));
    expect(answer.normalizedKeyword).toBe('캠핑의자');
    expect(answer.pc.map((b) => b.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(answer.mobile.map((b) => b.position)).toEqual([1, 2, 3, 4, 5]);
    for (const list of [answer.pc, answer.mobile]) {
      for (let i = 1; i < list.length; i++) expect(list[i]!.bid).toBeLessThanOrEqual(list[i - 1]!.bid);
      expect(list.every((b) => b.bid >= 70 && b.bid % 10 === 0)).toBe(true);
    }
    expect(h.stats('searchad')['searchad:estimate:PC']).toBe(1);
    expect((await bids.bids('캠핑의자')).cached).toBe(true);
    expect(h.stats('searchad')['searchad:estimate:PC']).toBe(1);
  });

  it('reports every bid at 70 as the vendor’s data being unavailable, not as a price, and keeps nothing', async () => {
    const { h, bids } = services(outage());
    const refused = await bids.bids('캠핑의자').catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamCode: 'ALL_BIDS_AT_FLOOR' });
    await bids.bids('캠핑의자').catch(() => undefined);
    expect(h.stats('searchad')['searchad:estimate:PC']).toBe(2);
  });
});

describe('what a bid buys, against the sandbox', () => {
  it('estimates the named bids on both surfaces: impressions, clicks and cost rise with the bid, with each surface’s window bids', async () => {
    const { h, estimates } = services();
    const answer = KeywordEstimateResponseSchema.parse(await estimates.estimate('캠핑의자', 'both', [500, 100, 1000]));
    expect(answer.items.map((i) => i.bid)).toEqual([500, 100, 1000]);
    const [mid, low, high] = answer.items;
    expect(low!.impressions).toBeLessThanOrEqual(mid!.impressions);
    expect(mid!.impressions).toBeLessThanOrEqual(high!.impressions);
    expect(low!.clicks).toBeLessThanOrEqual(high!.clicks);
    for (const item of answer.items) expect(item.cost).toBeLessThanOrEqual(item.clicks * item.bid);
    // Both surfaces are the vendor's per-surface figures; the device's own are for one surface only.
    expect(answer.medianBid).toBeNull();
    for (const surface of [answer.surfaces.pc!, answer.surfaces.mobile!]) {
      expect(surface.medianBid!).toBeGreaterThanOrEqual(70);
      expect(surface.exposureMinimumBid!).toBeGreaterThan(surface.medianBid!);
    }
    // One performance call (BOTH) and the window bids of each surface; a repeat costs nothing.
    expect(calls(h, 'searchad:estimate:performance:BOTH')).toBe(1);
    expect(calls(h, 'searchad:estimate:median')).toBe(2);
    expect(calls(h, 'searchad:estimate:exposure-minimum')).toBe(2);
    expect((await estimates.estimate('캠핑 의자', 'both', [100, 500, 1000])).cached).toBe(true);
    expect(calls(h, 'searchad:estimate:')).toBe(5);
  });

  it('at or above the exposure-minimum bid every search shows the ad (the vendor’s rule)', async () => {
    const { estimates } = services();
    const first = await estimates.estimate('텐트', 'pc', [70]);
    const top = first.exposureMinimumBid!;
    const answer = await estimates.estimate('텐트', 'pc', [top, top + 1000]);
    expect(answer.items[0]!.impressions).toBe(answer.items[1]!.impressions);
    expect(answer.items[0]!.impressions).toBeGreaterThan(first.items[0]!.impressions);
  });

  it('without named bids, tries a ladder around the keyword’s own position and window bids', async () => {
    const { estimates } = services();
    const answer = await estimates.estimate('캠핑의자', 'mobile');
    expect(answer.items.length).toBeGreaterThan(2);
    expect(answer.items.length).toBeLessThanOrEqual(8);
    const bids = answer.items.map((i) => i.bid);
    expect(bids).toEqual([...bids].sort((a, b) => a - b));
    expect(bids).toContain(answer.medianBid);
  });

  it('keeps the window bids and thins the position bids evenly around them, the ends kept', () => {
    expect(ladder([900, 70, 300, 300, 50], [null])).toEqual([70, 300, 900]);
    const many = ladder(
      Array.from({ length: 15 }, (_, i) => 100 + i * 10),
      [175, 500],
    );
    expect(many).toHaveLength(8);
    expect(many).toContain(175);
    expect(many).toContain(500);
    expect(many[0]).toBe(100);
    expect(many).toContain(240);
  });
});
