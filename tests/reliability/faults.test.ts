/**
 * Vendor faults on every endpoint that calls out (429 storms, 5xx, malformed and truncated JSON,
 * slow bodies, timeouts, connection resets), against a sandbox run here: the companion answers
 * each request with its data or a problem code, never a bare 500, never a crash; and the budgets
 * hold (the vendor's own Coupang limit is never reached, a Search Ad storm stops the calls).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { demoEnvironment, startSandbox, type FaultKind, type RunningSandbox } from '@aigenc/companion';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call, type Answer } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';

const TOKEN = 'faults-token-0123456789abcdefghijklmnopqrs';
const api = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };
const KINDS = ['status-500', 'status-503', 'malformed', 'truncated', 'slow', 'timeout', 'reset'] as const;

let sandbox: RunningSandbox;
let companion: CompanionProcess;
let setup: Record<string, string>;
let unique = 0;

beforeAll(async () => {
  sandbox = await startSandbox({ searchad: { minIntervalMs: 100 } });
  companion = await startCompanion({
    env: { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN, AIGENC_SEARCHAD_INTERVAL_MS: '100' },
  });
  setup = { ...(await setupHeaders(companion.port)), 'content-type': 'application/json' };
  // The Smart Store token check, so order reads are allowed.
  await call(companion.port, '/setup/api/connections/naver-commerce/validate', {
    method: 'POST',
    json: {},
    headers: setup,
  });
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

function fault(api: keyof RunningSandbox['urls'], kind: FaultKind, count: number): void {
  sandbox.states[api].inject({ kind, count, delayMs: 400 });
}

function handled(answer: Answer, where: string): void {
  if (answer.status >= 500 || answer.status >= 400) {
    expect(answer.headers['content-type'], where).toMatch(/problem\+json/);
    expect(answer.json<{ code: string }>().code, where).toMatch(/^[A-Z_]+$/);
    expect(answer.json<{ code: string }>().code, where).not.toBe('INTERNAL');
  } else {
    expect(answer.status, where).toBe(200);
  }
}

const requests = {
  searchad: () => [
    call(companion.port, '/api/v1/keywords/metrics', {
      method: 'POST',
      json: { keywords: [`장애시험${unique++}`] },
      headers: api,
    }),
    call(companion.port, `/api/v1/keywords/related?keyword=${encodeURIComponent(`연관장애${unique++}`)}`, {
      headers: api,
    }),
  ],
  search: () => [
    call(companion.port, '/api/v1/keywords/metrics', {
      method: 'POST',
      json: { keywords: [`문서장애${unique++}`] },
      headers: api,
    }),
  ],
  coupang: () => [
    call(companion.port, '/api/v1/coupang/deeplinks', {
      method: 'POST',
      json: { urls: [`https://www.coupang.com/vp/products/${900_000 + unique++}`] },
      headers: api,
    }),
  ],
  commerce: () => {
    const to = new Date(Date.now() - 60_000);
    const from = new Date(to.getTime() - 3_600_000);
    return [
      call(companion.port, `/api/v1/commerce/order-changes?from=${from.toISOString()}&to=${to.toISOString()}`, {
        headers: api,
      }),
    ];
  },
};

describe('vendor faults', () => {
  it.each(KINDS.flatMap((kind) => Object.keys(requests).map((target) => [target, kind] as const)))(
    '%s answering %s',
    async (target, kind) => {
      fault(target as keyof RunningSandbox['urls'], kind, 3);
      for (const answer of await Promise.all(requests[target as keyof typeof requests]())) {
        handled(answer, `${target} ${kind}: ${answer.text.slice(0, 160)}`);
      }
      expect((await call(companion.port, '/api/v1/health')).status).toBe(200);
    },
  );

  it('a 429 storm on Search Ad cools every call down: the vendor hears nothing more', async () => {
    fault('searchad', 'status-429', 3);
    for (let i = 0; i < 3; i++) {
      handled(
        await call(companion.port, '/api/v1/keywords/metrics', {
          method: 'POST',
          json: { keywords: [`폭주${i}`] },
          headers: api,
        }),
        'storm',
      );
    }
    const before = sandbox.states.searchad.stats['GET /keywordstool'] ?? 0;
    const cooled = await call(companion.port, '/api/v1/keywords/metrics', {
      method: 'POST',
      json: { keywords: ['폭주뒤'] },
      headers: api,
    });
    expect(cooled.status).toBe(429);
    expect(cooled.json<{ code: string; retryAfterSeconds: number }>()).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED' });
    expect(sandbox.states.searchad.stats['GET /keywordstool'] ?? 0).toBe(before);
  });

  it('product searches stop at the hourly budget before the vendor refuses them', async () => {
    for (let i = 0; i < 14; i++) {
      handled(
        await call(companion.port, `/api/v1/coupang/products?keyword=${encodeURIComponent(`예산${i}`)}`, {
          headers: api,
        }),
        'budget',
      );
    }
    expect(sandbox.states.coupang.stats['coupang:search'] ?? 0).toBeLessThanOrEqual(10);
    expect(sandbox.states.coupang.stats['coupang:429']).toBeUndefined();
  });
});
