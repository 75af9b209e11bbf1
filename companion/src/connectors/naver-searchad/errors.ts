/**
 * Search Ad's answers that are not a keyword list, in the contract's codes and in words that say
 * what to do. 429 is keyed on the status alone: its body has changed shape many times.
 */
import type { Localized } from '@aigenc/shared/language';
import { UpstreamError } from '../../errors/index.ts';
import { fill } from '../../messages.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';
import { SEARCHAD_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';

const M = SEARCHAD_MESSAGES;
const AUTH_DETAILS: Record<string, Localized> = {
  'invalid-signature': M.invalidSignature,
  'invalid-timestamp': M.invalidTimestamp,
  'invalid-apikey': M.invalidApiKey,
  'auth-failed': M.authFailed,
};
const REJECTED_DETAILS: Record<string, Localized> = {
  '7001': M.tooManyHints,
  '7002': M.duplicateHint,
  '7003': M.invalidCharacters,
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
      detail: fill(M.rateLimited, { seconds: retryAfterSeconds }),
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
      detail: REJECTED_DETAILS[code] ?? M.rejected,
    });
  }
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    ...base,
    upstreamCode: String(response.status),
    detail: fill(M.unavailable, { status: response.status }),
  });
}
