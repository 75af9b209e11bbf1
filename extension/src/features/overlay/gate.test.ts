import { describe, expect, it } from 'vitest';
import { OverlayGate, parseOverlayMessage, type Sender } from './gate.ts';

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
const keyword = { type: 'overlay.keyword', keyword: '캠핑' };

describe('the overlay gate', () => {
  it('admits our script in the top frame of a switched-on family', async () => {
    const { g } = gate();
    expect(await g.admit(keyword, from(SEARCH))).toMatchObject({ ok: true, tabId: 7, family: { id: 'naver-search' } });
    expect(await g.admit({ type: 'overlay.coupang-link', url: `${PRODUCT}#reviews` }, from(PRODUCT))).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['another extension', keyword, from(SEARCH, { id: 'otherextensionid' }), 'foreign'],
    ['no tab (another context)', keyword, from(SEARCH, { tab: undefined }), 'not-a-tab'],
    ['an inner frame', keyword, from(SEARCH, { frameId: 3 }), 'not-top-frame'],
    ['a family switched off', keyword, from('https://search.shopping.naver.com/ns/search?query=x'), 'family-off'],
    ['a look-alike host', keyword, from('https://search.naver.com.example.kr/search.naver?query=x'), 'family-off'],
    ['plain http', keyword, from('http://search.naver.com/search.naver?query=x'), 'family-off'],
    [
      'a frame address unlike its tab',
      keyword,
      from(SEARCH, { tab: { id: 7, url: 'https://evil.example/' } }),
      'family-off',
    ],
    ['a link asked on a search family', { type: 'overlay.coupang-link', url: SEARCH }, from(SEARCH), 'wrong-overlay'],
    [
      'a link for another page',
      { type: 'overlay.coupang-link', url: PRODUCT },
      from('https://www.coupang.com/vp/products/1'),
      'wrong-overlay',
    ],
    ['an unknown message', { type: 'overlay.token' }, from(SEARCH), 'bad-message'],
    ['a message with more fields', { ...keyword, token: 'x' }, from(SEARCH), 'bad-message'],
    ['an empty keyword', { type: 'overlay.keyword', keyword: '  ' }, from(SEARCH), 'bad-message'],
  ])('refuses %s', async (_name, message, sender, refusal) => {
    const { g } = gate(['naver-search', 'coupang']);
    expect(await g.admit(message, sender)).toEqual({ ok: false, refusal });
  });

  it('bounds how often a tab may ask, and lets it ask again after a while', async () => {
    const { g, advance } = gate();
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push((await g.admit(keyword, from(SEARCH))).ok);
    expect(answers).toEqual([true, true, true, true, true, false, false]);
    // Another tab has its own allowance.
    expect((await g.admit(keyword, from(SEARCH, { tab: { id: 8, url: SEARCH } }))).ok).toBe(true);
    advance(2_000);
    expect((await g.admit(keyword, from(SEARCH))).ok).toBe(true);
    expect((await g.admit(keyword, from(SEARCH))).ok).toBe(false);
  });

  it('reads a message strictly: a keyword tidied to one line, a link address bounded', () => {
    expect(parseOverlayMessage({ type: 'overlay.keyword', keyword: ' 캠핑\n의자 ' })).toEqual({
      type: 'overlay.keyword',
      keyword: '캠핑 의자',
    });
    expect(
      parseOverlayMessage({ type: 'overlay.coupang-link', url: `https://www.coupang.com/${'a'.repeat(2_100)}` }),
    ).toBeNull();
    expect(parseOverlayMessage(null)).toBeNull();
    expect(parseOverlayMessage([keyword])).toBeNull();
  });
});
