import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lensStatusItem, pendingLookupItem } from '../../platform/storage.ts';
import { LOOKUP_MENU_ID, startBackground, type BackgroundCapabilities } from './background.ts';
import { badgeFor, type Badge } from './badge.ts';

const NOW = 1_800_000_000_000;

function fakes(overrides: Partial<BackgroundCapabilities> = {}) {
  let click: Parameters<BackgroundCapabilities['onMenuClick']>[0] = () => undefined;
  let installed: (firstInstall: boolean) => void = () => undefined;
  let alarm: (name: string) => void = () => undefined;
  const badges: Badge[] = [];
  const caps = {
    createSelectionMenu: vi.fn(),
    onMenuClick: (listener) => void (click = listener),
    openSidePanel: vi.fn(() => Promise.resolve()),
    openLookupTab: vi.fn(() => Promise.resolve()),
    setBadge: vi.fn((badge: Badge) => {
      badges.push(badge);
      return Promise.resolve();
    }),
    scheduleAlarm: vi.fn(),
    onAlarm: (listener) => void (alarm = listener),
    onInstalledOrStartup: (listener) => void (installed = listener),
    openWelcome: vi.fn(() => Promise.resolve()),
    checkCompanion: vi.fn(() => Promise.resolve({ kind: 'unpaired' as const })),
    now: () => NOW,
    ...overrides,
  } satisfies BackgroundCapabilities;
  startBackground(caps);
  return {
    caps,
    badges,
    click: (...a: Parameters<typeof click>) => click(...a),
    installed: (firstInstall = true) => installed(firstInstall),
    alarm: (n: string) => alarm(n),
  };
}

/** Lets the queued storage callbacks run (a turn of the event loop, not a wait for time to pass). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => fakeBrowser.reset());

describe('the context menu', () => {
  it('is created on install, and a pick opens the side panel with the text waiting for it', async () => {
    const f = fakes();
    f.installed();
    expect(f.caps.createSelectionMenu).toHaveBeenCalledWith(LOOKUP_MENU_ID);
    f.click(LOOKUP_MENU_ID, '  캠핑\n의자 ', 7);
    await vi.waitFor(async () => expect(await pendingLookupItem.getValue()).toEqual({ text: '캠핑 의자', at: NOW }));
    expect(f.caps.openSidePanel).toHaveBeenCalledWith(7);
    expect(f.caps.openLookupTab).not.toHaveBeenCalled();
  });

  it('falls back to the popup page in a tab where the side panel cannot open', async () => {
    const f = fakes({ openSidePanel: vi.fn(() => Promise.reject(new Error('no side panel'))) });
    f.click(LOOKUP_MENU_ID, '무선 이어폰', 3);
    await vi.waitFor(() => expect(f.caps.openLookupTab).toHaveBeenCalledWith('무선 이어폰'));
  });

  it('ignores other menus and empty picks', async () => {
    const f = fakes();
    f.click('other', '텍스트', 1);
    f.click(LOOKUP_MENU_ID, '   ', 1);
    await settle();
    expect(f.caps.openSidePanel).not.toHaveBeenCalled();
    expect(await pendingLookupItem.getValue()).toBeNull();
  });
});

describe('the first-run guide', () => {
  it('opens once, on install; not on an update or a browser start', () => {
    const f = fakes();
    f.installed(true);
    expect(f.caps.openWelcome).toHaveBeenCalledTimes(1);
    f.installed(false);
    expect(f.caps.openWelcome).toHaveBeenCalledTimes(1);
    expect(f.caps.createSelectionMenu).toHaveBeenCalledTimes(2);
  });

  it('a tab that cannot open does not stop the menu or the badge', async () => {
    const f = fakes({ openWelcome: vi.fn(() => Promise.reject(new Error('no tabs'))) });
    f.installed(true);
    expect(f.caps.createSelectionMenu).toHaveBeenCalledWith(LOOKUP_MENU_ID);
    await vi.waitFor(async () => expect(await lensStatusItem.getValue()).toEqual({ kind: 'unpaired' }));
  });
});

describe('the badge', () => {
  it('follows the companion state: checked on install, then whatever the views report', async () => {
    const f = fakes();
    f.installed();
    await vi.waitFor(async () => expect(await lensStatusItem.getValue()).toEqual({ kind: 'unpaired' }));
    await vi.waitFor(() => expect(f.badges.at(-1)).toMatchObject({ text: '!', titleKey: 'badgeUnpaired' }));
    await lensStatusItem.setValue({ kind: 'ready' });
    await vi.waitFor(() => expect(f.badges.at(-1)).toMatchObject({ text: '', titleKey: 'badgeReady' }));
  });

  it('counts a cooldown down by the minute, with an alarm, and clears when it ends', async () => {
    const f = fakes();
    await lensStatusItem.setValue({ kind: 'cooling', until: NOW + 4.5 * 60_000 });
    await vi.waitFor(() => expect(f.badges.at(-1)).toMatchObject({ text: '5m', titleKey: 'badgeCooling', minutes: 5 }));
    expect(f.caps.scheduleAlarm).toHaveBeenLastCalledWith('aigenc-badge', NOW + 60_000);
  });
});

describe('badgeFor', () => {
  it.each([
    [{ kind: 'offline' as const }, 'off'],
    [{ kind: 'unknown' as const }, ''],
    [{ kind: 'cooling' as const, until: NOW - 1 }, ''],
    [{ kind: 'cooling' as const, until: NOW + 61_000 }, '2m'],
  ])('%j → "%s"', (status, text) => {
    expect(badgeFor(status, NOW).text).toBe(text);
  });
});
