/**
 * Coupang: search pages give their query; product and category pages their name from the title;
 * every Coupang page is also a page to link (kind `coupang-page`).
 */
import { cleanTitle, queryParam } from './text.ts';
import type { PageReader } from './types.ts';

export const readCoupang: PageReader = (url, input) => {
  if (!/^(www\.|m\.)?coupang\.com$/.test(url.hostname)) return null;
  if (/^\/n[pm]\/search/.test(url.pathname)) {
    const context = queryParam(url, 'q', 'coupang-search');
    return context ? { ...context, kind: 'query' } : null;
  }
  const named = /^\/(v[pm]\/products|n[pm]\/categories)\//.test(url.pathname) ? cleanTitle(input.title) : null;
  return { kind: 'coupang-page', keyword: named, url: url.href, source: 'coupang' };
};
