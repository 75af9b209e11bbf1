/**
 * Every endpoint's input, fuzzed with fast-check against a running companion (demo sandbox):
 * whatever arrives, the answer is a status below 500, or a problem+json with its code; the
 * process never falls over.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { call, type Answer } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';
import { useCompanion } from '../support/use-companion.ts';

const TOKEN = 'fuzz-token-0123456789abcdefghijklmnopqrstuv';
const companion = useCompanion({ command: 'demo', env: { AIGENC_API_TOKEN: TOKEN, AIGENC_LOG_LEVEL: 'warn' } });
const api = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };

/** Any JSON value, shapes near the real ones included. */
const json = fc.oneof(
  fc.jsonValue(),
  fc.record({ keywords: fc.oneof(fc.array(fc.string(), { maxLength: 120 }), fc.jsonValue()) }, { requiredKeys: [] }),
  fc.record(
    { urls: fc.array(fc.oneof(fc.webUrl(), fc.string()), { maxLength: 25 }), subId: fc.jsonValue() },
    {
      requiredKeys: [],
    },
  ),
  fc.record({ enabled: fc.jsonValue() }),
  fc.record({ source: fc.string(), thresholds: fc.jsonValue() }, { requiredKeys: [] }),
);
const queryValue = fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom('', '-1', '1e9', 'NaN', '%', '%zz'));

function expectHandled(answer: Answer): void {
  // Never a 500: an upstream or storage failure may answer 5xx, always with its own code.
  expect(answer.status, answer.text.slice(0, 200)).not.toBe(500);
  expect(answer.status, answer.text.slice(0, 200)).toBeLessThan(600);
  if (answer.status >= 500) {
    expect(answer.headers['content-type']).toMatch(/problem\+json/);
    expect(answer.json<{ code: string }>().code).toMatch(/^[A-Z_]+$/);
  }
  if (answer.status >= 400) {
    expect(answer.json<{ code: string }>().code).toMatch(/^[A-Z_]+$/);
    expect(answer.json<{ code: string }>().code).not.toBe('INTERNAL');
  }
}

describe('fuzzed input on every endpoint', () => {
  it('JSON bodies on the API and setup writes', async () => {
    const setup = { ...(await setupHeaders(companion().port)), 'content-type': 'application/json' };
    const targets: Array<[string, string, Record<string, string>]> = [
      ['POST', '/api/v1/keywords/metrics', api],
      ['POST', '/api/v1/coupang/deeplinks', api],
      ['PUT', '/api/v1/settings/saturation', api],
      ['POST', '/api/v1/pair', {}],
      ['PUT', '/setup/api/connections/coupang-partners', setup],
      ['PUT', '/setup/api/connections/naver-commerce/capabilities/stockSync', setup],
      ['POST', '/setup/api/connections/naver-commerce/order-probe', setup],
      ['PUT', '/setup/api/settings/saturation', setup],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), json, async ([method, path, headers], body) => {
        const answer = await call(companion().port, path, {
          method: method as 'POST' | 'PUT',
          json: body,
          headers: { ...headers, 'content-type': 'application/json' },
        });
        expectHandled(answer);
      }),
      { numRuns: 300 },
    );
  });

  it('raw bodies that are not JSON at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (body) => {
        const answer = await call(companion().port, '/api/v1/keywords/metrics', {
          method: 'POST',
          body,
          headers: { ...api, 'content-type': 'application/json' },
        });
        expectHandled(answer);
      }),
      { numRuns: 150 },
    );
  });

  it('query strings on the GET endpoints', async () => {
    const setup = await setupHeaders(companion().port);
    const targets: Array<[string, string[], Record<string, string>]> = [
      ['/api/v1/keywords/related', ['keyword', 'limit'], api],
      ['/api/v1/coupang/products', ['keyword', 'limit', 'subId'], api],
      ['/api/v1/coupang/history', ['q', 'limit'], api],
      ['/api/v1/connections', ['scope'], api],
      ['/api/v1/connectors', ['scope'], api],
      ['/api/v1/commerce/order-changes', ['from', 'to', 'expected'], api],
      ['/setup/api/catalogue', ['scope'], setup],
      ['/setup', ['lang'], {}],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        fc.array(queryValue, { minLength: 0, maxLength: 3 }),
        fc.boolean(),
        async ([path, names, headers], values, extra) => {
          const query = new URLSearchParams(values.map((v, i) => [names[i % names.length]!, v]));
          if (extra) query.set('unexpected', 'x');
          const answer = await call(companion().port, `${path}?${query.toString()}`, { headers });
          if (path === '/setup') expect(answer.status).toBe(200);
          else expectHandled(answer);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('path parameters on the setup API', async () => {
    const setup = { ...(await setupHeaders(companion().port)), 'content-type': 'application/json' };
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        async (provider, name) => {
          const path = `/setup/api/connections/${encodeURIComponent(provider)}/capabilities/${encodeURIComponent(name || 'x')}`;
          expectHandled(await call(companion().port, path, { method: 'PUT', json: { enabled: true }, headers: setup }));
          expectHandled(
            await call(companion().port, `/setup/api/pairings/${encodeURIComponent(provider)}`, {
              method: 'DELETE',
              headers: setup,
            }),
          );
        },
      ),
      { numRuns: 100 },
    );
    expect((await call(companion().port, '/api/v1/health')).status).toBe(200);
  });
});
