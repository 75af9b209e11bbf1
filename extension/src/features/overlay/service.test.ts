import { describe, expect, it, vi } from 'vitest';
import type { KeywordMetricsItem, RelatedKeyword } from '@aigenc/shared/contract';
import { familyOf } from '@aigenc/shared/domain';
import { CompanionProblemError, CompanionUnreachableError } from '../../companion-client.ts';
import { DEFAULT_COUPANG_PREFS } from '../../platform/storage.ts';
import { OverlayService, PANEL_MONTHS, PANEL_RELATED, type OverlayClient, type OverlayServiceDeps } from './service.ts';

const SEARCH =
  'https://search.naver.com/search.naver?where=nexearch&query=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90&start=11';
const COUPANG_SEARCH = 'https://www.coupang.com/np/search?q=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90';
const PRODUCT = 'https://www.coupang.com/vp/products/7335597976?itemId=18738765443';

function item(keyword: string, found = true): KeywordMetricsItem {
  return {
    keyword,
    normalizedKeyword: keyword.replace(/\s+/g, ''),
    found,
    searches: found ? { pc: 6160, mobile: 14520, total: 20680, pcBelow10: false, mobileBelow10: false } : null,
    clicks: null,
    ctr: null,
    adDepth: null,
    competition: found ? 'high' : null,
    documents: {},
    saturation: null,
    grade: found ? 'bronze' : null,
    fetchedAt: '2026-12-06T00:00:00.000Z',
    cached: false,
  };
}

function related(n: number): RelatedKeyword[] {
  return Array.from({ length: n }, (_, i) => ({
    keyword: `연관${i + 1}`,
    searches: { pc: 10, mobile: 20, total: 30 + i, pcBelow10: false, mobileBelow10: false },
    clicks: { pc: 0, mobile: 0 },
    ctr: { pc: 0, mobile: 0 },
    adDepth: 1,
    competition: 'low',
  }));
}

function setup(overrides: Partial<OverlayClient> = {}) {
  const client = {
    keywordMetrics: vi.fn(async (keywords: string[]) => ({ items: keywords.map((k) => item(k)) })),
    relatedKeywords: vi.fn(async (keyword: string) => ({ keyword, items: related(25) })),
    keywordTrends: vi.fn(async (keywords: string[]) => ({
      items: keywords.map((k) => ({
        keyword: k,
        normalizedKeyword: k,
        found: true,
        months: [
          { month: '2025-12', pc: 1, mobile: 2, total: 3, partial: false },
          { month: '2026-12', pc: 1, mobile: 1, total: 2, partial: true },
        ],
        anchor: null,
        seasonality: null,
        source: 'datalab-legacy',
        fetchedAt: '2026-12-06T00:00:00.000Z',
        cached: false,
      })),
    })),
    deeplinks: vi.fn(async (urls: string[]) => ({
      items: urls.map((u) => ({
        originalUrl: u,
        shortenUrl: 'https://link.coupang.com/a/bcDEF1',
        landingUrl: u,
        cached: false,
      })),
    })),
    ...overrides,
  } as unknown as OverlayClient & Record<keyof OverlayClient, ReturnType<typeof vi.fn>>;
  const trends: string[] = [];
  const subIds: string[] = [];
  const deps: OverlayServiceDeps = {
    client: async () => client,
    theme: async () => 'dark',
    collapsed: async (family) => family === 'coupang',
    trendAsked: async (k) => trends.includes(k),
    rememberTrend: async (k) => void trends.push(k),
    coupangPrefs: async () => ({ ...DEFAULT_COUPANG_PREFS, subId: 'blog01', format: 'markdown' }),
    usedSubId: async (s) => void subIds.push(s),
    now: () => Date.UTC(2026, 11, 6),
  };
  return { service: new OverlayService(deps), client, trends, subIds };
}

