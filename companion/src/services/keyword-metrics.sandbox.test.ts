import { describe, expect, it } from 'vitest';
import { KeywordMetricsItemSchema } from '@aigenc/shared/contract';
import { kstDay } from '../connectors/limits.ts';
import { DAILY_QUOTA } from '../connectors/naver-search/client.ts';
import { searchConnector } from '../connectors/naver-search/connector.ts';
import { searchAdConnector } from '../connectors/naver-searchad/connector.ts';
import { accountTag, stateKey } from '../store/state-keys.ts';
import { DEMO_CREDENTIALS } from '../sandbox/credentials.ts';
import { documentTotal, figures } from '../sandbox/figures.ts';
import { useSandbox } from '../../test/sandbox-harness.ts';
import { CachePruner } from '../store/cache-pruner.ts';
import { KeywordCache } from '../store/keyword-cache.ts';
import { KeywordMetricsService } from './keyword-metrics.ts';

const harness = useSandbox({ searchad: { minIntervalMs: 30 }, search: { perSecond: 1000 } });

/** The service on the harness clock, its clients wired by their definitions: `harness().time.advance` ages its cache. */
function service(withSearch = true) {
  const h = harness();
  const now = h.time.now;
  return new KeywordMetricsService({
    searchAd: () => Promise.resolve(h.connect(searchAdConnector)),
    search: () => Promise.resolve(withSearch ? h.connect(searchConnector) : null),
    cache: new KeywordCache(h.db, now),
    now,
  });
}

/** Leaves `left` Naver Search calls in today's quota (0 spent: the quota is back). */
function quotaLeft(left: number) {
  const h = harness();
  const day = kstDay(h.time.now());
  const name = stateKey('naver-search', 'quota', accountTag(DEMO_CREDENTIALS['naver-search'].clientId));
  h.spend(name, day.key, DAILY_QUOTA - left, day.resetsAt);
}

const calls = () => harness().stats('searchad')['GET /keywordstool'] ?? 0;

