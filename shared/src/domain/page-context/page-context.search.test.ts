/**
 * The search pages and titles the site readers did not list, read by the generic reader and the
 * title trimming: real-shaped addresses of each family a new user tried, each with the keyword it
 * must yield. Together with page-context.sites.test.ts, more than 80 addresses.
 */
import { describe, expect, it } from 'vitest';
import { pageContext } from './index.ts';
import { cleanTitle } from './text.ts';

type Row = [url: string, keyword: string | null, source: string, title?: string];

const e = encodeURIComponent;

const ROWS: Row[] = [
  // Gmarket's current search address, UTF-8 and EUC-KR
  [`https://www.gmarket.co.kr/n/search?keyword=${e('캠핑의자')}&k=32&p=1`, '캠핑의자', 'gmarket'],
  ['https://www.gmarket.co.kr/n/search?keyword=%C4%B7%C7%CE', '캠핑', 'gmarket'],
  // Naver Cafe and 지식iN search
  [
    `https://section.cafe.naver.com/ca-fe/home/search/articles?q=${e('캠핑 용품')}&od=1`,
    '캠핑 용품',
    'naver-cafe-search',
  ],
  [`https://cafe.naver.com/ca-fe/home/search/articles?q=${e('중고 유모차')}`, '중고 유모차', 'naver-cafe-search'],
  [`https://kin.naver.com/search/list.naver?query=${e('무선충전기')}`, '무선충전기', 'search:naver'],
  [`https://m.kin.naver.com/mobile/search/searchList.naver?query=${e('전기요금')}`, '전기요금', 'search:naver'],
  // LotteON, Olive Young, TMON, WeMakePrice, 29CM
  [
    `https://www.lotteon.com/search/search/search.ecn?render=search&platform=pc&q=${e('에어프라이어')}&mallId=1`,
    '에어프라이어',
    'search:lotteon',
  ],
  [
    `https://www.oliveyoung.co.kr/store/search/getSearchMain.do?query=${e('선크림')}&giftYn=N`,
    '선크림',
    'search:oliveyoung',
  ],
  [`https://m.oliveyoung.co.kr/m/search/getSearchMain.do?query=${e('립밤')}`, '립밤', 'search:oliveyoung'],
  [`https://search.tmon.co.kr/search/?keyword=${e('마스크')}&thr=hs`, '마스크', 'search:tmon'],
  [`https://www.tmon.co.kr/search/?keyword=${e('생수')}`, '생수', 'search:tmon'],
  [
    `https://search.wemakeprice.com/search?search_cate=top&keyword=${e('샴푸')}&isRec=1&_service=5`,
    '샴푸',
    'search:wemakeprice',
  ],
  [`https://front.wemakeprice.com/search?keyword=${e('휴지')}`, '휴지', 'search:wemakeprice'],
  [`https://search.29cm.co.kr/?keyword=${e('니트')}`, '니트', 'search:29cm'],
  [`https://www.29cm.co.kr/search?keyword=${e('코트')}`, '코트', 'search:29cm'],
  // Zum, Bing, Yahoo Japan, Baidu, Ecosia
  [
    `https://search.zum.com/search.zum?method=uni&option=accu&qm=f_typing&rd=1&query=${e('제주 여행')}`,
    '제주 여행',
    'search:zum',
  ],
  ['https://www.bing.com/search?q=%EC%BA%A0%ED%95%91+%ED%85%90%ED%8A%B8&form=QBLH', '캠핑 텐트', 'search:bing'],
  [`https://search.yahoo.co.jp/search?p=${e('キャンプ')}&fr=top_ga1_sa`, 'キャンプ', 'search:yahoo'],
  [`https://www.baidu.com/s?wd=${e('露营')}&rsv_spt=1`, '露营', 'search:baidu'],
  ['https://www.ecosia.org/search?method=index&q=camping+chair', 'camping chair', 'search:ecosia'],
  // Instagram, TikTok, Pinterest, X, YouTube, Facebook, Threads: searches and hashtag pages
  [`https://www.instagram.com/explore/tags/${e('캠핑')}/`, '캠핑', 'instagram-tag'],
  [`https://www.instagram.com/explore/search/keyword/?q=${e('#메이크업')}`, '메이크업', 'search:instagram'],
  [`https://www.tiktok.com/search?q=${e('다이어트 식단')}&t=1764720000000`, '다이어트 식단', 'search:tiktok'],
  [`https://www.tiktok.com/tag/${e('요리')}`, '요리', 'tiktok-tag'],
  [`https://www.pinterest.com/search/pins/?q=${e('거실 인테리어')}&rs=typed`, '거실 인테리어', 'search:pinterest'],
  [`https://kr.pinterest.com/search/pins/?q=${e('네일')}`, '네일', 'search:pinterest'],
  [`https://x.com/search?q=${e('아이폰 17')}&src=typed_query`, '아이폰 17', 'search:x'],
  [`https://x.com/hashtag/${e('캠핑')}?src=hashtag_click`, '캠핑', 'x-hashtag'],
  [`https://twitter.com/search?q=${e('갤럭시')}&f=live`, '갤럭시', 'search:twitter'],
  [`https://www.youtube.com/hashtag/${e('브이로그')}`, '브이로그', 'youtube-hashtag'],
  [`https://www.facebook.com/hashtag/${e('맛집')}`, '맛집', 'facebook-hashtag'],
  [`https://www.threads.net/search?q=${e('러닝화')}&serp_type=default`, '러닝화', 'search:threads'],
  // Maps
  [`https://map.naver.com/p/search/${e('강남역 맛집')}?c=15.00,0,0,0,dh`, '강남역 맛집', 'naver-map'],
  [`https://www.google.com/maps/search/${e('카페')}/@37.5,127.0,15z`, '카페', 'google-maps'],
  ['https://map.kakao.com/?q=%ED%99%8D%EB%8C%80+%EC%B9%B4%ED%8E%98', '홍대 카페', 'kakao-map'],
  // Amazon and other marketplaces
  ['https://www.amazon.com/s?k=camping+chair&crid=2ABC&sprefix=camp%2Caps%2C300', 'camping chair', 'search:amazon'],
  [`https://www.amazon.co.jp/s?k=${e('キャンプ 椅子')}`, 'キャンプ 椅子', 'search:amazon'],
  [
    'https://www.aliexpress.com/w/wholesale-camping-chair.html?SearchText=camping+chair',
    'camping chair',
    'search:aliexpress',
  ],
  ['https://www.ebay.com/sch/i.html?_from=R40&_nkw=camping+chair&_sacat=0', 'camping chair', 'search:ebay'],
  ['https://www.etsy.com/search?q=handmade+mug', 'handmade mug', 'search:etsy'],
  [`https://www.temu.com/search_result.html?search_key=${e('텀블러')}`, '텀블러', 'search:temu'],
  [`https://ohou.se/search/index?query=${e('책상')}`, '책상', 'search:ohou'],
  [`https://zigzag.kr/search?keyword=${e('원피스')}`, '원피스', 'search:zigzag'],
  [`https://shopping.interpark.com/shopSearch.do?q=${e('캠핑의자')}`, '캠핑의자', 'search:interpark'],
  // Ordinary pages keep their parameters to themselves: the title is the starting point
  ['https://www.example.com/article?id=123&q=abc', '기사 제목', 'title', '기사 제목'],
  ['https://blog.example.kr/2026/01/post?p=2', '글 제목', 'title', '글 제목'],
  ['https://www.example.com/search?p=2', null, 'none'],
];

