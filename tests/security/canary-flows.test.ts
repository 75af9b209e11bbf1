/**
 * The canary test across every route and every command, with the keys where a user puts them:
 * unique canary secrets entered on the setup page into every vault slot (and a pre-shared API
 * token), a sandbox that accepts exactly those keys, then every route the companion's router has
 * (connect, validate, same keys, a wrong key, keyword metrics, related keywords, trends, bids, bulk
 * jobs, Coupang links, products, history and reports, the Smart Store token, order probe and
 * capability, settings, pairing, the setup page) and every command of the CLI's table, and input
 * that carries a canary. A route or command without a flow here fails the coverage test. Afterwards
 * stdout, stderr, the log files, every response, every command's output and every file of the data
 * directory (SQLite -wal included) are searched for each canary in every encoding: zero hits.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { sandboxOverrides, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { runAigencAsync, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { COMMANDS, RouteLog } from '../support/coverage.ts';
import { call, type Answer, type Call } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';
import { bcryptCanary, canary, encodings, filesUnder } from '../support/leak-search.ts';

// Fresh for each run, so no secret-shaped text sits in the repository.
const c = (name: string) => canary(`vault-${name}`);
const KEYS = {
  'naver-searchad': { apiKey: c('searchad-apikey'), secretKey: c('searchad-secret'), customerId: '7654321' },
  'naver-search': { clientId: c('search-id'), clientSecret: c('search-secret'), kind: 'legacy' },
  'naver-commerce': {
    clientId: c('commerce-id'),
    clientSecret: bcryptCanary(),
    tokenType: 'SELF',
  },
  'coupang-partners': { accessKey: c('coupang-access'), secretKey: c('coupang-secret'), subId: 'canary' },
} as const;
const API_TOKEN = c('api-token-0123456789abcdef');
const SECRETS: Record<string, string> = {
  'searchad apiKey': KEYS['naver-searchad'].apiKey,
  'searchad secretKey': KEYS['naver-searchad'].secretKey,
  'search clientId': KEYS['naver-search'].clientId,
  'search clientSecret': KEYS['naver-search'].clientSecret,
  'commerce clientId': KEYS['naver-commerce'].clientId,
  'commerce clientSecret (bcrypt)': KEYS['naver-commerce'].clientSecret,
  'coupang accessKey': KEYS['coupang-partners'].accessKey,
  'coupang secretKey': KEYS['coupang-partners'].secretKey,
  'a wrong secret entered once': c('wrong-secret'),
  'API token': API_TOKEN,
};

let sandbox: RunningSandbox;
let companion: CompanionProcess;
const responses: Answer[] = [];
const labelled = new Map<string, Answer>();
const reached = new RouteLog();
const cliOutput: string[] = [];
const commandsRun = new Set<string>();

/** Korean calendar days, `offset` days before today. */
const koreanDay = (offset: number) =>
  new Date(Date.now() + 9 * 3_600_000 - offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  sandbox = await startSandbox({
    searchad: { accounts: [KEYS['naver-searchad']], minIntervalMs: 100 },
    search: { accounts: [KEYS['naver-search']] },
    commerce: { accounts: [KEYS['naver-commerce']] },
    coupang: { accounts: [KEYS['coupang-partners']] },
  });
  const overrides = sandboxOverrides(sandbox.urls);
  const env = { ...overrides, AIGENC_API_TOKEN: API_TOKEN, AIGENC_SEARCHAD_INTERVAL_MS: '100' };
  companion = await startCompanion({ env });
  const port = companion.port;
  /** One request: kept for the leak search, its route noted, and under `label` for the checks. */
  const record = async (label: string, path: string, options: Call = {}) => {
    const answer = await call(port, path, options).catch((error: unknown) => {
      throw new Error(`${label} failed: ${String(error)}\n${companion.stderr()}`);
    });
    responses.push(answer);
    labelled.set(label, answer);
    reached.add(options.method ?? 'GET', path);
    return answer;
  };
  const setup = { ...(await setupHeaders(port)), 'content-type': 'application/json' };
  const api = { authorization: `Bearer ${API_TOKEN}`, origin: EXTENSION_ORIGIN };
  const apiJson = { ...api, 'content-type': 'application/json' };

  // The setup page itself, and the address that leads to it.
  await record('root', '/');
  await record('page', '/setup');
  await record('script', '/setup/assets/setup.js');
  await record('style', '/setup/assets/setup.css');

  // Connect and validate every connector through the setup page's API.
  for (const [provider, keys] of Object.entries(KEYS)) {
    await record(`connect ${provider}`, `/setup/api/connections/${provider}`, {
      method: 'PUT',
      json: keys,
      headers: setup,
    });
    await record(`validate ${provider}`, `/setup/api/connections/${provider}/validate`, {
      method: 'POST',
      json: {},
      headers: setup,
    });
  }
  await record('same keys', '/setup/api/connections/coupang-partners', {
    method: 'PUT',
    json: KEYS['coupang-partners'],
    headers: setup,
  });
  await record('catalogue', '/setup/api/catalogue?scope=all', { headers: setup });
  await record('setup connections', '/setup/api/connections?scope=all', { headers: setup });

  // Pairing: a code from the setup page, the extension's exchange, the list, a revocation.
  const code = (
    await record('pairing code', '/setup/api/pairing-code', { method: 'POST', json: {}, headers: setup })
  ).json<{
    code: string;
  }>().code;
  await record('pair', '/api/v1/pair', {
    method: 'POST',
    json: { code, label: 'canary browser' },
    headers: { origin: EXTENSION_ORIGIN, 'content-type': 'application/json' },
  });
  const pairings = (await record('pairings', '/setup/api/pairings', { headers: setup })).json<{
    pairings: Array<{ id: string }>;
  }>().pairings;
  await record('revoke', `/setup/api/pairings/${pairings[0]?.id ?? 'none'}`, { method: 'DELETE', headers: setup });

  // The product's flows.
  await record('health', '/api/v1/health');
  await record('metrics', '/api/v1/keywords/metrics', {
    method: 'POST',
    json: { keywords: ['캠핑의자', '보온병'] },
    headers: api,
  });
  await record('related', `/api/v1/keywords/related?keyword=${encodeURIComponent('캠핑의자')}`, { headers: api });
  await record('trends', '/api/v1/keywords/trends', {
    method: 'POST',
    json: { keywords: ['캠핑의자'], months: 12 },
    headers: api,
  });
  await record('bids', `/api/v1/keywords/bids?keyword=${encodeURIComponent('캠핑의자')}`, { headers: api });
  await record('estimate', `/api/v1/keywords/estimate?keyword=${encodeURIComponent('캠핑의자')}&bids=500,1000`, {
    headers: api,
  });
  await record('audience', `/api/v1/keywords/audience?keyword=${encodeURIComponent('캠핑의자')}&category=50000007`, {
    headers: api,
  });
  await record('categories', '/api/v1/shopping/categories', { headers: api });
  await record('category trends', '/api/v1/shopping/trends', {
    method: 'POST',
    json: { categories: ['50000007', '50000000'], months: 12 },
    headers: api,
  });
  const job = (
    await record('job', '/api/v1/keywords/jobs', {
      method: 'POST',
      json: { keywords: ['텐트', '침낭', '랜턴'] },
      headers: api,
    })
  ).json<{ id: string }>().id;
  await record('job cancel', `/api/v1/keywords/jobs/${job}`, { method: 'DELETE', headers: apiJson });
  await record('job resume', `/api/v1/keywords/jobs/${job}/resume`, { method: 'POST', json: {}, headers: api });
  for (let i = 0; i < 100; i++) {
    const state = await record('job state', `/api/v1/keywords/jobs/${job}`, { headers: api });
    if (state.json<{ status: string }>().status === 'done') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await record('jobs', '/api/v1/keywords/jobs', { headers: api });
  await record('job results', `/api/v1/keywords/jobs/${job}/results`, { headers: api });
  await record('job csv', `/api/v1/keywords/jobs/${job}/results?format=csv`, { headers: api });
  await record('job remove', `/api/v1/keywords/jobs/${job}?remove=true`, { method: 'DELETE', headers: apiJson });
  await record('deeplinks', '/api/v1/coupang/deeplinks', {
    method: 'POST',
    json: { urls: ['https://www.coupang.com/vp/products/1?itemId=2'], title: '캐너리 상품' },
    headers: api,
  });
  await record('products', `/api/v1/coupang/products?keyword=${encodeURIComponent('텐트')}`, { headers: api });
  await record('history', '/api/v1/coupang/history', { headers: api });
  await record('reports', `/api/v1/coupang/reports?from=${koreanDay(8)}&to=${koreanDay(2)}`, { headers: api });
  const to = new Date(Date.now() - 60_000);
  const from = new Date(to.getTime() - 26 * 3_600_000);
  await record(
    'order changes',
    `/api/v1/commerce/order-changes?from=${from.toISOString()}&to=${to.toISOString()}&expected=1`,
    {
      headers: api,
    },
  );
  await record('order probe', '/setup/api/connections/naver-commerce/order-probe', {
    method: 'POST',
    json: { from: from.toISOString(), to: to.toISOString() },
    headers: setup,
  });
  await record('capability', '/setup/api/connections/naver-commerce/capabilities/stockSync', {
    method: 'PUT',
    json: { enabled: true },
    headers: setup,
  });
  for (const capability of ['orderConfirmation', 'shippingInvoice', 'csAnswers'])
    await record(`capability ${capability}`, `/setup/api/connections/naver-commerce/capabilities/${capability}`, {
      method: 'PUT',
      json: { enabled: true },
      headers: setup,
    });
  // The seller's work, real runs included: the keys sign each call, and no answer or log shows them.
  const waiting = (await record('commerce orders', '/api/v1/commerce/orders?stage=to-confirm', { headers: api })).json<{
    items: { productOrderId: string }[];
  }>().items;
  await record('confirm', '/api/v1/commerce/orders/confirm', {
    method: 'POST',
    json: { productOrderIds: [waiting[0]!.productOrderId], dryRun: false },
    headers: api,
  });
  await record('couriers', '/api/v1/commerce/couriers', { headers: api });
  await record('dispatch', '/api/v1/commerce/orders/dispatch', {
    method: 'POST',
    json: {
      items: [
        { productOrderId: waiting[0]!.productOrderId, deliveryCompanyCode: 'CJGLS', trackingNumber: '641200009999' },
      ],
      dryRun: false,
    },
    headers: api,
  });
  const inquiry = (await record('inquiries', '/api/v1/commerce/inquiries?answered=false', { headers: api })).json<{
    items: { kind: string; id: string }[];
  }>().items[0]!;
  await record('answer', `/api/v1/commerce/inquiries/${inquiry.kind}/${inquiry.id}/answer`, {
    method: 'POST',
    json: { text: '확인해 보고 오늘 안에 다시 안내드리겠습니다.', dryRun: false },
    headers: api,
  });
  await record('commerce products', '/api/v1/commerce/products', { headers: api });
  await record('stock', '/api/v1/commerce/stock', {
    method: 'POST',
    json: { items: [{ originProductNo: 10_482_402, quantity: 16 }], dryRun: false },
    headers: api,
  });
  await record('audit', '/setup/api/audit', { headers: setup });
  await record('connectors', '/api/v1/connectors?scope=all', { headers: api });
  await record('connections', '/api/v1/connections?scope=all', { headers: api });
  const settings = (await record('settings', '/api/v1/settings', { headers: api })).json<{ saturation: unknown }>();
  await record('save settings', '/api/v1/settings/saturation', {
    method: 'PUT',
    json: settings.saturation,
    headers: api,
  });
  await record('setup settings', '/setup/api/settings/saturation', { headers: setup });
  await record('setup save settings', '/setup/api/settings/saturation', {
    method: 'PUT',
    json: settings.saturation,
    headers: setup,
  });

  // Input that carries a canary: refused without echo.
  await record('surplus field', '/setup/api/connections/naver-search', {
    method: 'PUT',
    json: { ...KEYS['naver-search'], surplus: KEYS['coupang-partners'].secretKey },
    headers: setup,
  });
  await record('broken body', '/setup/api/connections/coupang-partners', {
    method: 'PUT',
    body: `{"accessKey":"${KEYS['coupang-partners'].accessKey}","secretKey":`,
    headers: setup,
  });
  await record('secret as keyword', '/api/v1/keywords/metrics', {
    method: 'POST',
    json: { keywords: [KEYS['naver-searchad'].secretKey.repeat(5)] },
    headers: api,
  });

  // Every command of the CLI's table reads the same vault (serve is the companion above; the two
  // that serve until stopped are stopped after a few seconds).
  const cliEnv = { ...overrides, AIGENC_SEARCHAD_INTERVAL_MS: '100', AIGENC_PORT: String(port) };
  const runs: Array<[string, string[], number?]> = [
    ['keywords', ['keywords', '무선 이어폰', '--csv']],
    ['deeplink', ['deeplink', 'https://m.coupang.com/vm/products/9', '--json']],
    ['probe', ['probe', 'naver-commerce', '--auth-only']],
    ['probe', ['probe', 'naver-commerce', '--since', from.toISOString(), '--until', to.toISOString(), '--json']],
    ['trend', ['trend', '캠핑의자', '--json']],
    ['estimate', ['estimate', '캠핑의자', '--bids', '500,1000', '--json']],
    ['audience', ['audience', '원피스', '--category', '50000000', '--json']],
    ['commerce', ['commerce', 'orders', '--json']],
    ['commerce', ['commerce', 'stock', '10482402=12', '--apply']],
    ['report', ['report', 'coupang', '--since', koreanDay(8), '--until', koreanDay(2), '--json']],
    ['doctor', ['doctor', '--json']],
    ['service', ['service', 'install', '--dry-run']],
    ['pair', ['pair']],
    ['demo', ['demo'], 6_000],
    ['sandbox', ['sandbox'], 4_000],
  ];
  for (const [name, args, timeoutMs] of runs) {
    // Those that serve take a port of their own; the others find the companion on its port.
    const env = timeoutMs ? { ...cliEnv, AIGENC_PORT: '0' } : cliEnv;
    const run = await runAigencAsync(args, companion.home, env, timeoutMs ? { timeoutMs } : {});
    commandsRun.add(name);
    cliOutput.push(`${args.join(' ')} → ${run.timedOut ? 'stopped' : run.status}\n${run.stdout}\n${run.stderr}`);
  }
  commandsRun.add('serve');

  // A wrong secret, entered once and replaced: the vault entry it had is destroyed.
  await record('wrong secret', '/setup/api/connections/coupang-partners', {
    method: 'PUT',
    json: { ...KEYS['coupang-partners'], secretKey: SECRETS['a wrong secret entered once'] },
    headers: setup,
  });
  await record('wrong secret validated', '/setup/api/connections/coupang-partners/validate', {
    method: 'POST',
    json: {},
    headers: setup,
  });
  await record('right secret again', '/setup/api/connections/coupang-partners', {
    method: 'PUT',
    json: KEYS['coupang-partners'],
    headers: setup,
  });
  await record('disconnect', '/setup/api/connections/naver-search', { method: 'DELETE', headers: setup });
  expect(await companion.stop()).toBe(0);
}, 180_000);
afterAll(async () => {
  companion.cleanup();
  await sandbox.close();
});

