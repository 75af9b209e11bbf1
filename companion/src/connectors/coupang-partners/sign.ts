/**
 * Coupang Partners CEA authorization: lowercase hex HMAC-SHA256 over
 * signedDate + METHOD + path + query, where query is exactly the string sent on the wire
 * (percent-encoded, no "?"). Signing raw Korean while sending it encoded fails as "Invalid signature."
 */
import { createHmac } from 'node:crypto';

/** yyMMdd'T'HHmmss'Z' in UTC, e.g. 240101T000000Z. */
export function coupangSignedDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/^\d{2}(\d{2})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}).*$/, '$1$2$3T$4$5$6Z');
}

export function signCoupang(
  secretKey: string,
  signedDate: string,
  method: string,
  path: string,
  query: string,
): string {
  return createHmac('sha256', secretKey).update(`${signedDate}${method}${path}${query}`, 'utf8').digest('hex');
}

export function coupangAuthorization(
  accessKey: string,
  secretKey: string,
  method: string,
  path: string,
  query: string,
  now: number,
): string {
  const signedDate = coupangSignedDate(now);
  const signature = signCoupang(secretKey, signedDate, method, path, query);
  return `CEA algorithm=HmacSHA256, access-key=${accessKey}, signed-date=${signedDate}, signature=${signature}`;
}