describe('any search page, by the parameter names search pages use', () => {
  it.each(ROWS)('%s → %s', (url, keyword, source, title) => {
    expect(pageContext({ url, title })).toMatchObject({ keyword, source });
  });
});

describe('titles trimmed of the site’s name, before or after', () => {
  it.each([
    ['G마켓 - 캠핑의자 접이식 경량', '캠핑의자 접이식 경량'],
    ['[G마켓] 쿠쿠 전기밥솥 6인용', '쿠쿠 전기밥솥 6인용'],
    ['[롯데ON] 에어프라이어 5L', '에어프라이어 5L'],
    ['올리브영 | 선크림 50ml', '선크림 50ml'],
    ['니트 가디건 | 29CM', '니트 가디건'],
    ['티몬 : 마스크 50매', '마스크 50매'],
    ['위메프 - 샴푸 1000ml', '샴푸 1000ml'],
    ['책상 · 오늘의집', '책상'],
    ['Amazon.com: Camping Chair : Sports & Outdoors', 'Camping Chair : Sports & Outdoors'],
    ['캠핑 브이로그 - YouTube', '캠핑 브이로그'],
    ['무선이어폰 추천 : 네이버 블로그', '무선이어폰 추천'],
    ['여름 원피스 - 무신사', '여름 원피스'],
    ['다이슨 에어랩 - SSG.COM', '다이슨 에어랩'],
    ['오늘의집', null],
    ['(2) 요리 - TikTok', '요리'],
  ])('%s → %s', (title, expected) => {
    expect(cleanTitle(title)).toBe(expected);
  });

  it.each([
    ['https://campinglog.tistory.com/123', '캠핑의자 추천 TOP5 :: 캠핑로그', '캠핑의자 추천 TOP5'],
    ['https://cafe.daum.net/campingfamily/Abcd/1', '원터치텐트 후기 | 캠핑가족 - Daum 카페', '원터치텐트 후기'],
    // Elsewhere the same marks are kept: they may be part of the page's own words.
    ['https://www.example.kr/review/1', '캠핑의자 추천 :: 2편', '캠핑의자 추천 :: 2편'],
  ])('a post on %s keeps what it is about', (url, title, keyword) => {
    expect(pageContext({ url, title })).toMatchObject({ kind: 'title', keyword });
  });
});

describe('Coupang pages beyond products and searches', () => {
  it.each([
    ['https://www.coupang.com/np/coupangglobal', '로켓직구 - 쿠팡!', '로켓직구'],
    [
      'https://www.coupang.com/np/products/brand-shop?brandName=%EC%BD%94%EB%A9%A7',
      '코멧 브랜드샵 - 쿠팡!',
      '코멧 브랜드샵',
    ],
    ['https://pages.coupang.com/p/121237', '겨울 캠핑 기획전 | 쿠팡', '겨울 캠핑 기획전'],
  ])('%s offers its title to edit, not to look up at once', (url, title, keyword) => {
    expect(pageContext({ url, title })).toMatchObject({ kind: 'title', keyword, source: 'coupang' });
  });

  it('a Coupang page without a title still is a Coupang page', () => {
    expect(pageContext({ url: 'https://www.coupang.com/np/goldbox' })).toMatchObject({
      kind: 'coupang-page',
      keyword: null,
    });
  });
});
