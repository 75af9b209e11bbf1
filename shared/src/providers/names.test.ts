import { describe, expect, it } from 'vitest';
import { PROVIDERS, providerLabel, providerName, providerSpec } from './index.ts';

describe('the providers’ names', () => {
  it('lists every registry entry once, in the registry’s order, each under the name the registry carries', () => {
    expect(PROVIDERS).toEqual(['naver-searchad', 'naver-search', 'naver-commerce', 'coupang-partners']);
    for (const provider of PROVIDERS) {
      expect(providerSpec(provider).id).toBe(provider);
      expect(providerName(provider, 'ko')).toBe(providerSpec(provider).name.ko);
    }
  });

  it('names a provider with its purpose in either language', () => {
    expect(providerLabel('naver-searchad', 'ko')).toBe('네이버 검색광고 (키워드 도구)');
    expect(providerLabel('coupang-partners', 'en')).toBe('Coupang Partners (affiliate links)');
  });
});
