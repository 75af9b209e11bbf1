import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../errors/index.ts';
import { DEMO_CREDENTIALS } from '../../sandbox/credentials.ts';
import { documentTotal } from '../../sandbox/figures.ts';
import { useSandbox } from '../../../test/sandbox-harness.ts';
import type { FaultKind } from '../../sandbox/wire.ts';
import { accountTag, stateKey } from '../../store/state-keys.ts';
import { NaverSearchClient, type SearchKeyKind } from './client.ts';

const harness = useSandbox({ search: { dailyQuota: 1000, perSecond: 100 } });
const tight = useSandbox({ search: { dailyQuota: 1, perSecond: 100 } });
const perSecond = useSandbox({ search: { dailyQuota: 1000, perSecond: 0 } });
const good = DEMO_CREDENTIALS['naver-search'];

function client(kind: SearchKeyKind = 'legacy', credentials = good, dailyQuota?: number, h = harness()) {
  return new NaverSearchClient({
    origin: h.sandbox.urls.search,
    kind,
    credentials,
    dispatcher: h.dispatcher,
    state: h.state,
    time: h.time,
    pacers: h.pacers,
    ...(dailyQuota === undefined ? {} : { dailyQuota }),
  });
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('Naver Search against the sandbox', () => {
  it.each(['legacy', 'apihub'] as const)('counts documents with %s keys', async (kind) => {
    expect(await client(kind).total('blog', '무선 이어폰')).toBe(documentTotal('blog', '무선 이어폰'));
    expect(await client(kind).total('news', '캠핑의자')).toBe(documentTotal('news', '캠핑의자'));
  });

  it.each(['shop', 'book', 'doc'] as const)(
    'reports the retired %s type as unavailable (null), not as a failure',
    async (type) => {
      expect(await client().total(type, '무선 이어폰')).toBeNull();
      expect(await client('apihub').total(type, '무선 이어폰')).toBeNull();
    },
  );

  it.each(['legacy', 'apihub'] as const)('explains wrong %s keys', async (kind) => {
    const error = await failure(client(kind, { ...good, clientSecret: 'wrong' }).total('blog', 'x'));
    expect(error.code).toBe('UPSTREAM_AUTH_FAILED');
    expect(error.upstreamCode).toBe(kind === 'legacy' ? '024' : '200');
    expect(error.detail?.ko).toMatch(/Client ID/);
  });

  it('API HUB’s 429 `400` is the quota once these keys had an answer (unverified: the HUB search quota is emulated as daily)', async () => {
    const h = tight();
    await client('apihub', good, 1_000_000, h).total('blog', '캠핑');
    const error = await failure(client('apihub', good, 1_000_000, h).total('blog', '텐트'));
    expect(error).toMatchObject({ code: 'UPSTREAM_QUOTA_EXHAUSTED', upstreamCode: '400', retryAfterSeconds: 3_600 });
    expect(error.detail!.en).toContain('it is the quota');
  });

  it('API HUB’s 429 `400` before the keys ever worked says both possibilities (unverified: how HUB refuses a missing API)', async () => {
    const h = tight();
    // Another application used the quota up; these keys never had an answer.
    await client('apihub', good, 1_000_000, h).total('blog', '캠핑');
    const fresh = { ...good };
    h.state.delete(stateKey('naver-search', 'hub-worked-search', accountTag(good.clientId)));
    const error = await failure(client('apihub', fresh, 1_000_000, h).total('blog', '텐트'));
    expect(error).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '400' });
    expect(error.detail!.ko).toContain('둘 중 어느 쪽인지 알 수 없습니다');
  });

  it('counts the daily quota locally and refuses before the vendor, until midnight KST', async () => {
    const c = client('legacy', good, 2);
    await c.total('blog', 'a');
    await c.total('blog', 'b');
    const error = await failure(c.total('blog', 'c'));
    expect(error.code).toBe('UPSTREAM_QUOTA_EXHAUSTED');
    expect(error.upstreamCode).toBe('LOCAL_QUOTA');
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(86_400);
    expect(harness().stats('search')['search:ok:blog']).toBe(2);
  });

  it.each([
    ['legacy', '010', '012'],
    ['apihub', '400', '420'],
  ] as const)('understands the vendor’s own quota and rate answers (%s form)', async (kind, quotaCode, rateCode) => {
    const h = tight();
    const make = () =>
      new NaverSearchClient({
        origin: h.sandbox.urls.search,
        kind,
        credentials: good,
        dispatcher: h.dispatcher,
        state: h.state,
        time: h.time,
        pacers: h.pacers,
      });
    await make().total('blog', 'a');
    const quota = await failure(make().total('blog', 'b'));
    expect([quota.code, quota.upstreamCode]).toEqual(['UPSTREAM_QUOTA_EXHAUSTED', quotaCode]);
    expect(quota.retryAfterSeconds).toBeGreaterThan(0);
    const rate = perSecond();
    const fast = new NaverSearchClient({
      origin: rate.sandbox.urls.search,
      kind,
      credentials: good,
      dispatcher: rate.dispatcher,
      state: rate.state,
      time: rate.time,
      pacers: rate.pacers,
      intervalMs: 1,
    });
    const limited = await failure(fast.total('blog', 'b'));
    expect([limited.code, limited.upstreamCode]).toEqual(['UPSTREAM_RATE_LIMITED', rateCode]);
    // A per-second limit is retried exactly once, after a pause.
    expect(rate.stats('search')['search:429']).toBe(2);
  });

  it('retries one 429 after a pause, and reports two as a rate limit, not a spent quota', async () => {
    await harness().fault('search', 'status-429', 1);
    expect(await client().total('blog', 'x')).toBe(documentTotal('blog', 'x'));
    await harness().fault('search', 'status-429', 2);
    expect((await failure(client().total('blog', 'x'))).code).toBe('UPSTREAM_RATE_LIMITED');
  });

  it.each<[FaultKind, string]>([
    ['status-503', 'UPSTREAM_UNAVAILABLE'],
    ['malformed', 'UPSTREAM_UNAVAILABLE'],
    ['reset', 'UPSTREAM_UNAVAILABLE'],
  ])('turns a %s fault into %s', async (kind, code) => {
    await harness().fault('search', kind);
    expect((await failure(client().total('blog', 'x'))).code).toBe(code);
  });
});
