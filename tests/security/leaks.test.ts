/**
 * The canary rows: unique canary secrets in every credential variable and the API token, every
 * flow of the companion exercised, then stdout, stderr, the log files, every response and every
 * file of the data directory (SQLite -wal included) searched for each canary in six encodings.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { runAigenc, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call, type Answer } from '../support/http.ts';
import { bcryptCanary, encodings, filesUnder } from '../support/leak-search.ts';
import { setupHeaders } from '../support/setup-session.ts';

const CANARIES: Record<string, string> = {
  NAVER_SEARCHAD_API_KEY: 'cnry-searchad-apikey-01a7',
  NAVER_SEARCHAD_SECRET_KEY: 'cnry-searchad-secret+/=02b8',
  NAVER_SEARCH_CLIENT_ID: 'cnry-search-id-03c9',
  NAVER_SEARCH_CLIENT_SECRET: 'cnry-search-secret-04d0',
  NAVER_COMMERCE_CLIENT_ID: 'cnry-commerce-id-05e1',
  // Shaped like a bcrypt salt, which is what Commerce secrets are; random for each run.
  NAVER_COMMERCE_CLIENT_SECRET: bcryptCanary(),
  COUPANG_PARTNERS_ACCESS_KEY: 'cnry-coupang-access-07a3',
  COUPANG_PARTNERS_SECRET_KEY: 'cnry-coupang-secret-08b4',
  AIGENC_API_TOKEN: 'cnry-api-token-09c5-0123456789abcdefghij',
};

let companion: CompanionProcess;
const responses: Answer[] = [];
let pairedToken = '';

beforeAll(async () => {
  companion = await startCompanion({
    env: { ...CANARIES, NAVER_SEARCHAD_CUSTOMER_ID: '1234567', COUPANG_PARTNERS_SUB_ID: 'blog' },
  });
  const record = async (promise: Promise<Answer>) => {
    const answer = await promise;
    responses.push(answer);
    return answer;
  };
  const bearer = { authorization: `Bearer ${CANARIES['AIGENC_API_TOKEN']}` };
  await record(call(companion.port, '/api/v1/health'));
  await record(call(companion.port, '/api/v1/connections?scope=all', { headers: bearer }));
  await record(call(companion.port, '/api/v1/connections', { headers: { ...bearer, origin: EXTENSION_ORIGIN } }));
  await record(call(companion.port, '/api/v1/connections?scope=bogus', { headers: bearer }));
  await record(
    call(companion.port, '/api/v1/connections', {
      headers: { authorization: `Bearer ${CANARIES['NAVER_SEARCHAD_SECRET_KEY']}` },
    }),
  );
  await record(
    call(companion.port, '/api/v1/pair', { method: 'POST', json: { code: CANARIES['COUPANG_PARTNERS_SECRET_KEY'] } }),
  );
  const code = (JSON.parse(runAigenc(['pair', '--json'], companion.home).stdout) as { code: string }).code;
  const paired = await record(
    call(companion.port, '/api/v1/pair', { method: 'POST', json: { code, label: 'leak test' } }),
  );
  pairedToken = paired.json<{ token: string }>().token;
  await record(call(companion.port, '/api/v1/connections', { headers: { authorization: `Bearer ${pairedToken}` } }));
  const setup = await setupHeaders(companion.port);
  await record(call(companion.port, '/setup'));
  await record(call(companion.port, '/setup?lang=en'));
  await record(call(companion.port, '/setup/assets/setup.js'));
  await record(call(companion.port, '/setup/api/connections?scope=all', { headers: setup }));
  await record(call(companion.port, '/setup/api/pairings', { headers: setup }));
  await record(call(companion.port, '/setup/api/pairing-code', { method: 'POST', json: {}, headers: setup }));
  await record(
    call(companion.port, '/api/v1/pair', {
      method: 'POST',
      body: `{"code":"${CANARIES['NAVER_COMMERCE_CLIENT_SECRET']}`,
      headers: { 'content-type': 'application/json' },
    }),
  );
  expect(await companion.stop()).toBe(0);
});
afterAll(() => companion.cleanup());

describe('canary secrets', () => {
  it('the flows really ran', () => {
    expect(responses.map((r) => r.status)).toEqual([
      200, 200, 200, 400, 401, 401, 201, 200, 200, 200, 200, 200, 200, 201, 400,
    ]);
    const all = JSON.parse(responses[1]!.text) as { connections: Array<{ provider: string; source: string }> };
    expect(all.connections.map((c) => `${c.provider}:${c.source}`)).toEqual([
      'naver-searchad:env',
      'naver-search:env',
      'naver-commerce:env',
      'coupang-partners:env',
    ]);
  });

  it.each(Object.keys(CANARIES))('%s appears nowhere: output, logs, responses, data directory', (variable) => {
    const forms = encodings(CANARIES[variable]!);
    const places: Array<[string, string]> = [
      ['stdout', companion.stdout()],
      ['stderr', companion.stderr()],
      ...responses.map((r, i): [string, string] => [`response ${i}`, JSON.stringify(r.headers) + r.text]),
      ...filesUnder(companion.home).map((path): [string, string] => [path, readFileSync(path).toString('latin1')]),
    ];
    const hits = places.flatMap(([where, text]) =>
      forms.filter((form) => text.includes(form)).map((form) => `${where}: ${form}`),
    );
    expect(hits).toEqual([]);
  });

  it('the paired token is kept only as a digest, and never logged', () => {
    expect(pairedToken).toMatch(/^aigenc_/);
    const stored = filesUnder(companion.home).map((path) => readFileSync(path).toString('latin1'));
    for (const text of [...stored, companion.stdout(), companion.stderr()]) {
      for (const form of encodings(pairedToken)) expect(text.includes(form)).toBe(false);
    }
  });
});

describe('egress policy at start', () => {
  it.each([
    ['NAVER_SEARCHAD_BASE_URL', 'https://evil.example'],
    ['COUPANG_PARTNERS_BASE_URL', 'http://192.168.1.20:8080'],
    ['NAVER_COMMERCE_BASE_URL', 'http://api.commerce.naver.com'],
  ])('refuses to start with %s=%s: exit 2, naming the variable', (variable, value) => {
    const result = runAigenc(['serve'], companion.home, { [variable]: value });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(variable);
    expect(result.stdout).not.toContain('listening on');
  });
});
