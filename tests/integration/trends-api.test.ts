/**
 * Keyword decisions as the extension asks for them, against `aigenc demo`: estimated months in the
 * contract's shape and request order, a comparison, the day's cache, bids, and refusals in words.
 */
import { describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { KeywordBidsResponseSchema, KeywordTrendsResponseSchema, ProblemSchema } from '@aigenc/shared/contract';
import { call } from '../support/http.ts';
import { useCompanion } from '../support/use-companion.ts';

const TOKEN = 'trends-api-test-token-0123456789abcdefgh';
const companion = useCompanion({ command: 'demo', env: { AIGENC_API_TOKEN: TOKEN } });
const headers = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };

const trends = (body: unknown) =>
  call(companion().port, '/api/v1/keywords/trends', { method: 'POST', json: body, headers });

describe('POST /api/v1/keywords/trends', () => {
  it('answers up to five keywords in request order: 36 full months and the current one by default', async () => {
    const answer = await trends({ keywords: ['캠핑의자', '전기장판', '선풍기'] });
    expect(answer.status).toBe(200);
    const { items } = KeywordTrendsResponseSchema.parse(answer.json());
    expect(items.map((i) => i.keyword)).toEqual(['캠핑의자', '전기장판', '선풍기']);
    for (const item of items) {
      expect(item.found).toBe(true);
      expect(item.months).toHaveLength(37);
      expect(item.months.filter((m) => m.partial)).toHaveLength(1);
      expect(item.months.at(-1)!.partial).toBe(true);
      for (const m of item.months) expect(m.total).toBe(m.pc + m.mobile);
      expect(item.source).toBe('datalab-apihub');
      expect(item.cached).toBe(false);
    }
    // Padding peaks in winter, fans in summer.
    expect(items[1]!.seasonality!.peakMonths.some((m) => [11, 12, 1].includes(m))).toBe(true);
    expect(items[2]!.seasonality!.peakMonths.some((m) => [6, 7, 8].includes(m))).toBe(true);
    // Asked again within the day: kept, no new DataLab call.
    const again = KeywordTrendsResponseSchema.parse((await trends({ keywords: ['캠핑의자'] })).json());
    expect(again.items[0]!.cached).toBe(true);
  });

  it('takes 12 to 120 months', async () => {
    const ten = KeywordTrendsResponseSchema.parse((await trends({ keywords: ['보온병'], months: 120 })).json());
    expect(ten.items[0]!.months).toHaveLength(121);
    for (const body of [
      { keywords: ['보온병'], months: 6 },
      { keywords: ['a', 'b', 'c', 'd', 'e', 'f'] },
      { keywords: [] },
    ]) {
      const refused = await trends(body);
      expect(refused.status).toBe(400);
      expect(ProblemSchema.parse(refused.json()).code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('GET /api/v1/keywords/bids', () => {
  it('gives the bids for PC positions 1 to 10 and mobile 1 to 5 (the vendor’s ranges), kept for the day', async () => {
    const get = () =>
      call(companion().port, `/api/v1/keywords/bids?keyword=${encodeURIComponent('캠핑 의자')}`, { headers });
    const first = KeywordBidsResponseSchema.parse((await get()).json());
    expect(first.normalizedKeyword).toBe('캠핑의자');
    expect(first.pc.map((b) => b.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.mobile).toHaveLength(5);
    expect(first.pc[0]!.bid).toBeGreaterThanOrEqual(first.pc[9]!.bid);
    expect(first.cached).toBe(false);
    expect(KeywordBidsResponseSchema.parse((await get()).json()).cached).toBe(true);
    const missing = await call(companion().port, '/api/v1/keywords/bids', { headers });
    expect(missing.status).toBe(400);
  });
});
