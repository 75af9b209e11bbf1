/**
 * Coupang Partners failures: the gateway's 401 messages (each meaning a different wrong key),
 * 429, and business failures that arrive as HTTP 200 with a non-"0" rCode.
 */
import { UpstreamError } from '../../errors.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';

const PROVIDER = 'coupang-partners';
const WHERE = '쿠팡 파트너스 > Tools > 파트너스 API';

const AUTH_MESSAGES: Array<[RegExp, string, { ko: string; en: string }]> = [
  [
    /unknown error occurred/i,
    'WRONG_ACCESS_KEY',
    {
      ko: `Access Key가 올바르지 않습니다: ${WHERE}에서 다시 확인하세요.`,
      en: 'The access key is wrong: check it again under Coupang Partners > Tools > Partners API.',
    },
  ],
  [
    /invalid signature/i,
    'WRONG_SECRET_KEY',
    {
      ko: `Secret Key가 올바르지 않습니다: ${WHERE}에서 다시 확인하세요.`,
      en: 'The secret key is wrong: check it again under Coupang Partners > Tools > Partners API.',
    },
  ],
  [
    /signature is expired/i,
    'SIGNATURE_EXPIRED',
    {
      ko: '서명이 만료되었습니다: 이 컴퓨터의 시계가 맞는지 확인하세요(자동 시간 맞춤 권장).',
      en: "The signature expired: check this computer's clock (automatic time is recommended).",
    },
  ],
  [
    /hmac format is invalid/i,
    'HMAC_FORMAT',
    {
      ko: '인증 헤더 형식이 잘못되었습니다. AigenC의 문제이니 로그와 함께 알려 주세요.',
      en: 'The authorization header format is wrong: this is an AigenC bug, please report it with the log.',
    },
  ],
  [
    /not authorized/i,
    'NOT_AUTHORIZED',
    {
      ko: '인증 헤더가 없거나 잘못되었습니다. AigenC의 문제이니 로그와 함께 알려 주세요.',
      en: 'The authorization header is missing or malformed: this is an AigenC bug, please report it with the log.',
    },
  ],
];

export function coupangHttpError(response: UpstreamResponse, retryAfterSeconds = 60): UpstreamError {
  const body = jsonObject(response.text);
  const message = typeof body?.['message'] === 'string' ? body['message'] : '';
  const traceId = typeof body?.['transactionId'] === 'string' ? body['transactionId'] : undefined;
  const base = { provider: PROVIDER, ...(traceId ? { traceId } : {}) } as const;
  if (response.status === 401 || response.status === 403) {
    const match = AUTH_MESSAGES.find(([pattern]) => pattern.test(message));
    return new UpstreamError('UPSTREAM_AUTH_FAILED', {
      ...base,
      upstreamCode: match?.[1] ?? String(response.status),
      detail: match?.[2] ?? {
        ko: `쿠팡 파트너스 인증에 실패했습니다. ${WHERE}에서 Access Key와 Secret Key를 확인하세요.`,
        en: 'Coupang Partners authentication failed: check the access and secret keys.',
      },
    });
  }
  if (response.status === 429) {
    return new UpstreamError('UPSTREAM_RATE_LIMITED', {
      ...base,
      upstreamCode: '429',
      retryAfterSeconds,
      detail: {
        ko: '쿠팡 파트너스 호출 한도에 걸렸습니다. 반복되면 계정에 불이익이 있을 수 있으니 잠시 쉬었다가 다시 시도하세요.',
        en: 'Coupang Partners is rate limiting us; repeated excess can penalise the account, so wait before trying again.',
      },
    });
  }
  if (response.status >= 400 && response.status < 500) {
    return new UpstreamError('UPSTREAM_REJECTED', {
      ...base,
      upstreamCode: String(response.status),
      detail: { ko: '쿠팡 파트너스가 요청을 거절했습니다.', en: 'Coupang Partners rejected the request.' },
    });
  }
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    ...base,
    upstreamCode: String(response.status),
    detail: {
      ko: `쿠팡 파트너스 API가 오류(${response.status})를 돌려주었습니다. 잠시 후 다시 시도하세요.`,
      en: `Coupang Partners answered with an error (${response.status}): try again shortly.`,
    },
  });
}

/** An HTTP-200 answer whose rCode is not "0": a business failure in the vendor's words. */
export function coupangBusinessError(rCode: string, rMessage: string): UpstreamError {
  const said = rMessage.slice(0, 200);
  return new UpstreamError('UPSTREAM_REJECTED', {
    provider: PROVIDER,
    upstreamCode: `rCode ${rCode}`,
    detail: {
      ko: `쿠팡 파트너스가 요청을 처리하지 못했습니다${said ? `: ${said}` : ''}. 쿠팡 상품·검색·카테고리 페이지 주소인지 확인하세요.`,
      en: `Coupang Partners could not process the request${said ? `: ${said}` : ''}. Check that it is a Coupang product, search or category page.`,
    },
  });
}
