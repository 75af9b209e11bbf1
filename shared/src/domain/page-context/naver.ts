/**
 * Naver: integrated search (PC and mobile), shopping search, blog search (PC and mobile), cafe
 * search (the cafe home's, and the search inside one cafe, EUC-KR and nested in the cafe's frame
 * address), the dictionaries (the query after `#`), place lists; on Smart Store, brand store and
 * shopping catalogue product pages, the product's name from the title.
 */
import { cleanTitle, decodePercent, legacyQueryParam, queryParam, rawQueryParam, tidy } from './text.ts';
import type { PageContext, PageReader } from './types.ts';

const CAFE_HOSTS = /^(m\.|section\.)?cafe\.naver\.com$/;

/**
 * A cafe's search: `search.query` (EUC-KR in older links) on ArticleSearchList, or `q` on the cafe
 * home's search pages. A cafe page shows its inner page through a frame address in `iframe_url`
 * (encoded once) or `iframe_url_utf8` (encoded twice); the search may be in there.
 */
function readCafe(url: URL, depth = 0): PageContext | null {
  const inner = rawQueryParam(url, ['iframe_url']) ?? decodePercent(rawQueryParam(url, ['iframe_url_utf8']) ?? '');
  if (inner?.startsWith('/') && depth === 0) {
    try {
      const nested = readCafe(new URL(inner, 'https://cafe.naver.com'), 1);
      if (nested) return { ...nested, url: url.href };
    } catch {
      // Not an address: nothing nested to read.
    }
  }
  const inCafe = legacyQueryParam(url, ['search.query'], 'naver-cafe-search');
  if (inCafe) return inCafe;
  return /\/search(\/|$)/.test(url.pathname) ? queryParam(url, 'q', 'naver-cafe-search') : null;
}

/** The dictionaries keep their query in the fragment: `#/search?query=…`. */
function readDictionary(url: URL): PageContext | null {
  const fragment = url.hash.indexOf('?');
  const inHash = fragment < 0 ? null : new URLSearchParams(url.hash.slice(fragment + 1)).get('query');
  const keyword = tidy(inHash ?? url.searchParams.get('query'));
  return keyword ? { kind: 'query', keyword, url: url.href, source: 'naver-dict' } : null;
}

const STORE_HOSTS = /^(m\.)?(smartstore|brand)\.naver\.com$/;

export const readNaver: PageReader = (url, input) => {
  const host = url.hostname;
  if (
    (STORE_HOSTS.test(host) && /^\/[^/]+\/products\/\d+/.test(url.pathname)) ||
    (/^(m\.)?search\.shopping\.naver\.com$/.test(host) && /^\/catalog\/\d+/.test(url.pathname))
  ) {
    // A product title reads "<product> : <store name>": the store's name is not the keyword.
    const title = (input.title ?? '').replace(/\s+:\s+[^:]+$/u, '');
    const keyword = cleanTitle(title);
    return keyword ? { kind: 'product', keyword, url: url.href, source: 'naver-store' } : null;
  }
  if (host === 'search.naver.com' || host === 'm.search.naver.com') return queryParam(url, 'query', 'naver-search');
  if (host === 'search.shopping.naver.com' || host === 'msearch.shopping.naver.com') {
    return queryParam(url, 'query', 'naver-shopping');
  }
  if ((host === 'shopping.naver.com' || host === 'm.shopping.naver.com') && url.searchParams.has('query')) {
    return queryParam(url, 'query', 'naver-shopping');
  }
  if ((host === 'section.blog.naver.com' || host === 'm.blog.naver.com') && url.searchParams.has('keyword')) {
    return queryParam(url, 'keyword', 'naver-blog-search');
  }
  if (host === 'm.blog.naver.com' && url.searchParams.has('searchValue'))
    return queryParam(url, 'searchValue', 'naver-blog-search');
  if (CAFE_HOSTS.test(host)) return readCafe(url);
  if (/^([a-z]+\.)?dict\.naver\.com$/.test(host)) return readDictionary(url);
  if (/^(m|pcmap)\.place\.naver\.com$/.test(host)) return queryParam(url, 'query', 'naver-place');
  return null;
};
