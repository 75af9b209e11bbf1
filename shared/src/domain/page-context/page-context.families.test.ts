/**
 * The families a new user's tour still missed (#34), with addresses in the sites' own forms: Naver
 * Cafe's EUC-KR search inside a cafe and the same search nested in the cafe's frame address,
 * Naver's mobile blog search, the dictionary's query after `#`, map and place searches in the path,
 * DuckDuckGo, 11번가's double-encoded keyword and DC Inside's dot-encoded paths; titles whose tail
 * is a category or a page name, and titles that name nothing (an error page, a bare "검색", a home
 * page's slogan) giving no keyword rather than a wrong one.
 */
import { describe, expect, it } from 'vitest';
import { pageContext } from './index.ts';

const e = encodeURIComponent;
type Row = [url: string, keyword: string | null, source: string];

const QUERIES: Row[] = [
  // Naver Cafe: the search inside one cafe, EUC-KR as the cafe still writes it ("캠핑", "아이폰 15")
  [
    'https://cafe.naver.com/ArticleSearchList.nhn?search.clubid=10050146&search.searchBy=0&search.query=%C4%B7%C7%CE',
    '캠핑',
    'naver-cafe-search',
  ],
  [
    'https://cafe.naver.com/ArticleSearchList.nhn?search.clubid=10050146&search.media=0&search.searchdate=all&search.exact=&search.include=&userDisplay=15&search.exclude=&search.option=0&search.sortBy=date&search.searchBy=1&search.searchBlockYn=0&search.includeAll=&search.query=%BE%C6%C0%CC%C6%F9+15&search.viewtype=title&search.page=1',
    '아이폰 15',
    'naver-cafe-search',
  ],
  // … and nested in the cafe's frame address: once encoded (EUC-KR inside), or twice (UTF-8)
  [
    'https://cafe.naver.com/joonggonara?iframe_url=/ArticleSearchList.nhn%3Fsearch.clubid=10050146%26search.searchBy=0%26search.query=%C4%B7%C7%CE%C0%C7%C0%DA',
    '캠핑의자',
    'naver-cafe-search',
  ],
  [
    `https://cafe.naver.com/joonggonara?iframe_url_utf8=%2FArticleSearchList.nhn%253Fsearch.clubid%253D10050146%2526search.query%253D${e(e('유모차'))}`,
    '유모차',
    'naver-cafe-search',
  ],
  [
    `https://m.cafe.naver.com/ca-fe/web/cafes/10050146/search/articles?q=${e('전기자전거')}`,
    '전기자전거',
    'naver-cafe-search',
  ],
  // Naver mobile blog search
  [
    `https://m.blog.naver.com/SectionPostSearch.naver?orderType=sim&searchValue=${e('제주 카페')}`,
    '제주 카페',
    'naver-blog-search',
  ],
  [`https://m.blog.naver.com/SectionSearch.naver?searchValue=${e('캠핑 요리')}`, '캠핑 요리', 'naver-blog-search'],
  // Naver dictionaries: the query is in the fragment
  [`https://ko.dict.naver.com/#/search?query=${e('캠핑')}&range=all`, '캠핑', 'naver-dict'],
  ['https://en.dict.naver.com/#/search?range=all&query=camping%20chair', 'camping chair', 'naver-dict'],
  [`https://dict.naver.com/dict.search?query=${e('텀블러')}`, '텀블러', 'naver-dict'],
  // Naver and Kakao map and place searches
  [`https://map.naver.com/p/search/${e('캠핑장')}?c=15.00,0,0,0,dh`, '캠핑장', 'naver-map'],
  [
    `https://map.naver.com/p/search/${e('강남 맛집')}/place/1234567890?placePath=%3Fentry%253Dpll`,
    '강남 맛집',
    'naver-map',
  ],
  [`https://m.place.naver.com/place/list?query=${e('글램핑')}&x=127.02&y=37.49`, '글램핑', 'naver-place'],
  [`https://pcmap.place.naver.com/place/list?query=${e('캠핑용품점')}`, '캠핑용품점', 'naver-place'],
  [`https://map.kakao.com/link/search/${e('캠핑장')}`, '캠핑장', 'kakao-map'],
  [`https://map.kakao.com/?q=${e('차박 명소')}`, '차박 명소', 'kakao-map'],
  [`https://m.map.kakao.com/actions/searchView?q=${e('오토캠핑장')}&wxEnc=LVSOTP`, '오토캠핑장', 'kakao-map'],
  // DuckDuckGo, its full, html and lite pages
  [`https://duckduckgo.com/?q=${e('캠핑 의자')}&t=h_&ia=web`, '캠핑 의자', 'duckduckgo'],
  [`https://html.duckduckgo.com/html/?q=${e('텐트')}`, '텐트', 'duckduckgo'],
  ['https://lite.duckduckgo.com/lite/?q=camping+lantern', 'camping lantern', 'duckduckgo'],
  ['https://duckduckgo.com/', null, 'none'],
  // 11번가: the keyword encoded twice (and still once, and in EUC-KR)
  [`https://search.11st.co.kr/Search.tmall?kwd=${e(e('캠핑의자'))}`, '캠핑의자', '11st'],
  [`https://search.11st.co.kr/pc/total-search?kwd=${e(e('무선 청소기'))}&tabId=TOTAL_SEARCH`, '무선 청소기', '11st'],
  [`https://search.11st.co.kr/Search.tmall?kwd=${e('텀블러')}`, '텀블러', '11st'],
  ['https://search.11st.co.kr/Search.tmall?kwd=%C4%B7%C7%CE', '캠핑', '11st'],
  // … a percent sign typed in the search box, encoded twice like the rest
  ['https://search.11st.co.kr/Search.tmall?kwd=100%2525%2520%25EB%25A9%25B4', '100% 면', '11st'],
  // DC Inside: UTF-8 bytes written ".XX" in the path
  ['https://search.dcinside.com/combine/q/.EC.BA.A0.ED.95.91', '캠핑', 'dcinside'],
  ['https://search.dcinside.com/post/p/1/q/.EC.BA.A0.ED.95.91.20.EC.9D.98.EC.9E.90', '캠핑 의자', 'dcinside'],
  ['https://search.dcinside.com/gallery/q/iphone.2015', 'iphone 15', 'dcinside'],
];

