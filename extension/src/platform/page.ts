/**
 * What the page in front of the person is: the active tab's URL and title (granted by activeTab
 * when the popup is opened) and the selected text (read through scripting, same grant). Entry
 * points that already know the page (a context menu, a link into the view) pass it in the popup's
 * address instead: `popup.html?q=<text>` or `?url=<page>&title=<title>`.
 */
import { browser } from 'wxt/browser';
import type { PageInput } from '@aigenc/shared/domain';
import { wallClock } from './clock.ts';
import { pendingLookupItem } from './storage.ts';

/** How long a context-menu pick waits to be looked up before it is stale. */
const PENDING_FOR_MS = 60_000;

/** The text picked in the context menu, if any and still fresh; it is taken (cleared) once read. */
export async function takePendingLookup(now: number): Promise<string | null> {
  const pending = await pendingLookupItem.getValue();
  if (!pending) return null;
  await pendingLookupItem.setValue(null);
  return now - pending.at < PENDING_FOR_MS ? pending.text : null;
}

/** Calls `listener` with every text picked in the context menu from now on (for an open side panel). */
export function watchPendingLookups(listener: (text: string) => void): () => void {
  return pendingLookupItem.watch((pending) => {
    if (!pending) return;
    void pendingLookupItem.setValue(null);
    listener(pending.text);
  });
}

function fromAddress(search: string): PageInput | null {
  const params = new URLSearchParams(search);
  const q = params.get('q');
  const url = params.get('url');
  if (!q && !url) return null;
  return { selection: q ?? undefined, url: url ?? undefined, title: params.get('title') ?? undefined };
}

async function selectionIn(tabId: number): Promise<string | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    return typeof result?.result === 'string' ? result.result : undefined;
  } catch {
    // chrome:// pages, the Web Store and PDFs cannot be scripted: no selection then.
    return undefined;
  }
}

export async function readActivePage(search = globalThis.location?.search ?? ''): Promise<PageInput> {
  const linked = fromAddress(search);
  if (linked) return linked;
  const picked = await takePendingLookup(wallClock());
  if (picked) return { selection: picked };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab) return {};
  return {
    url: tab.url,
    title: tab.title,
    selection: tab.id === undefined ? undefined : await selectionIn(tab.id),
  };
}
