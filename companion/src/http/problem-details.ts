/**
 * The title of each problem code, as RFC 9457 puts it on the wire (English, stable). What a
 * person reads is the detail: the error's own, or the default for its code (messages.ts).
 */
import type { ProblemCode } from '@aigenc/shared/contract';

export const PROBLEM_TITLES: Record<ProblemCode, string> = {
  UNAUTHENTICATED: 'Unauthenticated',
  FORBIDDEN_ORIGIN: 'Forbidden origin',
  MISDIRECTED_HOST: 'Misdirected request',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  VALIDATION_FAILED: 'Validation failed',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  RATE_LIMITED: 'Too many requests',
  CONNECTION_NOT_CONFIGURED: 'Connection not configured',
  CAPABILITY_DISABLED: 'Capability disabled',
  UPSTREAM_AUTH_FAILED: 'Upstream authentication failed',
  UPSTREAM_RATE_LIMITED: 'Upstream rate limited',
  UPSTREAM_QUOTA_EXHAUSTED: 'Upstream quota exhausted',
  UPSTREAM_UNAVAILABLE: 'Upstream unavailable',
  UPSTREAM_REJECTED: 'Upstream rejected the request',
  NOT_A_COUPANG_URL: 'Not a Coupang URL',
  COUPANG_URL_REFUSED: 'Coupang cannot link this page',
  CONNECTION_FROM_ENV: 'Set by environment variables',
  PROBE_REQUIRED: 'Read-only probe required',
  STORAGE_UNAVAILABLE: 'Storage unavailable',
  EGRESS_BLOCKED: 'Outbound call refused',
  CONFIG_INVALID: 'Configuration error',
  VAULT_CORRUPT: 'Vault unreadable',
  JOB_LIMIT_REACHED: 'Too much open bulk work',
  INTERNAL: 'Internal error',
};
