import { describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { defaultHome, loadConfig } from './config.ts';
import { ConfigError } from './errors/index.ts';

const base = { AIGENC_HOME: '/tmp/aigenc-config-test' };

function configError(env: Record<string, string>): string {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig(base);
    expect(config.port).toBe(47_821);
    expect(config.apiToken).toBeNull();
    expect(config.extensionOrigins).toEqual([EXTENSION_ORIGIN]);
    expect(config.upstreams['naver-searchad']).toMatchObject({
      origin: 'https://api.searchad.naver.com',
      sandbox: false,
    });
    expect(config.envCredentials).toEqual({});
  });

  it.each([
    ['NAVER_SEARCHAD_BASE_URL', 'https://api.searchad.naver.com/', 'https://api.searchad.naver.com', false],
    ['NAVER_SEARCHAD_BASE_URL', 'http://127.0.0.1:9000', 'http://127.0.0.1:9000', true],
    ['COUPANG_PARTNERS_BASE_URL', 'http://localhost:9001/', 'http://localhost:9001', true],
    ['NAVER_COMMERCE_BASE_URL', 'https://api.commerce.naver.com', 'https://api.commerce.naver.com', false],
  ])('accepts %s=%s', (variable, value, origin, sandbox) => {
    const provider = {
      NAVER_SEARCHAD_BASE_URL: 'naver-searchad',
      COUPANG_PARTNERS_BASE_URL: 'coupang-partners',
      NAVER_COMMERCE_BASE_URL: 'naver-commerce',
    }[variable] as 'naver-searchad';
    expect(loadConfig({ ...base, [variable]: value }).upstreams[provider]).toMatchObject({ origin, sandbox });
  });

  it.each([
    'https://api.naver.com',
    'https://evil.example',
    'http://api.searchad.naver.com',
    'http://127.0.0.2:9000',
    'http://127.0.0.1:9000/path',
    'http://192.168.0.10:9000',
    'http://127.0.0.1.evil.example:80',
    'ftp://127.0.0.1:21',
  ])('refuses the foreign override %s, naming the variable', (value) => {
    expect(configError({ NAVER_SEARCHAD_BASE_URL: value })).toContain('NAVER_SEARCHAD_BASE_URL');
  });

  it('follows the Search key kind for the official origin', () => {
    const config = loadConfig({ ...base, NAVER_SEARCH_KEY_KIND: 'apihub' });
    expect(config.upstreams['naver-search'].origin).toBe('https://naverapihub.apigw.ntruss.com');
    expect(
      configError({ NAVER_SEARCH_KEY_KIND: 'apihub', NAVER_SEARCH_BASE_URL: 'https://openapi.naver.com' }),
    ).toContain('NAVER_SEARCH_BASE_URL');
  });

  it('reads complete credentials and names what an incomplete set lacks', () => {
    const config = loadConfig({
      ...base,
      COUPANG_PARTNERS_ACCESS_KEY: 'ak',
      COUPANG_PARTNERS_SECRET_KEY: 'sk',
      COUPANG_PARTNERS_SUB_ID: 'blog1',
    });
    expect(config.envCredentials['coupang-partners']).toEqual({ accessKey: 'ak', secretKey: 'sk', subId: 'blog1' });
    const message = configError({ NAVER_SEARCHAD_API_KEY: 'k' });
    expect(message).toContain('NAVER_SEARCHAD_SECRET_KEY');
    expect(message).toContain('NAVER_SEARCHAD_CUSTOMER_ID');
    expect(message).not.toContain('k\n');
  });

  it('knows every key kind’s official origin, and sends all kinds to a sandbox when overridden', () => {
    expect(loadConfig(base).upstreams['naver-search'].origins).toMatchObject({
      legacy: 'https://openapi.naver.com',
      apihub: 'https://naverapihub.apigw.ntruss.com',
    });
    const sandboxed = loadConfig({ ...base, NAVER_SEARCH_BASE_URL: 'http://127.0.0.1:9002' }).upstreams['naver-search'];
    expect(new Set(Object.values(sandboxed.origins))).toEqual(new Set(['http://127.0.0.1:9002']));
  });

  it('parses environment keys with the registry schema, naming the variable and never the value', () => {
    const message = configError({
      NAVER_SEARCHAD_API_KEY: 'k',
      NAVER_SEARCHAD_SECRET_KEY: 'canary-secret-value',
      NAVER_SEARCHAD_CUSTOMER_ID: '12ab',
    });
    expect(message).toContain('NAVER_SEARCHAD_CUSTOMER_ID: digits only');
    expect(message).not.toContain('12ab');
    expect(message).not.toContain('canary-secret-value');
    const config = loadConfig({
      ...base,
      NAVER_SEARCH_CLIENT_ID: 'id',
      NAVER_SEARCH_CLIENT_SECRET: 's',
      NAVER_SEARCH_KEY_KIND: 'apihub',
    });
    expect(config.envCredentials['naver-search']).toEqual({ clientId: 'id', clientSecret: 's', kind: 'apihub' });
    expect(configError({ NAVER_SEARCH_KEY_KIND: 'other' })).toContain('NAVER_SEARCH_KEY_KIND');
  });

  it('reads a Smart Store account id as a SELLER token, and refuses SELF with an account id (the contract)', () => {
    const keys = {
      NAVER_COMMERCE_CLIENT_ID: 'commerce-id',
      NAVER_COMMERCE_CLIENT_SECRET: '$2a$10$abcdefghijklmnopqrstuu',
    };
    expect(loadConfig({ ...base, ...keys }).envCredentials['naver-commerce']).toMatchObject({ tokenType: 'SELF' });
    expect(loadConfig({ ...base, ...keys }).envCredentials['naver-commerce']).not.toHaveProperty('accountId');
    expect(
      loadConfig({ ...base, ...keys, NAVER_COMMERCE_ACCOUNT_ID: 'ncp_seller_1' }).envCredentials['naver-commerce'],
    ).toEqual({
      ...{ clientId: 'commerce-id', clientSecret: keys.NAVER_COMMERCE_CLIENT_SECRET },
      tokenType: 'SELLER',
      accountId: 'ncp_seller_1',
    });
    const contradiction = configError({
      ...keys,
      NAVER_COMMERCE_TOKEN_TYPE: 'SELF',
      NAVER_COMMERCE_ACCOUNT_ID: 'ncp_seller_1',
    });
    expect(contradiction).toMatch(/NAVER_COMMERCE_TOKEN_TYPE: a SELF token has no seller account id/);
    expect(configError({ ...keys, NAVER_COMMERCE_TOKEN_TYPE: 'SELLER' })).toMatch(
      /NAVER_COMMERCE_ACCOUNT_ID: a SELLER token needs the seller account id/,
    );
  });

  it('reports every problem at once, without echoing secrets', () => {
    const message = configError({
      AIGENC_PORT: 'eighty',
      AIGENC_API_TOKEN: 'short-canary-token',
      AIGENC_EXTENSION_ORIGINS: 'https://evil.example',
    });
    expect(message).toContain('AIGENC_PORT');
    expect(message).toContain('AIGENC_API_TOKEN');
    expect(message).toContain('AIGENC_EXTENSION_ORIGINS');
    expect(message).not.toContain('short-canary-token');
  });

  it('reads the Search Ad spacing, default one second, within bounds', () => {
    expect(loadConfig(base).searchAdIntervalMs).toBeNull();
    expect(loadConfig({ ...base, AIGENC_SEARCHAD_INTERVAL_MS: '300' }).searchAdIntervalMs).toBe(300);
    expect(configError({ AIGENC_SEARCHAD_INTERVAL_MS: '5' })).toContain('AIGENC_SEARCHAD_INTERVAL_MS');
  });

  it('adds extra extension origins to the pinned one', () => {
    const extra = `chrome-extension://${'a'.repeat(32)}`;
    expect(loadConfig({ ...base, AIGENC_EXTENSION_ORIGINS: ` ${extra} ,` }).extensionOrigins).toEqual([
      EXTENSION_ORIGIN,
      extra,
    ]);
  });

  it('picks a per-user data directory per platform', () => {
    expect(defaultHome({ XDG_DATA_HOME: '/x' }, 'linux')).toBe('/x/aigenc');
    expect(defaultHome({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32')).toContain('AigenC');
    expect(defaultHome({}, 'darwin')).toContain('Application Support');
  });
});

describe('the settings a login service carries', () => {
  it('are every AIGENC_ variable the code reads, less the secret and the data folder', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { NOT_CARRIED, SETTING_VARIABLES } = await import('./config.ts');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      );
    const read = new Set(
      files(import.meta.dirname).flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/env\['(AIGENC_[A-Z_]+)'\]/g)].map((m) => m[1]!),
      ),
    );
    const carried = new Set<string>(SETTING_VARIABLES);
    expect(
      [...read].filter((name) => !carried.has(name) && !(NOT_CARRIED as readonly string[]).includes(name)),
    ).toEqual([]);
    expect(read.has('AIGENC_SEARCHAD_INTERVAL_MS')).toBe(true);
    expect(carried.has('AIGENC_SEARCHAD_INTERVAL_MS')).toBe(true);
  });
});
