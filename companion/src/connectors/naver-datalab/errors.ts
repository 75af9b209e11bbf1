/**
 * DataLab's refusals, in both body forms (legacy `{errorMessage, errorCode}`, API HUB
 * `{error: {errorCode, message}}`). Keys without the DataLab API are told where to add it.
 */
import { UpstreamError } from '../../errors.ts';
import { fill } from '../../messages.ts';
import type { UpstreamResponse } from '../http-client.ts';
import { vendorCodeOf } from '../naver-search/errors.ts';
import { DATALAB_MESSAGES } from './messages.ts';

const PROVIDER = 'naver-search';

/**
 * `localRemaining`: what the local count says is left. API HUB answers an application without
 * Search Trend selected with 429 "Quota Exceeded" (NCP's guide says so): with quota left here,
 * that is what it means.
 */
export function datalabError(
  response: UpstreamResponse,
  hub: boolean,
  secondsToReset: number,
  localRemaining: number,
): UpstreamError {
  const vendor = vendorCodeOf(response.text);
  const base = { provider: PROVIDER, upstreamCode: vendor?.code ?? String(response.status) } as const;
  const code = vendor?.code ?? '';
  if (response.status === 401 || response.status === 403 || code === '024' || code === '200' || code === '210') {
    return new UpstreamError('UPSTREAM_AUTH_FAILED', {
      ...base,
      detail: hub ? DATALAB_MESSAGES.noDataLabHub : DATALAB_MESSAGES.noDataLabLegacy,
    });
  }
  const hubQuota = hub && code === '400' && response.status === 429;
  if (hubQuota && localRemaining > 0) {
    return new UpstreamError('UPSTREAM_AUTH_FAILED', { ...base, detail: DATALAB_MESSAGES.noDataLabHub });
  }
  if (code === '010' || hubQuota) {
    return new UpstreamError('UPSTREAM_QUOTA_EXHAUSTED', {
      ...base,
      retryAfterSeconds: secondsToReset,
      detail: hub
        ? fill(DATALAB_MESSAGES.monthlyQuota, { limit: '50,000' })
        : fill(DATALAB_MESSAGES.dailyQuota, { limit: '1,000' }),
    });
  }
  if (response.status === 429) {
    return new UpstreamError('UPSTREAM_RATE_LIMITED', {
      ...base,
      retryAfterSeconds: 1,
      detail: DATALAB_MESSAGES.rateLimited,
    });
  }
  if (response.status >= 400 && response.status < 500) {
    return new UpstreamError('UPSTREAM_REJECTED', { ...base, detail: DATALAB_MESSAGES.rejected });
  }
  return new UpstreamError('UPSTREAM_UNAVAILABLE', {
    ...base,
    detail: fill(DATALAB_MESSAGES.unavailable, { status: response.status }),
  });
}
