import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../errors/index.ts';
import { DEMO_CREDENTIALS } from '../../sandbox/credentials.ts';
import { useSandbox } from '../../../test/sandbox-harness.ts';
import type { FaultKind } from '../../sandbox/wire.ts';
import { CoupangClient, type CoupangBudgets, type CoupangCredentials } from './client.ts';

const harness = useSandbox({ coupang: { searchPerHour: 100, deeplinksPerMinute: 100 } });
const good = DEMO_CREDENTIALS['coupang-partners'];

function client(credentials: Partial<CoupangCredentials> = {}, budgets: Partial<CoupangBudgets> = {}, skewMs = 0) {
  const h = harness();
  return new CoupangClient({
    origin: h.sandbox.urls.coupang,
    credentials: { ...good, ...credentials },
    dispatcher: h.dispatcher,
    state: h.state,
    budgets: { deeplinksPerSecond: 50, ...budgets },
    time: skewMs === 0 ? h.time : { ...h.time, now: () => h.time.now() + skewMs },
  });
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

const PRODUCT = 'https://www.coupang.com/vp/products/7335597976?itemId=18741704367&vendorItemId=85873964906';

describe('Coupang Partners against the sandbox', () => {
  it('makes deeplinks in request order', async () => {
    const links = await client().deeplinks(
      [PRODUCT, 'https://www.coupang.com/np/search?q=%EC%BA%A0%ED%95%91'],
      'blog1',
    );
    expect(links.map((l) => l.originalUrl)).toEqual([
      PRODUCT,
      'https://www.coupang.com/np/search?q=%EC%BA%A0%ED%95%91',
    ]);
    expect(links[0]!.shortenUrl).toMatch(/^https:\/\/link\.coupang\.com\/a\/[0-9a-z]{6}$/);
    expect(links[0]!.landingUrl).toContain('subid=blog1');
  });

  it('signs the exact wire query of a Korean keyword search', async () => {
    const result = await client().searchProducts('무선 이어폰', 5);
    expect(result.productData).toHaveLength(5);
    expect(result.productData[0]!.productName).toContain('무선 이어폰');
    expect(result.landingUrl).toMatch(/^https:\/\/link\.coupang\.com\//);
    expect(harness().stats('coupang')['coupang:auth-refused']).toBeUndefined();
  });

  it.each([
    ['a wrong access key', { accessKey: 'unknown-access-key' }, 'WRONG_ACCESS_KEY', /Access Key/],
    ['a wrong secret key', { secretKey: 'wrong-secret' }, 'WRONG_SECRET_KEY', /Secret Key/],
    ['a secret one byte wrong', { secretKey: good.secretKey.replace(/.$/, 'X') }, 'WRONG_SECRET_KEY', /Secret Key/],
  ])('says which key is wrong for %s', async (_name, credentials, code, words) => {
    const error = await failure(client(credentials).deeplinks([PRODUCT]));
    expect([error.code, error.upstreamCode]).toEqual(['UPSTREAM_AUTH_FAILED', code]);
    expect(error.detail?.ko).toMatch(words);
    expect(error.traceId).toBeDefined();
  });

  it('explains an expired signature (a clock off by minutes)', async () => {
    const error = await failure(client({}, {}, -10 * 60_000).deeplinks([PRODUCT]));
    expect(error.upstreamCode).toBe('SIGNATURE_EXPIRED');
    expect(error.detail?.ko).toMatch(/시계/);
  });

  it('treats a non-"0" rCode under HTTP 200 as a failure, in words: a page it cannot link, once', async () => {
    const error = await failure(client().deeplinks(['https://www.coupang.com.evil.example/vp/products/1']));
    expect([error.code, error.upstreamCode]).toEqual(['COUPANG_URL_REFUSED', 'rCode 400']);
    expect(error.detail?.en).toContain('url convert failed');
    expect(harness().stats('coupang')['coupang:deeplink-refused']).toBe(1);
  });

  it('keeps to the search budget and says when it resets; the vendor never sees the excess', async () => {
    const c = client({}, { searchPerHour: 2 });
    await c.searchProducts('캠핑의자', 3);
    await c.searchProducts('캠핑의자', 3);
    const error = await failure(c.searchProducts('캠핑의자', 3));
    expect([error.code, error.upstreamCode]).toEqual(['UPSTREAM_RATE_LIMITED', 'LOCAL_SEARCH_BUDGET']);
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(harness().stats('coupang')['coupang:search']).toBe(2);
    expect(client({}, { searchPerHour: 2 }).searchBudget.peek().remaining).toBe(0);
  });

  it('waits out the one-a-second deeplink budget instead of failing', async () => {
    const { time } = harness();
    const c = client({}, { deeplinksPerSecond: 1 });
    const started = time.now();
    await c.deeplinks([PRODUCT]);
    await c.deeplinks([PRODUCT]);
    // The second link waited for the next one-second window (on the harness clock), then went.
    expect(time.slept).toEqual([1005]);
    expect(time.now() - started).toBeGreaterThanOrEqual(1000);
    expect(harness().stats('coupang')['coupang:deeplink']).toBe(2);
  });

  it.each<[FaultKind, string]>([
    ['status-429', 'UPSTREAM_RATE_LIMITED'],
    ['status-500', 'UPSTREAM_UNAVAILABLE'],
    ['malformed', 'UPSTREAM_UNAVAILABLE'],
    ['truncated', 'UPSTREAM_UNAVAILABLE'],
    ['redirect', 'UPSTREAM_UNAVAILABLE'],
  ])('turns a %s fault into %s', async (kind, code) => {
    await harness().fault('coupang', kind);
    expect((await failure(client().deeplinks([PRODUCT]))).code).toBe(code);
  });
});
