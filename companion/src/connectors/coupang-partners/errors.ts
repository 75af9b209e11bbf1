/**
 * Coupang Partners failures: the gateway's 401 messages (each meaning a different wrong key),
 * 429, and business failures that arrive as HTTP 200 with a non-"0" rCode.
 */
import type { Localized } from '@aigenc/shared/language';
import { UpstreamError } from '../../errors.ts';
import { fill } from '../../messages.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';
import { COUPANG_MESSAGES } from './messages.ts';

const PROVIDER = 'coupang-partners';
const M = COUPANG_MESSAGES;
/** The gateway's 401 messages, each naming a different wrong key. */
const AUTH_MESSAGES: Array<[RegExp, string, Localized]> = [
  [/unknown error occurred/i, 'WRONG_ACCESS_KEY', M.wrongAccessKey],
  [/invalid signature/i, 'WRONG_SECRET_KEY', M.wrongSecretKey],
  [/signature is expired/i, 'SIGNATURE_EXPIRED', M.signatureExpired],
  [/hmac format is invalid/i, 'HMAC_FORMAT', M.hmacFormat],
  [/not authorized/i, 'NOT_AUTHORIZED', M.notAuthorized],
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
      detail: match?.[2] ?? M.authFailed,
    });
  }
  if (response.status === 429) {
    return new UpstreamError('UPSTREAM_RATE_LIMITED', {
      ...base,
      upstreamCode: '429',
      retryAfterSeconds,
      detail: M.rateLimited,
    });
  }
  if (response.status >= 400 && response.status < 500) {
    return new UpstreamError('UPSTREAM_REJECTED', {
      ...base,
      upstreamCode: String(response.status),
      detail: M.rejected,
    });
  }
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    ...base,
    upstreamCode: String(response.status),
    detail: fill(M.unavailable, { status: response.status }),
  });
}

/**
 * An HTTP-200 answer whose rCode is not "0": a business failure in the vendor's words, explained
 * for what was asked (a link, or a report).
 */
export function coupangBusinessError(
  rCode: string,
  rMessage: string,
  asked: 'link' | 'report' = 'link',
): UpstreamError {
  const said = rMessage.slice(0, 200);
  return new UpstreamError('UPSTREAM_REJECTED', {
    provider: PROVIDER,
    upstreamCode: `rCode ${rCode}`,
    detail: fill(asked === 'report' ? M.reportRefused : M.businessFailure, { said: said ? `: ${said}` : '' }),
  });
}
