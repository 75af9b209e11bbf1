/**
 * The browser's own UI around the extension: context menu, side panel, badge, alarms, install
 * events. The service worker's logic (features/entry-points) uses these through one object.
 */
import { browser } from 'wxt/browser';
import type { BackgroundCapabilities, Badge } from './background-capabilities.ts';
import { openWelcomePage, t } from './browser.ts';
import { wallClock } from './clock.ts';
import tokensCss from '@aigenc/shared/ui/tokens.css?raw';
import { tokenColors } from '@aigenc/shared/ui/tokens';

/** The badge's colours, read from the design tokens. */
const BADGE_COLORS = tokenColors(tokensCss);

export function browserCapabilities(checkCompanion: BackgroundCapabilities['checkCompanion']): BackgroundCapabilities {
  return {
    createSelectionMenu(id) {
      browser.contextMenus.removeAll(() => {
        browser.contextMenus.create({ id, title: t('contextMenuLookup'), contexts: ['selection'] });
      });
    },
    onMenuClick(listener) {
      browser.contextMenus.onClicked.addListener((info, tab) =>
        listener(info.menuItemId, info.selectionText, tab?.windowId),
      );
    },
    async openSidePanel(windowId) {
      await browser.sidePanel.open({ windowId });
    },
    async openLookupTab(text) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(text)}`) });
    },
    async setBadge(badge: Badge) {
      await browser.action.setBadgeText({ text: badge.text });
      await browser.action.setBadgeBackgroundColor({ color: BADGE_COLORS[badge.tone] ?? '#000000' });
      const title = badge.minutes === undefined ? t(badge.titleKey) : t(badge.titleKey, String(badge.minutes));
      await browser.action.setTitle({ title: `${t('extName')} · ${title}` });
    },
    scheduleAlarm(name, when) {
      void browser.alarms.create(name, { when });
    },
    onAlarm(listener) {
      browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
    },
    onInstalledOrStartup(listener) {
      browser.runtime.onInstalled.addListener((details) => listener(details.reason === 'install'));
      browser.runtime.onStartup.addListener(() => listener(false));
    },
    openWelcome: openWelcomePage,
    checkCompanion,
    now: wallClock,
  };
}
