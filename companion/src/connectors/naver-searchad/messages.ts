/** What the Search Ad connector says: wrong keys, refused keywords, rate limits, errors. */
import { defineMessages } from '../../messages.ts';

export const SEARCHAD_MESSAGES = defineMessages('searchad', {
  invalidSignature: {
    ko: 'Search Ad 비밀키(Secret Key)가 올바르지 않습니다: 검색광고 > 도구 > API 사용 관리에서 다시 확인하세요.',
    en: 'The Search Ad secret key is wrong: check it again under Tools > API Manager.',
  },
  invalidTimestamp: {
    ko: '이 컴퓨터의 시계가 1분 이상 틀립니다. 시간을 자동으로 맞추도록 설정한 뒤 다시 시도하세요.',
    en: "This computer's clock is off by a minute or more: turn on automatic time and try again.",
  },
  invalidApiKey: {
    ko: 'Search Ad API 키(액세스 라이선스)가 올바르지 않습니다: 검색광고 > 도구 > API 사용 관리에서 다시 확인하세요.',
    en: 'The Search Ad API key (access license) is wrong: check it again under Tools > API Manager.',
  },
  authFailed: {
    ko: 'Search Ad 인증에 실패했습니다. 고객 ID(Customer ID)가 API 키와 같은 계정인지 검색광고 > 도구 > API 사용 관리에서 확인하세요.',
    en: 'Search Ad authentication failed: check that the customer id belongs to the same account as the API key.',
  },
  tooManyHints: {
    ko: '한 번에 보낼 수 있는 키워드 수(5개)를 넘었습니다.',
    en: 'Too many hint keywords in one call (5 at most).',
  },
  duplicateHint: { ko: '같은 키워드가 두 번 들어 있습니다.', en: 'The same keyword was sent twice.' },
  invalidCharacters: {
    ko: '키워드에 쓸 수 없는 문자가 들어 있습니다. 특수문자를 빼고 다시 조회하세요.',
    en: 'A keyword contains characters Search Ad does not accept: remove special characters and try again.',
  },
  rejected: {
    ko: '네이버 검색광고가 요청을 거절했습니다(잘못된 파라미터). 키워드를 확인하세요.',
    en: 'Naver Search Ad rejected the request (invalid parameter): check the keywords.',
  },
  rateLimited: {
    ko: '네이버 검색광고 API 호출 한도에 걸렸습니다. 약 {seconds}초 뒤에 다시 시도합니다.',
    en: 'Naver Search Ad is rate limiting us: trying again in about {seconds} s.',
  },
  coolingDown: {
    ko: '네이버 검색광고 호출 한도 초과가 반복되어 {until}까지 조회를 멈춥니다.',
    en: 'Naver Search Ad kept rate limiting us: lookups pause until {until}.',
  },
  unavailable: {
    ko: '네이버 검색광고 API가 오류({status})를 돌려주었습니다. 잠시 후 다시 시도하세요.',
    en: 'Naver Search Ad answered with an error ({status}): try again shortly.',
  },
});
