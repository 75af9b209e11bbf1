import { describe, expect, it } from 'vitest';
import {
  CompanionClient,
  CompanionProblemError,
  CompanionResponseError,
  CompanionTimeoutError,
  CompanionUnreachableError,
} from './companion-client.ts';

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(answer: () => Response | Promise<Response>, seen: Seen[] = []): typeof fetch {
  return ((url: string, init: RequestInit) => {
    seen.push({ url, init });
    return Promise.resolve(answer());
  }) as typeof fetch;
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('CompanionClient', () => {
  it('talks to 127.0.0.1 on the configured port, with the token and language', async () => {
    const seen: Seen[] = [];
    const client = new CompanionClient({
      port: 40_000,
      token: 'aigenc_token',
      language: 'en',
      fetch: fakeFetch(() => json(200, { connections: [] }), seen),
    });
    await client.connections();
    expect(seen[0]!.url).toBe('http://127.0.0.1:40000/api/v1/connections?scope=all');
    expect(seen[0]!.init.headers).toMatchObject({ authorization: 'Bearer aigenc_token', 'accept-language': 'en' });
    expect(seen[0]!.init.credentials).toBe('omit');
  });

  it('sends pairing as JSON without a token', async () => {
    const seen: Seen[] = [];
    const client = new CompanionClient({
      port: 1,
      token: null,
      language: 'ko',
      fetch: fakeFetch(() => json(201, { token: 'aigenc_'.padEnd(50, 'x') }), seen),
    });
    expect((await client.pair('ABCDE-FGHJK', 'Chrome')).token).toMatch(/^aigenc_/);
    expect(seen[0]!.init.method).toBe('POST');
    expect(seen[0]!.init.headers).toEqual({ 'accept-language': 'ko', 'content-type': 'application/json' });
    expect(JSON.parse(String(seen[0]!.init.body))).toEqual({ code: 'ABCDE-FGHJK', label: 'Chrome' });
  });

  it('turns a problem answer into CompanionProblemError with the companion’s words', async () => {
    const problem = {
      type: 'urn:aigenc:problem:unauthenticated',
      title: 'Unauthenticated',
      status: 401,
      detail: '다시 페어링하세요.',
      code: 'UNAUTHENTICATED',
    };
    const client = new CompanionClient({
      port: 1,
      token: 'x',
      language: 'ko',
      fetch: fakeFetch(() => json(401, problem, 'application/problem+json')),
    });
    const error = await client.connections().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanionProblemError);
    expect((error as CompanionProblemError).problem.code).toBe('UNAUTHENTICATED');
    expect((error as Error).message).toBe('다시 페어링하세요.');
  });

  it('reports a missing companion as unreachable', async () => {
    const client = new CompanionClient({
      port: 1,
      token: null,
      language: 'ko',
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    await expect(client.health()).rejects.toBeInstanceOf(CompanionUnreachableError);
  });

  it.each([
    ['an answer outside the contract', () => json(200, { status: 'fine' })],
    ['a body that is not JSON', () => new Response('<html>', { status: 200 })],
    ['an error without a problem body', () => json(500, { oops: true })],
  ])('refuses %s', async (_name, answer) => {
    const client = new CompanionClient({ port: 1, token: null, language: 'ko', fetch: fakeFetch(answer) });
    await expect(client.health()).rejects.toBeInstanceOf(CompanionResponseError);
  });

  /** A fetch that answers only when its signal aborts, rejecting as fetch does. */
  const hanging = (() =>
    ((_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof fetch)();

  it('says a companion that does not answer in time is slow, not offline, keeping the cause', async () => {
    const client = new CompanionClient({ port: 1, token: null, language: 'ko', timeoutMs: 20, fetch: hanging });
    const error = await client.health().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanionTimeoutError);
    expect((error as Error).cause).toBeDefined();
  });

  it('cancels a request when the view’s signal aborts, with the signal’s reason', async () => {
    const client = new CompanionClient({ port: 1, token: null, language: 'ko', fetch: hanging });
    const controller = new AbortController();
    const asked = client.withSignal(controller.signal).health();
    controller.abort(new Error('view closed'));
    await expect(asked).rejects.toThrow('view closed');
  });
});
