/**
 * The connection lifecycle through the setup page's API, against the sandbox: connect (PAUSED),
 * validate with a read-only probe (ACTIVE, or ERROR in words), same keys told by digest, rotation,
 * disconnect destroying the vault entry, scopes, environment connections locked, and Smart Store:
 * token-only validation, the order probe, write capabilities opening one at a time after it, all
 * in the audit log without a key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import {
  AuditResponseSchema,
  CatalogueResponseSchema,
  ConnectAnswerSchema,
  ConnectionSchema,
  OrderChangesSummarySchema,
  type Problem,
} from '@aigenc/shared/contract';
import {
  DEMO_CREDENTIALS,
  DEMO_SELLER_ACCOUNT,
  demoEnvironment,
  sandboxOverrides,
  startSandbox,
  type RunningSandbox,
} from '@aigenc/companion';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';

const TOKEN = 'setup-connections-token-0123456789abcdef';
const bearer = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };

let sandbox: RunningSandbox;
let companion: CompanionProcess;
let headers: Record<string, string>;

beforeAll(async () => {
  sandbox = await startSandbox();
  companion = await startCompanion({ env: { ...sandboxOverrides(sandbox.urls), AIGENC_API_TOKEN: TOKEN } });
  headers = await setupHeaders(companion.port);
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

/** As the page's script calls: JSON content type on every write, a body where there is one. */
const setup = (method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, json?: unknown, port = companion.port) =>
  call(port, `/setup/api${path}`, {
    method,
    headers: method === 'GET' ? headers : { ...headers, 'content-type': 'application/json' },
    ...(json === undefined ? {} : { json }),
  });

const everySecret = Object.values(DEMO_CREDENTIALS).flatMap((c) => Object.values(c));

function expectNoSecret(text: string): void {
  for (const secret of everySecret) if (secret.length > 12) expect(text).not.toContain(secret);
}

describe('scopes', () => {
  it('lists sandbox connectors only when asked for all, labelled as sandbox', async () => {
    const real = CatalogueResponseSchema.parse((await setup('GET', '/catalogue')).json());
    expect(real.connectors).toEqual([]);
    const all = CatalogueResponseSchema.parse((await setup('GET', '/catalogue?scope=all')).json());
    expect(all.connectors.map((c) => c.provider)).toEqual([
      'naver-searchad',
      'naver-search',
      'naver-commerce',
      'coupang-partners',
    ]);
    expect(all.connectors.every((c) => c.sandbox)).toBe(true);
    expect(all.connectors[3]!.keysPage).toBe('https://partners.coupang.com/');
    const fromApi = await call(companion.port, '/api/v1/connectors', { headers: bearer });
    expect(CatalogueResponseSchema.parse(fromApi.json()).connectors).toEqual([]);
  });
});

