import { describe, expect, it } from 'vitest';
import { loadCompanionState } from './companion-state.ts';

const connection = {
  id: 'env:naver-search',
  provider: 'naver-search',
  status: 'PAUSED',
  sandbox: false,
  source: 'env',
  capabilities: { documentCounts: { enabled: true, kind: 'read' } },
  lastCheckedAt: null,
  message: null,
};

function routes(table: Record<string, () => Response>): typeof fetch {
  return ((url: string) => {
    const path = new URL(url).pathname;
    const route = table[path];
    return route ? Promise.resolve(route()) : Promise.reject(new TypeError('Failed to fetch'));
  }) as typeof fetch;
}

const ok = (body: unknown) => () => new Response(JSON.stringify(body), { status: 200 });
const health = ok({ status: 'ok', version: '0.1.0' });

describe('loadCompanionState', () => {
  it('is offline when nothing answers', async () => {
    expect(await loadCompanionState({ port: 5, token: null, language: 'ko', fetch: routes({}) })).toEqual({
      kind: 'offline',
      baseUrl: 'http://127.0.0.1:5',
    });
  });

  it('is unpaired without a token', async () => {
    const state = await loadCompanionState({
      port: 5,
      token: null,
      language: 'ko',
      fetch: routes({ '/api/v1/health': health }),
    });
    expect(state).toEqual({ kind: 'unpaired', version: '0.1.0', revoked: false });
  });

  it('is ready with the connections when the token works', async () => {
    const state = await loadCompanionState({
      port: 5,
      token: 't',
      language: 'ko',
      fetch: routes({ '/api/v1/health': health, '/api/v1/connections': ok({ connections: [connection] }) }),
    });
    expect(state).toMatchObject({ kind: 'ready', connections: [{ provider: 'naver-search' }] });
  });

  it('is unpaired and revoked when the token is refused', async () => {
    const refused = () =>
      new Response(
        JSON.stringify({
          type: 'urn:aigenc:problem:unauthenticated',
          title: 'Unauthenticated',
          status: 401,
          detail: 'x',
          code: 'UNAUTHENTICATED',
        }),
        { status: 401 },
      );
    const state = await loadCompanionState({
      port: 5,
      token: 't',
      language: 'ko',
      fetch: routes({ '/api/v1/health': health, '/api/v1/connections': refused }),
    });
    expect(state).toEqual({ kind: 'unpaired', version: '0.1.0', revoked: true });
  });

  it('is broken when the companion answers outside the contract', async () => {
    const state = await loadCompanionState({
      port: 5,
      token: null,
      language: 'ko',
      fetch: routes({ '/api/v1/health': ok({ up: 1 }) }),
    });
    expect(state).toEqual({ kind: 'broken', messageKey: 'errorUnexpected' });
  });
});
