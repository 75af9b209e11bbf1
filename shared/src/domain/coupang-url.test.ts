import { describe, expect, it } from 'vitest';
import { canonicalCoupangUrl, isCoupangUrl, type CoupangUrl } from './coupang-url.ts';

const W = 'https://www.coupang.com';

describe('canonicalCoupangUrl: pages a link can be made for', () => {
  it.each<[string, string, string]>([
    // Product pages, as copied from the address bar after a search (tracking parameters go).
    [
      'https://www.coupang.com/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906&q=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90&itemsCount=36&searchId=0c5a8b1f2d&rank=1&isAddedCart=',
      'product',
      `${W}/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906`,
    ],
    ['https://www.coupang.com/vp/products/7335597976', 'product', `${W}/vp/products/7335597976`],
    ['https://www.coupang.com/vp/products/7335597976/', 'product', `${W}/vp/products/7335597976`],
    [
      'https://www.coupang.com/vp/products/6412034119?vendorItemId=80421957631&sourceType=srp_product_ads&clickEventId=3f1c&korePlacement=15',
      'product',
      `${W}/vp/products/6412034119?vendorItemId=80421957631`,
    ],
    [
      'https://www.coupang.com/vp/products/7335597976?itemId=18738765443#sdpReview',
      'product',
      `${W}/vp/products/7335597976?itemId=18738765443`,
    ],
    [
      'https://WWW.COUPANG.COM/vp/products/7335597976?itemId=18738765443',
      'product',
      `${W}/vp/products/7335597976?itemId=18738765443`,
    ],
    ['https://coupang.com/vp/products/123', 'product', `${W}/vp/products/123`],
    // The older path form with the item in the path.
    [
      'https://www.coupang.com/vp/products/7335597976/items/18738765443?vendorItemId=85873964906',
      'product',
      `${W}/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906`,
    ],
    // Mobile product pages become the desktop page.
    [
      'https://m.coupang.com/vm/products/7335597976?itemId=18738765443&vendorItemId=85873964906&sourceType=HOME_GW_PROMOTION',
      'product',
      `${W}/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906`,
    ],
    ['https://m.coupang.com/vm/products/7335597976', 'product', `${W}/vp/products/7335597976`],
    // Without a scheme, as often pasted.
    ['www.coupang.com/vp/products/7335597976', 'product', `${W}/vp/products/7335597976`],
    ['  https://www.coupang.com/vp/products/42  ', 'product', `${W}/vp/products/42`],
    // A non-numeric itemId is dropped rather than passed on.
    [
      'https://www.coupang.com/vp/products/42?itemId=abc&vendorItemId=7',
      'product',
      `${W}/vp/products/42?vendorItemId=7`,
    ],
    // Affiliate and share links (long form) lead back to their product page.
    [
      'https://link.coupang.com/re/AFFSDP?lptag=AF1234567&subid=blog&pageKey=7335597976&itemId=18738765443&vendorItemId=85873964906&traceid=V0-153-abc',
      'product',
      `${W}/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906`,
    ],
    [
      'https://link.coupang.com/re/SHARESDP?lptag=CFM12345&pageKey=7335597976&itemId=18738765443&vendorItemId=85873964906',
      'product',
      `${W}/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906`,
    ],
    [
      'https://link.coupang.com/re/CSHARESDP?lptag=CFM9&pageKey=6412034119&itemId=1&vendorItemId=2&sharesource=sharebutton&style=&isIPhoneX=false',
      'product',
      `${W}/vp/products/6412034119?itemId=1&vendorItemId=2`,
    ],
    // Searches keep only the query; "+" and %20 both mean a space.
    [
      'https://www.coupang.com/np/search?component=&q=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90&channel=user',
      'search',
      `${W}/np/search?q=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90`,
    ],
    [
      'https://www.coupang.com/np/search?q=%EB%AC%B4%EC%84%A0+%EC%9D%B4%EC%96%B4%ED%8F%B0&page=2&listSize=72',
      'search',
      `${W}/np/search?q=%EB%AC%B4%EC%84%A0+%EC%9D%B4%EC%96%B4%ED%8F%B0`,
    ],
    [
      'https://m.coupang.com/nm/search?q=%EB%AC%B4%EC%84%A0%20%EC%9D%B4%EC%96%B4%ED%8F%B0',
      'search',
      `${W}/np/search?q=%EB%AC%B4%EC%84%A0+%EC%9D%B4%EC%96%B4%ED%8F%B0`,
    ],
    [
      'https://link.coupang.com/re/AFFSRP?lptag=AF1234567&q=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90&traceid=x',
      'search',
      `${W}/np/search?q=%EC%BA%A0%ED%95%91%EC%9D%98%EC%9E%90`,
    ],
    // Categories and promotions, without their filters.
    [
      'https://www.coupang.com/np/categories/186764?listSize=60&brand=&offerCondition=&filterType=&isPriceRange=false&page=1',
      'category',
      `${W}/np/categories/186764`,
    ],
    ['https://m.coupang.com/nm/categories/186764', 'category', `${W}/np/categories/186764`],
    ['https://www.coupang.com/np/campaigns/82?eventCategory=GNB', 'promotion', `${W}/np/campaigns/82`],
    ['https://www.coupang.com/np/goldbox', 'promotion', `${W}/np/goldbox`],
    ['https://m.coupang.com/nm/goldbox?src=1', 'promotion', `${W}/np/goldbox`],
    // Every other Coupang page goes to the vendor, less its tracking parameters (issue 17).
    ['https://www.coupang.com/np/coupangglobal', 'page', `${W}/np/coupangglobal`],
    ['https://www.coupang.com/np/coupangglobal/?src=1042503&spec=10304991&addtag=400', 'page', `${W}/np/coupangglobal`],
    [
      'https://www.coupang.com/np/products/brand-shop?brandName=%EC%82%BC%EC%84%B1%EC%A0%84%EC%9E%90&vendorId=A00012345&isAddedCart=&rank=2',
      'page',
      `${W}/np/products/brand-shop?brandName=%EC%82%BC%EC%84%B1%EC%A0%84%EC%9E%90&vendorId=A00012345`,
    ],
    [
      'https://pages.coupang.com/p/121237?sourceType=gm_crm_goldbox&subSourceType=gm_crm_gwsrtcut&utm_source=naver',
      'page',
      'https://pages.coupang.com/p/121237?subSourceType=gm_crm_gwsrtcut',
    ],
    ['https://pages.coupang.com/f/s5678', 'page', 'https://pages.coupang.com/f/s5678'],
    ['https://www.coupang.com/np/rocketfresh?traceid=V0-1&NaPm=ct%3Dabc', 'page', `${W}/np/rocketfresh`],
    ['https://coupang.com/np/coupangglobal', 'page', `${W}/np/coupangglobal`],
    [
      'https://m.coupang.com/nm/coupangglobal?page=2&n_media=27758',
      'page',
      'https://m.coupang.com/nm/coupangglobal?page=2',
    ],
    // Parameters that pick the page are kept, in name order, so one page is one entry.
    ['https://www.coupang.com/np/brands/3?z=1&a=2', 'page', `${W}/np/brands/3?a=2&z=1`],
    // The home page (the setup page's validation probe links it).
    ['https://www.coupang.com/', 'home', `${W}/`],
    ['https://m.coupang.com', 'home', `${W}/`],
  ])('%s → %s', (input, kind, url) => {
    expect(canonicalCoupangUrl(input)).toMatchObject({ ok: true, kind, url });
  });

  it('names the product id and the search keyword', () => {
    expect(canonicalCoupangUrl('https://m.coupang.com/vm/products/99?itemId=1')).toMatchObject({ productId: '99' });
    expect(
      canonicalCoupangUrl('https://www.coupang.com/np/search?q=%EB%AC%B4%EC%84%A0++%EC%9D%B4%EC%96%B4%ED%8F%B0'),
    ).toMatchObject({
      keyword: '무선 이어폰',
    });
  });

  it('gives one page one form, whatever it was reached by', () => {
    const forms = [
      'https://m.coupang.com/vm/products/7335597976?vendorItemId=85873964906&itemId=18738765443',
      'https://www.coupang.com/vp/products/7335597976?itemId=18738765443&vendorItemId=85873964906&rank=3',
      'https://link.coupang.com/re/AFFSDP?pageKey=7335597976&itemId=18738765443&vendorItemId=85873964906&lptag=AF1',
      'coupang.com/vp/products/7335597976/items/18738765443?vendorItemId=85873964906',
    ];
    const urls = new Set(forms.map((f) => (canonicalCoupangUrl(f) as Extract<CoupangUrl, { ok: true }>).url));
    expect(urls.size).toBe(1);
  });
});

