/**
 * Which addresses a Coupang Partners link may be asked for, and their one canonical form.
 *
 * Within Coupang the vendor decides: every page on coupang.com and its shopping hosts (`www`, `m`,
 * `pages`) goes to it, and a page it cannot convert comes back as its own refusal. Refused here,
 * before any call, is only what can never be linked: other hosts and look-alikes, credentials or a
 * port in the address, plain http, account and checkout pages (login, cart, order, my coupang), and
 * short links that only opening them resolves (`link.coupang.com/a/…`, `coupa.ng/…`).
 *
 * The canonical form keeps only what picks the page, so one page has one link and one cache
 * entry: a product is `https://www.coupang.com/vp/products/<id>` with `itemId`/`vendorItemId`, a
 * search keeps `q`, categories and promotions their number; any other page keeps its host (the
 * bare domain becomes `www`), its path and its parameters less tracking ones, sorted by name.
 * Long `link.coupang.com` affiliate and share links are turned back into the page they lead to.
 *
 *   canonicalCoupangUrl('https://m.coupang.com/vm/products/123?vendorItemId=9&q=x&rank=2')
 *   // → { ok: true, kind: 'product', url: 'https://www.coupang.com/vp/products/123?vendorItemId=9', ... }
 *   canonicalCoupangUrl('https://www.coupang.com/np/coupangglobal?src=1042503&spec=10304991')
 *   // → { ok: true, kind: 'page', url: 'https://www.coupang.com/np/coupangglobal' }
 */

/** `page`: any other Coupang page; the vendor says whether it can be linked. */
export type CoupangPageKind = 'home' | 'product' | 'search' | 'category' | 'promotion' | 'page';

export type CoupangUrlRefusal =
  /** Not an http(s) address at all. */
  | 'not-a-url'
  /** A Coupang address over plain http: only the https page is linked. */
  | 'not-https'
  /** Not a Coupang shopping host (look-alikes, credentials or a port in the address included). */
  | 'not-coupang'
  /** Login, cart, checkout, orders, my coupang: a person's own pages, never a link. */
  | 'account-page'
  /** A Coupang page that names nothing to link: an empty search, a product without its number. */
  | 'unsupported-page'
  /** A short or affiliate link that only opening it resolves (`link.coupang.com/a/…`, `coupa.ng/…`). */
  | 'short-link';

export type CoupangUrl =
  | { ok: true; url: string; kind: CoupangPageKind; productId?: string; keyword?: string }
  | { ok: false; reason: CoupangUrlRefusal };

/** The hosts a shopper browses; the bare domain is the `www` site. */
const SHOP_HOSTS = new Set(['coupang.com', 'www.coupang.com', 'm.coupang.com', 'pages.coupang.com']);
/** Coupang hosts of a person's own pages. */
const ACCOUNT_HOSTS = new Set([
  'login.coupang.com',
  'cart.coupang.com',
  'checkout.coupang.com',
  'order.coupang.com',
  'mc.coupang.com',
  'member.coupang.com',
]);
const ACCOUNT_SEGMENTS = new Set([
  'login',
  'logout',
  'cart',
  'cartview',
  'checkout',
  'order',
  'orders',
  'mycoupang',
  'my-coupang',
  'member',
  'join',
]);
const LINK_HOST = 'link.coupang.com';
const SHORT_HOSTS = new Set(['coupa.ng', 'www.coupa.ng']);
const ORIGIN = 'https://www.coupang.com';
const ID = /^\d{1,20}$/;

/** Parameters that say how a page was reached, not which page it is. */
const TRACKING = new Set(
  [
    'src',
    'spec',
    'addtag',
    'ctag',
    'lptag',
    'subid',
    'traceid',
    'requestid',
    'clickeventid',
    'searchid',
    'rank',
    'itemscount',
    'sourcetype',
    'isaddedcart',
    'wpcid',
    'wref',
    'wtime',
    'redirect',
    'mcid',
    'placementid',
    'clickbeacon',
    'koreplacement',
    'trcid',
    'channel',
    'component',
    'sharesource',
    'isiphonex',
    'fbclid',
    'gclid',
    'napm',
  ].map((name) => name.toLowerCase()),
);
const TRACKING_PREFIX = /^(?:utm_|n_)/i;

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

