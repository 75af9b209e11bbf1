import { describe, expect, it } from 'vitest';
import { useSandbox } from '../../test/sandbox-harness.ts';
import { clockFact } from './vendor-clock.ts';

const harness = useSandbox();
const SEARCH_AD = { ko: '네이버 검색광고', en: 'Naver Search Ad' };

describe('the vendor clock', () => {
  it('reads the skew from the Date header, to about a second, with no key sent', async () => {
    const h = harness();
    const target = { provider: 'naver-searchad' as const, name: SEARCH_AD, origin: h.sandbox.urls.searchad };
    // The sandbox dates its answers by this machine's clock: a clock ten minutes ahead shows so.
    const same = await clockFact(h.dispatcher, target, () => Date.now());
    const ahead = await clockFact(h.dispatcher, target, () => Date.now() + 10 * 60_000);
    if (!('skewMs' in same) || !('skewMs' in ahead)) throw new Error('no skew measured');
    expect(Math.abs(same.skewMs)).toBeLessThan(1_500);
    expect(Math.abs(ahead.skewMs - 10 * 60_000)).toBeLessThan(1_500);
    // The sandbox counts every request: two unsigned HEADs of the root, nothing signed or refused.
    expect(h.stats('searchad')).toEqual({ 'HEAD /': 2 });
  });

  it('says why when the vendor cannot be reached, and never goes where egress does not allow', async () => {
    const h = harness();
    const target = { provider: 'naver-searchad' as const, name: SEARCH_AD, origin: 'https://api.searchad.naver.com' };
    const fact = await clockFact(h.dispatcher, target, () => Date.now());
    expect(fact).toMatchObject({ vendor: SEARCH_AD, error: expect.any(String) });
  });
});
