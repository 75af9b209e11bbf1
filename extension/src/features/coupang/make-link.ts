/**
 * Making one Coupang link and the text to copy: shared by the page card, the product list and the
 * batch view. A refusal or failure never yields anything shaped like an affiliate link.
 */
import type { Deeplink } from '@aigenc/shared/contract';
import { canonicalCoupangUrl, type CoupangUrlRefusal } from '@aigenc/shared/domain';
import type { CompanionClient } from '../../companion-client.ts';
import { t, type MessageKey } from '../../platform/browser.ts';
import type { CoupangPrefs } from '../../platform/storage.ts';
import { errorView, type ProblemView } from '../../ui/problem-view.ts';
import { rememberSubId, textFor } from '../../ui/link-text.ts';
import { wallClock } from '../../platform/clock.ts';

export type LinkOutcome =
  | { ok: true; link: Deeplink; text: string }
  /** `plainUrl`: the page itself, to offer clearly marked as not an affiliate link (null if none). */
  | { ok: false; problem: ProblemView; plainUrl: string | null };

/** Each refusal's words: a new refusal fails the type check until it has a message. */
const REFUSALS: Record<CoupangUrlRefusal, MessageKey> = {
  'not-a-url': 'coupangRefused_not_a_url',
  'not-https': 'coupangRefused_not_https',
  'not-coupang': 'coupangRefused_not_coupang',
  'account-page': 'coupangRefused_account_page',
  'unsupported-page': 'coupangRefused_unsupported_page',
  'short-link': 'coupangRefused_short_link',
};

export function refusalView(reason: CoupangUrlRefusal): ProblemView {
  return { message: t(REFUSALS[reason]), action: 'none' };
}

export async function makeLink(
  client: CompanionClient,
  prefs: CoupangPrefs,
  update: (patch: Partial<CoupangPrefs>) => Promise<void>,
  page: { url: string; title: string },
): Promise<LinkOutcome> {
  const canonical = canonicalCoupangUrl(page.url);
  if (!canonical.ok) {
    const plain = /^https?:\/\//i.test(page.url) ? page.url : null;
    return { ok: false, problem: refusalView(canonical.reason), plainUrl: plain };
  }
  try {
    const { items } = await client.deeplinks([page.url], { subId: prefs.subId, title: page.title });
    const link = items[0]!;
    if (prefs.subId) void update({ recentSubIds: rememberSubId(prefs.recentSubIds, prefs.subId) });
    return { ok: true, link, text: textFor(prefs, link.shortenUrl, page.title) };
  } catch (error) {
    return { ok: false, problem: errorView(error, wallClock()), plainUrl: canonical.url };
  }
}
