import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../errors/index.ts';
import { DEMO_CREDENTIALS } from '../../sandbox/credentials.ts';
import { useSandbox } from '../../../test/sandbox-harness.ts';
import type { FaultKind } from '../../sandbox/wire.ts';
import { SearchAdClient, type SearchAdCredentials } from './client.ts';

const harness = useSandbox({ searchad: { minIntervalMs: 100 } });
const good = DEMO_CREDENTIALS['naver-searchad'];

function client(
  credentials: Partial<SearchAdCredentials> = {},
  extra: { intervalMs?: number; cooldownMs?: number } = {},
) {
  const h = harness();
  return new SearchAdClient({
    origin: h.sandbox.urls.searchad,
    credentials: { ...good, ...credentials },
    dispatcher: h.dispatcher,
    state: h.state,
    time: h.time,
    pacers: h.pacers,
    intervalMs: extra.intervalMs ?? 120,
    ...(extra.cooldownMs === undefined ? {} : { cooldownMs: extra.cooldownMs }),
  });
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe('Search Ad against the sandbox', () => {
  it('signs, sends hints without spaces, and parses the answer', async () => {
    const { items, transactionId } = await client().keywordTool(['무선 이어폰', '캠핑의자']);
    const keywords = items.map((i) => i.keyword);
    expect(keywords).toContain('무선이어폰');
    expect(keywords).toContain('캠핑의자');
    expect(items.length).toBeGreaterThan(20);
    expect(transactionId).toMatch(/^sandbox-/);
    const hint = items.find((i) => i.keyword === '무선이어폰')!;
    expect(hint.pc.count).toBeGreaterThanOrEqual(10);
    expect(['low', 'medium', 'high']).toContain(hint.competition);
  });

  it('reads "< 10" rows as 10 with the flag', async () => {
    const { items } = await client().keywordTool(['캠핑의자', '무선이어폰', '노트북', '러그', '레고']);
    const small = items.filter((i) => i.pc.below10 || i.mobile.below10);
    expect(small.length).toBeGreaterThan(0);
    for (const row of small) expect(row.pc.below10 ? row.pc.count : row.mobile.count).toBe(10);
  });

  it('upper-cases Latin letters and refuses more than five hints before calling', async () => {
    const { items } = await client().keywordTool(['갤럭시 s25']);
    expect(items[0]!.keyword).toBe('갤럭시S25');
    await expect(client().keywordTool(['a', 'b', 'c', 'd', 'e', 'f'])).rejects.toThrow(RangeError);
  });

  it.each([
    ['a wrong secret key', { secretKey: `${good.secretKey}x` }, 'invalid-signature', /비밀키/],
    ['a secret one byte wrong', { secretKey: good.secretKey.replace(/.$/, 'X') }, 'invalid-signature', /비밀키/],
    ['a wrong API key', { apiKey: 'nope' }, 'invalid-apikey', /API 키/],
    ['a customer id of another account', { customerId: '999' }, 'auth-failed', /고객 ID/],
  ])('says which key is wrong for %s', async (_name, credentials, code, words) => {
    const error = await failure(client(credentials).keywordTool(['캠핑의자']));
    expect(error.code).toBe('UPSTREAM_AUTH_FAILED');
    expect(error.upstreamCode).toBe(code);
    expect(error.detail?.ko).toMatch(words);
    expect(error.traceId).toMatch(/^sandbox-/);
  });

  it('is refused by the sandbox when the clock is off by more than a minute', async () => {
    const h = harness();
    const skewed = new SearchAdClient({
      origin: h.sandbox.urls.searchad,
      credentials: good,
      dispatcher: h.dispatcher,
      state: h.state,
      time: { ...h.time, now: () => h.time.now() - 120_000 },
      pacers: h.pacers,
    });
    expect((await failure(skewed.keywordTool(['캠핑의자']))).upstreamCode).toBe('invalid-timestamp');
  });

  it('reports a character Search Ad refuses in words', async () => {
    const error = await failure(client().keywordTool(['캠핑<의자>']));
    expect(error.code).toBe('UPSTREAM_REJECTED');
    expect(error.upstreamCode).toBe('7003');
  });

  it('paces calls so the sandbox limit is never hit', async () => {
    const c = client({}, { intervalMs: 120 });
    await Promise.all(['캠핑의자', '노트북', '러그', '레고', '텐트'].map((k) => c.keywordTool([k])));
    expect(harness().stats('searchad')['searchad:429']).toBeUndefined();
    expect(harness().stats('searchad')['searchad:ok']).toBe(5);
  });

  it('asks once more after a single 429 (arrival jitter at the limit), after the backoff, and answers', async () => {
    const h = harness();
    await h.fault('searchad', 'status-429', 1);
    const c = client({}, { intervalMs: 100 });
    const started = h.time.now();
    const { items } = await c.keywordTool(['캠핑의자']);
    expect(items.length).toBeGreaterThan(0);
    expect(h.stats('searchad')['GET /keywordstool']).toBe(2);
    // The second call waited the backoff Naver asks for after a 429 (six spacings).
    expect(h.time.now() - started).toBeGreaterThanOrEqual(600);
    expect(c.cooldownUntil()).toBeNull();
  });

  it('backs off on a 429 and cools down for the configured time when 429s pile up', async () => {
    const h = harness();
    await h.fault('searchad', 'status-429', 3);
    const c = client({ customerId: good.customerId }, { intervalMs: 10, cooldownMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      const error = await failure(c.keywordTool(['캠핑의자']));
      expect(error.code).toBe('UPSTREAM_RATE_LIMITED');
    }
    expect(c.cooldownUntil()).toBeGreaterThan(h.time.now() + 50_000);
    const blocked = await failure(c.keywordTool(['캠핑의자']));
    expect(blocked.upstreamCode).toBe('COOLDOWN');
    expect(blocked.retryAfterSeconds).toBeGreaterThan(50);
    // Nothing reached the sandbox during the cooldown, and it survives a new client (a restart).
    expect(h.stats('searchad')['GET /keywordstool']).toBe(3);
    expect(client().cooldownUntil()).toBe(c.cooldownUntil());
  });

  it('gives up on a call that hangs, in words, and the next call goes through', async () => {
    const h = harness();
    await h.fault('searchad', 'timeout', 1, { delayMs: 5_000 });
    const impatient = new SearchAdClient({
      origin: h.sandbox.urls.searchad,
      credentials: good,
      dispatcher: h.dispatcher,
      state: h.state,
      time: h.time,
      pacers: h.pacers,
      intervalMs: 120,
      timeoutMs: 300,
    });
    const error = await failure(impatient.keywordTool(['캠핑의자']));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.detail?.ko).toMatch(/제때 응답하지/);
    expect((await impatient.keywordTool(['캠핑의자'])).items.length).toBeGreaterThan(0);
  });

  it('survives a body that trickles in and is not a keyword list', async () => {
    await harness().fault('searchad', 'slow', 1, { delayMs: 300 });
    expect((await failure(client().keywordTool(['캠핑의자']))).upstreamCode).toBe('MALFORMED_RESPONSE');
  });

  it.each<[FaultKind, string]>([
    ['status-500', 'UPSTREAM_UNAVAILABLE'],
    ['malformed', 'UPSTREAM_UNAVAILABLE'],
    ['truncated', 'UPSTREAM_UNAVAILABLE'],
    ['reset', 'UPSTREAM_UNAVAILABLE'],
    ['redirect', 'UPSTREAM_UNAVAILABLE'],
  ])('turns a %s fault into %s', async (kind, code) => {
    await harness().fault('searchad', kind);
    expect((await failure(client().keywordTool(['캠핑의자']))).code).toBe(code);
  });
});
