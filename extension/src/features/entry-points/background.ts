/**
 * The service worker's work, written against a small set of browser capabilities so it can be
 * tested with fakes: the "AigenC로 '%s' 조회" context menu (it opens the side panel, which looks
 * the text up), the badge, kept in step with the last known companion state, and the first-run
 * guide opened once, on install.
 */
import { tidy } from '@aigenc/shared/domain';
import { lensStatusItem, pendingLookupItem, type LensStatus } from '../../platform/storage.ts';
import type { BackgroundCapabilities } from '../../platform/background-capabilities.ts';
import { badgeFor } from './badge.ts';

export const LOOKUP_MENU_ID = 'aigenc-lookup-selection';
const BADGE_ALARM = 'aigenc-badge';

export type { BackgroundCapabilities } from '../../platform/background-capabilities.ts';

export function startBackground(caps: BackgroundCapabilities): void {
  const now = () => caps.now();

  caps.onInstalledOrStartup((firstInstall) => {
    // A new user is walked through start → pair → connect; an update or a browser start is not.
    if (firstInstall) void caps.openWelcome().catch(() => undefined);
    caps.createSelectionMenu(LOOKUP_MENU_ID);
    void caps.checkCompanion().then((status) => lensStatusItem.setValue(status));
  });

  caps.onMenuClick((menuItemId, selection, windowId) => {
    if (menuItemId !== LOOKUP_MENU_ID) return;
    const text = tidy(selection);
    if (!text) return;
    // The side panel must be opened in the click itself; it then reads the text from storage.
    const opened = windowId === undefined ? Promise.reject(new Error('no window')) : caps.openSidePanel(windowId);
    void pendingLookupItem.setValue({ text, at: now() });
    void opened.catch(() => caps.openLookupTab(text));
  });

  const show = async (status: LensStatus): Promise<void> => {
    await caps.setBadge(badgeFor(status, now()));
    if (status.kind === 'cooling' && status.until > now()) {
      // Count the minutes down, then clear.
      caps.scheduleAlarm(BADGE_ALARM, Math.min(status.until, now() + 60_000));
    }
  };
  // Every trigger reads the value afresh, so whichever runs last shows the latest state.
  const refresh = () => void lensStatusItem.getValue().then(show);
  lensStatusItem.watch(refresh);
  caps.onAlarm((name) => {
    if (name === BADGE_ALARM) refresh();
  });
  refresh();
}
