/**
 * Search Ad request signing: base64(HMAC-SHA256(secret as UTF-8, "{timestamp}.{METHOD}.{path}")).
 * The path is bare (no query string) and the secret is used as the literal string.
 */
import { createHmac } from 'node:crypto';

export function signSearchAd(secretKey: string, timestamp: string, method: string, path: string): string {
  return createHmac('sha256', secretKey).update(`${timestamp}.${method}.${path}`, 'utf8').digest('base64');
}
