/**
 * Which official APIs there are and what they are called: the light part of the provider
 * registry, for code that names a provider without its keys' forms, limits or capabilities (the
 * wire contract, the popup's connection list). Each registry entry takes its name from here.
 */
import * as z from 'zod/mini';
import type { Language } from '../language.ts';

type Words = Readonly<Record<Language, string>>;

/** In the order the product lists them. */
export const PROVIDER_NAMES = {
  'naver-searchad': {
    name: { ko: '네이버 검색광고', en: 'Naver Search Ad' },
    purpose: { ko: '키워드 도구', en: 'keyword tool' },
  },
  'naver-search': {
    name: { ko: '네이버 검색', en: 'Naver Search' },
    purpose: { ko: '문서 수', en: 'document counts' },
  },
  'naver-commerce': {
    name: { ko: '네이버 커머스', en: 'Naver Commerce' },
    purpose: { ko: '스마트스토어', en: 'Smart Store' },
  },
  'coupang-partners': {
    name: { ko: '쿠팡 파트너스', en: 'Coupang Partners' },
    purpose: { ko: '파트너스 링크', en: 'affiliate links' },
  },
} as const satisfies Record<string, { name: Words; purpose: Words }>;

export type Provider = keyof typeof PROVIDER_NAMES;

export const PROVIDERS: readonly Provider[] = Object.freeze(Object.keys(PROVIDER_NAMES) as Provider[]);
export const ProviderSchema = z.enum(PROVIDERS as [Provider, ...Provider[]]);

/** "네이버 검색광고", or with its purpose: "네이버 검색광고 (키워드 도구)". */
export function providerName(provider: Provider, language: Language): string {
  return PROVIDER_NAMES[provider].name[language];
}
export function providerLabel(provider: Provider, language: Language): string {
  const { name, purpose } = PROVIDER_NAMES[provider];
  return `${name[language]} (${purpose[language]})`;
}
