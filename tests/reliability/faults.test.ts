/**
 * Vendor faults on every route and every command that calls out (429 storms, 5xx, malformed and
 * truncated JSON, slow bodies, timeouts, connection resets), against a sandbox run here: the
 * companion answers each request with its data or a problem code, never a bare 500, never a
 * crash; a command exits with words, never a stack trace; and the budgets hold (the vendor's own
 * Coupang limit is never reached, a Search Ad storm stops the calls). Which routes and commands
 * exist comes from the companion's router and command table: each is either faulted here or
 * named as reaching no vendor, and a new one fails the first test until it is one or the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { demoEnvironment, startSandbox, type FaultKind, type RunningSandbox } from '@aigenc/companion';
import { COMMANDS, ROUTES, routeKey } from '../support/coverage.ts';
import { runAigencAsync, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call, type Answer } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';
import { switchOnSellerWork } from '../support/seller-work.ts';

const TOKEN = 'faults-token-0123456789abcdefghijklmnopqrs';
const api = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };
const KINDS = ['status-500', 'status-503', 'malformed', 'truncated', 'slow', 'timeout', 'reset'] as const;
type Upstream = keyof RunningSandbox['urls'];

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
  // The Smart Store's switches on, so the seller's work reaches the vendor (each write below is a
  // dry run: it reads only).
  await switchOnSellerWork(companion.port);
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

function fault(api: Upstream, kind: FaultKind, count: number): void {
  sandbox.states[api].inject({ kind, count, delayMs: 400 });
}

function handled(answer: Answer, where: string): void {
  if (answer.status >= 400) {
    expect(answer.headers['content-type'], where).toMatch(/problem\+json/);
    expect(answer.json<{ code: string }>().code, where).toMatch(/^[A-Z_]+$/);
    expect(answer.json<{ code: string }>().code, where).not.toBe('INTERNAL');
  } else {
    expect([200, 201, 204], where).toContain(answer.status);
  }
}

const port = () => companion.port;
const get = (path: string, headers: Record<string, string> = api) => call(port(), path, { headers });
const send = (method: 'POST' | 'PUT' | 'DELETE', path: string, json: unknown, headers: Record<string, string> = api) =>
  call(port(), path, { method, json, headers: { ...headers, 'content-type': 'application/json' } });
const kw = (prefix: string) => `${prefix}${unique++}`;
const window = () => {
  const to = new Date(Date.now() - 60_000);
  return { from: new Date(to.getTime() - 3_600_000).toISOString(), to: to.toISOString() };
};
const reportDays = () => {
  const day = (offset: number) => new Date(Date.now() + 9 * 3_600_000 - offset * 86_400_000).toISOString().slice(0, 10);
  return `from=${day(8)}&to=${day(2)}`;
};

const reportSince = () => new Date(Date.now() + 9 * 3_600_000 - 9 * 86_400_000).toISOString().slice(0, 10);

/** A job's answer once the runner has met the fault: waiting, done or failed, never stuck or crashed; then cancelled. */
async function jobOutcome(created: Answer): Promise<Answer> {
  const id = created.json<{ id: string }>().id;
  let job = await get(`/api/v1/keywords/jobs/${id}`);
  for (let i = 0; i < 100 && /"status":"(queued|running)"/.test(job.text); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = await get(`/api/v1/keywords/jobs/${id}`);
  }
  expect(job.json<{ status: string }>().status).toMatch(/^(waiting|done|failed)$/);
  await send('DELETE', `/api/v1/keywords/jobs/${id}`, {});
  return job;
}

