/**
 * What the extension keeps: the companion port and the bearer token from pairing, in
 * `storage.local` (never synced). Nothing else about the user is stored.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_COMPANION_PORT } from '@aigenc/shared/identity';

export const companionPortItem = storage.defineItem<number>('local:companionPort', {
  fallback: DEFAULT_COMPANION_PORT,
});

export const companionTokenItem = storage.defineItem<string | null>('local:companionToken', {
  fallback: null,
});

export type CopyFormat = 'link' | 'link-disclosure' | 'markdown' | 'html';

/** How Coupang links are handed out. Kept on this computer (`storage.local`), editable in options. */
export interface CoupangPrefs {
  format: CopyFormat;
  /** The subId last picked (null: the companion's default). */
  subId: string | null;
  /** subIds used before, most recent first, offered in the picker. */
  recentSubIds: string[];
  /** Make and copy the link as soon as the popup opens on a Coupang page. */
  autoCopy: boolean;
  /** The affiliate disclosure (대가성 문구) added to Markdown and HTML, and to "link + disclosure". */
  disclosure: string;
  disclosureOn: boolean;
}

export const DEFAULT_DISCLOSURE =
  '이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.';

export const DEFAULT_COUPANG_PREFS: CoupangPrefs = {
  format: 'link-disclosure',
  subId: null,
  recentSubIds: [],
  autoCopy: false,
  disclosure: DEFAULT_DISCLOSURE,
  disclosureOn: true,
};

export const coupangPrefsItem = storage.defineItem<CoupangPrefs>('local:coupangPrefs', {
  fallback: DEFAULT_COUPANG_PREFS,
});

/** What the badge shows: the last known state of the companion, as the popup or background found it. */
export type LensStatus =
  | { kind: 'unknown' }
  | { kind: 'offline' }
  | { kind: 'unpaired' }
  | { kind: 'ready' }
  /** Search Ad is cooling down after 429s, until this instant (epoch ms). */
  | { kind: 'cooling'; until: number };

export const lensStatusItem = storage.defineItem<LensStatus>('local:lensStatus', { fallback: { kind: 'unknown' } });

/** Text picked in the context menu, waiting for the side panel (or popup) to look it up. */
export const pendingLookupItem = storage.defineItem<{ text: string; at: number } | null>('session:pendingLookup', {
  fallback: null,
});

export type Theme = 'system' | 'light' | 'dark';
export const themeItem = storage.defineItem<Theme>('local:theme', { fallback: 'system' });

/**
 * The audience view: whether it is open (it spends Shopping Insight calls, so it opens only when
 * asked, then stays open), the last category chosen and the categories compared with it.
 */
export interface AudiencePrefs {
  open: boolean;
  category: string | null;
  compared: string[];
  months: number;
}
export const DEFAULT_AUDIENCE_PREFS: AudiencePrefs = { open: false, category: null, compared: [], months: 3 };
export const audiencePrefsItem = storage.defineItem<AudiencePrefs>('local:audience', {
  fallback: DEFAULT_AUDIENCE_PREFS,
});
