/** Naver: integrated search (PC and mobile), shopping search, blog search. */
import { queryParam } from './text.ts';
import type { PageReader } from './types.ts';

export const readNaver: PageReader = (url) => {
  const host = url.hostname;
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