describe('query families the tour missed', () => {
  it.each(QUERIES)('%s → %s', (url, keyword, source) => {
    const context = pageContext({ url, title: '' });
    expect(context.keyword).toBe(keyword);
    expect(context.source).toBe(source);
    if (keyword) expect(context.kind).toBe('query');
  });
});

type TitleRow = [url: string, title: string, keyword: string | null];

const TITLES: TitleRow[] = [
  // Coupang: "<product> - <category> | 쿠팡": the category is not the product
  [
    'https://www.coupang.com/vp/products/7335597976?itemId=18738765443',
    '코멧 캠핑 릴렉스 체어 경량 접이식 - 캠핑의자 | 쿠팡',
    '코멧 캠핑 릴렉스 체어 경량 접이식',
  ],
  [
    'https://www.coupang.com/vp/products/1234567?vendorItemId=85873964906',
    '삼다수 2L, 12개 - 생수/탄산수 | 쿠팡',
    '삼다수 2L, 12개',
  ],
  // 무신사: "<product> - 사이즈 & 후기 | 무신사"
  [
    'https://www.musinsa.com/products/3456789',
    '[무신사 스탠다드] 릴렉스드 베이식 블랭크 반팔 티셔츠 - 사이즈 & 후기 | 무신사',
    '[무신사 스탠다드] 릴렉스드 베이식 블랭크 반팔 티셔츠',
  ],
  [
    'https://www.musinsa.com/app/goods/1234567',
    '나이키 에어포스 1 07 - 사이즈 & 후기 | 무신사',
    '나이키 에어포스 1 07',
  ],
  // 뷰티컬리, 나무위키, 카카오 선물하기
  [
    'https://www.kurly.com/goods/5051234',
    '[닥터지] 레드 블레미쉬 클리어 수딩 크림 - 뷰티컬리',
    '[닥터지] 레드 블레미쉬 클리어 수딩 크림',
  ],
  ['https://namu.wiki/w/%EC%BA%A0%ED%95%91', '캠핑 - 나무위키', '캠핑'],
  [
    'https://gift.kakao.com/product/4567890',
    '스타벅스 아메리카노 T 2잔 | 카카오톡 선물하기',
    '스타벅스 아메리카노 T 2잔',
  ],
  [
    'https://gift.kakao.com/product/4567891',
    '[선물포장] 핸드크림 3종 세트 - 카카오 선물하기',
    '[선물포장] 핸드크림 3종 세트',
  ],
  // Titles that name nothing: an error page, a bare "검색", a shop's home page and its slogan
  ['https://www.example-shop.co.kr/goods/detail/999', '404 Not Found', null],
  ['https://www.example-shop.co.kr/goods/detail/998', '페이지를 찾을 수 없습니다', null],
  ['https://www.example-shop.co.kr/error', '오류가 발생했습니다 | 예시샵', null],
  ['https://www.example-shop.co.kr/goods/view', 'Access Denied', null],
  ['https://www.example-shop.co.kr/search', '검색', null],
  ['https://www.example-shop.co.kr/search/result', '통합검색 - 예시샵', null],
  ['https://www.gmarket.co.kr/', 'G마켓 - 쇼핑을 바꾸는 쇼핑', null],
  ['https://www.11st.co.kr/main', '11번가 - 즐거움이 가득한 쇼핑', null],
  ['https://www.example-shop.co.kr/', '예시샵 | 일상을 바꾸는 생활용품', null],
  ['https://www.example-shop.co.kr/index.html', '예시샵 - 매일이 특별해지는 쇼핑', null],
];

describe('titles: the product, or nothing', () => {
  it.each(TITLES)('%s "%s" → %s', (url, title, keyword) => {
    expect(pageContext({ url, title }).keyword).toBe(keyword);
  });
});
