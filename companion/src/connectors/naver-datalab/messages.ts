/** What the DataLab connector says: the API not added to the keys, its quota, errors. */
import { defineMessages } from '../../messages.ts';

export const DATALAB_MESSAGES = defineMessages({
  noDataLabLegacy: {
    ko: '이 키로는 네이버 데이터랩(검색어 트렌드)을 쓸 수 없습니다. 네이버 개발자센터 > Application > 내 애플리케이션 > API 설정에서 "데이터랩(검색어트렌드)"를 추가한 뒤 다시 확인하세요. 검색(문서 수)은 그대로 쓸 수 있습니다.',
    en: 'These keys cannot use Naver DataLab (search trends): in Naver Developers > Application > My applications > API settings, add "DataLab (search trend)", then check again. Search (document counts) still works.',
  },
  noDataLabHub: {
    ko: '이 API HUB 애플리케이션에는 검색어 트렌드(Search Trend)가 선택되어 있지 않습니다(API HUB는 이때 "한도 초과"로 답합니다). 네이버 클라우드 콘솔의 API HUB > Application에서 Search Trend를 선택한 뒤 다시 확인하세요. 검색(문서 수)은 그대로 쓸 수 있습니다.',
    en: 'This API HUB application does not have Search Trend selected (API HUB then answers "quota exceeded"): select Search Trend for it under API HUB > Application in the NAVER Cloud console, then check again. Search (document counts) still works.',
  },
  dailyQuota: {
    ko: '네이버 데이터랩의 하루 호출 한도({limit}회)를 모두 썼습니다. 한국 시간 자정에 초기화됩니다.',
    en: 'The Naver DataLab daily quota ({limit} calls) is used up; it resets at midnight Korean time.',
  },
  monthlyQuota: {
    ko: '네이버 API HUB 검색어 트렌드의 이달 호출 한도({limit}회)를 모두 썼습니다. 다음 달 1일(한국 시간)에 초기화됩니다.',
    en: 'The API HUB Search Trend quota for this month ({limit} calls) is used up; it resets on the 1st, Korean time.',
  },
  rateLimited: {
    ko: '네이버 데이터랩 호출 한도에 걸렸습니다. 잠시 후 다시 시도하세요.',
    en: 'Naver DataLab is rate limiting us: try again shortly.',
  },
  rejected: {
    ko: '네이버 데이터랩이 요청을 거절했습니다(잘못된 기간이나 키워드).',
    en: 'Naver DataLab rejected the request (bad period or keywords).',
  },
  unavailable: {
    ko: '네이버 데이터랩이 오류({status})를 돌려주었습니다. 잠시 후 다시 시도하세요.',
    en: 'Naver DataLab answered with an error ({status}): try again shortly.',
  },
});
