import { describe, expect, it } from 'vitest';
import { coupangConnector } from '../connectors/coupang-partners/connector.ts';
import { DEMO_CREDENTIALS } from '../sandbox/credentials.ts';
import { useSandbox } from '../../test/sandbox-harness.ts';
import { CoupangStore, PRODUCTS_TTL_MS, REFUSAL_TTL_MS } from '../store/coupang-store.ts';
import { CoupangService } from './coupang.ts';
import { COUPANG_REFUSALS } from './messages.ts';

const harness = useSandbox();

/** The service on the harness clock: `harness().time.advance` ages its cache. */
function service() {
  const h = harness();
  const now = h.time.now;
  const client = h.connect(coupangConnector, {
    credentials: { ...DEMO_CREDENTIALS['coupang-partners'], subId: 'default_sub' },
  });
  return new CoupangService({
    coupang: () => Promise.resolve(client),
    store: new CoupangStore(h.db, now),
  });
}

const searches = () => harness().stats('coupang')['coupang:search'] ?? 0;
/** Deeplink calls the vendor answered, made or refused. */
const linkCalls = () => {
  const stats = harness().stats('coupang');
  return (stats['coupang:deeplink'] ?? 0) + (stats['coupang:deeplink-refused'] ?? 0);
};
const HELP_PAGE = 'https://www.coupang.com/np/help/faq?src=1';

describe('CoupangService against the sandbox', () => {
  it('uses the connection’s default subId unless one is given', async () => {
    const [byDefault] = await service().deeplinks(['https://www.coupang.com/vp/products/1']);
    expect(byDefault!.landingUrl).toContain('subid=default_sub');
    const [given] = await service().deeplinks(['https://www.coupang.com/vp/products/1'], { subId: 'mine' });
    expect(given!.landingUrl).toContain('subid=mine');
  });

  it('searches again after 6 hours, and serves the old answer marked stale when the vendor fails', async () => {
    const first = await service().products('텐트', 3);
    expect(first).toMatchObject({ cached: false });
    harness().time.advance(PRODUCTS_TTL_MS - 1);
    expect(await service().products('텐트', 3)).toMatchObject({ cached: true });
    expect(searches()).toBe(1);

    harness().time.advance(2);
    await harness().fault('coupang', 'status-500', 1);
    const stale = await service().products('텐트', 3);
    expect(stale).toMatchObject({ cached: true, stale: true, fetchedAt: first.fetchedAt, items: first.items });

    const refreshed = await service().products('텐트', 3);
    expect(refreshed).toMatchObject({ cached: false });
    expect(refreshed.stale).toBeUndefined();
  });

  it('fails when the vendor fails and nothing is known, with the vendor’s reason', async () => {
    await harness().fault('coupang', 'status-500', 1);
    await expect(service().products('난로', 3)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
  });

  it('keeps the first link made for a page: a rerun never replaces a link already handed out', async () => {
    const s = service();
    const [a] = await s.deeplinks(['https://www.coupang.com/np/goldbox']);
    const [b] = await s.deeplinks(['https://m.coupang.com/nm/goldbox?x=1']);
    expect(b).toMatchObject({ shortenUrl: a!.shortenUrl, cached: true });
    expect(harness().stats('coupang')['coupang:deeplink']).toBe(1);
  });

  it('sends every Coupang page to the vendor: global, promotion pages, brand shops (unverified: that Coupang accepts these is the sandbox’s assumption, spec §4/§10)', async () => {
    const pages = [
      'https://www.coupang.com/np/coupangglobal',
      'https://pages.coupang.com/p/121237?sourceType=gm_crm_goldbox&utm_source=naver',
      'https://www.coupang.com/np/products/brand-shop?brandName=%EC%82%BC%EC%84%B1&vendorId=A00012345&rank=3',
    ];
    const links = await service().deeplinks(pages);
    expect(links.map((l) => l.canonicalUrl)).toEqual([
      'https://www.coupang.com/np/coupangglobal',
      'https://pages.coupang.com/p/121237',
      'https://www.coupang.com/np/products/brand-shop?brandName=%EC%82%BC%EC%84%B1&vendorId=A00012345',
    ]);
    for (const link of links) expect(link.shortenUrl).toMatch(/^https:\/\/link\.coupang\.com\/a\//);
    expect(linkCalls()).toBe(1);
  });

  it('answers a page the vendor cannot link in its words, for one call, and asks again only after a day', async () => {
    const refused = { code: 'COUPANG_URL_REFUSED', upstreamCode: 'rCode 400' };
    const first = await service()
      .deeplinks([HELP_PAGE])
      .catch((e: unknown) => e);
    expect(first).toMatchObject(refused);
    expect((first as { detail: { ko: string } }).detail.ko).toContain('"url convert failed"');
    // The same page again, reached another way: answered from memory.
    await expect(service().deeplinks(['https://www.coupang.com/np/help/faq'])).rejects.toMatchObject(refused);
    harness().time.advance(REFUSAL_TTL_MS - 1);
    await expect(service().deeplinks([HELP_PAGE])).rejects.toMatchObject(refused);
    expect(linkCalls()).toBe(1);
    harness().time.advance(2);
    await expect(service().deeplinks([HELP_PAGE])).rejects.toMatchObject(refused);
    expect(linkCalls()).toBe(2);
  });

  it('a refused batch is one call; it does not say which page, so none is remembered', async () => {
    const batch = ['https://www.coupang.com/vp/products/1', 'https://www.coupang.com/np/notice/12'];
    const error = await service()
      .deeplinks(batch)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'COUPANG_URL_REFUSED' });
    expect((error as { detail: { en: string } }).detail.en).toContain('the 2 addresses sent together');
    expect(linkCalls()).toBe(1);
    // The product alone gets its link; the batch is not remembered as refused.
    expect(await service().deeplinks([batch[0]!])).toHaveLength(1);
    expect(linkCalls()).toBe(2);
    // A page remembered as refused is named in a later batch, without a call.
    await service()
      .deeplinks([batch[1]!])
      .catch(() => undefined);
    const named = await service()
      .deeplinks(batch)
      .catch((e: unknown) => e);
    expect((named as { detail: { en: string } }).detail.en).toContain('cannot link this page (2)');
    expect(linkCalls()).toBe(3);
  });

  it('refuses before any call what can never be linked', async () => {
    for (const [url, reason] of [
      ['https://cart.coupang.com/cartView.pang', 'account-page'],
      ['https://www.coupang.com/np/mycoupang', 'account-page'],
      ['https://coupa.ng/bQz9Xk', 'short-link'],
      ['http://www.coupang.com/vp/products/1', 'not-https'],
      ['https://www.coupang.com.evil.example/vp/products/1', 'not-coupang'],
    ] as const) {
      const error = (await service()
        .deeplinks([url])
        .catch((e: unknown) => e)) as { code: string; detail: { ko: string; en: string } };
      expect(error.code).toBe('NOT_A_COUPANG_URL');
      expect(error.detail.ko).toContain(COUPANG_REFUSALS[reason].ko);
      expect(error.detail.en).toContain(COUPANG_REFUSALS[reason].en);
    }
    expect(linkCalls()).toBe(0);
  });
});
