/**
 * Search Ad's answers that are not a keyword list, in the contract's codes and in words that say
 * what to do. 429 is keyed on the status alone: its body has changed shape many times.
 */
import { UpstreamError } from '../../errors.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';

const PROVIDER = 'naver-searchad';
const WHERE = '검색광고 > 도구 > API 사용 관리';

const AUTH_DETAILS: Record<string, { ko: string; en: string }> = {
  'invalid-signature': {
    ko: `Search Ad 비밀키(Secret Key)가 올바르지 않습니다: ${WHERE}에서 다시 확인하세요.`,
    en: 'The Search Ad secret key is wrong: check it again under Tools > API Manager.',
  },
  'invalid-timestamp': {
    ko: '이 컴퓨터의 시계가 1분 이상 틀립니다. 시간을 자동으로 맞추도록 설정한 뒤 다시 시도하세요.',
    en: "This computer's clock is off by a minute or more: turn on automatic time and try again.",
  },
  'invalid-apikey': {
    ko: `Search Ad API 키(액세스 라이선스)가 올바르지 않습니다: ${WHERE}에서 다시 확인하세요.`,
    en: 'The Search Ad API key (access license) is wrong: check it again under Tools > API Manager.',
  },
  'auth-failed': {
    ko: `Search Ad 인증에 실패했습니다. 고객 ID(Customer ID)가 API 키와 같은 계정인지 ${WHERE}에서 확인하세요.`,
    en: 'Search Ad authentication failed: check that the customer id belongs to the same account as the API key.',
  },
};

const REJECTED_DETAILS: Record<string, { ko: string; en: string }> = {
  '7001': {
    ko: '한 번에 보낼 수 있는 키워드 수(5개)를 넘었습니다.',
    en: 'Too many hint keywords in one call (5 at most).',
  },
  '7002': { ko: '같은 키워드가 두 번 들어 있습니다.', en: 'The same keyword was sent twice.' },
  '7003': {
    ko: '키워드에 쓸 수 없는 문자가 들어 있습니다. 특수문자를 빼고 다시 조회하세요.',
    en: 'A keyword contains characters Search Ad does not accept: remove special characters and try again.',
  },
};

export function searchAdError(response: UpstreamResponse, retryAfterSeconds: number): UpstreamError {
  const traceId = response.headers['x-transaction-id'];
  const base = { provider: PROVIDER, ...(traceId ? { traceId } : {}) } as const;
  const body = jsonObject(response.text);
  if (response.status === 429) {
    return new UpstreamError('UPSTREAM_RATE_LIMITED', {
      ...base,
      upstreamCode: '429',
      retryAfterSeconds,
      detail: {
        ko: `네이버 검색광고 API 호출 한도에 걸렸습니다. 약 ${retryAfterSeconds}초 뒤에 다시 시도합니다.`,
        en: `Naver Search Ad is rate limiting us: trying again in about ${retryAfterSeconds} s.`,
      },
    });
  }
  if (response.status === 401 || response.status === 403) {
    const type = typeof body?.['type'] === 'string' ? body['type'] : '';
    const kind = type.split(':').at(-1) ?? '';
    return new UpstreamError('UPSTREAM_AUTH_FAILED', {
      ...base,
      upstreamCode: kind || String(response.status),
      detail: AUTH_DETAILS[kind] ?? AUTH_DETAILS['auth-failed']!,
    });
  }
  if (response.status === 400) {
    const code = body?.['code'] === undefined ? '' : String(body['code']);
    return new UpstreamError('UPSTREAM_REJECTED', {
      ...base,
      upstreamCode: code || '400',
      detail: REJECTED_DETAILS[code] ?? {
        ko: '네이버 검색광고가 요청을 거절했습니다(잘못된 파라미터). 키워드를 확인하세요.',
        en: 'Naver Search Ad rejected the request (invalid parameter): check the keywords.',
      },
    });
  }
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    ...base,
    upstreamCode: String(response.status),
    detail: {
      ko: `네이버 검색광고 API가 오류(${response.status})를 돌려주었습니다. 잠시 후 다시 시도하세요.`,
      en: `Naver Search Ad answered with an error (${response.status}): try again shortly.`,
    },
  });
}