describe('Coupang Partners: connect, validate, same keys, rotate, disconnect', () => {
  const keys = DEMO_CREDENTIALS['coupang-partners'];

  it('connects PAUSED, validates ACTIVE with one deeplink, and never answers a key', async () => {
    const put = await setup('PUT', '/connections/coupang-partners', keys);
    expect(put.status).toBe(200);
    const connection = ConnectAnswerSchema.parse(put.json());
    expect(connection).toMatchObject({ status: 'PAUSED', source: 'vault', sandbox: true, keysUnchanged: false });
    expect(connection.configuredAt).toBeTruthy();
    expectNoSecret(put.text);

    const before = sandbox.states.coupang.stats['coupang:deeplink'] ?? 0;
    const validated = await setup('POST', '/connections/coupang-partners/validate', {});
    expect(ConnectionSchema.parse(validated.json())).toMatchObject({ status: 'ACTIVE', message: null });
    expect(sandbox.states.coupang.stats['coupang:deeplink']).toBe(before + 1);
    const listed = await call(companion.port, '/api/v1/connections?scope=all', { headers: bearer });
    expect(listed.json<{ connections: { provider: string; status: string }[] }>().connections).toContainEqual(
      expect.objectContaining({ provider: 'coupang-partners', status: 'ACTIVE' }),
    );
    expectNoSecret(listed.text);
  });

  it('tells the same keys again without keeping them, and changes nothing', async () => {
    const again = ConnectAnswerSchema.parse((await setup('PUT', '/connections/coupang-partners', keys)).json());
    expect(again).toMatchObject({ keysUnchanged: true, status: 'ACTIVE' });
  });

  it('rotates to other keys (PAUSED again), and a wrong secret validates to ERROR in words', async () => {
    const rotated = ConnectAnswerSchema.parse(
      (await setup('PUT', '/connections/coupang-partners', { ...keys, secretKey: 'not-the-right-secret-key' })).json(),
    );
    expect(rotated).toMatchObject({ keysUnchanged: false, status: 'PAUSED' });
    const failed = ConnectionSchema.parse((await setup('POST', '/connections/coupang-partners/validate', {})).json());
    expect(failed.status).toBe('ERROR');
    expect(failed.message).toContain('Secret Key가 올바르지 않습니다');
    const english = await call(companion.port, '/setup/api/connections?scope=all', {
      headers: { ...headers, 'accept-language': 'en' },
    });
    expect(english.text).toContain('The secret key is wrong');
  });

  it('disconnects: the connection goes and the vault keeps nothing of it', async () => {
    const vaultFile = join(companion.home, 'vault', 'secrets.json');
    const slotsBefore = Object.keys(JSON.parse(readFileSync(vaultFile, 'utf8')).slots as object);
    expect(slotsBefore.filter((s) => s.startsWith('coupang-partners/'))).toHaveLength(1);
    expect((await setup('DELETE', '/connections/coupang-partners')).status).toBe(204);
    const slotsAfter = Object.keys(JSON.parse(readFileSync(vaultFile, 'utf8')).slots as object);
    expect(slotsAfter.filter((s) => s.startsWith('coupang-partners/'))).toHaveLength(0);
    expect((await setup('DELETE', '/connections/coupang-partners')).status).toBe(404);
    const audit = await setup('GET', '/audit');
    const actions = AuditResponseSchema.parse(audit.json())
      .entries.filter((e) => e.subject === 'coupang-partners')
      .map((e) => e.action)
      .reverse();
    expect(actions).toEqual([
      'connection.created',
      'connection.validated',
      'connection.keys-unchanged',
      'connection.keys-rotated',
      'connection.validated',
      'connection.disconnected',
    ]);
    expectNoSecret(audit.text);
    expect(audit.text).not.toContain('not-the-right-secret-key');
  });

  it('refuses keys that do not fit, naming the field and never echoing a value', async () => {
    const answer = await setup('PUT', '/connections/coupang-partners', { accessKey: 'x', secretKey: '', extra: 'y' });
    expect(answer.status).toBe(400);
    const problem = answer.json<Problem>();
    expect(problem.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(['secretKey', '']));
    expect((await setup('PUT', '/connections/not-a-provider', keys)).status).toBe(404);
  });
});

