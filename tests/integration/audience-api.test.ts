/**
 * Who searches and how categories move, as the extension asks for it (`GET /api/v1/keywords/audience`,
 * `GET /api/v1/shopping/categories`, `POST /api/v1/shopping/trends`) and as `aigenc audience` prints
 * it, against a companion on the official APIs' sandbox: shares from one answer per dimension, the
 * day's cache, bad input refused before any call, and Naver's own quota running out reported as quota.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { ProblemSchema } from '@aigenc/shared/contract';
import {
  KeywordAudienceResponseSchema,
  ShoppingCategoriesResponseSchema,
  ShoppingTrendsResponseSchema,
} from '@aigenc/shared/contract/audience';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { runAigencAsync, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';

const TOKEN = 'audience-api-test-token-0123456789abcdefgh';
const headers = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };
/** Naver's own (sandbox) monthly quota for these keys: enough for the suite until the last test spends it. */
const VENDOR_QUOTA = 40;

let sandbox: RunningSandbox;
let companion: CompanionProcess;

beforeAll(async () => {
  sandbox = await startSandbox({ search: { shopping: { dailyQuota: VENDOR_QUOTA, monthlyQuota: VENDOR_QUOTA } } });
  companion = await startCompanion({ env: { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN } });
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

const shoppingCalls = () =>
  Object.entries(sandbox.states.search.stats)
    .filter(([key]) => key.startsWith('shopping:'))
    .reduce((sum, [, n]) => sum + n, 0);

const audience = (query: string) => call(companion.port, `/api/v1/keywords/audience?${query}`, { headers });
const trends = (body: unknown) =>
  call(companion.port, '/api/v1/shopping/trends', { method: 'POST', headers, json: body });

describe('GET /api/v1/keywords/audience', () => {
  it('answers gender, age and device shares of shopping clicks, each set summing to 1, kept for the day', async () => {
    const answer = await audience(`keyword=${encodeURIComponent('캠핑의자')}&category=50000007`);
    expect(answer.status, answer.text).toBe(200);
    const body = KeywordAudienceResponseSchema.parse(answer.json());
    expect(body).toMatchObject({
      keyword: '캠핑의자',
      category: '50000007',
      source: 'shopping-insight',
      cached: false,
    });
    expect(body.gender!.m).toBeGreaterThan(0.6);
    expect(body.ages.reduce((sum, a) => sum + a.share, 0)).toBeCloseTo(1, 3);
    expect(body.device!.mobile).toBeGreaterThan(body.device!.pc);
    const calls = shoppingCalls();
    const again = KeywordAudienceResponseSchema.parse(
      (await audience(`keyword=${encodeURIComponent('캠핑 의자')}&category=50000007`)).json(),
    );
    expect(again.cached).toBe(true);
    expect(shoppingCalls()).toBe(calls);
  });

  it('takes a deeper category from a Naver Shopping address as well', async () => {
    const body = KeywordAudienceResponseSchema.parse(
      (await audience(`keyword=${encodeURIComponent('원피스')}&category=50000805&months=12`)).json(),
    );
    expect(body.category).toBe('50000805');
    expect(body.gender!.f).toBeGreaterThan(0.8);
  });

  it.each([
    ['a category that is not digits', 'category=abc'],
    ['a category with a script in it', `category=${encodeURIComponent('5000<script>')}`],
    ['no category', ''],
    ['months out of range', 'category=50000007&months=37'],
    ['months of zero', 'category=50000007&months=0'],
  ])('refuses %s before any call', async (_name, query) => {
    const calls = shoppingCalls();
    const refused = await audience(`keyword=${encodeURIComponent('텐트')}&${query}`);
    expect(refused.status).toBe(400);
    expect(ProblemSchema.parse(refused.json()).code).toBe('VALIDATION_FAILED');
    expect(shoppingCalls()).toBe(calls);
  });
});

describe('the Shopping Insight categories', () => {
  it('lists the top-level categories with Korean and English names, without a call', async () => {
    const calls = shoppingCalls();
    const answer = await call(companion.port, '/api/v1/shopping/categories', { headers });
    expect(answer.status).toBe(200);
    const { items } = ShoppingCategoriesResponseSchema.parse(answer.json());
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items).toContainEqual({ id: '50000007', name: '스포츠/레저', en: 'Sports and leisure' });
    expect(shoppingCalls()).toBe(calls);
  });

  it('puts up to three categories on one monthly index, 100 the highest month of any', async () => {
    const answer = await trends({ categories: ['50000007', '50000000'], months: 12 });
    expect(answer.status, answer.text).toBe(200);
    const body = ShoppingTrendsResponseSchema.parse(answer.json());
    expect(body.items.map((i) => i.category)).toEqual(['50000007', '50000000']);
    expect(body.items.every((i) => i.months.length === 12)).toBe(true);
    expect(Math.max(...body.items.flatMap((i) => i.months.map((m) => m.index)))).toBe(100);
  });

  it.each([
    ['four categories', { categories: ['50000000', '50000001', '50000002', '50000003'], months: 12 }],
    ['no category', { categories: [], months: 12 }],
    ['a category that is not digits', { categories: ['fashion'], months: 12 }],
    ['the same category twice', { categories: ['50000000', '50000000'], months: 12 }],
    ['11 months', { categories: ['50000000'], months: 11 }],
    ['37 months', { categories: ['50000000'], months: 37 }],
  ])('refuses %s before any call', async (_name, body) => {
    const calls = shoppingCalls();
    const refused = await trends(body);
    expect(refused.status).toBe(400);
    expect(ProblemSchema.parse(refused.json()).code).toBe('VALIDATION_FAILED');
    expect(shoppingCalls()).toBe(calls);
  });
});

describe('aigenc audience', () => {
  const aigenc = (args: string[], language = 'ko') =>
    runAigencAsync(['audience', ...args], companion.home, {
      ...demoEnvironment(sandbox.urls),
      AIGENC_PORT: String(companion.port),
      AIGENC_LANG: language,
    });

  it('prints the shares as a table with what they are, or the route’s JSON', async () => {
    const shown = await aigenc(['원피스', '--category', '50000000']);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('패션의류 (50000000)');
    expect(shown.stdout).toMatch(/성별\s+여성\s+\d+\.\d%/);
    expect(shown.stdout).toMatch(/20대\s+\d+\.\d%/);
    expect(shown.stdout).toContain('모든 검색의 비율이 아닙니다');
    const json = await aigenc(['텐트', '--category', '50000007', '--months', '6', '--json'], 'en');
    expect(json.status, json.stderr).toBe(0);
    const body = KeywordAudienceResponseSchema.parse(JSON.parse(json.stdout));
    expect(body.category).toBe('50000007');
  });

  it.each([['--category', 'abc'], ['--category', '50000007', '--months', '40'], ['--months', '3'], []])(
    'refuses bad usage before any call: %s %s',
    async (...usage: string[]) => {
      const calls = shoppingCalls();
      const refused = await aigenc(usage.length ? ['텐트', ...usage] : [], 'en');
      expect(refused.status).toBe(2);
      expect(refused.stderr.length).toBeGreaterThan(0);
      expect(shoppingCalls()).toBe(calls);
    },
  );
});

describe('Naver’s own Shopping Insight quota', () => {
  it('running out is reported as quota, with the words saying so', async () => {
    let last: Awaited<ReturnType<typeof audience>> | null = null;
    for (let i = 0; i < VENDOR_QUOTA; i++) {
      last = await audience(`keyword=${encodeURIComponent(`캠핑${i}`)}&category=50000007`);
      if (last.status !== 200) break;
    }
    expect(last!.status).toBe(429);
    const problem = ProblemSchema.parse(last!.json());
    expect(problem.code).toBe('UPSTREAM_QUOTA_EXHAUSTED');
    expect(problem.detail).toMatch(/쇼핑인사이트|Shopping Insight/);
  });
});
