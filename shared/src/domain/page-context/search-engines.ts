/**
 * Google, Daum, YouTube and DuckDuckGo search result pages, Kakao's map search and DC Inside's
 * search: the query the person typed.
 */
import { decodePercent, queryParam, tidy } from './text.ts';
import type { PageReader } from './types.ts';

export const readGoogle: PageReader = (url) => {
  if (!/^(www\.)?google\.(com|co\.kr)$/.test(url.hostname) || url.pathname !== '/search') return null;
  return queryParam(url, 'q', 'google');
};

export const readDaum: PageReader = (url) => {
  if (!/^(m\.)?search\.daum\.net$/.test(url.hostname)) return null;
  return queryParam(url, 'q', 'daum');
};

export const readYouTube: PageReader = (url) => {
  if (!/^(www\.|m\.)?youtube\.com$/.test(url.hostname) || url.pathname !== '/results') return null;
  return queryParam(url, 'search_query', 'youtube');
};

export const readDuckDuckGo: PageReader = (url) => {
  if (!/^((html|lite)\.)?duckduckgo\.com$/.test(url.hostname)) return null;
  return queryParam(url, 'q', 'duckduckgo');
};

/** Kakao Map: `?q=` on the map, the mobile search view, and the link form `/link/search/<keyword>`. */
export const readKakaoMap: PageReader = (url) => {
  if (!/^(m\.)?map\.kakao\.com$/.test(url.hostname)) return null;
  const inPath = /^\/link\/search\/([^/]+)/.exec(url.pathname)?.[1];
  if (inPath) {
    const keyword = tidy(decodePercent(inPath));
    return keyword ? { kind: 'query', keyword, url: url.href, source: 'kakao-map' } : null;
  }
  return queryParam(url, 'q', 'kakao-map');
};

/** DC Inside writes the query's UTF-8 bytes as ".XX" in the path: `/combine/q/.EC.BA.A0.ED.95.91`. */
export const readDcInside: PageReader = (url) => {
  if (url.hostname !== 'search.dcinside.com') return null;
  const segment = /\/q\/([^/]+)/.exec(url.pathname)?.[1];
  if (!segment) return null;
  const keyword = tidy(decodePercent(segment.replace(/\.([0-9A-Fa-f]{2})/g, '%$1')));
  return keyword ? { kind: 'query', keyword, url: url.href, source: 'dcinside' } : null;
};
