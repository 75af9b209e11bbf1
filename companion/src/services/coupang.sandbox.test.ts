import { describe, expect, it } from 'vitest';
import { CoupangClient } from '../connectors/coupang-partners/client.ts';
import { DEMO_CREDENTIALS } from '../sandbox/credentials.ts';
import { useSandbox } from '../sandbox/harness.ts';
import { CoupangStore, PRODUCTS_TTL_MS } from '../store/coupang-store.ts';
import { CoupangService } from './coupang.ts';

const harness = useSandbox();

/** The service on the harness clock: `harness().time.advance` ages its cache. */
function service() {
  const h = harness();
  const now = h.time.now;
  const client = new CoupangClient({
    origin: h.sandbox.urls.coupang,
    credentials: { ...DEMO_CREDENTIALS['coupang-partners'], subId: 'default_sub' },
    dispatcher: h.dispatcher,
    state: h.state,
    time: h.time,
  });
  return new CoupangService({
    coupang: () => Promise.resolve(client),
    store: new CoupangStore(h.db, now),
  });
}

const searches = () => harness().stats('coupang')['coupang:search'] ?? 0;

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
});
