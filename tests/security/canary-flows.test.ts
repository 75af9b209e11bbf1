/**
 * The canary test across every flow, with the keys where a user puts them: unique canary secrets
 * entered on the setup page into every vault slot (and a pre-shared API token), a sandbox that
 * accepts exactly those keys, then every flow: connect, validate, same keys, a wrong key, keyword
 * metrics and related keywords, Coupang links, products and history, the Smart Store token, order
 * probe and capability, the CLI commands, and input that carries a canary. Afterwards stdout,
 * stderr, the log files, every response and every file of the data directory (SQLite -wal
 * included) are searched for each canary in every encoding: zero hits.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { sandboxOverrides, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { runAigencAsync, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call, type Answer } from '../support/http.ts';
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
const cliOutput: string[] = [];

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
  const record = async (promise: Promise<Answer>) => {
    const answer = await promise.catch((error: unknown) => {
      throw new Error(`request ${responses.length} failed: ${String(error)}\n${companion.stderr()}`);
    });
    responses.push(answer);
    return answer;
  };
  const port = companion.port;
  const setup = { ...(await setupHeaders(port)), 'content-type': 'application/json' };
  const api = { authorization: `Bearer ${API_TOKEN}`, origin: EXTENSION_ORIGIN };

  // Connect and validate every connector through the setup page's API.
  for (const [provider, keys] of Object.entries(KEYS)) {
    await record(call(port, `/setup/api/connections/${provider}`, { method: 'PUT', json: keys, headers: setup }));
    await record(
      call(port, `/setup/api/connections/${provider}/validate`, { method: 'POST', json: {}, headers: setup }),
    );
  }
  await record(
    call(port, '/setup/api/connections/coupang-partners', {
      method: 'PUT',
      json: KEYS['coupang-partners'],
      headers: setup,
    }),
  );
  await record(call(port, '/setup/api/catalogue?scope=all', { headers: setup }));
  await record(call(port, '/setup/api/connections?scope=all', { headers: setup }));

  // The product's flows.
  await record(
    call(port, '/api/v1/keywords/metrics', {
      method: 'POST',
      json: { keywords: ['캠핑의자', '보온병'] },
      headers: api,
    }),
  );
  await record(call(port, `/api/v1/keywords/related?keyword=${encodeURIComponent('캠핑의자')}`, { headers: api }));
  await record(
    call(port, '/api/v1/coupang/deeplinks', {
      method: 'POST',
      json: { urls: ['https://www.coupang.com/vp/products/1?itemId=2'], title: '캐너리 상품' },
      headers: api,
    }),
  );
  await record(call(port, `/api/v1/coupang/products?keyword=${encodeURIComponent('텐트')}`, { headers: api }));
  await record(call(port, '/api/v1/coupang/history', { headers: api }));
  const to = new Date(Date.now() - 60_000);
  const from = new Date(to.getTime() - 26 * 3_600_000);
  await record(
    call(port, `/api/v1/commerce/order-changes?from=${from.toISOString()}&to=${to.toISOString()}&expected=1`, {
      headers: api,
    }),
  );
  await record(
    call(port, '/setup/api/connections/naver-commerce/capabilities/stockSync', {
      method: 'PUT',
      json: { enabled: true },
      headers: setup,
    }),
  );
  await record(call(port, '/setup/api/audit', { headers: setup }));
  await record(call(port, '/api/v1/connectors?scope=all', { headers: api }));

  // Input that carries a canary: refused without echo.
  await record(
    call(port, '/setup/api/connections/naver-search', {
      method: 'PUT',
      json: {
        ...KEYS['naver-search'],
        clientSecret: KEYS['naver-search'].clientSecret,
        surplus: KEYS['coupang-partners'].secretKey,
      },
      headers: setup,
    }),
  );
  await record(
    call(port, '/setup/api/connections/coupang-partners', {
      method: 'PUT',
      body: `{"accessKey":"${KEYS['coupang-partners'].accessKey}","secretKey":`,
      headers: setup,
    }),
  );
  await record(
    call(port, '/api/v1/keywords/metrics', {
      method: 'POST',
      json: { keywords: [KEYS['naver-searchad'].secretKey.repeat(5)] },
      headers: api,
    }),
  );

  // The command line reads the same vault.
  const cliEnv = { ...overrides, AIGENC_SEARCHAD_INTERVAL_MS: '100' };
  for (const args of [
    ['keywords', '무선 이어폰', '--csv'],
    ['deeplink', 'https://m.coupang.com/vm/products/9', '--json'],
    ['probe', 'naver-commerce', '--auth-only'],
    ['probe', 'naver-commerce', '--since', from.toISOString(), '--until', to.toISOString(), '--json'],
  ]) {
    const run = await runAigencAsync(args, companion.home, cliEnv);
    cliOutput.push(`${args.join(' ')} → ${run.status}\n${run.stdout}\n${run.stderr}`);
  }

  // A wrong secret, entered once and replaced: the vault entry it had is destroyed.
  await record(
    call(port, '/setup/api/connections/coupang-partners', {
      method: 'PUT',
      json: { ...KEYS['coupang-partners'], secretKey: SECRETS['a wrong secret entered once'] },
      headers: setup,
    }),
  );
  await record(
    call(port, '/setup/api/connections/coupang-partners/validate', { method: 'POST', json: {}, headers: setup }),
  );
  await record(
    call(port, '/setup/api/connections/coupang-partners', {
      method: 'PUT',
      json: KEYS['coupang-partners'],
      headers: setup,
    }),
  );
  await record(call(port, '/setup/api/connections/naver-search', { method: 'DELETE', headers: setup }));
  expect(await companion.stop()).toBe(0);
}, 120_000);
afterAll(async () => {
  companion.cleanup();
  await sandbox.close();
});

describe('canary secrets in the vault, every flow', () => {
  it('the flows really ran', () => {
    const statuses = responses.map((r) => r.status);
    expect(statuses.slice(0, 8)).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    const validations = [1, 3, 5, 7].map((i) => responses[i]!.json<{ status: string }>().status);
    expect(validations).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE']);
    expect(responses[8]!.json<{ keysUnchanged: boolean }>().keysUnchanged).toBe(true);
    expect(statuses.slice(11, 20)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200]);
    expect(statuses.slice(20, 23)).toEqual([400, 400, 400]);
    expect(responses[24]!.json<{ status: string }>().status).toBe('ERROR');
    expect(statuses.at(-1)).toBe(204);
    expect(cliOutput.map((o) => o.split('\n')[0])).toEqual([
      'keywords 무선 이어폰 --csv → 0',
      'deeplink https://m.coupang.com/vm/products/9 --json → 0',
      'probe naver-commerce --auth-only → 0',
      expect.stringMatching(/^probe naver-commerce --since .* --json → 0$/),
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
