/**
 * The keyword API as the extension uses it, against `aigenc demo`: the contract's fields, request
 * order, the cache, validation that says what is wrong, and settings that change the grade.
 */
import { describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import {
  KeywordMetricsResponseSchema,
  RelatedKeywordsResponseSchema,
  SettingsResponseSchema,
} from '@aigenc/shared/contract';
import { call } from '../support/http.ts';
import { useCompanion } from '../support/use-companion.ts';

const TOKEN = 'keywords-api-test-token-0123456789abcdef';
const companion = useCompanion({ command: 'demo', env: { AIGENC_API_TOKEN: TOKEN } });
const headers = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };

const metrics = (body: unknown, extra: Record<string, string> = {}) =>
  call(companion().port, '/api/v1/keywords/metrics', { method: 'POST', json: body, headers: { ...headers, ...extra } });

describe('POST /api/v1/keywords/metrics', () => {
  it('answers every keyword in request order, in the contract’s shape', async () => {
    const answer = await metrics({ keywords: ['무선 이어폰', '캠핑의자', '무선이어폰'] });
    expect(answer.status).toBe(200);
    const parsed = KeywordMetricsResponseSchema.parse(answer.json());
    expect(parsed.items.map((i) => i.keyword)).toEqual(['무선 이어폰', '캠핑의자', '무선이어폰']);
    const first = parsed.items[0]!;
    expect(first.normalizedKeyword).toBe('무선이어폰');
    expect(first.searches!.total).toBe(first.searches!.pc + first.searches!.mobile);
    expect(first.saturation).toBe(Math.round((first.documents['blog']! / first.searches!.total) * 100) / 100);
    expect(first.grade).toMatch(/gold|silver|bronze|none/);
    expect(answer.headers['access-control-allow-origin']).toBe(EXTENSION_ORIGIN);
  });

  it('says cached the second time', async () => {
    await metrics({ keywords: ['노트북'] });
    const again = KeywordMetricsResponseSchema.parse((await metrics({ keywords: ['노트북'] })).json());
    expect(again.items[0]!.cached).toBe(true);
  });

  it('answers a cached lookup before the router with the bytes and headers the router gives', async () => {
    const body = { keywords: ['텀블러', '보온병'] };
    await metrics(body);
    // The exact address goes through the front door; with a query string it is the router's.
    const front = await metrics(body, { 'accept-language': 'en' });
    const routed = await call(companion().port, '/api/v1/keywords/metrics?via=router', {
      method: 'POST',
      json: body,
      headers: { ...headers, 'accept-language': 'en' },
    });
    expect(front.status).toBe(200);
    expect(front.text).toBe(routed.text);
    const { date: _frontDate, ...frontHeaders } = front.headers;
    const { date: _routedDate, ...routedHeaders } = routed.headers;
    expect(frontHeaders).toEqual(routedHeaders);
    expect(KeywordMetricsResponseSchema.parse(front.json()).items.every((item) => item.cached)).toBe(true);
  });

  it.each([
    ['no list', {}, 'keywords'],
    ['an empty list', { keywords: [] }, 'keywords'],
    ['more than 100 keywords', { keywords: Array.from({ length: 101 }, (_, i) => `k${i}`) }, 'keywords'],
    ['an empty keyword', { keywords: ['ok', '   '] }, 'keywords.[1]'],
    ['an over-long keyword', { keywords: ['x'.repeat(101)] }, 'keywords.[0]'],
    ['a number', { keywords: [42] }, 'keywords.[0]'],
    ['an unknown field', { keywords: ['ok'], extra: true }, ''],
  ])('refuses %s with 400 VALIDATION_FAILED naming the field', async (_name, body, path) => {
    const answer = await metrics(body);
    expect(answer.status).toBe(400);
    const problem = answer.json<{ code: string; issues: Array<{ path: string; message: string }> }>();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.issues.map((i) => i.path)).toContain(path);
  });

  it('answers in English when asked', async () => {
    const answer = await metrics({ keywords: [] }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(answer.json<{ detail: string }>().detail).toMatch(/not valid/);
  });
});

describe('GET /api/v1/keywords/related', () => {
  it('lists related keywords by total searches', async () => {
    const answer = await call(
      companion().port,
      `/api/v1/keywords/related?keyword=${encodeURIComponent('캠핑의자')}&limit=15`,
      { headers },
    );
    expect(answer.status).toBe(200);
    const parsed = RelatedKeywordsResponseSchema.parse(answer.json());
    expect(parsed.items).toHaveLength(15);
    const totals = parsed.items.map((i) => i.searches.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it('refuses a missing keyword and a bad limit', async () => {
    expect((await call(companion().port, '/api/v1/keywords/related', { headers })).status).toBe(400);
    expect((await call(companion().port, '/api/v1/keywords/related?keyword=x&limit=0', { headers })).status).toBe(400);
  });
});

describe('settings', () => {
  it('changes the formula and thresholds in force, and says which is used', async () => {
    const before = SettingsResponseSchema.parse((await call(companion().port, '/api/v1/settings', { headers })).json());
    expect(before.saturation).toEqual({ source: 'blog', thresholds: { gold: 0.5, silver: 1, bronze: 3 } });
    expect(before.saturationFormula).toContain('블로그 문서 수');
    const put = await call(companion().port, '/api/v1/settings/saturation', {
      method: 'PUT',
      headers,
      json: { source: 'all', thresholds: { gold: 1000, silver: 1000, bronze: 1000 } },
    });
    expect(put.status).toBe(200);
    expect(SettingsResponseSchema.parse(put.json()).saturationFormula).toContain('블로그+카페+웹+뉴스');
    const item = KeywordMetricsResponseSchema.parse((await metrics({ keywords: ['캠핑의자'] })).json()).items[0]!;
    const all = ['blog', 'cafearticle', 'webkr', 'news'].reduce((sum, t) => sum + item.documents[t]!, 0);
    expect(item.saturation).toBe(Math.round((all / item.searches!.total) * 100) / 100);
    expect(item.grade).toBe('gold');
  });

  it('refuses thresholds that do not rise', async () => {
    const answer = await call(companion().port, '/api/v1/settings/saturation', {
      method: 'PUT',
      headers,
      json: { source: 'blog', thresholds: { gold: 3, silver: 1, bronze: 0.5 } },
    });
    expect(answer.status).toBe(400);
  });
});
