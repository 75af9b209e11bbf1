/**
 * The site families where AigenC can show its numbers inside the page. Each is switched on by the
 * user on its own (the extension names them in its own words), which asks Chrome for exactly its
 * hosts (`familyMatches`, also what the content scripts are registered for). `familyOf` says which
 * family an address belongs to, by exact host over https only: a look-alike host
 * (`search.naver.com.example`, `coupang.com.evil.kr`) belongs to none.
 */
export type OverlayKind = 'keyword' | 'coupang-link';

export interface SiteFamily {
  id: 'naver-search' | 'naver-shopping' | 'coupang';
  hosts: readonly string[];
  /** What shows there: the keyword panel on search pages, the link button on product pages. */
  overlays: readonly OverlayKind[];
  /** The address parameter its search pages carry the query in (a related keyword's link sets it). */
  searchParam: 'query' | 'q';
}

export const SITE_FAMILIES: readonly SiteFamily[] = [
  {
    id: 'naver-search',
    hosts: ['search.naver.com', 'm.search.naver.com'],
    overlays: ['keyword'],
    searchParam: 'query',
  },
  {
    id: 'naver-shopping',
    hosts: ['search.shopping.naver.com', 'msearch.shopping.naver.com'],
    overlays: ['keyword'],
    searchParam: 'query',
  },
  {
    id: 'coupang',
    hosts: ['www.coupang.com', 'm.coupang.com'],
    overlays: ['keyword', 'coupang-link'],
    searchParam: 'q',
  },
];

export type SiteFamilyId = SiteFamily['id'];

/** The host permissions a family asks for: `https://<host>/*` for each of its hosts. */
export function familyMatches(family: SiteFamily): string[] {
  return family.hosts.map((host) => `https://${host}/*`);
}

/** An address as a URL when it is plain https (no credentials, no port of its own), else null. */
export function httpsAddress(address: string | null | undefined): URL | null {
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  return url.protocol !== 'https:' || url.username || url.password || url.port ? null : url;
}

/** The family an address belongs to (exact host, https), or null. */
export function familyOf(address: string | undefined): SiteFamily | null {
  const url = httpsAddress(address);
  return url ? (SITE_FAMILIES.find((family) => family.hosts.includes(url.hostname)) ?? null) : null;
}

/**
 * The same site's search for another keyword: the page's own address with only the query set, so a
 * related keyword opens where the person already is (filters and paging are left behind).
 */
export function sameSiteSearch(page: string, family: SiteFamily, keyword: string): string {
  const url = new URL(page);
  return `${url.origin}${url.pathname}?${family.searchParam}=${encodeURIComponent(keyword)}`;
}
