/**
 * A soak: 20,000 mixed requests (cached lookups, links, lists, settings, health) against one
 * companion. Every answer is a 200 and its memory grows by less than 10 MB, the goal the bench
 * holds the companion to. RSS saw-tooths by up to 25 MB between V8's collections, and a tooth's top
 * is garbage not yet collected, not growth: what grows is the floor. So RSS is sampled every 250
 * requests (after a warm-up), and the lowest sample of the first quarter is set against the lowest
 * of the last quarter.
 */
import { Pool } from 'undici';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { call } from '../support/http.ts';
import { rssMb } from '../support/memory.ts';
import { useCompanion } from '../support/use-companion.ts';

const TOKEN = 'soak-token-0123456789abcdefghijklmnopqrstuv';
const companion = useCompanion({ command: 'demo', env: { AIGENC_API_TOKEN: TOKEN, AIGENC_LOG_LEVEL: 'warn' } });
const headers = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN, 'content-type': 'application/json' };

const MIX: Array<{ path: string; method: 'GET' | 'POST'; body?: string }> = [
  { path: '/api/v1/keywords/metrics', method: 'POST', body: JSON.stringify({ keywords: ['캠핑의자', '보온병'] }) },
  { path: `/api/v1/keywords/related?keyword=${encodeURIComponent('캠핑의자')}&limit=50`, method: 'GET' },
  {
    path: '/api/v1/coupang/deeplinks',
    method: 'POST',
    body: JSON.stringify({ urls: ['https://www.coupang.com/vp/products/1', 'https://www.coupang.com/np/goldbox'] }),
  },
  { path: '/api/v1/coupang/history?limit=20', method: 'GET' },
  { path: '/api/v1/connections?scope=all', method: 'GET' },
  { path: '/api/v1/settings', method: 'GET' },
  { path: '/api/v1/health', method: 'GET' },
];

async function mixed(origin: string, total: number): Promise<Record<number, number>> {
  const pool = new Pool(origin, { connections: 8 });
  const statuses: Record<number, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < total) {
        const request = MIX[next++ % MIX.length]!;
        const response = await pool.request({ ...request, headers, body: request.body ?? null });
        await response.body.dump();
        statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
      }
    }),
  );
  await pool.close();
  return statuses;
}

describe('soak', () => {
  it('20,000 mixed requests: all answered, memory flat', async () => {
    const { port, url, child } = companion();
    // Fill the caches the mix reads from.
    await call(port, '/api/v1/keywords/metrics', {
      method: 'POST',
      json: { keywords: ['캠핑의자', '보온병'] },
      headers,
    });
    // V8 grows its heap to a plateau over the first ~10,000 requests; the soak starts after that.
    await mixed(url, 10_000);
    const samples: number[] = [];
    const statuses: Record<number, number> = {};
    for (let chunk = 0; chunk < 80; chunk++) {
      for (const [status, n] of Object.entries(await mixed(url, 250))) {
        statuses[Number(status)] = (statuses[Number(status)] ?? 0) + n;
      }
      samples.push(rssMb(child.pid!));
    }
    const floor = (values: number[]) => Math.min(...values);
    const before = floor(samples.slice(0, 20));
    const after = floor(samples.slice(-20));
    // Printed first, so a failing run shows its figures too.
    const every = (values: number[]) => values.filter((_, i) => i % 8 === 0).map((v) => v.toFixed(0));
    process.stdout.write(
      `soak: RSS ${every(samples).join(' ')} MB (every 2,000 requests); floor ${before.toFixed(1)} → ` +
        `${after.toFixed(1)} MB, growth ${(after - before).toFixed(1)} MB (limit 10, the bench's goal)\n`,
    );
    expect(statuses).toEqual({ 200: 20_000 });
    expect(after - before).toBeLessThan(10);
  });
});
