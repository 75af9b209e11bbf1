/** What the Naver Search connector says: wrong keys, the daily quota, rate limits, errors. */
import { defineMessages } from '../../messages.ts';

export const SEARCH_MESSAGES = defineMessages({
  auth: {
    ko: '네이버 검색 API 인증에 실패했습니다. Client ID와 Secret, 그리고 애플리케이션에 "검색" API가 추가되어 있는지 확인하세요.',
    en: 'Naver Search authentication failed: check the client id and secret, and that the application has the Search API added.',
  },
  quota: {
    ko: '네이버 검색 API의 하루 호출 한도(25,000회)를 모두 썼습니다. 한국 시간 자정에 초기화됩니다.',
    en: 'The Naver Search daily quota (25,000 calls) is used up; it resets at midnight Korean time.',
  },
  rate: {
    ko: '네이버 검색 API 초당 호출 한도에 걸렸습니다. 잠시 후 다시 시도하세요.',
    en: 'Naver Search is rate limiting us per second: try again shortly.',
  },
  rejected: {
    ko: '네이버 검색 API가 요청을 거절했습니다(잘못된 검색어나 파라미터).',
    en: 'Naver Search rejected the request (bad query or parameter).',
  },
  unavailable: {
    ko: '네이버 검색 API가 오류를 돌려주었습니다. 잠시 후 다시 시도하세요.',
    en: 'Naver Search answered with an error: try again shortly.',
  },
});
