import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readActivePage } from './page.ts';

beforeEach(() => fakeBrowser.reset());

describe('readActivePage', () => {
  it('takes a page handed over in the popup’s address', async () => {
    expect(await readActivePage('?q=%EC%BA%A0%ED%95%91')).toEqual({
      selection: '캠핑',
      url: undefined,
      title: undefined,
    });
    expect(
      await readActivePage('?url=https%3A%2F%2Fsearch.naver.com%2Fsearch.naver%3Fquery%3Dx&title=t'),
    ).toMatchObject({
      url: 'https://search.naver.com/search.naver?query=x',
      title: 't',
    });
  });

  it('reads the active tab otherwise, and survives a page that cannot be scripted', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.coupang.com/np/search?q=%EC%9A%94%EA%B0%80' });
    // fakeBrowser does not track the active tab: answer as Chrome does for the window's active tab.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, active: true }]);
    const page = await readActivePage('');
    expect(page.url).toBe('https://www.coupang.com/np/search?q=%EC%9A%94%EA%B0%80');
    expect(page.selection).toBeUndefined();
  });
});
