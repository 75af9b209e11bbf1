/**
 * Naver Search errors in both body forms: legacy `{errorMessage, errorCode}` and the API HUB
 * gateway's `{error: {errorCode, message}}` (unconfirmed, so both are parsed defensively).
 */
import type { Localized } from '@aigenc/shared/language';
import { UpstreamError } from '../../errors/index.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';
import { SEARCH_MESSAGES } from './messages.ts';
import { PROVIDER } from './provider.ts';

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

/**
 * What an API HUB gateway refusal means, by its HTTP status and gateway code (spec §2, §9.1):
 * 401 `200` the keys, 401 `210` the API not permitted for the application, 429 `410`/`420`
 * throttling. 429 `400` says "quota exceeded"; whether HUB also answers an application that has
 * not selected the API that way is unconfirmed, so before the keys ever worked for the API it is
 * told as either. Null for a code that says nothing more than its status.
 */
export type HubMeaning = 'auth' | 'permission' | 'quota' | 'quota-or-permission' | 'rate';

export function hubMeaning(status: number, code: string, worked: boolean): HubMeaning | null {
  if (code === '200') return 'auth';
  if (code === '210') return 'permission';
  if (code === '400' && status === 429) return worked ? 'quota' : 'quota-or-permission';
  if (code === '410' || code === '420') return 'rate';
  return null;
}

/** How long to wait after HUB's quota refusal: its period is not published, so look again in an hour. */
export const HUB_QUOTA_RETRY_SECONDS = 3_600;

type Kind = 'auth' | 'quota' | 'rate' | 'rejected' | 'unavailable' | Exclude<HubMeaning, 'quota' | 'rate' | 'auth'>;

function classify(status: number, vendor: VendorCode | null, worked: boolean): Kind {
  if (vendor?.form === 'apihub') {
    const meaning = hubMeaning(status, vendor.code, worked);
    if (meaning) return meaning;
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

const CODES = {
  auth: 'UPSTREAM_AUTH_FAILED',
  permission: 'UPSTREAM_AUTH_FAILED',
  quota: 'UPSTREAM_QUOTA_EXHAUSTED',
  // Not known to be either: the person looks in the console (the words say where).
  'quota-or-permission': 'UPSTREAM_REJECTED',
  rate: 'UPSTREAM_RATE_LIMITED',
  rejected: 'UPSTREAM_REJECTED',
  unavailable: 'UPSTREAM_UNAVAILABLE',
} as const;

/** `worked`: these (API HUB) keys have had a Search answer before. */
export function searchError(response: UpstreamResponse, secondsToMidnightKst: number, worked = false): UpstreamError {
  const vendor = vendorCodeOf(response.text);
  const kind = classify(response.status, vendor, worked);
  const hub = vendor?.form === 'apihub';
  const detail: Localized =
    kind === 'quota' && hub
      ? SEARCH_MESSAGES.hubQuota
      : kind === 'auth' && hub
        ? SEARCH_MESSAGES.hubAuth
        : SEARCH_MESSAGES[kind];
  const retry = kind === 'quota' ? (hub ? HUB_QUOTA_RETRY_SECONDS : secondsToMidnightKst) : kind === 'rate' ? 1 : null;
  return new UpstreamError(CODES[kind], {
    provider: PROVIDER,
    upstreamCode: vendor?.code ?? String(response.status),
    detail,
    ...(retry === null ? {} : { retryAfterSeconds: retry }),
  });
}