describe('canonicalCoupangUrl: refused, with the reason', () => {
  it.each<[string, string]>([
    // Look-alike and foreign hosts.
    ['https://www.coupang.com.evil.example/vp/products/1', 'not-coupang'],
    ['https://coupang.com.evil.example/vp/products/1', 'not-coupang'],
    ['https://evilcoupang.com/vp/products/1', 'not-coupang'],
    ['https://www-coupang.com/vp/products/1', 'not-coupang'],
    ['https://www.coupang.co/vp/products/1', 'not-coupang'],
    ['https://www.coupang.com.@evil.example/vp/products/1', 'not-coupang'],
    ['https://www.coupang.com@evil.example/vp/products/1', 'not-coupang'],
    ['https://user:pass@www.coupang.com/vp/products/1', 'not-coupang'],
    ['https://www.coupang.com:8443/vp/products/1', 'not-coupang'],
    ['https://shop.coupang.com/vp/products/1', 'not-coupang'],
    ['https://www.coupang.com./vp/products/1', 'not-coupang'],
    ['https://smartstore.naver.com/store/products/1', 'not-coupang'],
    // Not web addresses at all.
    ['javascript:alert(1)', 'not-a-url'],
    ['data:text/html,<a href=https://www.coupang.com>', 'not-a-url'],
    ['ftp://www.coupang.com/vp/products/1', 'not-a-url'],
    ['not a url', 'not-a-url'],
    ['', 'not-a-url'],
    ['http://evil.example/vp/products/1', 'not-coupang'],
    ['https://wing.coupang.com/tenants/seller', 'not-coupang'],
    // Plain http: only the https page is linked.
    ['http://www.coupang.com/vp/products/7335597976?itemId=18738765443', 'not-https'],
    ['http://pages.coupang.com/p/121237', 'not-https'],
    // A person's own pages: login, cart, checkout, orders, my coupang.
    ['https://cart.coupang.com/cartView.pang', 'account-page'],
    ['https://login.coupang.com/login/login.pang?rtnUrl=https%3A%2F%2Fwww.coupang.com%2F', 'account-page'],
    ['https://checkout.coupang.com/order/checkout?id=1', 'account-page'],
    ['https://mc.coupang.com/ssr/desktop/order/list', 'account-page'],
    ['http://mc.coupang.com/ssr/desktop/order/list', 'account-page'],
    ['https://www.coupang.com/np/mycoupang', 'account-page'],
    ['https://m.coupang.com/nm/cart', 'account-page'],
    ['https://www.coupang.com/login/login.pang', 'account-page'],
    ['https://pages.coupang.com/checkout/1', 'account-page'],
    // Coupang, but naming nothing to link.
    ['https://www.coupang.com/vp/products/abc', 'unsupported-page'],
    ['https://www.coupang.com/vp/products', 'unsupported-page'],
    ['https://www.coupang.com/np/search?q=', 'unsupported-page'],
    ['https://www.coupang.com/np/search?component=&channel=user', 'unsupported-page'],
    // Short links, and links whose page they do not name, lead somewhere only the network knows.
    ['https://link.coupang.com/a/bXyZ12', 'short-link'],
    ['https://coupa.ng/bQz9Xk', 'short-link'],
    ['http://coupa.ng/bQz9Xk', 'short-link'],
    ['https://link.coupang.com/re/AFFSDP?lptag=AF1', 'short-link'],
    ['https://link.coupang.com/re/SOMETHING?pageKey=1', 'short-link'],
  ])('%s → %s', (input, reason) => {
    expect(canonicalCoupangUrl(input)).toEqual({ ok: false, reason });
  });

  it('isCoupangUrl is canonicalCoupangUrl(...).ok', () => {
    expect(isCoupangUrl('https://m.coupang.com/vm/products/1')).toBe(true);
    expect(isCoupangUrl('https://link.coupang.com/a/abc123')).toBe(false);
  });
});
