import { describe, expect, it, vi } from 'vitest';
import { OverlayGate, type Sender } from './gate.ts';
import { overlayHandler, type OverlayWorkerDeps } from './worker.ts';

const ID = 'iekgcaekdhflpfnikefalnohgnlkjopb';
const SEARCH = 'https://search.naver.com/search.naver?query=%EC%BA%A0%ED%95%91';
const sender: Sender = {
  id: ID,
  url: SEARCH,
  frameId: 0,
  tab: { id: 3, url: SEARCH, windowId: 9, title: '캠핑 : 네이버 검색' },
};

function setup(enabled: string[] = ['naver-search']) {
  const gate = new OverlayGate({ extensionId: ID, enabledFamilies: async () => enabled as never, now: () => 0 });
  const calls: string[] = [];
  const deps: OverlayWorkerDeps = {
    gate,
    service: {
      view: vi.fn(async () => ({ show: 'nothing' as const })),
      trend: vi.fn(async () => ({ trend: null, problem: null })),
      link: vi.fn(async () => ({ ok: true as const, link: 'l', text: 't' })),
    },
    openSidePanel: vi.fn((windowId: number) => void calls.push(`open ${windowId}`)),
    lookUpInSidePanel: vi.fn(async (keyword: string) => void calls.push(`look up ${keyword}`)),
    setCollapsed: vi.fn(async () => undefined),
  };
  return { handle: overlayHandler(deps), deps, calls };
}

describe('the service worker’s in-page channel', () => {
  it('answers an admitted question about the page the message names, and refuses the rest in a word', async () => {
    const { handle, deps } = setup();
    expect(await handle({ type: 'overlay.view', url: SEARCH }, sender)).toEqual({ show: 'nothing' });
    expect(deps.service.view).toHaveBeenCalledWith(expect.objectContaining({ id: 'naver-search' }), SEARCH);
    expect(await handle({ type: 'overlay.view', url: SEARCH }, { ...sender, frameId: 2 })).toEqual({
      refused: 'not-top-frame',
    });
    expect(await handle({ type: 'overlay.coupang-link', url: SEARCH }, sender)).toEqual({ refused: 'wrong-overlay' });
    expect(deps.service.link).not.toHaveBeenCalled();
  });

  it('refuses every family when none is switched on, and then calls nothing', async () => {
    const { handle, deps } = setup([]);
    expect(await handle({ type: 'overlay.view', url: SEARCH }, sender)).toEqual({ refused: 'family-off' });
    expect(await handle({ type: 'overlay.trend', url: SEARCH }, sender)).toEqual({ refused: 'family-off' });
    expect(deps.service.view).not.toHaveBeenCalled();
    expect(deps.service.trend).not.toHaveBeenCalled();
  });

  it('opens the side panel within the click’s turn, on the page’s own keyword', async () => {
    const { handle, deps, calls } = setup();
    await handle({ type: 'overlay.view', url: SEARCH }, sender);
    const answer = handle({ type: 'overlay.side-panel', url: SEARCH }, sender);
    // Before anything was awaited:
    expect(calls).toEqual(['look up 캠핑', 'open 9']);
    expect(await answer).toEqual({ ok: true });
    expect(deps.openSidePanel).toHaveBeenCalledTimes(1);
  });

  it('opens no side panel for a family it has not seen switched on', async () => {
    const { handle, deps } = setup([]);
    expect(await handle({ type: 'overlay.side-panel', url: SEARCH }, sender)).toEqual({ refused: 'family-off' });
    expect(deps.openSidePanel).not.toHaveBeenCalled();
  });

  it('remembers a fold for the sender’s family', async () => {
    const { handle, deps } = setup();
    expect(await handle({ type: 'overlay.collapse', collapsed: true }, sender)).toEqual({ ok: true });
    expect(deps.setCollapsed).toHaveBeenCalledWith('naver-search', true);
  });

  it('makes a link with the tab’s title as Chrome reports it', async () => {
    const product = 'https://www.coupang.com/vp/products/1';
    const { handle, deps } = setup(['coupang']);
    const from = { ...sender, url: product, tab: { ...sender.tab, url: product, title: '의자 - 캠핑 | 쿠팡' } };
    expect(await handle({ type: 'overlay.coupang-link', url: product }, from)).toEqual({
      ok: true,
      link: 'l',
      text: 't',
    });
    expect(deps.service.link).toHaveBeenCalledWith(product, '의자 - 캠핑 | 쿠팡');
  });
});
