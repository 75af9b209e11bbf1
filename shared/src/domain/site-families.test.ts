import { describe, expect, it } from 'vitest';
import { SITE_FAMILIES, familyMatches, familyOf, sameSiteSearch } from './site-families.ts';

describe('site families', () => {
  it.each([
    ['https://search.naver.com/search.naver?query=%EC%BA%A0%ED%95%91', 'naver-search'],
    ['https://m.search.naver.com/search.naver?query=x', 'naver-search'],
    ['https://search.shopping.naver.com/ns/search?query=x', 'naver-shopping'],
    ['https://msearch.shopping.naver.com/search/all?query=x', 'naver-shopping'],
    ['https://www.coupang.com/np/search?q=x', 'coupang'],
    ['https://m.coupang.com/vm/products/1', 'coupang'],
  ])('%s belongs to %s', (url, id) => {
    expect(familyOf(url)?.id).toBe(id);
  });

  it.each([
    'http://search.naver.com/search.naver?query=x',
    'https://search.naver.com.example.kr/search.naver?query=x',
    'https://naver.com/search.naver?query=x',
    'https://xsearch.naver.com/search.naver?query=x',
    'https://www.coupang.com.evil.kr/np/search?q=x',
    'https://user:pass@www.coupang.com/np/search?q=x',
    'https://www.coupang.com:8443/np/search?q=x',
    'chrome-extension://abc/popup.html',
    'not an address',
    undefined,
  ])('%s belongs to none', (url) => {
    expect(familyOf(url)).toBeNull();
  });

  it('asks for exactly its hosts over https', () => {
    expect(SITE_FAMILIES.flatMap(familyMatches)).toEqual([
      'https://search.naver.com/*',
      'https://m.search.naver.com/*',
      'https://search.shopping.naver.com/*',
      'https://msearch.shopping.naver.com/*',
      'https://www.coupang.com/*',
      'https://m.coupang.com/*',
    ]);
  });

  it.each([
    [
      'https://search.naver.com/search.naver?where=nexearch&sm=top_hty&query=%EC%BA%A0%ED%95%91&start=11',
      'https://search.naver.com/search.naver?query=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90',
    ],
    [
      'https://search.shopping.naver.com/ns/search?query=x&sort=price_asc',
      'https://search.shopping.naver.com/ns/search?query=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90',
    ],
    [
      'https://www.coupang.com/np/search?component=&q=x&channel=user&page=2',
      'https://www.coupang.com/np/search?q=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90',
    ],
  ])('searches another keyword where the page searched (%s), leaving filters and paging behind', (page, link) => {
    expect(sameSiteSearch(page, familyOf(page)!, '캠핑의자')).toBe(link);
  });
});
