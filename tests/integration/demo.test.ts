/** `aigenc demo`: a newcomer sees sandbox connections, numbers and links with no keys. */
import { describe, expect, it } from 'vitest';
import { startCompanion } from '../support/companion.ts';
import { call } from '../support/http.ts';

const TOKEN = 'demo-test-token-0123456789abcdefghijklmnop';

describe('aigenc demo', () => {
  it('starts with the sandbox, and its connections are sandbox ones (hidden from the real-API scope)', async () => {
    const companion = await startCompanion({ command: 'demo', env: { AIGENC_API_TOKEN: TOKEN } });
    try {
      const auth = { authorization: `Bearer ${TOKEN}` };
      const all = (await call(companion.port, '/api/v1/connections?scope=all', { headers: auth })).json<{
        connections: Array<{ provider: string; sandbox: boolean; source: string }>;
      }>();
      expect(all.connections.map((c) => [c.provider, c.sandbox])).toEqual([
        ['naver-searchad', true],
        ['naver-search', true],
        ['naver-commerce', true],
        ['coupang-partners', true],
      ]);
      const real = (await call(companion.port, '/api/v1/connections', { headers: auth })).json<{
        connections: unknown[];
      }>();
      expect(real.connections).toEqual([]);
      expect(companion.stdout()).toContain('demo:');
      expect(await companion.stop()).toBe(0);
    } finally {
      companion.cleanup();
    }
  });
});
