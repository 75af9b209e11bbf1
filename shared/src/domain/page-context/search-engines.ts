/** Google, Daum and YouTube search result pages: the query the person typed. */
import { queryParam } from './text.ts';
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