describe('Smart Store, read-only first', () => {
  const keys = DEMO_CREDENTIALS['naver-commerce'];
  const period = () => {
    const to = new Date(Date.now() - 60_000);
    return { from: new Date(to.getTime() - 30 * 3_600_000).toISOString(), to: to.toISOString() };
  };

  it('wants the seller account for a SELLER token', async () => {
    const answer = await setup('PUT', '/connections/naver-commerce', { ...keys, tokenType: 'SELLER' });
    expect(answer.status).toBe(400);
    expect(answer.json<Problem>().issues).toEqual([expect.objectContaining({ path: 'accountId' })]);
  });

  it('reads no order before a token-only validation', async () => {
    await setup('PUT', '/connections/naver-commerce', { ...keys, tokenType: 'SELLER', accountId: DEMO_SELLER_ACCOUNT });
    const { from, to } = period();
    const early = await call(
      companion.port,
      `/api/v1/commerce/order-changes?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      { headers: bearer },
    );
    expect(early.status).toBe(409);
    expect(early.json<Problem>().code).toBe('PROBE_REQUIRED');
    expect(sandbox.states.commerce.stats['commerce:changes']).toBeUndefined();
  });

  it('validates with a token only, then walks the order feed into a masked summary', async () => {
    const validated = ConnectionSchema.parse((await setup('POST', '/connections/naver-commerce/validate', {})).json());
    expect(validated.status).toBe('ACTIVE');
    expect(sandbox.states.commerce.stats['commerce:token']).toBe(1);
    expect(sandbox.states.commerce.stats['commerce:changes']).toBeUndefined();

    // Writes stay shut until a read-only order probe has succeeded.
    const tooEarly = await setup('PUT', '/connections/naver-commerce/capabilities/orderConfirmation', {
      enabled: true,
    });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.json<Problem>().detail).toContain('읽기 전용 주문 조회');

    const { from, to } = period();
    const answer = await call(
      companion.port,
      `/api/v1/commerce/order-changes?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&expected=3`,
      { headers: bearer },
    );
    expect(answer.status).toBe(200);
    const summary = OrderChangesSummarySchema.parse(answer.json());
    expect(summary.reconciliation).toMatchObject({ expected: 3 });
    expect(sandbox.states.commerce.stats['commerce:changes']).toBeGreaterThanOrEqual(2); // 30 h: two windows
    expect(answer.text).not.toMatch(/productOrderId|orderId|\d{12,}/);
  });

  it('opens write capabilities one at a time after the probe, each in the audit log', async () => {
    const on = ConnectionSchema.parse(
      (await setup('PUT', '/connections/naver-commerce/capabilities/orderConfirmation', { enabled: true })).json(),
    );
    expect(on.capabilities['orderConfirmation']).toEqual({ kind: 'write', enabled: true });
    expect(on.capabilities['shippingInvoice']).toEqual({ kind: 'write', enabled: false });
    const off = ConnectionSchema.parse(
      (await setup('PUT', '/connections/naver-commerce/capabilities/orderConfirmation', { enabled: false })).json(),
    );
    expect(off.capabilities['orderConfirmation']!.enabled).toBe(false);
    expect((await setup('PUT', '/connections/naver-commerce/capabilities/teleport', { enabled: true })).status).toBe(
      404,
    );
    const entries = AuditResponseSchema.parse((await setup('GET', '/audit')).json()).entries;
    expect(entries.slice(0, 3).map((e) => [e.action, e.detail['capability'] ?? null])).toEqual([
      ['capability.disabled', 'orderConfirmation'],
      ['capability.enabled', 'orderConfirmation'],
      ['commerce.order-probe', null],
    ]);
  });

  it('refuses periods that are backwards or longer than 31 days', async () => {
    const q = (from: string, to: string) =>
      call(
        companion.port,
        `/api/v1/commerce/order-changes?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        { headers: bearer },
      );
    expect((await q('2026-06-10T00:00:00+09:00', '2026-06-09T00:00:00+09:00')).status).toBe(400);
    expect((await q('2026-01-01T00:00:00+09:00', '2026-03-01T00:00:00+09:00')).status).toBe(400);
  });
});

describe('connections from the environment', () => {
  it('show as env: their keys cannot be changed or removed from the page, their switches can', async () => {
    const envCompanion = await startCompanion({ env: { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN } });
    try {
      const envHeaders = await setupHeaders(envCompanion.port);
      const put = await call(envCompanion.port, '/setup/api/connections/coupang-partners', {
        method: 'PUT',
        headers: envHeaders,
        json: DEMO_CREDENTIALS['coupang-partners'],
      });
      expect(put.status).toBe(409);
      expect(put.json<Problem>().code).toBe('CONNECTION_FROM_ENV');
      const del = await call(envCompanion.port, '/setup/api/connections/coupang-partners', {
        method: 'DELETE',
        headers: { ...envHeaders, 'content-type': 'application/json' },
      });
      expect(del.status).toBe(409);
      // They can still be checked.
      const validated = await call(envCompanion.port, '/setup/api/connections/coupang-partners/validate', {
        method: 'POST',
        headers: envHeaders,
        json: {},
      });
      expect(ConnectionSchema.parse(validated.json())).toMatchObject({ source: 'env', status: 'ACTIVE' });
      // Their switches can be turned, by the same rules: a write only after the order probe.
      const json = { ...envHeaders, 'content-type': 'application/json' };
      const capability = (enabled: boolean) =>
        call(envCompanion.port, '/setup/api/connections/naver-commerce/capabilities/orderConfirmation', {
          method: 'PUT',
          headers: json,
          json: { enabled },
        });
      await call(envCompanion.port, '/setup/api/connections/naver-commerce/validate', {
        method: 'POST',
        headers: json,
        json: {},
      });
      expect((await capability(true)).json<Problem>().code).toBe('PROBE_REQUIRED');
      const to = new Date(Date.now() - 60_000);
      const probed = await call(envCompanion.port, '/setup/api/connections/naver-commerce/order-probe', {
        method: 'POST',
        headers: json,
        json: { from: new Date(to.getTime() - 3_600_000).toISOString(), to: to.toISOString() },
      });
      expect(probed.status).toBe(200);
      const on = await capability(true);
      expect(ConnectionSchema.parse(on.json()).capabilities['orderConfirmation']).toMatchObject({ enabled: true });
    } finally {
      await envCompanion.stop();
      envCompanion.cleanup();
    }
  });
});
