/**
 * Old answers when the vendors fail: a companion fills its cache, stops, and comes back a day
 * later (its clock moved forward) to vendors that fail. The keyword and the product search are
 * answered from the cache, marked stale, instead of an error.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { REPO_ROOT, startCompanion } from '../support/companion.ts';
import { call } from '../support/http.ts';

const TOKEN = 'stale-token-0123456789abcdefghijklmnopqrst';
const api = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };
const DAY_AND_A_BIT = 25 * 3_600_000;

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('the last known answer, marked stale', () => {
  it('is served a day later when the vendors fail', async () => {
    const env = { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN };
    const first = await startCompanion({ env });
    const metrics = () =>
      call(port, '/api/v1/keywords/metrics', { method: 'POST', json: { keywords: ['보온병'] }, headers: api });
    const products = () =>
      call(port, `/api/v1/coupang/products?keyword=${encodeURIComponent('보온병')}`, { headers: api });
    let port = first.port;
    const fresh = await metrics();
    expect(fresh.json<{ items: { stale?: boolean }[] }>().items[0]!.stale).toBeUndefined();
    expect((await products()).status).toBe(200);
    await first.stop();

    const later = await startCompanion({
      env: { ...env, AIGENC_TEST_CLOCK_SHIFT_MS: String(DAY_AND_A_BIT) },
      home: first.home,
      nodeArgs: ['--require', join(REPO_ROOT, 'tests', 'support', 'shifted-clock.cjs')],
    });
    try {
      port = later.port;
      for (const target of ['searchad', 'search', 'coupang'] as const) {
        sandbox.states[target].inject({ kind: 'status-503', count: 20 });
      }
      const old = await metrics();
      expect(old.status).toBe(200);
      expect(old.json<{ items: { stale?: boolean; cached: boolean; error?: unknown }[] }>().items[0]).toMatchObject({
        stale: true,
        cached: true,
      });
      const oldProducts = await products();
      expect(oldProducts.status).toBe(200);
      expect(oldProducts.json<{ stale?: boolean; cached: boolean }>()).toMatchObject({ stale: true, cached: true });
    } finally {
      await later.stop();
      later.cleanup();
    }
  });
});
