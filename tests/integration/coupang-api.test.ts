/**
 * The Coupang API as the extension uses it, against the sandbox: canonical pages and the link
 * cache, refusals before any upstream call and the vendor's own refusal (asked once), affiliate
 * links turned back into their page, product search signed over an encoded Korean query, its cache
 * and budget, wrong keys in plain words, and the link history.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import {
  DeeplinksResponseSchema,
  LinkHistoryResponseSchema,
  ProductsResponseSchema,
  type Problem,
} from '@aigenc/shared/contract';
import { DEMO_CREDENTIALS, demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';

const TOKEN = 'coupang-api-test-token-0123456789abcdef';
const headers = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };
const PRODUCT = 'https://www.coupang.com/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906';

let sandbox: RunningSandbox;
let companion: CompanionProcess;

beforeAll(async () => {
  sandbox = await startSandbox();
  companion = await startCompanion({ env: { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN } });
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});
beforeEach(() => sandbox.states.coupang.reset());

const deeplinks = (body: unknown, port = companion.port) =>
  call(port, '/api/v1/coupang/deeplinks', { method: 'POST', json: body, headers });
const products = (query: string, port = companion.port) => call(port, `/api/v1/coupang/products?${query}`, { headers });
const made = () => sandbox.states.coupang.stats['coupang:deeplink'] ?? 0;
const searched = () => sandbox.states.coupang.stats['coupang:search'] ?? 0;

describe('POST /api/v1/coupang/deeplinks', () => {
  it('makes a link for the canonical page, then answers every form of that page from the cache', async () => {
    const first = await deeplinks({
      urls: [`${PRODUCT}&q=%EC%BA%A0%ED%95%91&rank=1&searchId=abc`],
      title: '캠핑의자 접이식 - 쿠팡!',
    });
    expect(first.status).toBe(200);
    const [link] = DeeplinksResponseSchema.parse(first.json()).items;
    expect(link).toMatchObject({ canonicalUrl: PRODUCT, cached: false });
    expect(link!.shortenUrl).toMatch(/^https:\/\/link\.coupang\.com\/a\/[a-z0-9]+$/);
    expect(link!.landingUrl).toContain('pageKey=7335597976');
    expect(made()).toBe(1);

    const mobile = 'https://m.coupang.com/vm/products/7335597976?vendorItemId=85873964906&itemId=18738765443';
    const again = DeeplinksResponseSchema.parse((await deeplinks({ urls: [mobile] })).json()).items[0]!;
    expect(again).toMatchObject({ originalUrl: mobile, shortenUrl: link!.shortenUrl, cached: true });
    // An affiliate link of the same page is turned back into the page: same link, no call.
    const affiliate = DeeplinksResponseSchema.parse((await deeplinks({ urls: [link!.landingUrl] })).json()).items[0]!;
    expect(affiliate).toMatchObject({ canonicalUrl: PRODUCT, shortenUrl: link!.shortenUrl, cached: true });
    expect(made()).toBe(1);
  });

  it('answers in request order, one call for the pages not yet linked, each page once', async () => {
    const urls = [
      'https://www.coupang.com/np/search?q=%EB%AC%B4%EC%84%A0+%EC%9D%B4%EC%96%B4%ED%8F%B0&channel=user',
      'https://www.coupang.com/np/categories/186764?page=2',
      'https://m.coupang.com/nm/search?q=%EB%AC%B4%EC%84%A0%20%EC%9D%B4%EC%96%B4%ED%8F%B0',
    ];
    const items = DeeplinksResponseSchema.parse((await deeplinks({ urls })).json()).items;
    expect(items.map((i) => i.originalUrl)).toEqual(urls);
    expect(items[0]!.shortenUrl).toBe(items[2]!.shortenUrl);
    expect(items[1]!.canonicalUrl).toBe('https://www.coupang.com/np/categories/186764');
    expect(made()).toBe(1);
  });

  it('makes a separate link per subId', async () => {
    const plain = DeeplinksResponseSchema.parse((await deeplinks({ urls: [PRODUCT], subId: 'blog' })).json());
    const other = DeeplinksResponseSchema.parse((await deeplinks({ urls: [PRODUCT], subId: 'cafe_02' })).json());
    expect(other.items[0]!.shortenUrl).not.toBe(plain.items[0]!.shortenUrl);
    expect(other.items[0]!.landingUrl).toContain('subid=cafe_02');
  });

  it.each([
    [
      'a look-alike host',
      'https://www.coupang.com.evil.example/vp/products/1',
      '쿠팡 쇼핑 페이지(www·m·pages.coupang.com) 주소가 아닙니다',
    ],
    ['a short link', 'https://link.coupang.com/a/bXyZ12', '단축·파트너스 링크'],
    ['a coupa.ng short link', 'https://coupa.ng/bQz9Xk', '단축·파트너스 링크'],
    ['My Coupang', 'https://www.coupang.com/np/mycoupang', '로그인·장바구니·주문·마이쿠팡'],
    ['the cart', 'https://cart.coupang.com/cartView.pang', '로그인·장바구니·주문·마이쿠팡'],
    ['plain http', 'http://www.coupang.com/vp/products/1', 'http 주소입니다'],
  ])('refuses %s with 400 NOT_A_COUPANG_URL before any call, naming which URL', async (_name, url, words) => {
    const answer = await deeplinks({ urls: [PRODUCT, url] });
    expect(answer.status).toBe(400);
    const problem = answer.json<Problem>();
    expect(problem.code).toBe('NOT_A_COUPANG_URL');
    expect(problem.issues).toEqual([expect.objectContaining({ path: 'urls.[1]' })]);
    expect(problem.detail).toContain(words);
    expect(problem.detail).toContain('링크는 만들지 않았습니다');
    expect(made()).toBe(0);
  });

  it('sends Coupang Global, promotion pages and brand shops to the vendor, which decides (unverified: the sandbox assumes it accepts them, spec §4/§10)', async () => {
    const urls = [
      'https://www.coupang.com/np/coupangglobal?src=1042503',
      'https://pages.coupang.com/p/121237?sourceType=gm_crm_goldbox',
      'https://www.coupang.com/np/products/brand-shop?brandName=%EC%BD%94%EB%A9%A7&vendorId=A00012345',
    ];
    const answer = await deeplinks({ urls });
    expect(answer.status).toBe(200);
    const items = DeeplinksResponseSchema.parse(answer.json()).items;
    expect(items.map((i) => i.canonicalUrl)).toEqual([
      'https://www.coupang.com/np/coupangglobal',
      'https://pages.coupang.com/p/121237',
      urls[2],
    ]);
    expect(made()).toBe(1);
  });

  it('answers a page the vendor cannot link with 422 in its words, and does not ask again', async () => {
    const refusedCalls = () => sandbox.states.coupang.stats['coupang:deeplink-refused'] ?? 0;
    const page = 'https://www.coupang.com/np/help/faq?src=api-test';
    const first = await deeplinks({ urls: [page] });
    expect(first.status).toBe(422);
    const problem = first.json<Problem>();
    expect(problem).toMatchObject({
      code: 'COUPANG_URL_REFUSED',
      provider: 'coupang-partners',
      upstreamCode: 'rCode 400',
    });
    expect(problem.detail).toContain('"url convert failed"');
    const again = await call(companion.port, '/api/v1/coupang/deeplinks', {
      method: 'POST',
      json: { urls: ['https://www.coupang.com/np/help/faq'] },
      headers: { ...headers, 'accept-language': 'en' },
    });
    expect(again.status).toBe(422);
    expect(again.json<Problem>().detail).toContain('cannot link this page');
    expect(refusedCalls()).toBe(1);
    expect(made()).toBe(0);
  });

  it('refuses more than 20 URLs and unknown fields', async () => {
    expect((await deeplinks({ urls: Array.from({ length: 21 }, () => PRODUCT) })).status).toBe(400);
    expect((await deeplinks({ urls: [PRODUCT], extra: 1 })).json<Problem>().code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/v1/coupang/products', () => {
  it('searches once with a signature over the encoded Korean query, then answers from the cache', async () => {
    const answer = await products(`keyword=${encodeURIComponent('캠핑 의자')}&limit=5`);
    expect(answer.status).toBe(200);
    const body = ProductsResponseSchema.parse(answer.json());
    expect(body).toMatchObject({ keyword: '캠핑 의자', cached: false });
    expect(body.items).toHaveLength(5);
    expect(body.items.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(body.items.every((p) => p.productUrl.startsWith('https://link.coupang.com/'))).toBe(true);
    expect(body.budget.remaining).toBe(9);
    expect(searched()).toBe(1);
    expect(sandbox.states.coupang.stats['coupang:auth-refused']).toBeUndefined();

    const again = ProductsResponseSchema.parse(
      (await products(`keyword=${encodeURIComponent('캠핑 의자')}&limit=10`)).json(),
    );
    expect(again.cached).toBe(true);
    expect(again.items).toHaveLength(10);
    expect(again.budget.remaining).toBe(9);
    expect(searched()).toBe(1);
  });

  it('refuses a search past the hourly budget with when it resets, without calling', async () => {
    for (let i = searched(); i < 10; i++) {
      const answer = await products(`keyword=${encodeURIComponent(`예산시험${i}`)}`);
      if (answer.status !== 200) break;
    }
    const before = searched();
    const answer = await products(`keyword=${encodeURIComponent('하나더')}`);
    expect(answer.status).toBe(429);
    const problem = answer.json<Problem>();
    expect(problem).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', provider: 'coupang-partners' });
    expect(problem.retryAfterSeconds).toBeGreaterThan(0);
    expect(problem.detail).toContain('다시 검색할 수 있습니다');
    expect(answer.headers['retry-after']).toBe(String(problem.retryAfterSeconds));
    expect(searched()).toBe(before);
    // What was searched before is still answered from the cache.
    expect((await products(`keyword=${encodeURIComponent('캠핑 의자')}`)).status).toBe(200);
  });
});

describe('wrong keys', () => {
  it('say which key is wrong, in plain words', async () => {
    const wrong = await startCompanion({
      env: {
        ...demoEnvironment(sandbox.urls),
        AIGENC_API_TOKEN: TOKEN,
        COUPANG_PARTNERS_SECRET_KEY: `${DEMO_CREDENTIALS['coupang-partners'].secretKey}-wrong`,
      },
    });
    try {
      const answer = await deeplinks({ urls: [PRODUCT] }, wrong.port);
      const problem = answer.json<Problem>();
      expect(problem).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', provider: 'coupang-partners' });
      expect(problem.detail).toContain('Secret Key가 올바르지 않습니다');
      expect(answer.text).not.toContain(DEMO_CREDENTIALS['coupang-partners'].secretKey);
    } finally {
      await wrong.stop();
      wrong.cleanup();
    }
  });
});

describe('GET /api/v1/coupang/history', () => {
  it('lists the links made, newest first, searchable by title', async () => {
    await deeplinks({ urls: ['https://www.coupang.com/vp/products/555'], title: '보온병 500ml' });
    const all = LinkHistoryResponseSchema.parse(
      (await call(companion.port, '/api/v1/coupang/history', { headers })).json(),
    ).items;
    expect(all[0]).toMatchObject({ canonicalUrl: 'https://www.coupang.com/vp/products/555', title: '보온병 500ml' });
    expect(all.length).toBeGreaterThan(2);
    const found = LinkHistoryResponseSchema.parse(
      (await call(companion.port, `/api/v1/coupang/history?q=${encodeURIComponent('보온병')}`, { headers })).json(),
    ).items;
    expect(found.map((e) => e.title)).toEqual(['보온병 500ml']);
    const none = LinkHistoryResponseSchema.parse(
      (await call(companion.port, `/api/v1/coupang/history?q=${encodeURIComponent('보%병')}`, { headers })).json(),
    ).items;
    expect(none).toEqual([]);
  });
});
