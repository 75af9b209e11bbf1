/**
 * Rows of the security table about who may talk to the companion: Host (DNS rebinding), Origin
 * (CORS reflection, null, other local apps, stolen tokens) and private-network preflights.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import type { CompanionProcess } from '../support/companion.ts';
import { useCompanion } from '../support/use-companion.ts';
import { call } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';

const API_TOKEN = 'test-api-token-0123456789abcdef0123456789';
const auth = { authorization: `Bearer ${API_TOKEN}` };
const current = useCompanion({ env: { AIGENC_API_TOKEN: API_TOKEN } });
let companion: CompanionProcess;
beforeAll(() => {
  companion = current();
});

describe('Host check (DNS rebinding)', () => {
  it.each(['/api/v1/health', '/setup', '/api/v1/connections', '/nothing'])(
    'answers 421 for Host evil.test on %s, with nothing of the app',
    async (path) => {
      const answer = await call(companion.port, path, { headers: { host: `evil.test:${companion.port}`, ...auth } });
      expect(answer.status).toBe(421);
      expect(answer.json()['code']).toBe('MISDIRECTED_HOST');
      expect(answer.text).not.toMatch(/version|csrf|<html|connections/i);
    },
  );

  it('answers 421 for Host 0.0.0.0', async () => {
    const answer = await call(companion.port, '/api/v1/health', { headers: { host: `0.0.0.0:${companion.port}` } });
    expect(answer.status).toBe(421);
  });

  it('answers 421 for the right host on another port', async () => {
    const answer = await call(companion.port, '/api/v1/health', {
      headers: { host: `127.0.0.1:${companion.port + 1}` },
    });
    expect(answer.status).toBe(421);
  });

  it('serves 127.0.0.1:<port> and localhost:<port>', async () => {
    expect((await call(companion.port, '/api/v1/health')).status).toBe(200);
    expect(
      (await call(companion.port, '/api/v1/health', { headers: { host: `localhost:${companion.port}` } })).status,
    ).toBe(200);
  });
});

describe('Origin rules', () => {
  it('refuses a web origin on /api with 403 and no CORS header (no reflection)', async () => {
    const answer = await call(companion.port, '/api/v1/health', { headers: { origin: 'https://evil.test' } });
    expect(answer.status).toBe(403);
    expect(answer.json()['code']).toBe('FORBIDDEN_ORIGIN');
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses an extension it was not made with, naming that extension and the way out, with no CORS header', async () => {
    const stranger = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const answer = await call(companion.port, '/api/v1/pair', {
      method: 'POST',
      json: { code: 'ABCDE-FGHIJ', label: 'x' },
      headers: { origin: stranger, 'accept-language': 'ko' },
    });
    expect(answer.status).toBe(403);
    expect(answer.json()['code']).toBe('FORBIDDEN_ORIGIN');
    expect(answer.json()['detail']).toContain('abcdefghijklmnopabcdefghijklmnop');
    expect(answer.json()['detail']).toContain('AIGENC_EXTENSION_ORIGINS');
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    // A web origin is never echoed back, whatever it holds.
    const web = await call(companion.port, '/api/v1/health', { headers: { origin: 'https://abcdefghijklmnop.test' } });
    expect(web.text).not.toContain('abcdefghijklmnop');
  });

  it('refuses the null origin', async () => {
    expect((await call(companion.port, '/api/v1/health', { headers: { origin: 'null' } })).status).toBe(403);
    expect((await call(companion.port, '/setup', { headers: { origin: 'null' } })).status).toBe(403);
  });

  it('refuses another local app on a setup write, even with the CSRF token', async () => {
    const headers = await setupHeaders(companion.port);
    const answer = await call(companion.port, '/setup/api/pairing-code', {
      method: 'POST',
      json: {},
      headers: { ...headers, origin: 'http://127.0.0.1:3000' },
    });
    expect(answer.status).toBe(403);
    expect(answer.text).not.toMatch(/"code":"[0-9A-Z]{5}-/);
  });

  it('refuses the extension origin on the setup API (the page is same-origin only)', async () => {
    const headers = await setupHeaders(companion.port);
    const answer = await call(companion.port, '/setup/api/pairings', {
      headers: { ...headers, origin: EXTENSION_ORIGIN },
    });
    expect(answer.status).toBe(403);
  });

  it('refuses a stolen token sent from a web page', async () => {
    const answer = await call(companion.port, '/api/v1/connections', {
      headers: { ...auth, origin: 'https://evil.test' },
    });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('echoes only the extension origin, with Vary: Origin', async () => {
    const answer = await call(companion.port, '/api/v1/connections', {
      headers: { ...auth, origin: EXTENSION_ORIGIN },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(EXTENSION_ORIGIN);
    expect(String(answer.headers['vary'])).toMatch(/Origin/);
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('fetch metadata', () => {
  it('refuses an unsafe method with Sec-Fetch-Site: cross-site on the API', async () => {
    const answer = await call(companion.port, '/api/v1/pair', {
      method: 'POST',
      json: { code: 'AAAAA-AAAAA' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(answer.status).toBe(403);
  });

  it('refuses a setup write with Sec-Fetch-Site: cross-site even with the CSRF token', async () => {
    const headers = await setupHeaders(companion.port);
    const answer = await call(companion.port, '/setup/api/pairing-code', {
      method: 'POST',
      json: {},
      headers: { ...headers, 'sec-fetch-site': 'cross-site' },
    });
    expect(answer.status).toBe(403);
  });
});

describe('private-network preflight', () => {
  it('refuses it for a web origin, with no allow headers', async () => {
    const answer = await call(companion.port, '/api/v1/connections', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.test',
        'access-control-request-method': 'GET',
        'access-control-request-private-network': 'true',
      },
    });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-private-network']).toBeUndefined();
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('does not approve a preflight that names no origin', async () => {
    const answer = await call(companion.port, '/api/v1/connections', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'GET', 'access-control-request-private-network': 'true' },
    });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-private-network']).toBeUndefined();
  });

  it('answers it for the extension', async () => {
    const answer = await call(companion.port, '/api/v1/connections', {
      method: 'OPTIONS',
      headers: {
        origin: EXTENSION_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
        'access-control-request-private-network': 'true',
      },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(EXTENSION_ORIGIN);
    expect(answer.headers['access-control-allow-private-network']).toBe('true');
  });
});
