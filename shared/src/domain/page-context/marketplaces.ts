/**
 * Korean marketplaces and shops: the search query (11st, Gmarket and Auction may encode it in
 * EUC-KR), or on a product page its name from the title.
 */
import { cleanTitle, decodePercent, legacyQueryParam, queryParam, tidy } from './text.ts';
import type { PageContext, PageReader } from './types.ts';

function product(url: URL, title: string | undefined, source: string): PageContext | null {
  const keyword = cleanTitle(title, url.hostname);
  return keyword ? { kind: 'product', keyword, url: url.href, source } : null;
}

/** 11번가 encodes its keyword twice: what is still percent-encoded after one reading is read again. */
function decodedTwice(context: PageContext | null): PageContext | null {
  if (!context?.keyword || !/%[0-9A-Fa-f]{2}/.test(context.keyword)) return context;
  const again = tidy(decodePercent(context.keyword));
  return again ? { ...context, keyword: again } : context;
}

export const read11st: PageReader = (url, input) => {
  const host = url.hostname;
  if (host === 'search.11st.co.kr' || (host === 'www.11st.co.kr' && /search/i.test(url.pathname))) {
    return decodedTwice(legacyQueryParam(url, ['kwd', 'searchKeyword'], '11st'));
  }
  if (host === 'm.11st.co.kr' && /search/i.test(url.pathname)) {
    return decodedTwice(legacyQueryParam(url, ['searchKeyword', 'kwd'], '11st'));
  }
  if ((host === 'www.11st.co.kr' || host === 'm.11st.co.kr') && /\/products\/(m\/)?\d+/.test(url.pathname)) {
    return product(url, input.title, '11st');
  }
  return null;
};

export const readGmarket: PageReader = (url, input) => {
  const host = url.hostname;
  if (host === 'browse.gmarket.co.kr' || host === 'search.gmarket.co.kr' || host === 'm.browse.gmarket.co.kr') {
    return legacyQueryParam(url, ['keyword', 'keywords'], 'gmarket');
  }
  // The current search address: www.gmarket.co.kr/n/search?keyword=...
  if (/^(www\.|m\.)?gmarket\.co\.kr$/.test(host) && /^\/n\/search/.test(url.pathname)) {
    return legacyQueryParam(url, ['keyword', 'keywords'], 'gmarket');
  }
  if (/^(item|mitem)\.gmarket\.co\.kr$/.test(host)) return product(url, input.title, 'gmarket');
  return null;
};

export const readAuction: PageReader = (url, input) => {
  const host = url.hostname;
  if (host === 'browse.auction.co.kr' || host === 'search.auction.co.kr' || host === 'm.browse.auction.co.kr') {
    return legacyQueryParam(url, ['keyword', 'keywords'], 'auction');
  }
  if (/^(itempage3|mitem)\.auction\.co\.kr$/.test(host)) return product(url, input.title, 'auction');
  return null;
};

export const readSsg: PageReader = (url, input) => {
  if (!/^(www|m)\.ssg\.com$/.test(url.hostname)) return null;
  if (/^\/search/.test(url.pathname)) return queryParam(url, 'query', 'ssg');
  if (/^\/item\/itemView/.test(url.pathname)) return product(url, input.title, 'ssg');
  return null;
};

export const readMusinsa: PageReader = (url, input) => {
  if (!/^(www\.)?musinsa\.com$/.test(url.hostname)) return null;
  if (/^\/search/.test(url.pathname)) {
    return queryParam(url, 'keyword', 'musinsa') ?? queryParam(url, 'q', 'musinsa');
  }
  if (/^\/(app\/)?(goods|products)\/\d+/.test(url.pathname)) return product(url, input.title, 'musinsa');
  return null;
};

export const readDanawa: PageReader = (url, input) => {
  const host = url.hostname;
  if (host === 'search.danawa.com' || host === 'msearch.danawa.com') return queryParam(url, 'query', 'danawa');
  if ((host === 'prod.danawa.com' || host === 'm.danawa.com') && url.searchParams.has('pcode')) {
    return product(url, input.title, 'danawa');
  }
  return null;
};

export const readKurly: PageReader = (url, input) => {
  if (!/^(www\.)?kurly\.com$/.test(url.hostname)) return null;
  if (url.pathname === '/search') return queryParam(url, 'sword', 'kurly');
  if (/^\/goods\/\d+/.test(url.pathname)) return product(url, input.title, 'kurly');
  return null;
};
