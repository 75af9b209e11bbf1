/**
 * Page context across the site families, with real-shaped addresses: queries ("+" and %20 for
 * spaces, EUC-KR where marketplaces still use it), product pages named by their title, and the
 * title fallback with the site's name trimmed.
 */
import { describe, expect, it } from 'vitest';
import { pageContext } from './index.ts';
import { cleanTitle, rawQueryParam } from './text.ts';

type Row = [url: string, title: string, kind: string, keyword: string | null, source: string];

const ROWS: Row[] = [
  // Naver
  [
    'https://search.naver.com/search.naver?where=blog&query=%EC%BA%A0%ED%95%91+%EC%9D%98%EC%9E%90&sm=tab_opt',
    '',
    'query',
    '캠핑 의자',
    'naver-search',
  ],
  [
    'https://search.naver.com/search.naver?ssc=tab.nx.all&query=%EB%85%B8%ED%8A%B8%EB%B6%81%20%EA%B1%B0%EC%B9%98%EB%8C%80',
    '',
    'query',
    '노트북 거치대',
    'naver-search',
  ],
  [
    'https://m.search.naver.com/search.naver?query=%EC%97%90%EC%96%B4%ED%8C%9F&where=m&sm=mtp_hty',
    '',
    'query',
    '에어팟',
    'naver-search',
  ],
  [
    'https://search.shopping.naver.com/ns/search?query=%EB%AC%BC%ED%8B%B0%EC%8A%88',
    '',
    'query',
    '물티슈',
    'naver-shopping',
  ],
  [
    'https://msearch.shopping.naver.com/search/all?query=%EC%9A%B4%EB%8F%99%ED%99%94&frm=NVSHSRC',
    '',
    'query',
    '운동화',
    'naver-shopping',
  ],
  [
    'https://m.blog.naver.com/SectionPostSearch.naver?keyword=%EC%A0%9C%EC%A3%BC+%EC%97%AC%ED%96%89',
    '',
    'query',
    '제주 여행',
    'naver-blog-search',
  ],
  [
    'https://smartstore.naver.com/comet/products/5123456789',
    '코멧 접이식 캠핑의자 경량 : 코멧 공식스토어',
    'product',
    '코멧 접이식 캠핑의자 경량',
    'naver-store',
  ],
  [
    'https://m.smartstore.naver.com/comet/products/5123456789?NaPm=ct%3Dabc',
    '코멧 접이식 캠핑의자 : 코멧',
    'product',
    '코멧 접이식 캠핑의자',
    'naver-store',
  ],
  [
    'https://brand.naver.com/samsung/products/4876543210',
    '삼성 갤럭시 버즈3 프로 : 삼성전자 브랜드스토어',
    'product',
    '삼성 갤럭시 버즈3 프로',
    'naver-store',
  ],
  [
    'https://search.shopping.naver.com/catalog/41234567890?query=%EB%B2%84%EC%A6%88',
    'LG 그램 16 : 네이버 쇼핑',
    'product',
    'LG 그램 16',
    'naver-store',
  ],
  // Coupang
  [
    'https://www.coupang.com/np/search?q=%EB%AC%B4%EC%84%A0+%EC%B2%AD%EC%86%8C%EA%B8%B0&channel=recent',
    '',
    'query',
    '무선 청소기',
    'coupang-search',
  ],
  ['https://m.coupang.com/nm/search?q=%EA%B8%B0%EC%A0%80%EA%B7%80', '', 'query', '기저귀', 'coupang-search'],
  [
    'https://www.coupang.com/vp/products/7335597976?itemId=18738765443',
    '코멧 캠핑의자 접이식 - 쿠팡!',
    'coupang-page',
    '코멧 캠핑의자 접이식',
    'coupang',
  ],
  ['https://m.coupang.com/vm/products/7335597976', '코멧 캠핑의자 | 쿠팡', 'coupang-page', '코멧 캠핑의자', 'coupang'],
  ['https://www.coupang.com/np/categories/186764', '캠핑가구 - 쿠팡!', 'coupang-page', '캠핑가구', 'coupang'],
  // Other Coupang pages offer their title to edit (kind `title`: looked up only when asked).
  ['https://www.coupang.com/np/goldbox', '골드박스 - 쿠팡!', 'title', '골드박스', 'coupang'],
  // Google, Daum, YouTube
  [
    'https://www.google.com/search?q=%EA%B0%80%EC%8A%B5%EA%B8%B0+%EC%B6%94%EC%B2%9C&oq=%EA%B0%80%EC%8A%B5%EA%B8%B0&sourceid=chrome',
    '',
    'query',
    '가습기 추천',
    'google',
  ],
  ['https://www.google.co.kr/search?q=%ED%85%90%ED%8A%B8&hl=ko', '', 'query', '텐트', 'google'],
  [
    'https://search.daum.net/search?w=tot&DA=YZR&t__nil_searchbox=btn&q=%EC%A0%84%EA%B8%B0%EB%B0%A5%EC%86%A5',
    '',
    'query',
    '전기밥솥',
    'daum',
  ],
  ['https://m.search.daum.net/search?w=tot&q=%EB%B3%B4%EC%98%A8%EB%B3%91', '', 'query', '보온병', 'daum'],
  [
    'https://www.youtube.com/results?search_query=%EC%BA%A0%ED%95%91+%EB%B8%8C%EC%9D%B4%EB%A1%9C%EA%B7%B8',
    '',
    'query',
    '캠핑 브이로그',
    'youtube',
  ],
  ['https://m.youtube.com/results?sp=mAEA&search_query=%EB%A8%B9%EB%B0%A9', '', 'query', '먹방', 'youtube'],
  // 11st (EUC-KR and UTF-8)
  ['https://search.11st.co.kr/Search.tmall?kwd=%C4%B7%C7%CE%C0%C7%C0%DA', '', 'query', '캠핑의자', '11st'],
  [
    'https://search.11st.co.kr/Search.tmall?method=getTotalSearchSeller&kwd=%B9%AB%BC%B1+%C0%CC%BE%EE%C6%F9',
    '',
    'query',
    '무선 이어폰',
    '11st',
  ],
  [
    'https://search.11st.co.kr/pc/total-search?kwd=%EB%85%B8%ED%8A%B8%EB%B6%81&tabId=TOTAL_SEARCH',
    '',
    'query',
    '노트북',
    '11st',
  ],
  [
    'https://m.11st.co.kr/MW/Search/searchProduct.tmall?searchKeyword=%EC%97%90%EC%96%B4%ED%8C%9F+%ED%94%84%EB%A1%9C',
    '',
    'query',
    '에어팟 프로',
    '11st',
  ],
  [
    'https://www.11st.co.kr/products/6543210987',
    '애플 에어팟 프로 2세대 - 11번가',
    'product',
    '애플 에어팟 프로 2세대',
    '11st',
  ],
  [
    'https://m.11st.co.kr/products/m/6543210987?trTypeCd=22',
    '애플 에어팟 프로 2세대 | 11번가',
    'product',
    '애플 에어팟 프로 2세대',
    '11st',
  ],
  // Gmarket (EUC-KR and UTF-8)
  ['https://browse.gmarket.co.kr/search?keyword=%EC%83%9D%EC%88%98&k=32&p=1', '', 'query', '생수', 'gmarket'],
  [
    'https://browse.gmarket.co.kr/search?keyword=%B3%EB%C6%AE%BA%CF+%B0%C5%C4%A1%B4%EB',
    '',
    'query',
    '노트북 거치대',
    'gmarket',
  ],
  ['http://search.gmarket.co.kr/search.aspx?keyword=%C4%B7%C7%CE%C0%C7%C0%DA', '', 'query', '캠핑의자', 'gmarket'],
  ['https://m.browse.gmarket.co.kr/search?keyword=%EC%B9%AB%EC%86%94', '', 'query', '칫솔', 'gmarket'],
  [
    'https://item.gmarket.co.kr/Item?goodscode=2345678901',
    '[G마켓] 쿠쿠 전기밥솥 6인용 - G마켓',
    'product',
    '쿠쿠 전기밥솥 6인용',
    'gmarket',
  ],
  // Auction (EUC-KR and UTF-8)
  [
    'https://browse.auction.co.kr/search?keyword=%BF%A1%BE%EE%C6%CC+%C7%C1%B7%CE&itemno=&nickname=',
    '',
    'query',
    '에어팟 프로',
    'auction',
  ],
  [
    'https://browse.auction.co.kr/search?keyword=%EB%8B%A4%EC%9D%B4%EC%96%B4%EB%A6%AC',
    '',
    'query',
    '다이어리',
    'auction',
  ],
  ['https://m.browse.auction.co.kr/search?keyword=%ED%85%80%EB%B8%94%EB%9F%AC', '', 'query', '텀블러', 'auction'],
  [
    'http://itempage3.auction.co.kr/DetailView.aspx?itemno=C123456789',
    '락앤락 텀블러 473ml - 옥션',
    'product',
    '락앤락 텀블러 473ml',
    'auction',
  ],
  // SSG, Musinsa, Danawa, Kurly
  ['https://www.ssg.com/search.ssg?target=all&query=%EC%83%B4%ED%91%B8', '', 'query', '샴푸', 'ssg'],
  ['https://m.ssg.com/search.ssg?query=%ED%95%B8%EB%93%9C%ED%81%AC%EB%A6%BC', '', 'query', '핸드크림', 'ssg'],
  [
    'https://www.ssg.com/item/itemView.ssg?itemId=1000123456789',
    '[신세계몰] 다이슨 에어랩 - SSG.COM',
    'product',
    '다이슨 에어랩',
    'ssg',
  ],
  [
    'https://www.musinsa.com/search/goods?keyword=%EB%B0%98%ED%8C%94+%ED%8B%B0%EC%85%94%EC%B8%A0',
    '',
    'query',
    '반팔 티셔츠',
    'musinsa',
  ],
  [
    'https://www.musinsa.com/search/musinsa/goods?q=%EC%B9%B4%EA%B3%A0%ED%8C%AC%EC%B8%A0',
    '',
    'query',
    '카고팬츠',
    'musinsa',
  ],
  ['https://www.musinsa.com/products/3456789', '나이키 덩크 로우 | 무신사', 'product', '나이키 덩크 로우', 'musinsa'],
  [
    'https://search.danawa.com/dsearch.php?query=%EA%B7%B8%EB%9E%98%ED%94%BD%EC%B9%B4%EB%93%9C&tab=main',
    '',
    'query',
    '그래픽카드',
    'danawa',
  ],
  ['https://msearch.danawa.com/search?query=%EB%AA%A8%EB%8B%88%ED%84%B0', '', 'query', '모니터', 'danawa'],
  [
    'https://prod.danawa.com/info/?pcode=12345678&cate=112758',
    'LG전자 울트라기어 27GR93U : 다나와 가격비교',
    'product',
    'LG전자 울트라기어 27GR93U',
    'danawa',
  ],
  ['https://www.kurly.com/search?sword=%EB%8B%AD%EA%B0%80%EC%8A%B4%EC%82%B4', '', 'query', '닭가슴살', 'kurly'],
  [
    'https://www.kurly.com/goods/5012345',
    '[KF365] 한돈 삼겹살 구이용 - 컬리',
    'product',
    '[KF365] 한돈 삼겹살 구이용',
    'kurly',
  ],
  // The title, without the site's name
  [
    'https://blog.naver.com/someone/223456789012',
    '제주도 3박 4일 여행 코스 : 네이버 블로그',
    'title',
    '제주도 3박 4일 여행 코스',
    'title',
  ],
  [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    '(12) 캠핑 브이로그 | 겨울 차박 - YouTube',
    'title',
    '캠핑 브이로그 | 겨울 차박',
    'title',
  ],
  ['https://news.example.kr/article/123', '올겨울 난방비 아끼는 법', 'title', '올겨울 난방비 아끼는 법', 'title'],
  [
    'https://cafe.naver.com/joonggonara/1234',
    '아이패드 미니 6 팝니다 : 네이버 카페',
    'title',
    '아이패드 미니 6 팝니다',
    'title',
  ],
  ['https://www.google.com/maps', '', 'unknown', null, 'none'],
  ['chrome://newtab/', '새 탭', 'unknown', null, 'none'],
  ['https://www.coupang.com/np/search?q=', '', 'unknown', null, 'none'],
];

