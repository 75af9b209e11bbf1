/**
 * The only production origins the companion may ever call, per connector. Config validates
 * overrides against this table and the egress dispatcher allows nothing else.
 */
import type { Provider } from '@aigenc/shared/contract';

export type SearchKeyKind = 'legacy' | 'apihub';

export const OFFICIAL_ORIGINS = Object.freeze({
  'naver-searchad': 'https://api.searchad.naver.com',
  'naver-search': 'https://openapi.naver.com',
  'naver-commerce': 'https://api.commerce.naver.com',
  'coupang-partners': 'https://api-gateway.coupang.com',
} as const satisfies Record<Provider, string>);

/** NAVER API HUB keys (apps created since mid-2026) use the NCP gateway instead of openapi. */
export const NAVER_SEARCH_APIHUB_ORIGIN = 'https://naverapihub.apigw.ntruss.com';

export function officialOrigin(provider: Provider, searchKeyKind: SearchKeyKind = 'legacy'): string {
  if (provider === 'naver-search' && searchKeyKind === 'apihub') return NAVER_SEARCH_APIHUB_ORIGIN;
  return OFFICIAL_ORIGINS[provider];
}

/** What people call each service, for messages in both languages. */
export const PROVIDER_NAMES: Readonly<Record<Provider, { ko: string; en: string }>> = {
  'naver-searchad': { ko: '네이버 검색광고', en: 'Naver Search Ad' },
  'naver-search': { ko: '네이버 검색', en: 'Naver Search' },
  'naver-commerce': { ko: '네이버 커머스', en: 'Naver Commerce' },
  'coupang-partners': { ko: '쿠팡 파트너스', en: 'Coupang Partners' },
};