/** Each route that reaches a vendor: which one, and requests that make it call out now. */
const CALLS_OUT: Record<string, { upstream: Upstream; requests: () => Array<Promise<Answer>> }> = {
  'POST /api/v1/keywords/metrics': {
    upstream: 'searchad',
    requests: () => [send('POST', '/api/v1/keywords/metrics', { keywords: [kw('장애시험')] })],
  },
  'GET /api/v1/keywords/related': {
    upstream: 'searchad',
    requests: () => [get(`/api/v1/keywords/related?keyword=${encodeURIComponent(kw('연관장애'))}`)],
  },
  'POST /api/v1/keywords/trends': {
    upstream: 'search',
    requests: () => [send('POST', '/api/v1/keywords/trends', { keywords: [kw('트렌드장애')], months: 12 })],
  },
  'GET /api/v1/keywords/bids': {
    upstream: 'searchad',
    requests: () => [get(`/api/v1/keywords/bids?keyword=${encodeURIComponent(kw('입찰장애'))}`)],
  },
  'GET /api/v1/keywords/estimate': {
    upstream: 'searchad',
    requests: () => [get(`/api/v1/keywords/estimate?keyword=${encodeURIComponent(kw('추정장애'))}&bids=500,1000`)],
  },
  'GET /api/v1/keywords/audience': {
    upstream: 'search',
    requests: () => [get(`/api/v1/keywords/audience?keyword=${encodeURIComponent(kw('고객장애'))}&category=50000007`)],
  },
  'POST /api/v1/shopping/trends': {
    upstream: 'search',
    // Each request a span not yet kept, so each reaches the vendor.
    requests: () => [
      send('POST', '/api/v1/shopping/trends', { categories: ['50000007'], months: 12 + (unique++ % 25) }),
    ],
  },
  'POST /api/v1/keywords/jobs': {
    upstream: 'searchad',
    requests: () => [
      send('POST', '/api/v1/keywords/jobs', { keywords: [kw('작업장애'), kw('작업장애')] }).then(jobOutcome),
    ],
  },
  'POST /api/v1/keywords/jobs/:id/resume': {
    upstream: 'search',
    requests: () => [
      (async () => {
        const created = await send('POST', '/api/v1/keywords/jobs', { keywords: [kw('재개장애')] });
        const id = created.json<{ id: string }>().id;
        await send('DELETE', `/api/v1/keywords/jobs/${id}`, {});
        return jobOutcome(await send('POST', `/api/v1/keywords/jobs/${id}/resume`, {}));
      })(),
    ],
  },
  'POST /api/v1/coupang/deeplinks': {
    upstream: 'coupang',
    requests: () => [
      send('POST', '/api/v1/coupang/deeplinks', {
        urls: [`https://www.coupang.com/vp/products/${900_000 + unique++}`],
      }),
    ],
  },
  'GET /api/v1/coupang/products': {
    upstream: 'coupang',
    requests: () => [get(`/api/v1/coupang/products?keyword=${encodeURIComponent(kw('상품장애'))}`)],
  },
  'GET /api/v1/coupang/reports': {
    upstream: 'coupang',
    requests: () => [get(`/api/v1/coupang/reports?${reportDays()}&subId=${kw('s')}`)],
  },
  'GET /api/v1/commerce/order-changes': {
    upstream: 'commerce',
    requests: () => {
      const { from, to } = window();
      return [get(`/api/v1/commerce/order-changes?from=${from}&to=${to}`)];
    },
  },
  'GET /api/v1/commerce/orders': {
    upstream: 'commerce',
    requests: () => [get('/api/v1/commerce/orders?stage=to-confirm'), get('/api/v1/commerce/orders?stage=to-dispatch')],
  },
  'POST /api/v1/commerce/orders/confirm': {
    upstream: 'commerce',
    requests: () => [send('POST', '/api/v1/commerce/orders/confirm', { productOrderIds: ['2026120100000001'] })],
  },
  'POST /api/v1/commerce/orders/dispatch': {
    upstream: 'commerce',
    requests: () => [
      send('POST', '/api/v1/commerce/orders/dispatch', {
        items: [{ productOrderId: '2026120100000001', deliveryCompanyCode: 'CJGLS', trackingNumber: '641234567890' }],
      }),
    ],
  },
  'GET /api/v1/commerce/inquiries': {
    upstream: 'commerce',
    requests: () => [get('/api/v1/commerce/inquiries'), get('/api/v1/commerce/inquiries?answered=false')],
  },
  'POST /api/v1/commerce/inquiries/:kind/:id/answer': {
    upstream: 'commerce',
    requests: () => [
      send('POST', '/api/v1/commerce/inquiries/order/601120331/answer', { text: '확인 후 안내드리겠습니다.' }),
      send('POST', '/api/v1/commerce/inquiries/product/330201455/answer', { text: '네, 가능합니다.' }),
    ],
  },
  'GET /api/v1/commerce/products': {
    upstream: 'commerce',
    requests: () => [
      get('/api/v1/commerce/products'),
      get(`/api/v1/commerce/products?query=${encodeURIComponent('캠핑')}`),
    ],
  },
  'POST /api/v1/commerce/stock': {
    upstream: 'commerce',
    requests: () => [send('POST', '/api/v1/commerce/stock', { items: [{ originProductNo: 10_482_402, quantity: 5 }] })],
  },
  'POST /setup/api/connections/:provider/validate': {
    upstream: 'searchad',
    requests: () =>
      ['naver-searchad', 'naver-search', 'naver-commerce', 'coupang-partners'].map((provider) =>
        send('POST', `/setup/api/connections/${provider}/validate`, {}, setup),
      ),
  },
  'POST /setup/api/connections/:provider/order-probe': {
    upstream: 'commerce',
    requests: () => {
      const { from, to } = window();
      return [send('POST', '/setup/api/connections/naver-commerce/order-probe', { from, to }, setup)];
    },
  },
};

