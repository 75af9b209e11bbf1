/**
 * Coupang Partners failures: the gateway's 401 messages (each meaning a different wrong key),
 * 429, and business failures that arrive as HTTP 200 with a non-"0" rCode.
 */
import type { Localized } from '@aigenc/shared/language';
import { UpstreamError } from '../../errors/index.ts';
import { fill } from '../../messages.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';
import { COUPANG_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';

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
 * The vendor's answer that it cannot turn these pages into links; `said` is its own words, `count`
 * how many pages went in the call, `which` the page's place in a longer request (1-based).
 */
export class CoupangPageRefusedError extends UpstreamError {
  override name = 'CoupangPageRefusedError';

  constructor(
    readonly said: string,
    readonly count: number,
    rCode = '400',
    which?: number,
  ) {
    super('COUPANG_URL_REFUSED', {
      provider: PROVIDER,
      upstreamCode: `rCode ${rCode}`,
      detail:
        count === 1
          ? fill(M.pageRefused, { which: which ? ` (${which})` : '', said: said ? `: "${said}"` : '' })
          : fill(M.pagesRefused, { count, said: said ? `: "${said}"` : '' }),
    });
  }
}

/** How the vendor says a page cannot be linked (the documented words are "url convert failed"). */
const CONVERT_FAILED = /convert/i;

/**
 * An HTTP-200 answer whose rCode is not "0": a business failure in the vendor's words, explained
 * for what was asked (links for `pages` pages, a search, or a report).
 */
export function coupangBusinessError(
  rCode: string,
  rMessage: string,
  asked: { links: number } | 'search' | 'report' = 'search',
): UpstreamError {
  const said = rMessage.slice(0, 200);
  if (typeof asked === 'object' && CONVERT_FAILED.test(said))
    return new CoupangPageRefusedError(said, asked.links, rCode);
  return new UpstreamError('UPSTREAM_REJECTED', {
    provider: PROVIDER,
    upstreamCode: `rCode ${rCode}`,
    detail: fill(asked === 'report' ? M.reportRefused : M.businessFailure, { said: said ? `: ${said}` : '' }),
  });
}
