/**
 * What the page in front of the person is: the active tab's URL and title (granted by activeTab
 * when the popup is opened) and the selected text (read through scripting, same grant). Entry
 * points that already know the page (a context menu, a link into the view) pass it in the popup's
 * address instead: `popup.html?q=<text>` or `?url=<page>&title=<title>`.
 */
import { browser } from 'wxt/browser';
import type { PageInput } from '@aigenc/shared/domain';

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
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab) return {};
  return {
    url: tab.url,
    title: tab.title,
    selection: tab.id === undefined ? undefined : await selectionIn(tab.id),
  };
}
