/** What the Commerce connector says: addresses not registered, wrong keys, limits, errors. */
import { defineMessages } from '../../messages.ts';

export const COMMERCE_MESSAGES = defineMessages('commerce', {
  ipNotAllowed: {
    ko: '이 컴퓨터의 공인 IP 주소가 애플리케이션에 등록되어 있지 않습니다. API Center > 애플리케이션 > 내 스토어 애플리케이션의 "API 호출 IP"에 이 컴퓨터(공유기 뒤라면 공유기)의 공인 IP를 등록하세요.',
    en: "This computer's public IP address is not registered for the application: add it (your router's public address if you are behind one) under API Center > Applications > My store application > API call IPs.",
  },
  rateLimited: {
    ko: '네이버 커머스 API 호출 속도 한도에 걸렸습니다. 잠시 후 다시 시도하세요.',
    en: 'Naver Commerce is rate limiting us: try again shortly.',
  },
  quotaExhausted: {
    ko: '네이버 커머스 API 호출 한도를 모두 썼습니다. API Center에서 한도를 확인하세요.',
    en: 'The Naver Commerce call quota is used up: check the limits in API Center.',
  },
  tokenRefused: {
    ko: '네이버 커머스 인증 토큰을 받지 못했습니다. API Center > 애플리케이션 > 내 스토어 애플리케이션에서 애플리케이션 ID와 시크릿(그리고 판매자 계정 ID)을 다시 확인하세요.',
    en: 'Naver Commerce refused to issue a token: check the application id and secret (and seller account id) in API Center.',
  },
  callRefused: {
    ko: '네이버 커머스가 이 호출을 허용하지 않았습니다. 애플리케이션에 해당 API 그룹 권한이 있는지 API Center > 애플리케이션 > 내 스토어 애플리케이션에서 확인하세요.',
    en: 'Naver Commerce did not allow this call: check that the application has the API group permission in API Center.',
  },
  rejected: { ko: '네이버 커머스 API가 요청을 거절했습니다.', en: 'Naver Commerce rejected the request.' },
  rejectedCode: {
    ko: '네이버 커머스 API가 요청을 거절했습니다(코드 {code}): {words}',
    en: 'Naver Commerce rejected the request (code {code}): {words}',
  },
  rejectedFields: {
    ko: '네이버 커머스 API가 요청을 거절했습니다(코드 {code}): {words} 확인할 항목: {fields}',
    en: 'Naver Commerce rejected the request (code {code}): {words} Fields to check: {fields}',
  },
  unavailable: {
    ko: '네이버 커머스 API가 오류({status})를 돌려주었습니다. 잠시 후 다시 시도하세요.',
    en: 'Naver Commerce answered with an error ({status}): try again shortly.',
  },
});
