/** Coupang: search pages give their query; product and other pages are Coupang pages to link. */
import { queryParam } from './text.ts';
import type { PageReader } from './types.ts';

export const readCoupang: PageReader = (url) => {
  if (!/^(www\.|m\.)?coupang\.com$/.test(url.hostname)) return null;
  if (/^\/n[pm]\/search/.test(url.pathname)) {
    const context = queryParam(url, 'q', 'coupang-search');
    return context ? { ...context, kind: 'query' } : null;
  }
  return { kind: 'coupang-page', keyword: null, url: url.href, source: 'coupang' };
};
