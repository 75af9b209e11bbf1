/**
 * A Coupang link as it is pasted into a post: the link alone, with the affiliate disclosure, as
 * Markdown or as HTML (`rel="sponsored"`, as search engines ask for paid links). Shared by the
 * popup's Coupang views and the link button on Coupang's own pages, with the subIds a person used
 * and the form a subId may take.
 */
import { escapeHtml } from '@aigenc/shared/domain';
import type { CopyFormat, CoupangPrefs } from '../platform/storage.ts';

export interface LinkText {
  link: string;
  /** The page or product name, for Markdown and HTML. */
  title: string;
  /** The disclosure sentence, or null when it is switched off. */
  disclosure: string | null;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]()*_`])/g, '\\$1');
}

export function linkText(format: CopyFormat, { link, title, disclosure }: LinkText): string {
  const label = title.trim() || link;
  switch (format) {
    case 'link':
      return link;
    case 'link-disclosure':
      return disclosure ? `${link}\n${disclosure}` : link;
    case 'markdown':
      return `[${escapeMarkdown(label)}](${link})${disclosure ? `\n\n${escapeMarkdown(disclosure)}` : ''}`;
    case 'html':
      return (
        `<a href="${escapeHtml(link)}" target="_blank" rel="sponsored noopener">${escapeHtml(label)}</a>` +
        (disclosure ? `\n<p>${escapeHtml(disclosure)}</p>` : '')
      );
  }
}

/** A Coupang page title without the site's own suffix ("... - 쿠팡!", "... | 쿠팡"). */
export function coupangTitle(title: string | undefined): string {
  return (title ?? '').replace(/\s*[-|:]\s*쿠팡!?\s*$/u, '').trim();
}

/** The disclosure to add, or null when it is switched off or empty. */
export function disclosureOf(prefs: CoupangPrefs): string | null {
  return prefs.disclosureOn && prefs.disclosure.trim() ? prefs.disclosure.trim() : null;
}

/** The text to copy for a link, in the person's format and with their disclosure. */
export function textFor(prefs: CoupangPrefs, link: string, title: string): string {
  return linkText(prefs.format, { link, title, disclosure: disclosureOf(prefs) });
}

/** The subIds to offer: the one just used first, no duplicates, at most ten. */
export function rememberSubId(recent: readonly string[], used: string | null): string[] {
  if (!used) return [...recent];
  return [used, ...recent.filter((s) => s !== used)].slice(0, 10);
}

export const SUB_ID = /^[A-Za-z0-9_-]{1,64}$/;