describe('pageContext across site families', () => {
  it('has at least 60 real-shaped addresses between this table and the first one', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(ROWS)('%s', (url, title, kind, keyword, source) => {
    expect(pageContext({ url, title })).toMatchObject({ kind, keyword, source });
  });

  it('lets the selection win over every page', () => {
    expect(pageContext({ url: ROWS[0]![0], title: 'x', selection: '  선택한\n문장  ' })).toMatchObject({
      kind: 'text',
      keyword: '선택한 문장',
      source: 'selection',
    });
  });
});

describe('rawQueryParam', () => {
  const read = (search: string) => rawQueryParam(new URL(`https://example.kr/s?${search}`), ['kwd']);
  it.each([
    ['kwd=%C4%B7%C7%CE', '캠핑'],
    ['kwd=%EC%BA%A0%ED%95%91', '캠핑'],
    ['kwd=a+b%20c', 'a b c'],
    ['x=1&kwd=%B9%AB%BC%B1', '무선'],
    ['kwd=', null],
    ['kwd=%FF%FF%FF', null],
    ['other=%C4%B7', null],
  ])('%s → %s', (search, expected) => {
    expect(read(search)).toBe(expected);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['상품명 - 쿠팡!', '상품명'],
    ['상품명 : 네이버 쇼핑', '상품명'],
    ['(3) 영상 제목 - YouTube', '영상 제목'],
    ['검색어 - Google 검색', '검색어'],
    ['쿠팡!', null],
    ['', null],
  ])('%s → %s', (title, expected) => {
    expect(cleanTitle(title)).toBe(expected);
  });
});
