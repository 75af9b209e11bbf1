import { describe, expect, it } from 'vitest';
import { pageContext } from './index.ts';

describe('pageContext', () => {
  it.each([
    [
      'https://search.naver.com/search.naver?where=nexearch&sm=top_hty&fbm=0&ie=utf8&query=%EB%AC%B4%EC%84%A0+%EC%9D%B4%EC%96%B4%ED%8F%B0',
      'query',
      '무선 이어폰',
      'naver-search',
    ],
    [
      'https://m.search.naver.com/search.naver?sm=mtp_hty.top&where=m&query=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90',
      'query',
      '캠핑의자',
      'naver-search',
    ],
    [
      'https://search.shopping.naver.com/search/all?query=%EC%97%90%EC%96%B4%ED%94%84%EB%9D%BC%EC%9D%B4%EC%96%B4&cat_id=&frm=NVSHATC',
      'query',
      '에어프라이어',
      'naver-shopping',
    ],
    [
      'https://msearch.shopping.naver.com/search/all?query=%EB%A1%9C%EB%B4%87%EC%B2%AD%EC%86%8C%EA%B8%B0',
      'query',
      '로봇청소기',
      'naver-shopping',
    ],
    [
      'https://section.blog.naver.com/Search/Post.naver?pageNo=1&rangeType=ALL&orderBy=sim&keyword=%EC%BA%A0%ED%95%91',
      'query',
      '캠핑',
      'naver-blog-search',
    ],
    [
      'https://www.coupang.com/np/search?component=&q=%EB%AC%B4%EC%84%A0%EC%B2%AD%EC%86%8C%EA%B8%B0&channel=user',
      'query',
      '무선청소기',
      'coupang-search',
    ],
    ['https://m.coupang.com/nm/search?q=%EC%9A%94%EA%B0%80%EB%A7%A4%ED%8A%B8', 'query', '요가매트', 'coupang-search'],
    [
      'https://www.coupang.com/vp/products/7335597976?itemId=18741704367&vendorItemId=85873964906',
      'coupang-page',
      null,
      'coupang',
    ],
    [
      'https://www.google.com/search?q=%EB%AC%B4%EC%84%A0+%EC%B6%A9%EC%A0%84%EA%B8%B0&oq=&sourceid=chrome',
      'query',
      '무선 충전기',
      'google',
    ],
    ['https://www.google.co.kr/search?q=gaming+mouse', 'query', 'gaming mouse', 'google'],
    [
      'https://search.daum.net/search?w=tot&DA=YZR&t__nil_searchbox=btn&q=%EC%A0%84%EA%B8%B0%EC%9E%A5%ED%8C%90',
      'query',
      '전기장판',
      'daum',
    ],
    ['https://m.search.daum.net/search?w=tot&q=%ED%85%80%EB%B8%94%EB%9F%AC', 'query', '텀블러', 'daum'],
    [
      'https://www.youtube.com/results?search_query=%EC%BA%A0%ED%95%91+%EB%B8%8C%EC%9D%B4%EB%A1%9C%EA%B7%B8',
      'query',
      '캠핑 브이로그',
      'youtube',
    ],
    ['https://www.google.com/maps?q=seoul', 'unknown', null, 'none'],
    ['https://search.naver.com/search.naver?query=', 'unknown', null, 'none'],
    // A look-alike is just another site's search: never a Coupang page (no link card).
    ['https://www.coupang.com.evil.example/np/search?q=x', 'query', 'x', 'search:evil'],
    ['chrome://extensions/', 'unknown', null, 'none'],
    ['not a url', 'unknown', null, 'none'],
  ])('%s → %s %j', (url, kind, keyword, source) => {
    expect(pageContext({ url })).toMatchObject({ kind, keyword, source });
  });

  it('prefers the selection, folded to one line', () => {
    expect(
      pageContext({ url: 'https://search.naver.com/search.naver?query=a', selection: '  무선\n 이어폰  ' }),
    ).toMatchObject({
      kind: 'text',
      keyword: '무선 이어폰',
      source: 'selection',
    });
  });

  it('cuts a long selection to 100 characters', () => {
    expect(pageContext({ selection: '가'.repeat(300) }).keyword).toHaveLength(100);
  });
});
