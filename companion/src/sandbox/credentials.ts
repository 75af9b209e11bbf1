/**
 * The credentials the sandbox accepts by default, for `aigenc demo` and the tests. They are not
 * secrets: they open nothing but the local emulator.
 */
export const DEMO_CREDENTIALS = Object.freeze({
  'naver-searchad': {
    apiKey: 'demo-searchad-access-license',
    secretKey: 'demo-searchad-secret',
    customerId: '1000001',
  },
  'naver-search': { clientId: 'demo-search-client-id', clientSecret: 'demo-search-client-secret' },
  // A Commerce secret is a bcrypt salt: the demo uses the public check value of the vendor's docs.
  'naver-commerce': {
    clientId: 'demo-commerce-client-id',
    clientSecret: '$2a$10$abcdefghijklmnopqrstuv',
  },
  'coupang-partners': {
    accessKey: 'demo-coupang-access-key',
    secretKey: 'demo-coupang-secret-key',
    subId: 'aigencdemo',
  },
});

export const DEMO_SELLER_ACCOUNT = 'demo-seller-account';

type SandboxUrls = Record<'searchad' | 'search' | 'commerce' | 'coupang', string>;

/** Only the upstream overrides: every connector aimed at the sandbox, with no keys (the setup page adds them). */
export function sandboxOverrides(urls: SandboxUrls): Record<string, string> {
  return {
    NAVER_SEARCHAD_BASE_URL: urls.searchad,
    NAVER_SEARCH_BASE_URL: urls.search,
    NAVER_COMMERCE_BASE_URL: urls.commerce,
    COUPANG_PARTNERS_BASE_URL: urls.coupang,
  };
}

/** The environment that points `aigenc serve` at a running sandbox with the demo keys. */
export function demoEnvironment(urls: SandboxUrls): Record<string, string> {
  const c = DEMO_CREDENTIALS;
  return {
    ...sandboxOverrides(urls),
    NAVER_SEARCHAD_API_KEY: c['naver-searchad'].apiKey,
    NAVER_SEARCHAD_SECRET_KEY: c['naver-searchad'].secretKey,
    NAVER_SEARCHAD_CUSTOMER_ID: c['naver-searchad'].customerId,
    NAVER_SEARCH_CLIENT_ID: c['naver-search'].clientId,
    NAVER_SEARCH_CLIENT_SECRET: c['naver-search'].clientSecret,
    // API HUB keys: the only kind a new user can get (the demo shows today's path).
    NAVER_SEARCH_KEY_KIND: 'apihub',
    NAVER_COMMERCE_CLIENT_ID: c['naver-commerce'].clientId,
    NAVER_COMMERCE_CLIENT_SECRET: c['naver-commerce'].clientSecret,
    COUPANG_PARTNERS_ACCESS_KEY: c['coupang-partners'].accessKey,
    COUPANG_PARTNERS_SECRET_KEY: c['coupang-partners'].secretKey,
    COUPANG_PARTNERS_SUB_ID: c['coupang-partners'].subId,
  };
}
