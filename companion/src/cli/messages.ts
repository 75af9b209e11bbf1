/** What the `aigenc` commands print for a person, in the CLI's language. */
import { defineMessages } from '../messages.ts';

export const CLI_MESSAGES = defineMessages('cli', {
  unexpected: {
    ko: '예상하지 못한 오류가 발생했습니다. 로그를 확인하세요.',
    en: 'An unexpected error occurred: see the log.',
  },
  keywordsProgress: { ko: '키워드 조회', en: 'Keywords' },
  jobKept: {
    ko: '작업은 컴패니언에 남아 있어 때가 되면 저절로 이어집니다(대량 분석 페이지에서 볼 수 있습니다). 이 명령을 다시 실행해도 이어서 조회합니다.\n',
    en: 'The job is kept by the companion and goes on by itself when it can (see it on the bulk page); running this command again also picks it up.\n',
  },
  noData: { ko: '데이터 없음', en: 'no data' },
  competitionLow: { ko: '낮음', en: 'low' },
  competitionMedium: { ko: '중간', en: 'medium' },
  competitionHigh: { ko: '높음', en: 'high' },
  colKeyword: { ko: '키워드', en: 'keyword' },
  colPc: { ko: 'PC', en: 'PC' },
  colMobile: { ko: '모바일', en: 'mobile' },
  colTotal: { ko: '합계', en: 'total' },
  colCompetition: { ko: '경쟁', en: 'competition' },
  colBlog: { ko: '블로그', en: 'blog' },
  colSaturation: { ko: '포화도', en: 'saturation' },
  colGrade: { ko: '등급', en: 'grade' },
  colMonth: { ko: '월', en: 'month' },
  colBid: { ko: '입찰가(원)', en: 'bid (KRW)' },
  colImpressions: { ko: '노출', en: 'impressions' },
  colCost: { ko: '비용(원)', en: 'cost (KRW)' },
  mobile: { ko: '모바일', en: 'mobile' },
  estimateWindow: {
    ko: '{surface}: 중간 입찰가 {median}원, 모든 검색에 노출되는 최소 입찰가 {minimum}원',
    en: '{surface}: median bid {median} KRW, the least bid shown at every search {minimum} KRW',
  },
  estimateFootnote: {
    ko: '네이버 검색광고 추정치: 그 입찰가를 지난 28일(어제까지) 유지했다면 얻었을 노출·클릭·비용입니다.',
    en: 'Naver Search Ad estimates: what holding that bid over the last 28 days (to yesterday) would have bought.',
  },
  audienceHeading: {
    ko: '{keyword} · {category} · {from} ~ {to}',
    en: '{keyword} · {category} · {from} to {to}',
  },
  audienceGender: { ko: '성별', en: 'gender' },
  audienceAge: { ko: '연령', en: 'age' },
  audienceDevice: { ko: '기기', en: 'device' },
  women: { ko: '여성', en: 'women' },
  men: { ko: '남성', en: 'men' },
  ageGroup: { ko: '{age}대', en: '{age}s' },
  audienceNone: {
    ko: '이 기간, 이 카테고리에서 이 키워드의 쇼핑 클릭이 없어 나눌 것이 없습니다.',
    en: 'No shopping clicks for this keyword in this category over the period: nothing to split.',
  },
  audienceFootnote: {
    ko: '네이버 쇼핑인사이트: 이 카테고리에서 이 키워드로 일어난 쇼핑 클릭의 비율입니다(모든 검색의 비율이 아닙니다). 60대는 60세 이상입니다.',
    en: 'Naver Shopping Insight: shares of the shopping clicks on this keyword within this category (not of all searches). 60s means 60 and over.',
  },
  shapeRising: { ko: '늘고 있음', en: 'rising' },
  shapeFalling: { ko: '줄고 있음', en: 'falling' },
  shapeSeasonal: { ko: '계절성', en: 'seasonal' },
  shapeSteady: { ko: '꾸준함', en: 'steady' },
  trendSeason: {
    ko: '{keyword}: {shape} · 많이 찾는 달 {peaks} · 작년 대비 {yoy}',
    en: '{keyword}: {shape} · peak months {peaks} · year on year {yoy}',
  },
  trendNotFound: {
    ko: '{keyword}: 네이버 검색광고에 이 키워드의 검색량이 없습니다.',
    en: '{keyword}: Naver Search Ad has no search volume for this keyword.',
  },
  trendFootnote: {
    ko: '* 이번 달은 어제까지입니다. 추정치: 데이터랩의 일별 비율을 검색광고의 최근 30일 검색수에 맞춘 값입니다.',
    en: '* this month, up to yesterday. Estimates: DataLab’s daily ratios scaled to Search Ad’s last 30 days.',
  },
  colDate: { ko: '날짜', en: 'date' },
  colClicks: { ko: '클릭', en: 'clicks' },
  colOrders: { ko: '주문', en: 'orders' },
  colCancels: { ko: '취소', en: 'cancels' },
  colGmv: { ko: '판매액', en: 'sales' },
  colCommission: { ko: '수익', en: 'commission' },
  colConversion: { ko: '전환율', en: 'conversion' },
  colPerClick: { ko: '클릭당 수익', en: 'per click' },
  colSubId: { ko: 'subId', en: 'subId' },
  reportTotal: { ko: '합계', en: 'total' },
  reportNoSubId: { ko: '(subId 없음)', en: '(no subId)' },
  reportFootnote: {
    ko: '* 금액은 원, 수익은 취소를 뺀 값입니다. {settled}까지 확정 · 쿠팡은 매일 15시쯤 전날 실적을 올립니다.',
    en: '* amounts in KRW, commission net of cancels. Final up to {settled}; Coupang adds each day around 15:00 KST the next day.',
  },
  reportStale: {
    ko: '쿠팡에 다시 묻지 못해 {asOf}에 받은 수치를 보여 줍니다.',
    en: 'Coupang could not be asked again: these figures are from {asOf}.',
  },
  probeAuthenticated: {
    ko: '인증 성공: {type} 토큰을 발급받았습니다. 주문 API는 호출하지 않았습니다.',
    en: 'Authenticated: a {type} token was issued. No order API was called.',
  },
  probeAuthFirst: {
    ko: '먼저 `aigenc probe naver-commerce --auth-only`로 이 키의 인증을 확인하세요. 그 전에는 주문 조회를 하지 않습니다.',
    en: 'Run `aigenc probe naver-commerce --auth-only` for these keys first: no order data is read before that.',
  },
  probePeriod: { ko: '기간: {from} ~ {to}', en: 'Period: {from} to {to}' },
  probeChanges: {
    ko: '변경 건수: {count} (중복 {duplicates}건 제외)',
    en: 'Changes: {count} ({duplicates} duplicates left out)',
  },
  probeByType: { ko: '유형별:', en: 'By type:' },
  probeByStatus: { ko: '상태별:', en: 'By status:' },
  probeMatches: {
    ko: '대조: 스마트스토어 내보내기({expected}건)와 일치합니다.',
    en: 'Reconciliation: matches the Smart Store export ({expected}).',
  },
  probeDiffers: {
    ko: '대조: 스마트스토어 내보내기({expected}건)와 {difference}건 차이가 납니다.',
    en: 'Reconciliation: differs from the Smart Store export ({expected}) by {difference}.',
  },
  deeplinkRefused: {
    ko: '링크를 만들지 않았습니다. 만들 수 없는 주소:\n{lines}',
    en: 'No link was made; these cannot be linked:\n{lines}',
  },
  portInUse: {
    ko: '포트 {port}를 이미 다른 프로그램이 쓰고 있습니다. 컴패니언이 이미 실행 중인지 확인하거나 AIGENC_PORT로 다른 포트를 지정하세요. `aigenc doctor`가 누가 쓰는지 알려 줍니다.',
    en: 'Port {port} is already in use: is another companion running? Set AIGENC_PORT to use another port; `aigenc doctor` tells who holds it.',
  },
  cannotListen: {
    ko: '127.0.0.1:{port}에서 시작할 수 없습니다({code}).',
    en: 'Could not listen on 127.0.0.1:{port} ({code}).',
  },
  extensionBuilt: {
    ko: '확장 프로그램: {path} 폴더를 불러오세요\n  (chrome://extensions → 개발자 모드 → 압축해제된 확장 프로그램을 로드합니다)',
    en: 'extension: load the unpacked extension from {path}\n  (chrome://extensions → Developer mode → Load unpacked)',
  },
  extensionNotBuilt: {
    ko: '확장 프로그램: 아직 빌드되지 않았습니다. README의 설치 명령을 먼저 실행하세요.',
    en: 'extension: not built yet; run the README install command first',
  },
  pairingCode: {
    ko: '페어링 코드: {code} ({until}까지, 한 번만 쓸 수 있습니다)',
    en: 'pairing code: {code} (valid until {until}, one use)',
  },
  pairTyped: {
    ko: '{code}\n이 코드를 AigenC Lens 팝업에 입력하세요. {until}까지 한 번만 쓸 수 있습니다.',
    en: '{code}\nType this code in the AigenC Lens popup. It works once, until {until}.',
  },
  demoBanner: {
    ko: '데모: 공식 API를 이 컴퓨터 안에서 데모 키로 흉내 냅니다. 이 컴퓨터 밖으로는 아무것도 나가지 않습니다.',
    en: 'demo: the official APIs are emulated on loopback with demo keys; nothing leaves this computer',
  },
  demoAnswering: {
    ko: '데모: 네이버나 쿠팡이 아니라 내장 샌드박스가 데모 키로 답합니다',
    en: 'demo: answering from the built-in sandbox with demo keys, not from Naver or Coupang',
  },
  unknownCommand: { ko: '알 수 없는 명령 "{command}"입니다.', en: 'Unknown command "{command}".' },
  commandFailed: { ko: 'aigenc {command} 실패: {name}', en: 'aigenc {command} failed: {name}' },
});
