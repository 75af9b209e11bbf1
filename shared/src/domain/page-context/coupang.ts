/**
 * Coupang: search pages give their query; product and category pages their name from the title
 * (kind `coupang-page`); any other page its title as a guess (kind `title`). Whether a page can be
 * linked is `canonicalCoupangUrl`'s to say.
 */
import { cleanTitle, isHomePage, queryParam } from './text.ts';
import type { PageReader } from './types.ts';

export const readCoupang: PageReader = (url, input) => {
  if (!/^(www\.|m\.|pages\.)?coupang\.com$/.test(url.hostname)) return null;
  if (/^\/n[pm]\/search/.test(url.pathname)) {
    const context = queryParam(url, 'q', 'coupang-search');
    return context ? { ...context, kind: 'query' } : null;
  }
  if (/^\/v[pm]\/products\//.test(url.pathname)) {
    // A product's title reads "<product> - <category> | 쿠팡": the category is not the product.
    const title = (input.title ?? '').replace(/\s+-\s+[^-|]+\s*\|\s*(쿠팡!?|Coupang)\s*$/iu, '');
    return { kind: 'coupang-page', keyword: cleanTitle(title), url: url.href, source: 'coupang' };
  }
  if (/^\/n[pm]\/categories\//.test(url.pathname))
    return { kind: 'coupang-page', keyword: cleanTitle(input.title), url: url.href, source: 'coupang' };
  // Any other page (a brand shop, Coupang Global, a promotion): its title is a guess, offered to
  // edit and looked up only when asked.
  const title = isHomePage(url) ? null : cleanTitle(input.title);
  return title
    ? { kind: 'title', keyword: title, url: url.href, source: 'coupang' }
    : { kind: 'coupang-page', keyword: null, url: url.href, source: 'coupang' };
};
