/**
 * Naver Search errors in both body forms: legacy `{errorMessage, errorCode}` and the API HUB
 * gateway's `{error: {errorCode, message}}` (unconfirmed, so both are parsed defensively).
 */
import type { Localized } from '@aigenc/shared/language';
import { UpstreamError } from '../../errors.ts';
import { jsonObject, type UpstreamResponse } from '../http-client.ts';
import { SEARCH_MESSAGES } from './messages.ts';

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

const DETAILS: Record<Kind, Localized> = SEARCH_MESSAGES;

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