/** Routes that reach no vendor, and why (they read or write only what the companion keeps). */
const NO_VENDOR: Record<string, string> = {
  'GET /': 'a redirect to the setup page',
  'GET /api/v1/health': 'the companion itself',
  'POST /api/v1/pair': 'a local pairing code',
  'GET /api/v1/connections': 'stored connection states',
  'GET /api/v1/connectors': 'the registry',
  'GET /api/v1/shopping/categories': 'a list of our own (Naver publishes none)',
  'GET /api/v1/keywords/jobs': 'stored jobs',
  'GET /api/v1/keywords/jobs/:id': 'a stored job',
  'GET /api/v1/keywords/jobs/:id/results': 'stored results',
  'DELETE /api/v1/keywords/jobs/:id': 'cancels or removes a stored job',
  'GET /api/v1/coupang/history': 'stored links',
  'GET /api/v1/commerce/couriers': 'the companion’s table (the vendor has no call that lists them)',
  'GET /api/v1/settings': 'stored settings',
  'PUT /api/v1/settings/saturation': 'stored settings',
  'GET /setup': 'the page',
  'GET /setup/assets/setup.js': 'the page',
  'GET /setup/assets/setup.css': 'the page',
  'POST /setup/api/pairing-code': 'a local code',
  'GET /setup/api/pairings': 'stored pairings',
  'DELETE /setup/api/pairings/:id': 'stored pairings',
  'GET /setup/api/settings/saturation': 'stored settings',
  'PUT /setup/api/settings/saturation': 'stored settings',
  'GET /setup/api/connections': 'stored connection states',
  'GET /setup/api/catalogue': 'the registry',
  'PUT /setup/api/connections/:provider': 'keys kept paused, checked only when asked',
  'DELETE /setup/api/connections/:provider': 'a vault entry destroyed',
  'PUT /setup/api/connections/:provider/capabilities/:name': 'a stored switch (the probes it needs ran before)',
  'GET /setup/api/audit': 'the stored record',
};

/** Each command that reaches a vendor, with arguments that make it call out now. */
const COMMANDS_OUT: Record<string, { upstream: Upstream; args: () => string[] }> = {
  keywords: { upstream: 'searchad', args: () => ['keywords', kw('명령장애'), '--csv'] },
  trend: { upstream: 'search', args: () => ['trend', kw('명령트렌드'), '--json'] },
  estimate: { upstream: 'searchad', args: () => ['estimate', kw('명령추정'), '--bids', '500,1000', '--json'] },
  audience: { upstream: 'search', args: () => ['audience', kw('명령고객'), '--category', '50000007', '--json'] },
  deeplink: {
    upstream: 'coupang',
    args: () => ['deeplink', `https://www.coupang.com/vp/products/${800_000 + unique++}`],
  },
  report: { upstream: 'coupang', args: () => ['report', 'coupang', '--since', reportSince(), '--sub-id', kw('r')] },
  probe: { upstream: 'commerce', args: () => ['probe', 'naver-commerce', '--auth-only'] },
  commerce: { upstream: 'commerce', args: () => ['commerce', 'orders', '--json'] },
  doctor: { upstream: 'searchad', args: () => ['doctor', '--json'] },
};
const COMMANDS_LOCAL: Record<string, string> = {
  serve: 'the companion under test (its routes are above)',
  demo: 'a private sandbox, never a vendor',
  sandbox: 'the emulator itself',
  pair: 'a local pairing code',
  service: 'writes a login item, calls nothing',
};

