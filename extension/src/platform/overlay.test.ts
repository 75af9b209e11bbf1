import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  enabledFamilies,
  overlayFamiliesItem,
  switchOffFamily,
  switchOnFamily,
  syncOverlayScripts,
} from './overlay.ts';

/** Chrome's grants and registered scripts, as fakes of the two APIs fakeBrowser leaves out. */
function chromeLike(granted: string[]) {
  const origins = new Set(granted);
  const scripts = new Map<string, { id: string; js?: string[]; matches?: string[]; runAt?: string }>();
  Object.assign(fakeBrowser.permissions, {
    request: vi.fn(async ({ origins: asked = [] }: { origins?: string[] }) => {
      asked.forEach((o) => origins.add(o));
      return true;
    }),
    contains: vi.fn(async ({ origins: asked = [] }: { origins?: string[] }) => asked.every((o) => origins.has(o))),
    remove: vi.fn(async ({ origins: asked = [] }: { origins?: string[] }) => {
      asked.forEach((o) => origins.delete(o));
      return true;
    }),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async () => [...scripts.values()]),
    registerContentScripts: vi.fn(async (list: Array<{ id: string }>) => list.forEach((s) => scripts.set(s.id, s))),
    unregisterContentScripts: vi.fn(async ({ ids = [] }: { ids?: string[] }) =>
      ids.forEach((id) => scripts.delete(id)),
    ),
  });
  return { origins, scripts };
}

beforeEach(() => fakeBrowser.reset());

describe('the in-page panel’s switches', () => {
  it('switching a family on asks Chrome for exactly its hosts; off gives them back', async () => {
    const chrome = chromeLike([]);
    expect(await switchOnFamily('naver-shopping')).toBe(true);
    expect([...chrome.origins]).toEqual([
      'https://search.shopping.naver.com/*',
      'https://msearch.shopping.naver.com/*',
    ]);
    expect(await overlayFamiliesItem.getValue()).toEqual(['naver-shopping']);
    await switchOffFamily('naver-shopping');
    expect([...chrome.origins]).toEqual([]);
    expect(await overlayFamiliesItem.getValue()).toEqual([]);
  });

  it('a refused prompt leaves the family off', async () => {
    chromeLike([]);
    fakeBrowser.permissions.request = vi.fn(async () => false) as never;
    expect(await switchOnFamily('coupang')).toBe(false);
    expect(await overlayFamiliesItem.getValue()).toEqual([]);
  });

  it('a family is on only while Chrome still grants its hosts (the person can withdraw them in Chrome)', async () => {
    const chrome = chromeLike(['https://www.coupang.com/*', 'https://m.coupang.com/*']);
    await overlayFamiliesItem.setValue(['coupang', 'naver-search']);
    expect(await enabledFamilies()).toEqual(['coupang']);
    chrome.origins.delete('https://m.coupang.com/*');
    expect(await enabledFamilies()).toEqual([]);
  });

  it('registers the script at document idle for exactly the families on, and unregisters the rest', async () => {
    const chrome = chromeLike([]);
    await syncOverlayScripts(['naver-search', 'coupang']);
    expect([...chrome.scripts.values()]).toEqual([
      expect.objectContaining({
        id: 'aigenc-overlay-naver-search',
        js: ['overlay.js'],
        matches: ['https://search.naver.com/*', 'https://m.search.naver.com/*'],
        runAt: 'document_idle',
      }),
      expect.objectContaining({
        id: 'aigenc-overlay-coupang',
        matches: ['https://www.coupang.com/*', 'https://m.coupang.com/*'],
      }),
    ]);
    await syncOverlayScripts(['coupang']);
    expect([...chrome.scripts.keys()]).toEqual(['aigenc-overlay-coupang']);
    await syncOverlayScripts([]);
    expect(chrome.scripts.size).toBe(0);
  });
});
