/**
 * Rows about request bodies: simple and form CSRF (415 before parsing), the setup CSRF token,
 * body bombs (413) and inputs that must never be echoed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompanionProcess } from '../support/companion.ts';
import { useCompanion } from '../support/use-companion.ts';
import { call } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';

const current = useCompanion();
let companion: CompanionProcess;
beforeAll(() => {
  companion = current();
});

describe('only JSON on unsafe methods', () => {
  it.each([
    ['text/plain', '{"code":"AAAAA-AAAAA"}'],
    ['application/x-www-form-urlencoded', 'code=AAAAA-AAAAA'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="code"\r\n\r\nAAAAA-AAAAA\r\n--x--\r\n',
    ],
    ['application/json-patch+json', '{}'],
    ['application/json; charset=latin1', '{}'],
  ])('answers 415 to %s on the API', async (contentType, body) => {
    const answer = await call(companion.port, '/api/v1/pair', {
      method: 'POST',
      body,
      headers: { 'content-type': contentType },
    });
    expect(answer.status).toBe(415);
    expect(answer.json()['code']).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 415 to a form post on the setup API, before the CSRF check', async () => {
    const headers = await setupHeaders(companion.port);
    const answer = await call(companion.port, '/setup/api/pairing-code', {
      method: 'POST',
      body: 'a=b',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.status).toBe(415);
  });

  it('answers 415 when no content type is given', async () => {
    expect((await call(companion.port, '/api/v1/pair', { method: 'POST', body: '{}' })).status).toBe(415);
  });
});

describe('setup CSRF token', () => {
  it('refuses a same-origin JSON write without the token', async () => {
    const { 'x-aigenc-csrf': _token, ...headers } = await setupHeaders(companion.port);
    const answer = await call(companion.port, '/setup/api/pairing-code', { method: 'POST', json: {}, headers });
    expect(answer.status).toBe(403);
  });

  it('refuses a wrong token', async () => {
    const headers = await setupHeaders(companion.port);
    const answer = await call(companion.port, '/setup/api/pairing-code', {
      method: 'POST',
      json: {},
      headers: { ...headers, 'x-aigenc-csrf': 'wrong' },
    });
    expect(answer.status).toBe(403);
  });

  it('accepts the page’s own write', async () => {
    const headers = await setupHeaders(companion.port);
    const answer = await call(companion.port, '/setup/api/pairing-code', { method: 'POST', json: {}, headers });
    expect(answer.status).toBe(201);
    expect(answer.json()['code']).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  });
});

describe('body limits', () => {
  it('answers 413 to a 20 KiB JSON body', async () => {
    const answer = await call(companion.port, '/api/v1/pair', {
      method: 'POST',
      json: { code: 'A', label: 'x'.repeat(20 * 1024) },
    });
    expect(answer.status).toBe(413);
    expect(answer.json()['code']).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 413 to a 20 KiB chunked body with no declared length', async () => {
    const { Readable } = await import('node:stream');
    const { request } = await import('undici');
    const body = Readable.from([Buffer.from(`{"code":"${'A'.repeat(20 * 1024)}"}`)]);
    const response = await request(`http://127.0.0.1:${companion.port}/api/v1/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.statusCode).toBe(413);
    await response.body.dump();
  });
});

describe('no echo of input', () => {
  const canary = 'CANARY-secret-echo-5d41402abc4b2a76';

  /** True when any 6-character piece of the canary shows up: V8 quotes ten characters of bad JSON. */
  const leaksPieceOf = (text: string) =>
    Array.from({ length: canary.length - 5 }, (_, i) => canary.slice(i, i + 6)).some((piece) => text.includes(piece));

  it.each([
    ['a broken object', `{"code": "${canary}", oops`],
    ['a bare word', canary],
    ['a JSON string, not an object', `"${canary}"`],
    ['a value after the object', `{"code":"x"} ${canary}`],
  ])('does not quote %s back', async (_name, body) => {
    const answer = await call(companion.port, '/api/v1/pair', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.json()['code']).toBe('VALIDATION_FAILED');
    expect(leaksPieceOf(answer.text)).toBe(false);
  });

  it('does not repeat invalid values or unknown field names', async () => {
    const answer = await call(companion.port, '/api/v1/pair', { method: 'POST', json: { code: 42, [canary]: canary } });
    expect(answer.status).toBe(400);
    expect(answer.text).not.toContain(canary);
  });

  it('keeps the canary out of stdout, stderr and the log file', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const log = readFileSync(join(companion.home, 'logs', 'companion.log'), 'utf8');
    for (const text of [companion.stdout(), companion.stderr(), log]) expect(leaksPieceOf(text)).toBe(false);
  });
});