describe('the in-page panel’s answers', () => {
  it('reads the keyword from the page address and asks one metrics lookup (the document counts the grade needs) and the related list of the same answer', async () => {
    const { service, client } = setup();
    const answer = await service.view(familyOf(SEARCH)!, SEARCH);
    expect(answer).toMatchObject({
      show: 'keyword',
      keyword: '캠핑의자',
      theme: 'dark',
      collapsed: false,
      figures: { found: true, total: 20680, pc: 6160, mobile: 14520, competition: 'high', grade: 'bronze' },
      trend: null,
      problem: null,
    });
    expect(client.keywordMetrics).toHaveBeenCalledExactlyOnceWith(['캠핑의자'], 'saturation');
    expect(client.relatedKeywords).toHaveBeenCalledExactlyOnceWith('캠핑의자', PANEL_RELATED);
    expect(client.keywordTrends).not.toHaveBeenCalled();
    if (answer.show !== 'keyword') throw new Error('no panel');
    expect(answer.related).toHaveLength(10);
    // Each related keyword searches the same site, without the page's paging.
    expect(answer.related[0]).toEqual({
      keyword: '연관1',
      total: 30,
      below10: false,
      href: 'https://search.naver.com/search.naver?query=%EC%97%B0%EA%B4%801',
    });
  });

  it('remembers the fold per family, and shows nothing where there is no query', async () => {
    const { service, client } = setup();
    expect(await service.view(familyOf(COUPANG_SEARCH)!, COUPANG_SEARCH)).toMatchObject({ collapsed: true });
    expect(await service.view(familyOf(SEARCH)!, 'https://search.naver.com/search.naver')).toEqual({ show: 'nothing' });
    expect(client.keywordMetrics).toHaveBeenCalledTimes(1);
  });

  it('offers the link button on a Coupang product page only, and asks the companion nothing for it until clicked', async () => {
    const { service, client } = setup();
    expect(await service.view(familyOf(PRODUCT)!, PRODUCT)).toEqual({ show: 'coupang-link', theme: 'dark' });
    expect(client.keywordMetrics).not.toHaveBeenCalled();
    expect(client.deeplinks).not.toHaveBeenCalled();
  });

  it('a keyword Search Ad does not know shows that, without a related list', async () => {
    const { service, client } = setup({
      keywordMetrics: vi.fn(async (k: string[]) => ({ items: [item(k[0]!, false)] })),
    });
    expect(await service.view(familyOf(SEARCH)!, SEARCH)).toMatchObject({ figures: { found: false }, related: [] });
    expect(client.relatedKeywords).not.toHaveBeenCalled();
  });

  it('the line is asked by a click, then comes with the figures on later pages of that keyword', async () => {
    const { service, client, trends } = setup();
    expect(await service.trend(SEARCH)).toEqual({
      trend: [
        { month: '2025-12', total: 3, partial: false },
        { month: '2026-12', total: 2, partial: true },
      ],
      problem: null,
    });
    expect(client.keywordTrends).toHaveBeenCalledWith(['캠핑의자'], PANEL_MONTHS);
    expect(trends).toEqual(['캠핑의자']);
    expect(await service.view(familyOf(SEARCH)!, SEARCH)).toMatchObject({
      trend: [{ month: '2025-12' }, { month: '2026-12' }],
    });
  });

  it('before pairing the panel says so and asks the companion nothing', async () => {
    const { service, client } = setup();
    const unpaired = new OverlayService({
      ...(service as unknown as { deps: OverlayServiceDeps }).deps,
      client: async () => null,
    });
    expect(await unpaired.view(familyOf(SEARCH)!, SEARCH)).toMatchObject({
      problem: { message: '아직 컴패니언과 페어링하지 않았습니다.', help: 'side-panel' },
    });
    expect(await unpaired.link(PRODUCT, '')).toMatchObject({ ok: false, problem: { help: 'side-panel' } });
    expect(client.keywordMetrics).not.toHaveBeenCalled();
    expect(client.deeplinks).not.toHaveBeenCalled();
  });

  it('a companion that is not running or refuses is said in words, with the side panel as the way to fix it', async () => {
    const down = setup({ keywordMetrics: vi.fn(async () => Promise.reject(new CompanionUnreachableError())) });
    const answer = await down.service.view(familyOf(SEARCH)!, SEARCH);
    expect(answer).toMatchObject({
      show: 'keyword',
      keyword: '캠핑의자',
      figures: null,
      problem: { help: 'side-panel' },
    });
    const unpaired = setup({
      keywordMetrics: vi.fn(async () =>
        Promise.reject(
          new CompanionProblemError({
            type: 'about:blank',
            title: 'x',
            status: 401,
            code: 'UNAUTHENTICATED',
            detail: 'x',
          }),
        ),
      ),
    });
    expect(await unpaired.service.view(familyOf(SEARCH)!, SEARCH)).toMatchObject({ problem: { help: 'side-panel' } });
  });

  it('makes the link with the person’s subId, format and disclosure, and shows a refusal in the vendor’s words', async () => {
    const { service, client, subIds } = setup();
    const made = await service.link(PRODUCT, '코베아 캠핑의자 로우체어 - 캠핑의자 | 쿠팡');
    expect(client.deeplinks).toHaveBeenCalledWith([PRODUCT], {
      subId: 'blog01',
      title: '코베아 캠핑의자 로우체어 - 캠핑의자',
    });
    expect(made).toEqual({
      ok: true,
      link: 'https://link.coupang.com/a/bcDEF1',
      text: expect.stringMatching(
        /^\[코베아 캠핑의자 로우체어 - 캠핑의자\]\(https:\/\/link\.coupang\.com\/a\/bcDEF1\)\n\n이 포스팅은/,
      ),
    });
    expect(subIds).toEqual(['blog01']);
    const refused = setup({
      deeplinks: vi.fn(async () =>
        Promise.reject(
          new CompanionProblemError({
            type: 'about:blank',
            title: 'refused',
            status: 422,
            code: 'COUPANG_URL_REFUSED',
            detail: '쿠팡이 이 주소의 링크를 만들지 않았습니다: 판매가 중지된 상품입니다.',
          }),
        ),
      ),
    });
    expect(await refused.service.link(PRODUCT, '')).toEqual({
      ok: false,
      problem: { message: '쿠팡이 이 주소의 링크를 만들지 않았습니다: 판매가 중지된 상품입니다.', help: 'none' },
    });
  });
});
