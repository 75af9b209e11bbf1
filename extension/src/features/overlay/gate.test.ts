import { describe, expect, it } from 'vitest';
import { OverlayGate, type Sender } from './gate.ts';
import { parseOverlayRequest } from './messages.ts';

const ID = 'iekgcaekdhflpfnikefalnohgnlkjopb';
const SEARCH = 'https://search.naver.com/search.naver?query=%EC%BA%A0%ED%95%91';
const PRODUCT = 'https://www.coupang.com/vp/products/7335597976?itemId=18738765443';

function gate(enabled: string[] = ['naver-search', 'coupang']) {
  let now = 1_000_000;
  const g = new OverlayGate({
    extensionId: ID,
    enabledFamilies: () => Promise.resolve(enabled as never),
    now: () => now,
  });
  return { g, advance: (ms: number) => (now += ms) };
}

const from = (url: string, extra: Partial<Sender> = {}): Sender => ({
  id: ID,
  url,
  frameId: 0,
  tab: { id: 7, url },
  ...extra,
});
const view = (url = SEARCH) => ({ type: 'overlay.view', url });

describe('the overlay gate', () => {
  it('admits our script in the top frame of a switched-on family, about its own page', async () => {
    const { g } = gate();
    expect(await g.admit(view(), from(SEARCH))).toMatchObject({
      ok: true,
      tabId: 7,
      family: { id: 'naver-search' },
      page: SEARCH,
    });
    expect(await g.admit({ type: 'overlay.coupang-link', url: `${PRODUCT}#reviews` }, from(PRODUCT))).toMatchObject({
      ok: true,
    });
  });

  it('takes the page the script reads when the site changed its query in place (same origin as the frame)', async () => {
    const { g } = gate();
    const moved = 'https://search.naver.com/search.naver?query=%ED%85%90%ED%8A%B8';
    expect(await g.admit(view(moved), from(SEARCH))).toMatchObject({ ok: true, page: moved });
  });

  it.each([
    ['another extension', view(), from(SEARCH, { id: 'otherextensionid' }), 'foreign'],
    ['a web page (no extension id)', view(), from(SEARCH, { id: undefined }), 'foreign'],
    ['no tab (another context)', view(), from(SEARCH, { tab: undefined }), 'not-a-tab'],
    ['an inner frame', view(), from(SEARCH, { frameId: 3 }), 'not-top-frame'],
    [
      'a family switched off',
      view('https://search.shopping.naver.com/ns/search?query=x'),
      from('https://search.shopping.naver.com/ns/search?query=x'),
      'family-off',
    ],
    [
      'a look-alike host',
      view('https://search.naver.com.example.kr/search.naver?query=x'),
      from('https://search.naver.com.example.kr/search.naver?query=x'),
      'family-off',
    ],
    [
      'plain http',
      view('http://search.naver.com/search.naver?query=x'),
      from('http://search.naver.com/search.naver?query=x'),
      'family-off',
    ],
    [
      'a frame address unlike its tab',
      view(),
      from(SEARCH, { tab: { id: 7, url: 'https://evil.example/' } }),
      'family-off',
    ],
    ['a question about another site', view('https://www.coupang.com/np/search?q=x'), from(SEARCH), 'not-this-page'],
    ['a question about no address', view('not an address'), from(SEARCH), 'not-this-page'],
    ['a link asked on a search family', { type: 'overlay.coupang-link', url: SEARCH }, from(SEARCH), 'wrong-overlay'],
    ['an unknown message', { type: 'overlay.token' }, from(SEARCH), 'bad-message'],
    ['a message with more fields', { ...view(), token: 'x' }, from(SEARCH), 'bad-message'],
    [
      'a keyword named by the page',
      { type: 'overlay.view', url: SEARCH, keyword: '대출' },
      from(SEARCH),
      'bad-message',
    ],
    ['a fold that is not yes or no', { type: 'overlay.collapse', collapsed: 'yes' }, from(SEARCH), 'bad-message'],
  ])('refuses %s', async (_name, message, sender, refusal) => {
    const { g } = gate(['naver-search', 'coupang']);
    expect(await g.admit(message, sender)).toEqual({ ok: false, refusal });
  });

  it('bounds how often a tab may ask the companion, and lets it ask again after a while', async () => {
    const { g, advance } = gate();
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push((await g.admit(view(), from(SEARCH))).ok);
    expect(answers).toEqual([true, true, true, true, true, false, false]);
    // Folding asks nothing of the companion and is not counted.
    expect((await g.admit({ type: 'overlay.collapse', collapsed: true }, from(SEARCH))).ok).toBe(true);
    // Another tab has its own allowance.
    expect((await g.admit(view(), from(SEARCH, { tab: { id: 8, url: SEARCH } }))).ok).toBe(true);
    advance(2_000);
    expect((await g.admit(view(), from(SEARCH))).ok).toBe(true);
    expect((await g.admit(view(), from(SEARCH))).ok).toBe(false);
    // A closed tab's allowance goes with it; a new tab with its id starts full.
    g.forget(7);
    expect((await g.admit(view(), from(SEARCH))).ok).toBe(true);
  });

  it('remembers which families were on when last asked, for the side panel decided before any await', async () => {
    const { g } = gate(['naver-search']);
    expect(g.wasOn('naver-search')).toBe(false);
    await g.admit(view(), from(SEARCH));
    expect(g.wasOn('naver-search')).toBe(true);
    expect(g.wasOn('coupang')).toBe(false);
  });

  it('reads a message strictly: an address bounded, nothing more than its fields', () => {
    expect(
      parseOverlayRequest({ type: 'overlay.view', url: `https://search.naver.com/${'a'.repeat(2_100)}` }),
    ).toBeNull();
    expect(parseOverlayRequest({ type: 'overlay.collapse', collapsed: false })).toEqual({
      type: 'overlay.collapse',
      collapsed: false,
    });
    expect(parseOverlayRequest(null)).toBeNull();
    expect(parseOverlayRequest([view()])).toBeNull();
    expect(parseOverlayRequest({ type: 'overlay.view', url: 42 })).toBeNull();
  });
});