const status = (label: string) => labelled.get(label)?.status;

describe('canary secrets in the vault, every route and every command', () => {
  it('every route of the companion’s router and every command of the CLI’s table ran with the canary keys', () => {
    expect(reached.uncovered()).toEqual([]);
    expect(COMMANDS.filter((name) => !commandsRun.has(name))).toEqual([]);
  });

  it('the flows really ran', () => {
    for (const provider of Object.keys(KEYS)) {
      expect(status(`connect ${provider}`), provider).toBe(200);
      expect(labelled.get(`validate ${provider}`)!.json<{ status: string }>().status, provider).toBe('ACTIVE');
    }
    expect(labelled.get('same keys')!.json<{ keysUnchanged: boolean }>().keysUnchanged).toBe(true);
    for (const label of [
      'metrics',
      'related',
      'trends',
      'bids',
      'estimate',
      'audience',
      'categories',
      'category trends',
      'job results',
      'job csv',
      'deeplinks',
      'products',
    ])
      expect(status(label), label).toBe(200);
    expect(status('pair')).toBe(201);
    for (const label of ['history', 'reports', 'order changes', 'order probe', 'capability', 'audit'])
      expect(status(label), label).toBe(200);
    for (const label of ['commerce orders', 'couriers', 'inquiries', 'commerce products'])
      expect(status(label), label).toBe(200);
    for (const label of ['confirm', 'dispatch', 'stock'])
      expect(labelled.get(label)!.json<{ items: { status: string }[] }>().items[0]!.status, label).toBe('applied');
    expect(labelled.get('answer')!.json<{ status: string }>().status).toBe('applied');
    expect(labelled.get('job state')!.json<{ status: string }>().status).toBe('done');
    expect(status('job remove')).toBe(204);
    expect(status('revoke')).toBe(204);
    expect([status('surplus field'), status('broken body'), status('secret as keyword')]).toEqual([400, 400, 400]);
    expect(labelled.get('wrong secret validated')!.json<{ status: string }>().status).toBe('ERROR');
    expect(status('disconnect')).toBe(204);
    expect(cliOutput.map((o) => o.split('\n')[0])).toEqual([
      'keywords 무선 이어폰 --csv → 0',
      'deeplink https://m.coupang.com/vm/products/9 --json → 0',
      'probe naver-commerce --auth-only → 0',
      expect.stringMatching(/^probe naver-commerce --since .* --json → 0$/),
      'trend 캠핑의자 --json → 0',
      'estimate 캠핑의자 --bids 500,1000 --json → 0',
      'audience 원피스 --category 50000000 --json → 0',
      'commerce orders --json → 0',
      'commerce stock 10482402=12 --apply → 0',
      expect.stringMatching(/^report coupang --since .* --json → 0$/),
      expect.stringMatching(/^doctor --json → [01]$/),
      'service install --dry-run → 0',
      'pair → 0',
      'demo → stopped',
      'sandbox → stopped',
    ]);
  });

  it.each(Object.keys(SECRETS))('%s appears nowhere: output, logs, responses, data directory', (name) => {
    const forms = encodings(SECRETS[name]!);
    const places: Array<[string, string]> = [
      ['stdout', companion.stdout()],
      ['stderr', companion.stderr()],
      ...cliOutput.map((text, i): [string, string] => [`cli ${i}`, text]),
      ...responses.map((r, i): [string, string] => [`response ${i}`, JSON.stringify(r.headers) + r.text]),
      ...filesUnder(companion.home).map((path): [string, string] => [path, readFileSync(path).toString('latin1')]),
    ];
    const hits = places.flatMap(([where, text]) =>
      forms.filter((form) => text.includes(form)).map((form) => `${where}: ${form}`),
    );
    expect(hits).toEqual([]);
  });
});
