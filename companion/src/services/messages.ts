/** What the use cases say: a service not connected, a probe still needed, a refused Coupang address. */
import type { CoupangUrlRefusal } from '@aigenc/shared/domain';
import type { Localized } from '@aigenc/shared/language';
import { defineMessages } from '../messages.ts';

export const SERVICE_MESSAGES = defineMessages('services', {
  /** What to do about an extension the companion refused for its id (the API's answer, the doctor). */
  unknownExtensionFix: {
    ko: '컴패니언을 확장 프로그램과 같은 최신 버전으로 업데이트하세요. 직접 만든 빌드라면 AIGENC_EXTENSION_ORIGINS=chrome-extension://{id} 로 컴패니언을 다시 시작하세요.',
    en: 'Update the companion to the same, latest version as the extension; for a build of your own, restart the companion with AIGENC_EXTENSION_ORIGINS=chrome-extension://{id}.',
  },
  wrongPairingCode: {
    ko: '페어링 코드가 맞지 않거나 만료되었습니다. 컴패니언 설정 페이지나 `aigenc pair`로 새 코드를 받으세요.',
    en: 'The pairing code is wrong or has expired: get a new one from the setup page or `aigenc pair`.',
  },
  pairingCodeLocked: {
    ko: '잘못된 코드를 너무 많이 입력해 이 코드는 더 이상 쓸 수 없습니다. 새 코드를 만드세요.',
    en: 'Too many wrong codes: this code is dead. Make a new one.',
  },
  /** Search Ad's average-position bids all at the 70 KRW floor: its known outage, not a price. */
  bidsUnavailable: {
    ko: '네이버 검색광고가 지금 이 키워드의 입찰가 추정치를 내주지 않습니다(모든 순위가 최저가 70원으로 왔습니다. 검색광고 쪽 장애 때 보이던 모양입니다). 가격이 아니니 나중에 다시 보세요.',
    en: 'Naver Search Ad is not giving bid estimates for this keyword right now (every position came back at the 70 KRW floor, the shape its outages have had). This is not a price: look again later.',
  },
  keywordComma: {
    ko: '쉼표(,)가 들어간 키워드는 조회할 수 없습니다. 검색광고는 쉼표를 키워드 사이의 구분으로 읽습니다: 쉼표를 빼거나 키워드를 나눠 입력하세요.',
    en: 'A keyword with a comma cannot be looked up: Search Ad reads a comma as a separator between keywords. Remove it, or enter the keywords separately.',
  },
  notConfigured: {
    ko: '{service}가 아직 연결되지 않았습니다. 컴패니언 설정 페이지에서 키를 입력해 연결하세요.',
    en: '{service} is not connected yet: enter its keys on the companion setup page.',
  },
  validateFirst: {
    ko: '먼저 연결을 확인(토큰 발급)하세요. 그 전에는 주문 정보를 읽지 않습니다.',
    en: 'Validate the connection (token only) first: no order data is read before that.',
  },
  activeFirst: {
    ko: '연결을 먼저 확인해 "연결됨" 상태로 만드세요.',
    en: 'Validate the connection first, so that it is active.',
  },
  orderProbeFirst: {
    ko: '쓰기 기능은 읽기 전용 주문 조회가 한 번 성공한 뒤에 하나씩 켤 수 있습니다.',
    en: 'Write capabilities can be turned on, one at a time, only after a read-only order probe succeeded.',
  },
  capabilityOff: {
    ko: '"{capability}" 기능이 꺼져 있어 실행하지 않았습니다. 설정 페이지에서 켤 수 있습니다.',
    en: '"{capability}" is switched off, so nothing was done: it can be switched on on the setup page.',
  },
  trendUnavailable: {
    ko: '네이버 검색 연결의 키로는 검색어 트렌드(데이터랩)를 쓸 수 없습니다. 설정 페이지의 네이버 검색 카드에서 이유와 고치는 방법을 확인하세요.',
    en: 'The Naver Search keys cannot use search trends (DataLab): the Naver Search card on the setup page says why and how to fix it.',
  },
  /** Two things said on one connection, one after the other. */
  oneAfterOther: { ko: '{first} {second}', en: '{first} {second}' },
  shoppingUnavailable: {
    ko: '네이버 검색 연결의 키로는 쇼핑인사이트(데이터랩)를 쓸 수 없습니다. 설정 페이지의 네이버 검색 카드에서 이유와 고치는 방법을 확인하세요.',
    en: 'The Naver Search keys cannot use Shopping Insight (DataLab): the Naver Search card on the setup page says why and how to fix it.',
  },
  jobCoolingDown: {
    ko: '{service} 호출 한도 때문에 잠시 쉽니다. {at}에 저절로 이어서 조회합니다.',
    en: '{service} asked us to slow down: the job goes on by itself at {at}.',
  },
  jobsTooMany: {
    ko: '끝나지 않은 대량 작업이 이미 {open}개입니다(최대 {max}개). 하나가 끝나거나 취소한 뒤 시작하세요.',
    en: '{open} bulk jobs are still open (at most {max}): start this once one has finished or been cancelled.',
  },
  jobsTooManyKeywords: {
    ko: '끝나지 않은 대량 작업에 남은 키워드가 {open}개라, {asked}개를 더하면 최대 {max}개를 넘습니다. 진행 중인 작업이 끝난 뒤 시작하거나 목록을 나눠 주세요.',
    en: 'Open bulk jobs still have {open} keywords to go; {asked} more would pass the {max} at most. Start this once they have finished, or split the list.',
  },
  jobStillOpen: {
    ko: '아직 진행 중인 작업은 지울 수 없습니다. 먼저 취소하세요.',
    en: 'A job still open cannot be removed: cancel it first.',
  },
  jobQuota: {
    ko: '{service}의 오늘 할당량을 다 썼습니다. 할당량이 다시 채워지는 {at}(한국 시각 자정)에 저절로 이어서 조회합니다.',
    en: "{service}'s daily quota is spent: the job goes on by itself at {at}, when it refills (midnight in Korea).",
  },
  jobUnavailable: {
    ko: '{service}가 응답하지 않아 {at}에 다시 시도합니다.',
    en: '{service} did not answer: trying again at {at}.',
  },
  reportFuture: {
    ko: '리포트는 오늘({today})까지만 볼 수 있습니다. 끝나는 날을 오늘이나 그 전으로 고르세요.',
    en: 'Reports end today ({today}) at the latest: choose an end day no later than that.',
  },
  reportOrder: {
    ko: '시작하는 날({from})이 끝나는 날({to})보다 늦습니다.',
    en: 'The first day ({from}) is after the last day ({to}).',
  },
  reportEarliest: {
    ko: '쿠팡 파트너스 리포트는 {earliest}부터 있습니다.',
    en: 'Coupang Partners reports start on {earliest}.',
  },
  reportTooLong: {
    ko: '한 번에 {max}일까지 볼 수 있습니다({days}일을 골랐습니다).',
    en: 'At most {max} days at a time ({days} were asked for).',
  },
  notACoupangAddress: {
    ko: '쿠팡 파트너스 링크를 만들 수 없는 주소입니다{which}: {reason}. 링크는 만들지 않았습니다.',
    en: 'No link was made: address{which} is {reason}.',
  },
});

