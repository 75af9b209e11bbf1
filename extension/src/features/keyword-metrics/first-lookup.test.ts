import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CompanionClient } from '../../companion-client.ts';
import { companionPortItem, companionTokenItem } from '../../platform/storage.ts';

const clientFor = (port: number, token: string) => new CompanionClient({ port, token, language: 'ko' });

const TOKEN = 'aigenc_first_lookup_token';

function item(keyword: string) {
  return {
    keyword,
    normalizedKeyword: keyword,
    found: true,
    searches: { pc: 10, mobile: 20, total: 30, pcBelow10: false, mobileBelow10: false },
    clicks: { pc: 1, mobile: 2 },
    ctr: { pc: 0.1, mobile: 0.1 },
    adDepth: 15,
    competition: 'high',
    documents: { blog: 5, cafe: null, web: null, news: null },
    saturation: 0.17,
    grade: 'gold',
    fetchedAt: '2026-12-03T00:00:00.000Z',
    cached: true,
  };
}

let asked: string[] = [];
let refuse = false;

/** The module afresh for each test (it keeps the popup's first lookup), on a page opened with `?q=`. */
async function popupOn(search: string) {
  vi.stubGlobal('location', { search });
  vi.resetModules();
  return import('./first-lookup.ts');
}

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  refuse = false;
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const path = new URL(url).pathname;
    asked.push(`${init.method ?? 'GET'} ${path}`);
    if (refuse)
      return Promise.resolve(
        new Response(
          JSON.stringify({ type: 'about:blank', title: 'x', status: 401, code: 'UNAUTHENTICATED', detail: 'x' }),
          {
            status: 401,
            headers: { 'content-type': 'application/problem+json' },
          },
        ),
      );
    const body = path.endsWith('/metrics')
      ? { items: [item(JSON.parse(String(init.body)).keywords[0])] }
      : { saturationFormula: 'blog / searches' };
    return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the popup’s first lookup', () => {
  it('asks for the page’s keyword at once, and hands that one answer to the view that asks for it', async () => {
    await companionTokenItem.setValue(TOKEN);
    const port = await companionPortItem.getValue();
    const first = await popupOn('?q=캠핑의자');
    first.startFirstLookup();
    expect(await first.earlyReady()).toEqual({ port, token: TOKEN });
    const answer = await first.takeFirstLookup('캠핑의자', clientFor(port, TOKEN));
    expect((await answer!.metrics).items[0]!.keyword).toBe('캠핑의자');
    expect(asked.filter((a) => a.endsWith('/metrics'))).toHaveLength(1);
    // Once only: a later lookup asks the companion itself.
    expect(await first.takeFirstLookup('캠핑의자', clientFor(port, TOKEN))).toBeNull();
  });

  it('is not used for another keyword or other credentials', async () => {
    await companionTokenItem.setValue(TOKEN);
    const port = await companionPortItem.getValue();
    const first = await popupOn('?q=텐트');
    first.startFirstLookup();
    expect(await first.takeFirstLookup('캠핑의자', clientFor(port, TOKEN))).toBeNull();
    const again = await popupOn('?q=텐트');
    again.startFirstLookup();
    expect(await again.takeFirstLookup('텐트', clientFor(port, 'another-token'))).toBeNull();
  });

  it('asks nothing when the popup is not paired or the page gives no keyword to look up at once', async () => {
    const unpaired = await popupOn('?q=캠핑의자');
    unpaired.startFirstLookup();
    expect(await unpaired.earlyReady()).toBeNull();
    await companionTokenItem.setValue(TOKEN);
    const titled = await popupOn('?url=https%3A%2F%2Fexample.com%2F&title=Example');
    titled.startFirstLookup();
    expect(await titled.earlyReady()).toBeNull();
    expect(asked).toEqual([]);
  });

  it('does not claim the companion is ready when it refuses the token', async () => {
    await companionTokenItem.setValue(TOKEN);
    refuse = true;
    const first = await popupOn('?q=캠핑의자');
    first.startFirstLookup();
    expect(await first.earlyReady()).toBeNull();
  });
});
