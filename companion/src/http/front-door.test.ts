import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { CompanionError } from '../errors/index.ts';
import { frontDoor, guardsOnce, type FastPath } from './front-door.ts';
import { gate, type Guard } from './guards/gate.ts';
import { baseHeaders } from './guards/headers.ts';
import { hostGuard } from './guards/host.ts';
import { jsonBody, jsonOnlyGuard } from './guards/json-only.ts';
import { originGuard } from './guards/origin.ts';

const PATH = '/api/v1/keywords/metrics';
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

interface Heard {
  guardRuns: number;
  routeBodies: unknown[];
  fastBodies: unknown[];
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The real guards behind a front door whose fast path answers `{"fast":…}` when told to. */
async function start(fastAnswers: (body: unknown) => boolean | 'throw'): Promise<{ origin: string; heard: Heard }> {
  const heard: Heard = { guardRuns: 0, routeBodies: [], fastBodies: [] };
  const real = gate([baseHeaders, hostGuard(), originGuard([EXTENSION]), jsonOnlyGuard(), jsonBody()]);
  const guards: Guard = (req, res, next) => {
    heard.guardRuns++;
    return real(req, res, next);
  };
  const fast: FastPath = {
    matches: (req) => req.method === 'POST' && req.url === PATH,
    answer: (req, res) => {
      heard.fastBodies.push(req.body);
      const verdict = fastAnswers(req.body);
      if (verdict === 'throw') throw new TypeError('a bug in the fast path');
      if (!verdict) return false;
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ fast: true }));
      return true;
    },
  };
  const app = express();
  app.use(guardsOnce(guards));
  app.post(PATH, (req, res) => {
    heard.routeBodies.push(req.body);
    res.json({ fast: false });
  });
  app.use((_req, _res, next) => next(new CompanionError('NOT_FOUND')));
  const errors: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = error instanceof CompanionError ? error.status : 500;
    res.status(status).json({ code: error instanceof CompanionError ? error.code : 'INTERNAL' });
  };
  app.use(errors);
  server = createServer(frontDoor(app, guards, fast));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, heard };
}

const post = (origin: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}${PATH}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

describe('the front door', () => {
  it('answers from the fast path after one run of the guards, with their headers', async () => {
    const { origin, heard } = await start(() => true);
    const answer = await post(origin, '{"keywords":["캠핑의자"]}');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ fast: true });
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('vary')).toBe('Origin');
    expect(heard).toEqual({ guardRuns: 1, routeBodies: [], fastBodies: [{ keywords: ['캠핑의자'] }] });
  });

  it('hands what the fast path declines to the app, the guards not run again and the body read once', async () => {
    const { origin, heard } = await start(() => false);
    const answer = await post(origin, '{"keywords":["새 키워드"]}');
    expect(await answer.json()).toEqual({ fast: false });
    expect(heard.guardRuns).toBe(1);
    expect(heard.routeBodies).toEqual([{ keywords: ['새 키워드'] }]);
  });

  it("hands a guard's refusal to the app's error handler, the fast path and the route never reached", async () => {
    const { origin, heard } = await start(() => true);
    const fromSite = await post(origin, '{}', { origin: 'https://example.com' });
    expect([fromSite.status, await fromSite.json()]).toEqual([403, { code: 'FORBIDDEN_ORIGIN' }]);
    const notJson = await post(origin, '{}', { 'content-type': 'text/plain' });
    expect([notJson.status, await notJson.json()]).toEqual([415, { code: 'UNSUPPORTED_MEDIA_TYPE' }]);
    const tooLarge = await post(origin, JSON.stringify({ keywords: ['가'.repeat(20_000)] }));
    expect([tooLarge.status, await tooLarge.json()]).toEqual([413, { code: 'PAYLOAD_TOO_LARGE' }]);
    expect(heard).toEqual({ guardRuns: 3, routeBodies: [], fastBodies: [] });
  });

  it('answers an allowed extension with its CORS header, from the fast path', async () => {
    const { origin } = await start(() => true);
    const answer = await post(origin, '{}', { origin: EXTENSION });
    expect(answer.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(await answer.json()).toEqual({ fast: true });
  });

  it('sends a fast path that throws to the error handler, not to a second answer', async () => {
    const { origin, heard } = await start(() => 'throw');
    const answer = await post(origin, '{}');
    expect([answer.status, await answer.json()]).toEqual([500, { code: 'INTERNAL' }]);
    expect(heard.routeBodies).toEqual([]);
  });

  it('leaves every other request to the app, which runs the guards itself', async () => {
    const { origin, heard } = await start(() => true);
    const other = await fetch(`${origin}${PATH}?x=1`, {
      method: 'POST',
      body: '{"keywords":["a"]}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await other.json()).toEqual({ fast: false });
    const missing = await fetch(`${origin}/nowhere`);
    expect(missing.status).toBe(404);
    expect(heard).toEqual({ guardRuns: 2, routeBodies: [{ keywords: ['a'] }], fastBodies: [] });
  });
});
