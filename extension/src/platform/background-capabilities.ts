/**
 * What the service worker's feature code may ask of the browser, as an interface: the platform
 * implements it (extension-ui.ts), tests hand in fakes. Defined here so that the platform never
 * imports a feature.
 */
import type { MessageKey } from './browser.ts';
import type { LensStatus } from './storage.ts';

/** A badge's colour, by design token (the light theme's: the browser draws white text on it). */
export const BADGE_TONES = ['danger', 'muted', 'accent-strong', 'warning'] as const;
export type BadgeTone = (typeof BADGE_TONES)[number];

/** The toolbar badge: its text, colour and tooltip. */
export interface Badge {
  text: string;
  tone: BadgeTone;
  /** `_locales` key of the tooltip. */
  titleKey: MessageKey;
  /** Minutes in the tooltip (cooling down). */
  minutes?: number;
}

export interface BackgroundCapabilities {
  createSelectionMenu(id: string): void;
  onMenuClick(listener: (menuItemId: string | number, selection: string | undefined, windowId?: number) => void): void;
  /** Opens the side panel in a window; must run inside the click's user gesture. */
  openSidePanel(windowId: number): Promise<void>;
  /** Fallback where there is no side panel: the popup's page in a tab. */
  openLookupTab(text: string): Promise<void>;
  setBadge(badge: Badge): Promise<void>;
  scheduleAlarm(name: string, when: number): void;
  onAlarm(listener: (name: string) => void): void;
  /** `firstInstall`: the extension was just installed (not updated, not a browser start). */
  onInstalledOrStartup(listener: (firstInstall: boolean) => void): void;
  /** The first-run guide in a tab. */
  openWelcome(): Promise<void>;
  /** Asks the companion: offline, unpaired or ready. */
  checkCompanion(): Promise<LensStatus>;
  now(): number;
}
