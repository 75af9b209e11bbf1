/** What the DataLab connector says: the API not added to the keys, its quota, errors. */
import { defineMessages } from '../../messages.ts';

export const DATALAB_MESSAGES = defineMessages('datalab', {
  noDataLabLegacy: {
    ko: '이 키로는 네이버 데이터랩(검색어 트렌드)을 쓸 수 없습니다. 네이버 개발자센터 > Application > 내 애플리케이션 > API 설정에서 "데이터랩(검색어트렌드)"를 추가한 뒤 다시 확인하세요. 검색(문서 수)은 그대로 쓸 수 있습니다.',
    en: 'These keys cannot use Naver DataLab (search trends): in Naver Developers > Application > My applications > API settings, add "DataLab (search trend)", then check again. Search (document counts) still works.',
  },
  noDataLabHub: {
    ko: '이 API HUB 애플리케이션에는 검색어 트렌드(Search Trend) 권한이 없습니다. 네이버 클라우드 콘솔의 API HUB > Application에서 Search Trend를 선택한 뒤 다시 확인하세요. 검색(문서 수)은 그대로 쓸 수 있습니다.',
    en: 'This API HUB application has no permission for Search Trend: select Search Trend for it under API HUB > Application in the NAVER Cloud console, then check again. Search (document counts) still works.',
  },
  noShoppingLegacy: {
    ko: '이 키로는 네이버 데이터랩 쇼핑인사이트를 쓸 수 없습니다. 네이버 개발자센터 > Application > 내 애플리케이션 > API 설정에서 "데이터랩(쇼핑인사이트)"를 추가한 뒤 다시 확인하세요. 검색(문서 수)과 검색어 트렌드는 그대로 쓸 수 있습니다.',
    en: 'These keys cannot use Naver DataLab Shopping Insight: in Naver Developers > Application > My applications > API settings, add "DataLab (Shopping Insight)", then check again. Search (document counts) and search trends still work.',
  },
  noShoppingHub: {
    ko: '이 API HUB 애플리케이션에는 쇼핑인사이트(Shopping Insight) 권한이 없습니다. 네이버 클라우드 콘솔의 API HUB > Application에서 Shopping Insight를 선택한 뒤 다시 확인하세요. 검색(문서 수)과 검색어 트렌드는 그대로 쓸 수 있습니다.',
    en: 'This API HUB application has no permission for Shopping Insight: select Shopping Insight for it under API HUB > Application in the NAVER Cloud console, then check again. Search (document counts) and search trends still work.',
  },
  shoppingHubQuotaOrPermission: {
    ko: 'API HUB가 쇼핑인사이트에 "한도 초과"(429, 400)로 답했습니다. 이 키로 쇼핑인사이트가 성공한 적이 아직 없어 둘 중 어느 쪽인지 알 수 없습니다: 애플리케이션에 Shopping Insight가 선택되지 않았거나, 호출 한도를 다 썼습니다. 네이버 클라우드 콘솔의 API HUB > Application에서 선택된 API와 사용량을 확인하세요.',
    en: 'API HUB answered Shopping Insight with "quota exceeded" (429, 400). These keys have not had a Shopping Insight answer yet, so it can mean either: the application does not have Shopping Insight selected, or its quota is spent. Check the selected APIs and the usage under API HUB > Application in the NAVER Cloud console.',
  },
  shoppingHubQuota: {
    ko: 'API HUB가 쇼핑인사이트 호출 한도를 넘었다고 답했습니다(429, 400). 이 키는 전에 쇼핑인사이트에 답을 받았으니 한도 문제입니다. 한도와 다시 채워지는 때는 네이버 클라우드 콘솔의 API HUB 사용량에서 확인하세요. 한 시간 뒤 다시 시도할 수 있습니다.',
    en: 'API HUB answered that the Shopping Insight quota is exceeded (429, 400). These keys had Shopping Insight answers before, so it is the quota: the NAVER Cloud console’s API HUB usage shows the limit and when it refills. Try again in an hour.',
  },
  shoppingDailyQuota: {
    ko: '네이버 쇼핑인사이트의 하루 호출 한도({limit}회)를 모두 썼습니다. 한국 시간 자정에 초기화됩니다.',
    en: 'The Naver Shopping Insight daily quota ({limit} calls) is used up; it resets at midnight Korean time.',
  },
  shoppingLocalHubBudget: {
    ko: '이번 달 쇼핑인사이트 호출이 AigenC의 안전 한도({limit}회)에 닿아 보내지 않았습니다. 네이버가 공개한 한도가 아니라 이 프로그램이 정한 한도입니다. 다음 달 1일(한국 시간)에 다시 채워집니다.',
    en: 'This month’s Shopping Insight calls reached AigenC’s own safety budget ({limit} calls), so nothing was sent. It is this program’s limit, not one Naver publishes; it refills on the 1st, Korean time.',
  },
  hubAuth: {
    ko: 'API HUB가 인증에 실패했다고 답했습니다(401, 200). 네이버 클라우드 콘솔의 API HUB > Application에서 Client ID와 Client Secret을 다시 확인하세요.',
    en: 'API HUB answered that authentication failed (401, 200): check the Client ID and Client Secret under API HUB > Application in the NAVER Cloud console.',
  },
  hubQuota: {
    ko: 'API HUB가 검색어 트렌드 호출 한도를 넘었다고 답했습니다(429, 400). 이 키는 전에 트렌드에 답을 받았으니 한도 문제입니다. 한도와 다시 채워지는 때는 네이버 클라우드 콘솔의 API HUB 사용량에서 확인하세요. 한 시간 뒤 다시 시도할 수 있습니다.',
    en: 'API HUB answered that the Search Trend quota is exceeded (429, 400). These keys had trend answers before, so it is the quota: the NAVER Cloud console’s API HUB usage shows the limit and when it refills. Try again in an hour.',
  },
  hubQuotaOrPermission: {
    ko: 'API HUB가 "한도 초과"(429, 400)로 답했습니다. 이 키로 트렌드가 성공한 적이 아직 없어 둘 중 어느 쪽인지 알 수 없습니다: 애플리케이션에 Search Trend가 선택되지 않았거나, 호출 한도를 다 썼습니다. 네이버 클라우드 콘솔의 API HUB > Application에서 선택된 API와 사용량을 확인하세요. 검색(문서 수)은 그대로 쓸 수 있습니다.',
    en: 'API HUB answered "quota exceeded" (429, 400). These keys have not had a trend answer yet, so it can mean either: the application does not have Search Trend selected, or its quota is spent. Check the selected APIs and the usage under API HUB > Application in the NAVER Cloud console. Search (document counts) still works.',
  },
  dailyQuota: {
    ko: '네이버 데이터랩의 하루 호출 한도({limit}회)를 모두 썼습니다. 한국 시간 자정에 초기화됩니다.',
    en: 'The Naver DataLab daily quota ({limit} calls) is used up; it resets at midnight Korean time.',
  },
  localHubBudget: {
    ko: '이번 달 검색어 트렌드 호출이 AigenC의 안전 한도({limit}회)에 닿아 보내지 않았습니다. 네이버가 공개한 한도가 아니라 이 프로그램이 정한 한도입니다. 다음 달 1일(한국 시간)에 다시 채워집니다.',
    en: 'This month’s trend calls reached AigenC’s own safety budget ({limit} calls), so nothing was sent. It is this program’s limit, not one Naver publishes; it refills on the 1st, Korean time.',
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
