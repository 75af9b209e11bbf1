/**
 * Naver: integrated search (PC and mobile), shopping search, blog search; on Smart Store, brand
 * store and shopping catalogue product pages, the product's name from the title.
 */
import { cleanTitle, queryParam } from './text.ts';
import type { PageReader } from './types.ts';

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
  return null;
};