function isAccountPath(path: string): boolean {
  return path
    .split('/')
    .slice(1, 3)
    .some((segment) => ACCOUNT_SEGMENTS.has(segment.toLowerCase().replace(/\.pang$/, '')));
}

/** Any other page: its host and path, and the parameters that pick it, in name order. */
function other(url: URL, path: string): CoupangUrl {
  const host = url.hostname === 'coupang.com' ? 'www.coupang.com' : url.hostname;
  const kept = [...url.searchParams].filter(
    ([name, value]) => value !== '' && !TRACKING.has(name.toLowerCase()) && !TRACKING_PREFIX.test(name),
  );
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  return { ok: true, kind: 'page', url: `https://${host}${path}${query ? `?${query}` : ''}` };
}

function page(url: URL): CoupangUrl {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const params = url.searchParams;
  if (isAccountPath(path)) return { ok: false, reason: 'account-page' };
  if (url.hostname === 'pages.coupang.com') return other(url, path);
  if (path === '/') return { ok: true, kind: 'home', url: `${ORIGIN}/` };

  const productPath = /^\/v[pm]\/products\/(\d{1,20})(?:\/items\/(\d{1,20}))?$/.exec(path);
  if (productPath) return product(productPath[1]!, params, productPath[2]);
  // A product address without its number can never be a page.
  if (/^\/v[pm]\/products(?:\/|$)/.test(path)) return { ok: false, reason: 'unsupported-page' };

  if (path === '/np/search' || path === '/nm/search') return search(params.get('q'));

  const category = /^\/n[pm]\/categories\/(\d{1,20})$/.exec(path);
  if (category) return { ok: true, kind: 'category', url: `${ORIGIN}/np/categories/${category[1]!}` };

  const campaign = /^\/n[pm]\/campaigns\/(\d{1,20})$/.exec(path);
  if (campaign) return { ok: true, kind: 'promotion', url: `${ORIGIN}/np/campaigns/${campaign[1]!}` };
  if (path === '/np/goldbox' || path === '/nm/goldbox')
    return { ok: true, kind: 'promotion', url: `${ORIGIN}/np/goldbox` };

  return other(url, path);
}

function link(url: URL): CoupangUrl {
  const path = url.pathname.replace(/\/+$/, '');
  const params = url.searchParams;
  if (PRODUCT_LINKS.has(path)) {
    const productId = id(params, 'pageKey');
    if (productId) return product(productId, params);
  }
  if (SEARCH_LINKS.has(path)) {
    const found = search(params.get('q') ?? params.get('pageKey'));
    if (found.ok) return found;
  }
  // `/a/…` and any link whose page it does not name: only the network knows where it leads.
  return { ok: false, reason: 'short-link' };
}

export function canonicalCoupangUrl(input: string): CoupangUrl {
  const url = parse(input);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { ok: false, reason: 'not-a-url' };
  // Credentials or a port in the address are never a real Coupang page (and a classic disguise).
  if (url.username !== '' || url.password !== '' || url.port !== '') return { ok: false, reason: 'not-coupang' };
  const host = url.hostname;
  if (SHORT_HOSTS.has(host)) return { ok: false, reason: 'short-link' };
  const shop = SHOP_HOSTS.has(host);
  if (!shop && !ACCOUNT_HOSTS.has(host) && host !== LINK_HOST) return { ok: false, reason: 'not-coupang' };
  if (ACCOUNT_HOSTS.has(host)) return { ok: false, reason: 'account-page' };
  if (url.protocol !== 'https:') return { ok: false, reason: 'not-https' };
  return shop ? page(url) : link(url);
}

export function isCoupangUrl(input: string): boolean {
  return canonicalCoupangUrl(input).ok;
}
