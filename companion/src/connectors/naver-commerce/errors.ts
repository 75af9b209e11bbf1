/**
 * Commerce gateway errors (`{code, message, timestamp, traceId}`), in the contract's codes and in
 * words that say what to do. `GW.IP_NOT_ALLOWED` says where the seller registers addresses.
 */
import { UpstreamError } from '../../errors.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';

const PROVIDER = 'naver-commerce';
const APP_PATH = 'API Center > 애플리케이션 > 내 스토어 애플리케이션';

export interface GatewayBody {
  code: string | null;
  message: string | null;
  traceId: string | null;
}

export function gatewayBody(response: UpstreamResponse): GatewayBody {
  // Not JSON: the status and headers still speak.
  const body = jsonObject(response.text) ?? {};
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : null);
  return {
    code: text('code'),
    message: text('message'),
    traceId: text('traceId') ?? response.headers['gncp-gw-trace-id'] ?? null,
  };
}

export function commerceError(response: UpstreamResponse, phase: 'token' | 'call'): UpstreamError {
  const { code, traceId } = gatewayBody(response);
  const base = {
    provider: PROVIDER,
    upstreamCode: code ?? String(response.status),
    ...(traceId ? { traceId } : {}),
  } as const;
  if (code === 'GW.IP_NOT_ALLOWED') {
    return new UpstreamError('UPSTREAM_AUTH_FAILED', {
      ...base,
      detail: {
        ko: `이 컴퓨터의 공인 IP 주소가 애플리케이션에 등록되어 있지 않습니다. ${APP_PATH}의 "API 호출 IP"에 이 컴퓨터(공유기 뒤라면 공유기)의 공인 IP를 등록하세요.`,
        en: "This computer's public IP address is not registered for the application: add it (your router's public address if you are behind one) under API Center > Applications > My store application > API call IPs.",
      },
    });
  }
  if (code === 'GW.RATE_LIMIT' || (response.status === 429 && code !== 'GW.QUOTA_LIMIT')) {
    return new UpstreamError('UPSTREAM_RATE_LIMITED', {
      ...base,
      retryAfterSeconds: 1,
      detail: {
        ko: '네이버 커머스 API 호출 속도 한도에 걸렸습니다. 잠시 후 다시 시도하세요.',
        en: 'Naver Commerce is rate limiting us: try again shortly.',
      },
    });
  }
  if (code === 'GW.QUOTA_LIMIT') {
    return new UpstreamError('UPSTREAM_QUOTA_EXHAUSTED', {
      ...base,
      retryAfterSeconds: 3600,
      detail: {
        ko: '네이버 커머스 API 호출 한도를 모두 썼습니다. API Center에서 한도를 확인하세요.',
        en: 'The Naver Commerce call quota is used up: check the limits in API Center.',
      },
    });
  }
  if (response.status === 401 || response.status === 403 || (phase === 'token' && response.status === 400)) {
    return new UpstreamError('UPSTREAM_AUTH_FAILED', {
      ...base,
      detail:
        phase === 'token'
          ? {
              ko: `네이버 커머스 인증 토큰을 받지 못했습니다. ${APP_PATH}에서 애플리케이션 ID와 시크릿(그리고 판매자 계정 ID)을 다시 확인하세요.`,
              en: 'Naver Commerce refused to issue a token: check the application id and secret (and seller account id) in API Center.',
            }
          : {
              ko: `네이버 커머스가 이 호출을 허용하지 않았습니다. 애플리케이션에 해당 API 그룹 권한이 있는지 ${APP_PATH}에서 확인하세요.`,
              en: 'Naver Commerce did not allow this call: check that the application has the API group permission in API Center.',
            },
    });
  }
  if (response.status >= 400 && response.status < 500) {
    return new UpstreamError('UPSTREAM_REJECTED', {
      ...base,
      detail: { ko: '네이버 커머스 API가 요청을 거절했습니다.', en: 'Naver Commerce rejected the request.' },
    });
  }
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    ...base,
    detail: {
      ko: `네이버 커머스 API가 오류(${response.status})를 돌려주었습니다. 잠시 후 다시 시도하세요.`,
      en: `Naver Commerce answered with an error (${response.status}): try again shortly.`,
    },
  });
}
