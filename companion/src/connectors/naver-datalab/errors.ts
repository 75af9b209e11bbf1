/**
 * DataLab's refusals, in both body forms (legacy `{errorMessage, errorCode}`, API HUB
 * `{error: {errorCode, message}}`). Keys without the DataLab API are told where to add it; API HUB's
 * 429 `400` is the quota only once these keys have had a trend answer, and both possibilities
 * before that (spec §9.1: how HUB refuses an application without Search Trend is unconfirmed).
 */
import type { Localized } from '@aigenc/shared/language';
import { UpstreamError } from '../../errors/index.ts';
import { fill } from '../../messages.ts';
import type { UpstreamResponse } from '../http-client.ts';
import { HUB_QUOTA_RETRY_SECONDS, hubMeaning, vendorCodeOf } from '../naver-search/errors.ts';
import { DATALAB_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';

export interface DataLabErrorContext {
  hub: boolean;
  /** Seconds to the legacy daily quota's reset (midnight KST). */
  secondsToReset: number;
  /** These API HUB keys have had a Search Trend answer before. */
  worked: boolean;
  /** Which DataLab API refused: the words say which one to add to the application. */
  api?: 'search-trend' | 'shopping-insight';
}

function hubError(
  meaning: ReturnType<typeof hubMeaning>,
  base: { provider: typeof PROVIDER; upstreamCode: string },
  shopping: boolean,
) {
  const as = (code: 'UPSTREAM_AUTH_FAILED' | 'UPSTREAM_REJECTED', detail: Localized) =>
    new UpstreamError(code, { ...base, detail });
  if (meaning === 'auth') return as('UPSTREAM_AUTH_FAILED', DATALAB_MESSAGES.hubAuth);
  if (meaning === 'permission')
    return as('UPSTREAM_AUTH_FAILED', shopping ? DATALAB_MESSAGES.noShoppingHub : DATALAB_MESSAGES.noDataLabHub);
  if (meaning === 'quota-or-permission')
    return as(
      'UPSTREAM_REJECTED',
      shopping ? DATALAB_MESSAGES.shoppingHubQuotaOrPermission : DATALAB_MESSAGES.hubQuotaOrPermission,
    );
  if (meaning === 'quota')
    return new UpstreamError('UPSTREAM_QUOTA_EXHAUSTED', {
      ...base,
      retryAfterSeconds: HUB_QUOTA_RETRY_SECONDS,
      detail: shopping ? DATALAB_MESSAGES.shoppingHubQuota : DATALAB_MESSAGES.hubQuota,
    });
  if (meaning === 'rate')
    return new UpstreamError('UPSTREAM_RATE_LIMITED', {
      ...base,
      retryAfterSeconds: 1,
      detail: DATALAB_MESSAGES.rateLimited,
    });
  return null;
}

export function datalabError(response: UpstreamResponse, context: DataLabErrorContext): UpstreamError {
  const vendor = vendorCodeOf(response.text);
  const base = { provider: PROVIDER, upstreamCode: vendor?.code ?? String(response.status) } as const;
  const code = vendor?.code ?? '';
  const shopping = context.api === 'shopping-insight';
  if (context.hub && vendor?.form === 'apihub') {
    const known = hubError(hubMeaning(response.status, code, context.worked), base, shopping);
    if (known) return known;
  }
  if (response.status === 401 || response.status === 403 || code === '024') {
    const legacy = shopping ? DATALAB_MESSAGES.noShoppingLegacy : DATALAB_MESSAGES.noDataLabLegacy;
    const hub = shopping ? DATALAB_MESSAGES.noShoppingHub : DATALAB_MESSAGES.noDataLabHub;
    return new UpstreamError('UPSTREAM_AUTH_FAILED', { ...base, detail: context.hub ? hub : legacy });
  }
  if (code === '010') {
    return new UpstreamError('UPSTREAM_QUOTA_EXHAUSTED', {
      ...base,
      retryAfterSeconds: context.secondsToReset,
      detail: fill(shopping ? DATALAB_MESSAGES.shoppingDailyQuota : DATALAB_MESSAGES.dailyQuota, { limit: '1,000' }),
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
