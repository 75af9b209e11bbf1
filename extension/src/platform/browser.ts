/**
 * The one wrapper around `browser.*`. Features import from here, never from `wxt/browser` or the
 * `chrome` global (a lint rule says so), so every browser capability we use is listed in one place.
 */
import { browser } from 'wxt/browser';
import type { Language } from '@aigenc/shared/language';
import type messages from '../../public/_locales/ko/messages.json';

/**
 * A key of `_locales/ko/messages.json` (Korean is the default locale; the locale test keeps the
 * English file's keys equal). A key built from a value (`grade_${grade}`) type-checks only when
 * every value it can take has its message.
 */
export type MessageKey = keyof typeof messages;

/** Chrome's i18n, seen through the keys we have: the only door to `getMessage`. */
const i18n: { getMessage(key: MessageKey | '@@ui_locale', substitutions?: string | string[]): string } = browser.i18n;

/** A localized string from `_locales`; falls back to the key so a missing string is visible. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return i18n.getMessage(key, substitutions) || key;
}

/** The UI language Chrome picked for the extension's strings (`ko` or `en`). */
export function uiLanguage(): Language {
  return i18n.getMessage('@@ui_locale').toLowerCase().startsWith('en') ? 'en' : 'ko';
}

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** Opens the extension's 대량 분석 page in a tab, on a job when one is named. */
export async function openBulkPage(jobId?: string): Promise<void> {
  const query = jobId ? `?job=${encodeURIComponent(jobId)}` : '';
  await openTab(browser.runtime.getURL(`/bulk.html${query}`));
}

/** Opens the 스마트스토어 page (the seller's work) in a tab. */
export async function openStorePage(): Promise<void> {
  await openTab(browser.runtime.getURL('/store.html'));
}

/** Opens the first-run guide (start → pair → connect) in a tab. */
export async function openWelcomePage(): Promise<void> {
  await openTab(browser.runtime.getURL('/welcome.html'));
}

/** The extension's version, as the manifest (and so package.json) says. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/** The computer's system as Chrome reports it: `win`, `mac`, `linux`, `cros`, … */
export async function operatingSystem(): Promise<string> {
  return (await browser.runtime.getPlatformInfo()).os;
}
