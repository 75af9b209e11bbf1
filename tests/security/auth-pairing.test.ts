/** Rows about authentication: no token, pairing brute force, pairing replay, revocation. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAigenc, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';

let companion: CompanionProcess;

beforeAll(async () => {
  companion = await startCompanion();
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
});

function freshCode(): string {
  const result = runAigenc(['pair', '--json'], companion.home);
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { code: string }).code;
}

function pair(code: string) {
  return call(companion.port, '/api/v1/pair', { method: 'POST', json: { code } });
}

function wrongCodeFor(code: string): string {
  return code.startsWith('A') ? 'BBBBB-BBBBB' : 'AAAAA-AAAAA';
}

describe('bearer authentication', () => {
  it('answers 401 without a token', async () => {
    const answer = await call(companion.port, '/api/v1/connections');
    expect(answer.status).toBe(401);
    expect(answer.json()['code']).toBe('UNAUTHENTICATED');
  });

  it.each(['Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer aigenc_not-a-real-token-000000', 'bearer aigenc_x'])(
    'answers 401 to Authorization %j',
    async (authorization) => {
      expect((await call(companion.port, '/api/v1/connections', { headers: { authorization } })).status).toBe(401);
    },
  );

  it('keeps health and pair open, and nothing else', async () => {
    expect((await call(companion.port, '/api/v1/health')).status).toBe(200);
    expect((await call(companion.port, '/api/v1/unknown')).status).toBe(401);
  });
});

describe('bearer authentication on cached metrics (answered by the front door, before the router)', () => {
  const TOKEN = 'auth-pairing-front-door-token-0123456789';
  let demo: CompanionProcess;
  beforeAll(async () => {
    demo = await startCompanion({ command: 'demo', env: { AIGENC_API_TOKEN: TOKEN } });
  });
  afterAll(async () => {
    await demo.stop();
    demo.cleanup();
  });
  const metrics = (headers: Record<string, string>) =>
    call(demo.port, '/api/v1/keywords/metrics', { method: 'POST', json: { keywords: ['캠핑의자'] }, headers });

  it('answers 401 to a cached keyword without a token or with a wrong one, and no figures', async () => {
    const warm = await metrics({ authorization: `Bearer ${TOKEN}` });
    expect(warm.status).toBe(200);
    for (const headers of [{}, { authorization: 'Bearer aigenc_not-a-real-token-000000' }]) {
      const answer = await metrics(headers);
      expect(answer.status).toBe(401);
      expect(answer.json()['code']).toBe('UNAUTHENTICATED');
      expect(answer.text).not.toContain('searches');
    }
  });
});

describe('pairing', () => {
  // Each pairing test gets its own companion: the global pairing rate limit is shared state.
  beforeEach(async () => {
    await companion.stop();
    companion.cleanup();
    companion = await startCompanion();
  });

  it('turns a code into a working token, once (replay is refused)', async () => {
    const code = freshCode();
    const first = await pair(code);
    expect(first.status).toBe(201);
    const { token } = first.json<{ token: string }>();
    const connections = await call(companion.port, '/api/v1/connections', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(connections.status).toBe(200);
    expect((await pair(code)).status).toBe(401);
  });

  it('locks a code after five wrong tries: 401 ×5, then 429, and the right code is dead', async () => {
    const code = freshCode();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await pair(wrongCodeFor(code))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await pair(code);
    expect(right.status).toBe(429);
    expect(right.json()['retryAfterSeconds']).toBeGreaterThan(0);
    expect(right.headers['retry-after']).toBeDefined();
  });

  it('answers 401 when no code is live', async () => {
    const code = freshCode();
    expect((await pair(code)).status).toBe(201);
    expect((await pair('CCCCC-CCCCC')).status).toBe(401);
  });

  it('rate-limits pairing attempts as a whole, whatever the code', async () => {
    // The limiter runs before validation: without it these would all be 400.
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await pair('')).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('stops a revoked token at once', async () => {
    const { token } = (await pair(freshCode())).json<{ token: string }>();
    const headers = await setupHeaders(companion.port);
    const list = (await call(companion.port, '/setup/api/pairings', { headers })).json<{
      pairings: Array<{ id: string }>;
    }>();
    expect(list.pairings.length).toBeGreaterThan(0);
    for (const pairing of list.pairings) {
      expect(
        (await call(companion.port, `/setup/api/pairings/${pairing.id}`, { method: 'DELETE', json: {}, headers }))
          .status,
      ).toBe(204);
    }
    expect(
      (await call(companion.port, '/api/v1/connections', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
  });
});
