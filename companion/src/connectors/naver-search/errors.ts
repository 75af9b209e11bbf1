/**
 * Naver Search errors in both body forms: legacy `{errorMessage, errorCode}` and the API HUB
 * gateway's `{error: {errorCode, message}}` (unconfirmed, so both are parsed defensively).
 */
import { UpstreamError } from '../../errors.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';

const PROVIDER = 'naver-search';

interface VendorCode {
  form: 'legacy' | 'apihub';
  code: string;
}

/** The vendor's own code and which body form carried it, or null when the body has neither. */
export function vendorCodeOf(text: string): VendorCode | null {
  const body = jsonObject(text) as { errorCode?: unknown; error?: { errorCode?: unknown } } | null;
  if (body?.errorCode !== undefined && body.errorCode !== null) return { form: 'legacy', code: String(body.errorCode) };
  const nested = body?.error?.errorCode;
  if (nested !== undefined && nested !== null) return { form: 'apihub', code: String(nested) };
  return null;
}

/** True for the answer a retired search type gives (shop, book, doc since 2026-07-31). */
export function isRetiredType(response: UpstreamResponse): boolean {
  return response.status === 404 || vendorCodeOf(response.text)?.code === 'SE05';
}

type Kind = 'auth' | 'quota' | 'rate' | 'rejected' | 'unavailable';

function classify(status: number, vendor: VendorCode | null): Kind {
  if (vendor?.form === 'apihub') {
    if (vendor.code === '200' || vendor.code === '210') return 'auth';
    if (vendor.code === '400') return 'quota';
    if (vendor.code === '410' || vendor.code === '420') return 'rate';
  }
  if (vendor?.form === 'legacy') {
    if (vendor.code === '024') return 'auth';
    if (vendor.code === '010') return 'quota';
    if (vendor.code === '012') return 'rate';
    if (/^SE0[1-6]$/.test(vendor.code)) return 'rejected';
    if (vendor.code === 'SE99') return 'unavailable';
  }
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate';
  if (status >= 400 && status < 500) return 'rejected';
  return 'unavailable';
}

const DETAILS: Record<Kind, { ko: string; en: string }> = {
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
};

const CODES = {
  auth: 'UPSTREAM_AUTH_FAILED',
  quota: 'UPSTREAM_QUOTA_EXHAUSTED',
  rate: 'UPSTREAM_RATE_LIMITED',
  rejected: 'UPSTREAM_REJECTED',
  unavailable: 'UPSTREAM_UNAVAILABLE',
} as const;

export function searchError(response: UpstreamResponse, secondsToMidnightKst: number): UpstreamError {
  const vendor = vendorCodeOf(response.text);
  const kind = classify(response.status, vendor);
  return new UpstreamError(CODES[kind], {
    provider: PROVIDER,
    upstreamCode: vendor?.code ?? String(response.status),
    detail: DETAILS[kind],
    ...(kind === 'quota' ? { retryAfterSeconds: secondsToMidnightKst } : {}),
    ...(kind === 'rate' ? { retryAfterSeconds: 1 } : {}),
  });
}
