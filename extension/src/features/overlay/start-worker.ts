/**
 * The in-page panel's part of the service worker, put together: the gate, the service on a
 * companion client made afresh for each request (the port and token as stored now), the content
 * script kept registered for exactly the families switched on and granted, and `storage.local`
 * kept from pages.
 */
import { CompanionClient } from '../../companion-client.ts';
import { uiLanguage } from '../../platform/browser.ts';
import { wallClock } from '../../platform/clock.ts';
import {
  OVERLAY_TRENDS_KEPT,
  enabledFamilies,
  extensionId,
  keepStorageFromPages,
  onPermissionsChanged,
  onRuntimeMessage,
  onTabClosed,
  openSidePanelIn,
  overlayCollapsedItem,
  overlayFamiliesItem,
  overlayTrendsItem,
  syncOverlayScripts,
} from '../../platform/overlay.ts';
import {
  DEFAULT_COUPANG_PREFS,
  companionPortItem,
  companionTokenItem,
  coupangPrefsItem,
  pendingLookupItem,
  themeItem,
} from '../../platform/storage.ts';
import { rememberSubId } from '../../ui/link-text.ts';
import { OverlayGate } from './gate.ts';
import { OverlayService } from './service.ts';
import { overlayHandler } from './worker.ts';

export function startOverlayWorker(): void {
  void keepStorageFromPages();
  const gate = new OverlayGate({ extensionId: extensionId(), enabledFamilies, now: wallClock });
  const service = new OverlayService({
    client: async () => {
      const [port, token] = await Promise.all([companionPortItem.getValue(), companionTokenItem.getValue()]);
      return token ? new CompanionClient({ port, token, language: uiLanguage(), timeoutMs: 15_000 }) : null;
    },
    theme: () => themeItem.getValue(),
    collapsed: async (family) => (await overlayCollapsedItem.getValue())[family] ?? false,
    trendAsked: async (normalized) => (await overlayTrendsItem.getValue()).includes(normalized),
    rememberTrend: async (normalized) => {
      const kept = (await overlayTrendsItem.getValue()).filter((k) => k !== normalized);
      await overlayTrendsItem.setValue([normalized, ...kept].slice(0, OVERLAY_TRENDS_KEPT));
    },
    coupangPrefs: async () => ({ ...DEFAULT_COUPANG_PREFS, ...(await coupangPrefsItem.getValue()) }),
    usedSubId: async (subId) => {
      const prefs = { ...DEFAULT_COUPANG_PREFS, ...(await coupangPrefsItem.getValue()) };
      await coupangPrefsItem.setValue({ ...prefs, recentSubIds: rememberSubId(prefs.recentSubIds, subId) });
    },
    now: wallClock,
  });
  onRuntimeMessage(
    overlayHandler({
      gate,
      service,
      openSidePanel: openSidePanelIn,
      lookUpInSidePanel: (text) => pendingLookupItem.setValue({ text, at: wallClock() }),
      setCollapsed: async (family, collapsed) =>
        overlayCollapsedItem.setValue({ ...(await overlayCollapsedItem.getValue()), [family]: collapsed }),
    }),
  );
  onTabClosed((tabId) => gate.forget(tabId));
  // The scripts follow the switches and Chrome's grants, whichever changes.
  const sync = () =>
    void enabledFamilies()
      .then(syncOverlayScripts)
      .catch(() => undefined);
  overlayFamiliesItem.watch(sync);
  onPermissionsChanged(sync);
  sync();
}