describe('vendor faults', () => {
  it('every route and every command is either faulted here or named as reaching no vendor', () => {
    const routes = ROUTES.map(routeKey);
    expect(routes.filter((key) => !(key in CALLS_OUT) && !(key in NO_VENDOR))).toEqual([]);
    expect([...Object.keys(CALLS_OUT), ...Object.keys(NO_VENDOR)].filter((key) => !routes.includes(key))).toEqual([]);
    expect(COMMANDS.filter((name) => !(name in COMMANDS_OUT) && !(name in COMMANDS_LOCAL))).toEqual([]);
    expect([...Object.keys(COMMANDS_OUT), ...Object.keys(COMMANDS_LOCAL)].filter((n) => !COMMANDS.includes(n))).toEqual(
      [],
    );
  });

  it.each(KINDS.flatMap((kind) => Object.keys(CALLS_OUT).map((route) => [route, kind] as const)))(
    '%s with its vendor answering %s',
    async (route, kind) => {
      const { upstream, requests } = CALLS_OUT[route]!;
      fault(upstream, kind, 3);
      for (const answer of await Promise.all(requests()))
        handled(answer, `${route} ${kind}: ${answer.text.slice(0, 160)}`);
      expect((await get('/api/v1/health')).status).toBe(200);
      for (const state of Object.values(sandbox.states)) state.clearFaults();
    },
  );

  it.each(
    Object.keys(COMMANDS_OUT).flatMap((name) => (['status-500', 'malformed'] as const).map((k) => [name, k] as const)),
  )('aigenc %s with its vendor answering %s: words and an exit code, no stack trace', async (name, kind) => {
    const { upstream, args } = COMMANDS_OUT[name]!;
    fault(upstream, kind, 3);
    const run = await runAigencAsync(args(), companion.home, {
      ...demoEnvironment(sandbox.urls),
      AIGENC_PORT: String(companion.port),
      AIGENC_SEARCHAD_INTERVAL_MS: '100',
      AIGENC_LANG: 'en',
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect([0, 1], output).toContain(run.status);
    expect(output).not.toMatch(/\n\s+at .+[(:]\d+/);
    expect(output).not.toMatch(/\bINTERNAL\b|failed \((TypeError|Error|RangeError|SyntaxError)\)/);
    for (const state of Object.values(sandbox.states)) state.clearFaults();
  });

  it('a 429 storm on Search Ad cools every call down: the vendor hears nothing more', async () => {
    fault('searchad', 'status-429', 3);
    for (let i = 0; i < 3; i++) {
      handled(await send('POST', '/api/v1/keywords/metrics', { keywords: [`폭주${i}`] }), 'storm');
    }
    const before = sandbox.states.searchad.stats['GET /keywordstool'] ?? 0;
    const cooled = await send('POST', '/api/v1/keywords/metrics', { keywords: ['폭주뒤'] });
    expect(cooled.status).toBe(429);
    expect(cooled.json<{ code: string; retryAfterSeconds: number }>()).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED' });
    expect(sandbox.states.searchad.stats['GET /keywordstool'] ?? 0).toBe(before);
  });

  it('product searches stop at the hourly budget before the vendor refuses them', async () => {
    for (let i = 0; i < 14; i++) {
      handled(await get(`/api/v1/coupang/products?keyword=${encodeURIComponent(`예산${i}`)}`), 'budget');
    }
    expect(sandbox.states.coupang.stats['coupang:search'] ?? 0).toBeLessThanOrEqual(10);
    expect(sandbox.states.coupang.stats['coupang:429']).toBeUndefined();
  });
});