/** Why an address cannot be linked, as the end of a sentence. */
export const COUPANG_REFUSALS = defineMessages('coupang-refusals', {
  'not-a-url': { ko: '웹 주소가 아닙니다', en: 'not a web address' },
  'not-https': {
    ko: 'https가 아닌 http 주소입니다. 주소창의 https:// 주소를 넣으세요',
    en: 'plain http: use the https:// address from the address bar',
  },
  'not-coupang': {
    ko: '쿠팡 쇼핑 페이지(www·m·pages.coupang.com) 주소가 아닙니다',
    en: 'not a Coupang shopping page (www, m or pages.coupang.com)',
  },
  'account-page': {
    ko: '로그인·장바구니·주문·마이쿠팡 같은 개인 페이지입니다. 상품이나 기획전 페이지에서 만드세요',
    en: 'a personal page (login, cart, order, My Coupang): use a product or promotion page',
  },
  'unsupported-page': {
    ko: '상품 번호나 검색어가 없는 주소입니다',
    en: 'missing its product number or search words',
  },
  'short-link': {
    ko: '이미 만들어진 단축·파트너스 링크입니다. 링크를 열어 나온 쿠팡 페이지 주소를 넣으세요',
    en: 'already a short or affiliate link: open it and use the Coupang page it leads to',
  },
}) satisfies Record<CoupangUrlRefusal, Localized>;

/** The saturation formula in words (the settings answer's `saturationFormula`). */
export const SATURATION_MESSAGES = defineMessages('saturation', {
  formula: {
    ko: '포화도 = {documents} ÷ 월간 검색수(PC+모바일). 황금 < {gold}, 은 < {silver}, 동 ≤ {bronze}',
    en: 'Saturation = {documents} ÷ monthly searches (PC + mobile). Gold < {gold}, silver < {silver}, bronze ≤ {bronze}',
  },
  blog: { ko: '블로그 문서 수', en: 'blog documents' },
  'blog+cafe': { ko: '블로그+카페 문서 수', en: 'blog + cafe documents' },
  all: { ko: '블로그+카페+웹+뉴스 문서 수', en: 'blog + cafe + web + news documents' },
});
