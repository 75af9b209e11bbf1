/** What the Coupang Partners connector says: which key is wrong, limits, refusals, errors. */
import { defineMessages } from '../../messages.ts';

export const COUPANG_MESSAGES = defineMessages('coupang', {
  wrongAccessKey: {
    ko: 'Access Key가 올바르지 않습니다: 쿠팡 파트너스 > Tools > 파트너스 API에서 다시 확인하세요.',
    en: 'The access key is wrong: check it again under Coupang Partners > Tools > Partners API.',
  },
  wrongSecretKey: {
    ko: 'Secret Key가 올바르지 않습니다: 쿠팡 파트너스 > Tools > 파트너스 API에서 다시 확인하세요.',
    en: 'The secret key is wrong: check it again under Coupang Partners > Tools > Partners API.',
  },
  signatureExpired: {
    ko: '서명이 만료되었습니다: 이 컴퓨터의 시계가 맞는지 확인하세요(자동 시간 맞춤 권장).',
    en: "The signature expired: check this computer's clock (automatic time is recommended).",
  },
  hmacFormat: {
    ko: '인증 헤더 형식이 잘못되었습니다. AigenC의 문제이니 로그와 함께 알려 주세요.',
    en: 'The authorization header format is wrong: this is an AigenC bug, please report it with the log.',
  },
  notAuthorized: {
    ko: '인증 헤더가 없거나 잘못되었습니다. AigenC의 문제이니 로그와 함께 알려 주세요.',
    en: 'The authorization header is missing or malformed: this is an AigenC bug, please report it with the log.',
  },
  authFailed: {
    ko: '쿠팡 파트너스 인증에 실패했습니다. 쿠팡 파트너스 > Tools > 파트너스 API에서 Access Key와 Secret Key를 확인하세요.',
    en: 'Coupang Partners authentication failed: check the access and secret keys.',
  },
  rateLimited: {
    ko: '쿠팡 파트너스 호출 한도에 걸렸습니다. 반복되면 계정에 불이익이 있을 수 있으니 잠시 쉬었다가 다시 시도하세요.',
    en: 'Coupang Partners is rate limiting us; repeated excess can penalise the account, so wait before trying again.',
  },
  rejected: { ko: '쿠팡 파트너스가 요청을 거절했습니다.', en: 'Coupang Partners rejected the request.' },
  unavailable: {
    ko: '쿠팡 파트너스 API가 오류({status})를 돌려주었습니다. 잠시 후 다시 시도하세요.',
    en: 'Coupang Partners answered with an error ({status}): try again shortly.',
  },
  businessFailure: {
    ko: '쿠팡 파트너스가 요청을 처리하지 못했습니다{said}.',
    en: 'Coupang Partners could not process the request{said}.',
  },
  pageRefused: {
    ko: '쿠팡 파트너스가 이 페이지{which}는 링크로 만들 수 없다고 답했습니다{said}. 상품·검색·카테고리·기획전 페이지에서 만들어 보세요. 같은 페이지는 하루 동안 다시 묻지 않습니다.',
    en: 'Coupang Partners answered that it cannot link this page{which}{said}. Try a product, search, category or promotion page. The same page is not asked again for a day.',
  },
  pagesRefused: {
    ko: '쿠팡 파트너스가 함께 보낸 주소 {count}개의 링크를 만들 수 없다고 답했습니다{said}. 어느 주소인지는 알려 주지 않으니, 의심되는 주소를 빼고 다시 만드세요.',
    en: 'Coupang Partners answered that it cannot link the {count} addresses sent together{said}. It does not say which one: leave out the doubtful address and try again.',
  },
  searchBudget: {
    ko: '쿠팡 상품 검색은 계정 보호를 위해 시간당 횟수를 제한합니다. {at}에 다시 검색할 수 있습니다.',
    en: 'Coupang product search is limited per hour to protect the account; search again after {at}.',
  },
  reportRefused: {
    ko: '쿠팡 파트너스가 리포트 요청을 거절했습니다{said}.',
    en: 'Coupang Partners refused the report request{said}.',
  },
  reportBudget: {
    ko: '쿠팡 리포트 조회는 계정 보호를 위해 시간당 횟수를 제한합니다. {at}에 다시 조회할 수 있습니다.',
    en: 'Coupang report requests are limited per hour to protect the account; ask again after {at}.',
  },
  reportTooLong: {
    ko: '쿠팡 리포트가 {pages}쪽을 넘습니다. 기간을 줄여 다시 조회하세요.',
    en: 'The Coupang report runs past {pages} pages: ask for a shorter span.',
  },
  deeplinkBudget: {
    ko: '쿠팡 링크 생성 속도 제한에 걸렸습니다. 잠시 후 다시 시도하세요.',
    en: 'Coupang link creation is rate limited: try again in a moment.',
  },
});
