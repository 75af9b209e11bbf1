/**
 * The service worker's gate for what the in-page scripts ask. A content script never holds the
 * companion's token: it sends a typed message, and the worker answers only when the message comes
 * from this extension's own script in the top frame of a tab whose address belongs to a site family
 * the user switched on, asks for an overlay that family shows, and the tab has not asked too often
 * (a token bucket per tab). Web pages cannot send here at all (no `externally_connectable`); this
 * gate is about what our own scripts, running inside pages we do not control, may make us spend.
 */
import { familyOf, tidy, type SiteFamily, type SiteFamilyId } from '@aigenc/shared/domain';

export type OverlayMessage =
  { type: 'overlay.keyword'; keyword: string } | { type: 'overlay.coupang-link'; url: string };

/** What Chrome says of a message's sender (`runtime.MessageSender`, the fields the gate reads). */
export interface Sender {
  id?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
}

export type Refusal =
  'bad-message' | 'foreign' | 'not-a-tab' | 'not-top-frame' | 'family-off' | 'wrong-overlay' | 'too-often';

export type Admission =
  { ok: true; message: OverlayMessage; family: SiteFamily; tabId: number } | { ok: false; refusal: Refusal };

const MAX_URL = 2_048;

/** The message, if it is exactly one of ours; anything else is null. */
export function parseOverlayMessage(value: unknown): OverlayMessage | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (record['type'] === 'overlay.keyword' && keys === 'keyword,type' && typeof record['keyword'] === 'string') {
    const keyword = tidy(record['keyword']);
    return keyword ? { type: 'overlay.keyword', keyword } : null;
  }
  if (record['type'] === 'overlay.coupang-link' && keys === 'type,url' && typeof record['url'] === 'string') {
    return record['url'].length <= MAX_URL ? { type: 'overlay.coupang-link', url: record['url'] } : null;
  }
  return null;
}

/** An address without its fragment, for comparing a page with what it asks about. */
function withoutHash(address: string): string {
  const at = address.indexOf('#');
  return at < 0 ? address : address.slice(0, at);
}

export interface GateOptions {
  extensionId: string;
  enabledFamilies: () => Promise<readonly SiteFamilyId[]>;
  now: () => number;
  /** Requests a tab may make at once, and how often one more is allowed. */
  burst?: number;
  refillMs?: number;
}

export class OverlayGate {
  private readonly buckets = new Map<number, { tokens: number; at: number }>();
  private readonly burst: number;
  private readonly refillMs: number;

  constructor(private readonly options: GateOptions) {
    this.burst = options.burst ?? 5;
    this.refillMs = options.refillMs ?? 2_000;
  }

  async admit(value: unknown, sender: Sender): Promise<Admission> {
    const message = parseOverlayMessage(value);
    if (!message) return { ok: false, refusal: 'bad-message' };
    if (sender.id !== this.options.extensionId) return { ok: false, refusal: 'foreign' };
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return { ok: false, refusal: 'not-a-tab' };
    if (sender.frameId !== 0) return { ok: false, refusal: 'not-top-frame' };
    // The frame's own address decides, and the tab's must agree when Chrome gives it.
    const family = familyOf(sender.url);
    if (!family || (sender.tab?.url !== undefined && familyOf(sender.tab.url)?.id !== family.id))
      return { ok: false, refusal: 'family-off' };
    if (!(await this.options.enabledFamilies()).includes(family.id)) return { ok: false, refusal: 'family-off' };
    const overlay = message.type === 'overlay.keyword' ? 'keyword' : 'coupang-link';
    if (!family.overlays.includes(overlay)) return { ok: false, refusal: 'wrong-overlay' };
    // A page asks for its own link only.
    if (message.type === 'overlay.coupang-link' && withoutHash(message.url) !== withoutHash(sender.url ?? ''))
      return { ok: false, refusal: 'wrong-overlay' };
    if (!this.take(tabId)) return { ok: false, refusal: 'too-often' };
    return { ok: true, message, family, tabId };
  }

  /** A closed tab's bucket goes with it. */
  forget(tabId: number): void {
    this.buckets.delete(tabId);
  }

  private take(tabId: number): boolean {
    const now = this.options.now();
    const bucket = this.buckets.get(tabId) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs);
    bucket.at = now;
    this.buckets.set(tabId, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
