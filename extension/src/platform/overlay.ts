/**
 * The browser's side of the in-page panel: which site families the person switched on (each with
 * its host permission, asked for when it is switched on and given back when it is switched off),
 * the content script registered for exactly those, what each family remembers (folded or not),
 * and the one message channel between the page's script and the service worker.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { SITE_FAMILIES, familyMatches, type SiteFamily, type SiteFamilyId } from '@aigenc/shared/domain';

/** The families switched on in the options (each still needs its host permission to show anything). */
export const overlayFamiliesItem = storage.defineItem<SiteFamilyId[]>('local:overlayFamilies', { fallback: [] });

/** Per family: the panel folded. */
export const overlayCollapsedItem = storage.defineItem<Partial<Record<SiteFamilyId, boolean>>>(
  'local:overlayCollapsed',
  {
    fallback: {},
  },
);

/** Keywords whose 12-month line was asked for on a page (most recent first, at most 200). */
export const overlayTrendsItem = storage.defineItem<string[]>('local:overlayTrends', { fallback: [] });
export const OVERLAY_TRENDS_KEPT = 200;

/** The built content script, and the id prefix of its registrations. */
const SCRIPT = 'overlay.js';
const PREFIX = 'aigenc-overlay-';

function family(id: SiteFamilyId): SiteFamily {
  return SITE_FAMILIES.find((f) => f.id === id)!;
}

/**
 * Switches a family on: Chrome asks the person for its hosts. Call it straight from the click (the
 * prompt needs the click's gesture, so nothing may be awaited before it). False when refused.
 */
export async function switchOnFamily(id: SiteFamilyId): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: familyMatches(family(id)) });
  if (!granted) return false;
  const on = await overlayFamiliesItem.getValue();
  if (!on.includes(id)) await overlayFamiliesItem.setValue([...on, id]);
  return true;
}

/** Switches a family off and gives its hosts back (a permission Chrome will not take back is left, unused). */
export async function switchOffFamily(id: SiteFamilyId): Promise<void> {
  await overlayFamiliesItem.setValue((await overlayFamiliesItem.getValue()).filter((f) => f !== id));
  await browser.permissions.remove({ origins: familyMatches(family(id)) }).catch(() => false);
}

/** The families switched on whose hosts Chrome grants now (the person can withdraw them in Chrome). */
export async function enabledFamilies(): Promise<SiteFamilyId[]> {
  const on = await overlayFamiliesItem.getValue();
  const granted = await Promise.all(
    on.map((id) => browser.permissions.contains({ origins: familyMatches(family(id)) }).catch(() => false)),
  );
  return on.filter((_, i) => granted[i]);
}

/** Registers the content script for exactly these families, at document idle, and unregisters the rest. */
export async function syncOverlayScripts(enabled: readonly SiteFamilyId[]): Promise<void> {
  const registered = (await browser.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(PREFIX));
  const wanted = enabled.map((id) => `${PREFIX}${id}`);
  const stale = registered.filter((id) => !wanted.includes(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = enabled.filter((id) => !registered.includes(`${PREFIX}${id}`));
  if (missing.length)
    await browser.scripting.registerContentScripts(
      missing.map((id) => ({
        id: `${PREFIX}${id}`,
        js: [SCRIPT],
        matches: familyMatches(family(id)),
        runAt: 'document_idle' as const,
        allFrames: false,
        persistAcrossSessions: true,
      })),
    );
}

/** Calls `listener` when the person grants or withdraws a host in Chrome. */
export function onPermissionsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
}

export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

/** What Chrome says of a message's sender. */
export type MessageSender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/** The worker's end of the channel: every message answered by `handle`'s promise. */
export function onRuntimeMessage(handle: (message: unknown, sender: MessageSender) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    void handle(message, sender).then(sendResponse, () => sendResponse({ refused: 'failed' }));
    return true;
  });
}

/** The page script's end: one request to the worker, its answer (or null when the worker is gone). */
export async function askWorker<T>(request: object): Promise<T | null> {
  try {
    return ((await browser.runtime.sendMessage(request)) as T | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps `storage.local` (the companion's token among it) to the extension's own pages and worker:
 * content scripts run in pages' processes and need none of it. Chrome versions without the setting
 * keep their default; the content script reads no storage either way.
 */
export async function keepStorageFromPages(): Promise<void> {
  const local = browser.storage.local as unknown as {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}

/** This extension's id, as message senders carry it. */
export function extensionId(): string {
  return browser.runtime.id;
}

/** Opens the side panel in a window; call it in the click's turn, with nothing awaited before. */
export function openSidePanelIn(windowId: number): void {
  void browser.sidePanel.open({ windowId }).catch(() => undefined);
}