describe('keyword metrics against the sandbox', () => {
  it('answers the contract’s fields in request order, figures straight from the vendor', async () => {
    const items = await service().metrics(['  캠핑  의자 ', '무선이어폰', '캠핑의자']);
    for (const item of items) expect(KeywordMetricsItemSchema.safeParse(item).success).toBe(true);
    expect(items.map((i) => [i.keyword, i.normalizedKeyword])).toEqual([
      ['캠핑 의자', '캠핑의자'],
      ['무선이어폰', '무선이어폰'],
      ['캠핑의자', '캠핑의자'],
    ]);
    const camping = items[0]!;
    const f = figures('캠핑의자');
    expect(camping.searches).toEqual({
      pc: f.pc,
      mobile: f.mobile,
      total: Number(f.pc) + Number(f.mobile),
      pcBelow10: false,
      mobileBelow10: false,
    });
    expect(camping.documents).toEqual({
      blog: documentTotal('blog', '캠핑의자'),
      cafearticle: documentTotal('cafearticle', '캠핑의자'),
      webkr: documentTotal('webkr', '캠핑의자'),
      news: documentTotal('news', '캠핑의자'),
    });
    expect(camping.saturation).toBe(
      Math.round((documentTotal('blog', '캠핑의자') / camping.searches!.total) * 100) / 100,
    );
    expect(camping.cached).toBe(false);
  });

  it('takes a "< 10" count as 10 with its flag', async () => {
    // The sandbox answers "< 10" on PC and a number on mobile for this keyword (its data is fixed).
    const f = figures('기계식키보드추천');
    expect([f.pc, f.mobile]).toEqual(['< 10', 50]);
    const [item] = await service().metrics(['기계식키보드추천']);
    expect(item!.searches).toMatchObject({ pc: 10, pcBelow10: true, mobile: 50, mobileBelow10: false, total: 60 });
  });

  it('answers from the cache the second time, without calling Search Ad or Naver Search', async () => {
    await service().metrics(['노트북', '러그']);
    const before = { searchad: calls(), search: harness().stats('search')['search:ok:blog'] };
    harness().time.advance(3_600_000);
    const again = await service().metrics(['노트북', '러그']);
    expect(again.every((i) => i.cached)).toBe(true);
    expect(calls()).toBe(before.searchad);
    expect(harness().stats('search')['search:ok:blog']).toBe(before.search);
  });

  it('shares Search Ad calls: ten single-keyword lookups at once cost two calls', async () => {
    const s = service();
    const keywords = ['가습기', '제습기', '선풍기', '노트북', '러그', '레고', '텐트', '침낭', '헤드셋', '웹캠'];
    const answers = await Promise.all(keywords.map((k) => s.metrics([k])));
    expect(answers.map((a) => a[0]!.normalizedKeyword)).toEqual(keywords);
    expect(calls()).toBe(2);
    expect(harness().stats('searchad')['searchad:hints:5']).toBe(2);
  });

  it('asks once for a keyword already on its way', async () => {
    const s = service();
    await Promise.all([s.metrics(['캠핑랜턴']), s.metrics(['캠핑랜턴']), s.metrics(['캠핑 랜턴'])]);
    expect(calls()).toBe(1);
  });

  it('serves the last known answer, marked stale, when the vendor fails', async () => {
    const [fresh] = await service().metrics(['보온병']);
    harness().time.advance(25 * 3_600_000);
    await harness().fault('searchad', 'status-500', 1);
    await harness().fault('search', 'status-500', 8);
    const [stale] = await service().metrics(['보온병']);
    expect(stale).toMatchObject({ stale: true, cached: true, searches: fresh!.searches, fetchedAt: fresh!.fetchedAt });
    expect(stale!.error).toBeUndefined();
  });

  it('marks only the keywords of a failed batch, and fails the call only when nothing was answered', async () => {
    await harness().fault('searchad', 'status-500', 1);
    const s = service(false);
    const items = await s.metrics(['가습기', '제습기', '선풍기', '노트북', '러그', '레고', '텐트']);
    const failed = items.filter((i) => i.error);
    expect(failed.length).toBe(5);
    expect(failed[0]!.error!.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(items.filter((i) => !i.error).every((i) => i.found)).toBe(true);
    await harness().fault('searchad', 'status-500', 1);
    await expect(service(false).metrics(['완전히새로운키워드'])).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
  });

  it('leaves document counts unknown (null) without Naver Search keys, never guessed', async () => {
    const [item] = await service(false).metrics(['빔프로젝터']);
    expect(item!.documents).toEqual({ blog: null, cafearticle: null, webkr: null, news: null });
    expect([item!.saturation, item!.grade]).toEqual([null, null]);
    expect(item!.documentsError?.code).toBe('CONNECTION_NOT_CONFIGURED');
  });

  it('says why document counts are missing when the Naver Search quota is used up', async () => {
    quotaLeft(2);
    const [item] = await service().metrics(['전기포트']);
    expect(item!.found).toBe(true);
    expect(item!.documents['blog']).toBeTypeOf('number');
    expect(item!.documents['news']).toBeNull();
    expect(item!.documentsError).toMatchObject({ code: 'UPSTREAM_QUOTA_EXHAUSTED' });
    expect(item!.documentsError).toHaveProperty('retryAfterSeconds');
    quotaLeft(DAILY_QUOTA);
    const [again] = await service().metrics(['전기포트']);
    expect(again!.documentsError).toBeUndefined();
  });

  it('lists related keywords by monthly searches, most first, from one call', async () => {
    const related = await service().related('캠핑 의자', 20);
    expect(related.keyword).toBe('캠핑 의자');
    expect(related.items.length).toBe(20);
    const totals = related.items.map((i) => i.searches.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(related.items.map((i) => i.keyword)).not.toContain('캠핑의자');
    expect(calls()).toBe(1);
  });

  it('asks again for a fresh related list only when the pruner let its rows go', async () => {
    const first = await service().related('텐트', 1000);
    expect((await service().related('텐트', 1000)).items).toEqual(first.items);
    expect(calls()).toBe(1);
    const pruner = new CachePruner(harness().db, harness().time.now, { cameAlongCap: 0 });
    while (pruner.step() > 0);
    expect((await service().related('텐트', 1000)).items).toEqual(first.items);
    expect(calls()).toBe(2);
  });

  describe('one Search Ad call a popup view: metrics and the related list from one answer', () => {
    it('metrics first, then the related list', async () => {
      const s = service();
      const [item] = await s.metrics(['캠핑 테이블']);
      const related = await s.related('캠핑 테이블', 50);
      expect(item!.found).toBe(true);
      expect(related.items.length).toBeGreaterThan(0);
      expect(calls()).toBe(1);
    });

    it('the related list first, then metrics', async () => {
      const s = service();
      await s.related('캠핑 테이블', 50);
      const [item] = await s.metrics(['캠핑 테이블']);
      expect(item).toMatchObject({ found: true, cached: true });
      expect(calls()).toBe(1);
    });

    it('both at once, either order', async () => {
      const s = service();
      await Promise.all([s.metrics(['캠핑 테이블']), s.related('캠핑 테이블', 50)]);
      await Promise.all([s.related('접이식 테이블', 50), s.metrics(['접이식 테이블'])]);
      expect(calls()).toBe(2);
      expect(harness().stats('searchad')['searchad:hints:1']).toBe(2);
    });

    it('a keyword that went with others still gets its own related list (rows of five hints mix)', async () => {
      const s = service();
      await s.metrics(['가습기', '제습기', '선풍기']);
      const related = await s.related('가습기', 50);
      expect(related.items.length).toBeGreaterThan(0);
      expect(calls()).toBe(2);
    });
  });

  it('refuses a keyword with a comma alone, before any call: the batch it would have joined is answered', async () => {
    const s = service(false);
    const items = await s.metrics(['가습기', '가습기,제습기', '선풍기']);
    expect(items.map((i) => [i.found, i.error?.code ?? null])).toEqual([
      [true, null],
      [false, 'VALIDATION_FAILED'],
      [true, null],
    ]);
    expect(harness().stats('searchad')['searchad:hints:2']).toBe(1);
    await expect(s.related('a,b', 10)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(calls()).toBe(1);
  });
});

describe('the cached answer (no call, no wait)', () => {
  it('is what metrics answers once every keyword and wanted count is fresh in the cache, and nothing before', async () => {
    const metrics = service();
    const keywords = ['  캠핑  의자 ', '무선이어폰', '캠핑의자', '없는키워드아무도안찾음'];
    expect(metrics.cachedMetrics(keywords)).toBeNull();
    const looked = await metrics.metrics(keywords);
    const before = calls();
    const cached = metrics.cachedMetrics(keywords);
    expect(cached).toEqual((await metrics.metrics(keywords)).map((item) => ({ ...item, cached: true })));
    expect(cached!.map((i) => i.keyword)).toEqual(looked.map((i) => i.keyword));
    expect(calls()).toBe(before);
  });

  it('asks for the counts it needs: the saturation’s own fresh, the others null', async () => {
    const metrics = service();
    await metrics.metrics(['보온병'], { documents: 'saturation' });
    expect(metrics.cachedMetrics(['보온병'])).toBeNull();
    const saturationOnly = metrics.cachedMetrics(['보온병'], { documents: 'saturation' });
    expect(saturationOnly![0]!.documents['blog']).not.toBeNull();
    expect(saturationOnly![0]!.documents['news']).toBeNull();
  });

  it('goes back to the vendor once the figures are a day old', async () => {
    const metrics = service();
    await metrics.metrics(['텀블러']);
    expect(metrics.cachedMetrics(['텀블러'])).not.toBeNull();
    harness().time.advance(25 * 3_600_000);
    expect(metrics.cachedMetrics(['텀블러'])).toBeNull();
  });

  it('leaves a keyword with a comma to the full path, which says why', () => {
    expect(service().cachedMetrics(['캠핑,의자'])).toBeNull();
  });
});
