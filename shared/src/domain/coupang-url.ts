/**
 * Which addresses are Coupang pages a Partners link may be made for, and their one canonical form.
 *
 * Accepted: coupang.com, www.coupang.com and m.coupang.com pages of a product, a search, a
 * category or a promotion (and the home page), plus long `link.coupang.com` affiliate and share
 * links, which are turned back into the page they lead to. The canonical form is always
 * `https://www.coupang.com/...` with only the parameters that pick the page (`itemId` and
 * `vendorItemId` on a product, `q` on a search): search tracking, ranks and session ids go, so one
 * page has one link and one cache entry. Everything else is refused with a reason, before any call.
 *
 *   canonicalCoupangUrl('https://m.coupang.com/vm/products/123?vendorItemId=9&q=x&rank=2')
 *   // → { ok: true, kind: 'product', url: 'https://www.coupang.com/vp/products/123?vendorItemId=9', ... }
 */

export type CoupangPageKind = 'home' | 'product' | 'search' | 'category' | 'promotion';

export type CoupangUrlRefusal =
  /** Not an http(s) address at all. */
  | 'not-a-url'
  /** An address, but not on a Coupang page host (look-alikes included). */
  | 'not-coupang'
  /** A Coupang address, but not a page a link can be made for (cart, login, ...). */
  | 'unsupported-page'
  /** A `link.coupang.com/a/...` short link: only opening it tells where it leads. */
  | 'short-link';

export type CoupangUrl =
  | { ok: true; url: string; kind: CoupangPageKind; productId?: string; keyword?: string }
  | { ok: false; reason: CoupangUrlRefusal };

const PAGE_HOSTS = new Set(['coupang.com', 'www.coupang.com', 'm.coupang.com']);
const LINK_HOST = 'link.coupang.com';
const ORIGIN = 'https://www.coupang.com';
const ID = /^\d{1,20}$/;

/** Link paths that lead to a product page (`pageKey` is the product id). */
const PRODUCT_LINKS = new Set(['/re/AFFSDP', '/re/SHARESDP', '/re/CSHARESDP']);
/** Link paths that lead to a search (the query in `q`, or in `pageKey`). */
const SEARCH_LINKS = new Set(['/re/AFFSRP', '/re/SHARESRP']);

function parse(input: string): URL | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  // A pasted address often comes without its scheme ("www.coupang.com/vp/products/1").
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

function id(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value !== null && ID.test(value) ? value : null;
}

function product(productId: string, params: URLSearchParams, itemFromPath?: string): CoupangUrl {
  const kept = new URLSearchParams();
  const itemId = itemFromPath ?? id(params, 'itemId');
  const vendorItemId = id(params, 'vendorItemId');
  if (itemId) kept.set('itemId', itemId);
  if (vendorItemId) kept.set('vendorItemId', vendorItemId);
  const query = kept.toString();
  return {
    ok: true,
    kind: 'product',
    productId,
    url: `${ORIGIN}/vp/products/${productId}${query ? `?${query}` : ''}`,
  };
}

/** The Coupang search page for a keyword (not an affiliate link). */
export function coupangSearchUrl(keyword: string): string {
  return `${ORIGIN}/np/search?${new URLSearchParams({ q: keyword }).toString()}`;
}

function search(keyword: string | null): CoupangUrl {
  const q = keyword?.trim().replace(/\s+/g, ' ') ?? '';
  if (q === '' || q.length > 100) return { ok: false, reason: 'unsupported-page' };
  return { ok: true, kind: 'search', keyword: q, url: coupangSearchUrl(q) };
}

function page(url: URL): CoupangUrl {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const params = url.searchParams;
  if (path === '/') return { ok: true, kind: 'home', url: `${ORIGIN}/` };

  const productPath = /^\/v[pm]\/products\/(\d{1,20})(?:\/items\/(\d{1,20}))?$/.exec(path);
  if (productPath) return product(productPath[1]!, params, productPath[2]);

  if (path === '/np/search' || path === '/nm/search') return search(params.get('q'));

  const category = /^\/n[pm]\/categories\/(\d{1,20})$/.exec(path);
  if (category) return { ok: true, kind: 'category', url: `${ORIGIN}/np/categories/${category[1]!}` };

  const campaign = /^\/n[pm]\/campaigns\/(\d{1,20})$/.exec(path);
  if (campaign) return { ok: true, kind: 'promotion', url: `${ORIGIN}/np/campaigns/${campaign[1]!}` };
  if (path === '/np/goldbox' || path === '/nm/goldbox')
    return { ok: true, kind: 'promotion', url: `${ORIGIN}/np/goldbox` };

  return { ok: false, reason: 'unsupported-page' };
}

function link(url: URL): CoupangUrl {
  const path = url.pathname.replace(/\/+$/, '');
  if (/^\/a\/[A-Za-z0-9]+$/.test(path)) return { ok: false, reason: 'short-link' };
  const params = url.searchParams;
  if (PRODUCT_LINKS.has(path)) {
    const productId = id(params, 'pageKey');
    return productId ? product(productId, params) : { ok: false, reason: 'unsupported-page' };
  }
  if (SEARCH_LINKS.has(path)) return search(params.get('q') ?? params.get('pageKey'));
  return { ok: false, reason: 'unsupported-page' };
}

export function canonicalCoupangUrl(input: string): CoupangUrl {
  const url = parse(input);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { ok: false, reason: 'not-a-url' };
  // Credentials or a port in the address are never a real Coupang page (and a classic disguise).
  if (url.username !== '' || url.password !== '' || url.port !== '') return { ok: false, reason: 'not-coupang' };
  if (PAGE_HOSTS.has(url.hostname)) return page(url);
  if (url.hostname === LINK_HOST) return link(url);
  return { ok: false, reason: 'not-coupang' };
}

export function isCoupangUrl(input: string): boolean {
  return canonicalCoupangUrl(input).ok;
}
