/**
 * Which addresses are Coupang pages (the only URLs a deeplink may be made for). The exact host
 * must be coupang.com or one of its page hosts; look-alikes such as coupang.com.evil.example fail.
 */

const PAGE_HOSTS = new Set(['coupang.com', 'www.coupang.com', 'm.coupang.com', 'link.coupang.com']);

export function isCoupangUrl(input: string): boolean {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    PAGE_HOSTS.has(url.hostname.toLowerCase()) &&
    url.port === ''
  );
}
