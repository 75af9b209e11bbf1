import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../errors/index.ts';
import { DEMO_CREDENTIALS, DEMO_SELLER_ACCOUNT } from '../../sandbox/credentials.ts';
import { useSandbox } from '../../../test/sandbox-harness.ts';
import type { FaultKind } from '../../sandbox/wire.ts';
import { CommerceClient, type CommerceCredentials } from './client.ts';
import { TokenCache } from '../token-cache.ts';

const harness = useSandbox({ commerce: { perSecond: 50, changeEveryMs: 4 * 60_000 } });
const slowGateway = useSandbox({ commerce: { perSecond: 2, changeEveryMs: 60_000 } });
const good = DEMO_CREDENTIALS['naver-commerce'];
/** A client with its own token cache, so tests do not share tokens. */
function client(credentials: Partial<CommerceCredentials> = {}, tokens = new TokenCache(), h = harness()) {
  return new CommerceClient({
    origin: h.sandbox.urls.commerce,
    credentials: { ...good, ...credentials },
    dispatcher: h.dispatcher,
    intervalMs: 5,
    tokens,
    time: h.time,
    pacers: h.pacers,
  });
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

const DAY = 24 * 3_600_000;
const FROM = Date.UTC(2026, 10, 20, 15, 0, 0); // 2026-11-21 00:00 KST

describe('Naver Commerce against the sandbox', () => {
  it('issues a SELF token from a signed form body, and reuses it', async () => {
    const c = client();
    const token = await c.token();
    expect(token.length).toBeGreaterThan(20);
    expect(await c.token()).toBe(token);
    expect(harness().stats('commerce')['commerce:token']).toBe(1);
    expect(harness().stats('commerce')['commerce:token-in-query']).toBeUndefined();
  });

  it('issues a SELLER token with the account id', async () => {
    expect(await client({ accountId: DEMO_SELLER_ACCOUNT }).token()).toBeTruthy();
    const error = await failure(client({ accountId: 'someone-else' }).token());
    expect(error.code).toBe('UPSTREAM_AUTH_FAILED');
  });

  it('fetches a token once for many concurrent callers (single flight)', async () => {
    const c = client();
    const tokens = await Promise.all([c.token(), c.token(), c.token(), c.token()]);
    expect(new Set(tokens).size).toBe(1);
    expect(harness().stats('commerce')['commerce:token']).toBe(1);
  });

  it('is refused by the sandbox for a secret one character wrong, and says where to check', async () => {
    const wrong =
      good.clientSecret.slice(0, -2) + (good.clientSecret.at(-2) === 'a' ? 'b' : 'a') + good.clientSecret.at(-1)!;
    const error = await failure(client({ clientSecret: wrong }).token());
    expect(error.code).toBe('UPSTREAM_AUTH_FAILED');
    expect(error.detail?.ko).toMatch(/API Center/);
    expect(harness().stats('commerce')['commerce:auth-refused']).toBe(1);
  });

  it('walks a day in pages of 300 with moreSequence, every change once', async () => {
    const pages: number[] = [];
    const changes = await client().walkChanges(FROM, FROM + DAY, (page) => pages.push(page.length));
    expect(changes).toHaveLength(360);
    expect(pages).toEqual([300, 60]);
    expect(new Set(changes.map((c) => c.productOrderId)).size).toBe(360);
    expect(changes[0]!.lastChangedDate).toMatch(/\+09:00$/);
  });

  it('splits a longer period into windows of at most 24 hours', async () => {
    const changes = await client().walkChanges(FROM, FROM + 2.5 * DAY);
    expect(changes).toHaveLength(900);
    // 3 windows: 2 pages, 2 pages, 1 page.
    expect(harness().stats('commerce')['commerce:changes']).toBe(5);
  });

  it('issues a new token after 401 GW.AUTHN and retries the call once', async () => {
    const tokens = new TokenCache();
    const c = client({}, tokens);
    // A token the sandbox never issued, as after a restart of the vendor's token store.
    const now = harness().time.now();
    tokens.tokens.set(c.tokenKey, { token: 'stale-token', issuedAt: now, expiresAt: now + 3_600_000 });
    const changes = await c.walkChanges(FROM, FROM + 3_600_000);
    expect(changes).toHaveLength(15);
    const stats = harness().stats('commerce');
    expect([stats['commerce:authn'], stats['commerce:token'], stats['commerce:changes']]).toEqual([1, 1, 1]);
  });

  it('retries exactly once: a second GW.AUTHN is an error, not a loop', async () => {
    const c = client();
    await c.token();
    await harness().fault('commerce', 'gw-authn', 5, { pathPrefix: '/external/v1/pay-order' });
    const error = await failure(c.walkChanges(FROM, FROM + 3_600_000));
    expect([error.code, error.upstreamCode]).toEqual(['UPSTREAM_AUTH_FAILED', 'GW.AUTHN']);
    expect(harness().stats('commerce')['GET /external/v1/pay-order/seller/product-orders/last-changed-statuses']).toBe(
      2,
    );
    expect(harness().stats('commerce')['commerce:token']).toBe(2);
  });

  it('waits and tries once more after a rate-limit answer; a second one is the error', async () => {
    const c = client();
    await c.token();
    const path = '/external/v1/pay-order';
    await harness().fault('commerce', 'status-429', 1, { pathPrefix: path });
    expect(await c.walkChanges(FROM, FROM + 3_600_000)).toHaveLength(15);
    await harness().fault('commerce', 'status-429', 2, { pathPrefix: path });
    const error = await failure(c.walkChanges(FROM, FROM + 3_600_000));
    expect(error.code).toBe('UPSTREAM_RATE_LIMITED');
  });

  it('explains GW.IP_NOT_ALLOWED: where to register the address', async () => {
    const c = client();
    await c.token();
    await harness().fault('commerce', 'gw-ip-not-allowed', 1, { pathPrefix: '/external/v1/pay-order' });
    const error = await failure(c.walkChanges(FROM, FROM + 3_600_000));
    expect(error.upstreamCode).toBe('GW.IP_NOT_ALLOWED');
    expect(error.detail?.ko).toMatch(/공인 IP/);
    expect(error.traceId).toBe('sandbox-fault');
  });

  it('refuses a window that ends before it starts, before calling', async () => {
    await expect(client().walkChanges(FROM, FROM)).rejects.toThrow(RangeError);
  });

  it.each<[FaultKind, string]>([
    ['status-500', 'UPSTREAM_UNAVAILABLE'],
    ['malformed', 'UPSTREAM_UNAVAILABLE'],
    ['reset', 'UPSTREAM_UNAVAILABLE'],
  ])('turns a %s fault on the feed into %s', async (kind, code) => {
    const c = client();
    await c.token();
    await harness().fault('commerce', kind, 1, { pathPrefix: '/external/v1/pay-order' });
    expect((await failure(c.walkChanges(FROM, FROM + 3_600_000))).code).toBe(code);
  });

  it('paces by the rate the gateway states in its headers, not by a guess: a burst, then no 429', async () => {
    const h = slowGateway();
    // Made with a far faster spacing than the gateway allows: the headers retune it.
    const c = client({}, new TokenCache(), h);
    const arrivals: number[] = [];
    const changes = await c.walkChanges(FROM, FROM + 2 * DAY, () => arrivals.push(h.time.now()));
    expect(changes.length).toBe(2 * 24 * 60);
    expect(h.stats('commerce')['commerce:429']).toBeUndefined();
    // 2 a second: after the first answer said so, calls are at least 500 ms apart.
    const gaps = arrivals.slice(1).map((t, i) => t - arrivals[i]!);
    expect(Math.min(...gaps.slice(1))).toBeGreaterThanOrEqual(500);
  });
});
