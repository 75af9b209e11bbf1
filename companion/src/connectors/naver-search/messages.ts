/** What the Naver Search connector says: wrong keys, the daily quota, rate limits, errors. */
import { defineMessages } from '../../messages.ts';

export const SEARCH_MESSAGES = defineMessages('search', {
  auth: {
    ko: '네이버 검색 API 인증에 실패했습니다. Client ID와 Secret, 그리고 애플리케이션에 "검색" API가 추가되어 있는지 확인하세요.',
    en: 'Naver Search authentication failed: check the client id and secret, and that the application has the Search API added.',
  },
  quota: {
    ko: '네이버 검색 API의 하루 호출 한도(25,000회)를 모두 썼습니다. 한국 시간 자정에 초기화됩니다.',
    en: 'The Naver Search daily quota (25,000 calls) is used up; it resets at midnight Korean time.',
  },
  hubAuth: {
    ko: 'API HUB가 인증에 실패했다고 답했습니다(401, 200). 네이버 클라우드 콘솔의 API HUB > Application에서 이 애플리케이션의 Client ID와 Client Secret을 다시 확인하세요.',
    en: 'API HUB answered that authentication failed (401, 200): check this application’s Client ID and Client Secret under API HUB > Application in the NAVER Cloud console.',
  },
  permission: {
    ko: 'API HUB가 이 애플리케이션에는 검색 API 권한이 없다고 답했습니다(401, 210). 네이버 클라우드 콘솔의 API HUB > Application에서 "검색"을 선택한 뒤 다시 확인하세요.',
    en: 'API HUB answered that this application has no permission for the Search API (401, 210): select Search for it under API HUB > Application in the NAVER Cloud console, then check again.',
  },
  hubQuota: {
    ko: 'API HUB가 검색 API 호출 한도를 넘었다고 답했습니다(429, 400). 이 키는 전에 검색에 답을 받았으니 한도 문제입니다. 한도와 다시 채워지는 때는 네이버 클라우드 콘솔의 API HUB 사용량에서 확인하세요. 한 시간 뒤 다시 시도합니다.',
    en: 'API HUB answered that the Search API quota is exceeded (429, 400). These keys had Search answers before, so it is the quota: the NAVER Cloud console’s API HUB usage shows the limit and when it refills. We try again in an hour.',
  },
  'quota-or-permission': {
    ko: 'API HUB가 "한도 초과"(429, 400)로 답했습니다. 이 키로 검색이 성공한 적이 아직 없어 둘 중 어느 쪽인지 알 수 없습니다: 애플리케이션에 "검색"이 선택되지 않았거나, 호출 한도를 다 썼습니다. 네이버 클라우드 콘솔의 API HUB > Application에서 선택된 API와 사용량을 확인하세요.',
    en: 'API HUB answered "quota exceeded" (429, 400). These keys have not had a Search answer yet, so it can mean either: the application does not have Search selected, or its quota is spent. Check the selected APIs and the usage under API HUB > Application in the NAVER Cloud console.',
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
