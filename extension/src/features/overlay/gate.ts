/**
 * The service worker's gate for what the in-page scripts ask. A content script never holds the
 * companion's token: it sends a typed message, and the worker answers only when the message comes
 * from this extension's own script in the top frame of a tab whose address belongs to a site family
 * the user switched on, asks about that very page, for something that family shows, and the tab
 * has not asked too often (a token bucket per tab, spent only by what reaches the companion). Web
 * pages cannot send here at all (no `externally_connectable`); this gate is about what our own
 * scripts, running inside pages we do not control, may make us spend.
 */
import { familyOf, type SiteFamily, type SiteFamilyId } from '@aigenc/shared/domain';
import { CHARGED, parseOverlayRequest, type OverlayRequest } from './messages.ts';

/** What Chrome says of a message's sender (`runtime.MessageSender`, the fields the gate reads). */
export interface Sender {
  id?: string | undefined;
  url?: string | undefined;
  frameId?: number | undefined;
  tab?:
    | { id?: number | undefined; url?: string | undefined; title?: string | undefined; windowId?: number | undefined }
    | undefined;
}

export type Refusal =
  | 'bad-message'
  | 'foreign'
  | 'not-a-tab'
  | 'not-top-frame'
  | 'family-off'
  | 'not-this-page'
  | 'wrong-overlay'
  | 'too-often';

export type Admission =
  | { ok: true; request: OverlayRequest; family: SiteFamily; tabId: number; page: string }
  | { ok: false; refusal: Refusal };

/**
 * The page a request is about: the address the script reads in its page, which must be on the
 * sender frame's own origin. Chrome's record of the frame's address can lag behind a query the
 * site changed in place (history.pushState), and a page can move itself anywhere on its origin
 * that way anyway, so the origin is what binds a request to its sender.
 */
function sameOrigin(asked: string, frame: string): boolean {
  try {
    return new URL(asked).origin === new URL(frame).origin;
  } catch {
    return false;
  }
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
  /** The families switched on when last asked, for what must be decided before any await. */
  private lastOn: readonly SiteFamilyId[] = [];
  private readonly burst: number;
  private readonly refillMs: number;

  constructor(private readonly options: GateOptions) {
    this.burst = options.burst ?? 5;
    this.refillMs = options.refillMs ?? 2_000;
  }

  /**
   * Everything that can be checked at once, before any await: a click's side panel must open in
   * the click's own turn, so that request is checked here and by `admit` after it opened.
   */
  check(value: unknown, sender: Sender): Admission {
    const request = parseOverlayRequest(value);
    if (!request) return { ok: false, refusal: 'bad-message' };
    if (sender.id !== this.options.extensionId) return { ok: false, refusal: 'foreign' };
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return { ok: false, refusal: 'not-a-tab' };
    if (sender.frameId !== 0) return { ok: false, refusal: 'not-top-frame' };
    // The frame's own address decides, and the tab's must agree when Chrome gives it.
    const page = sender.url ?? '';
    const family = familyOf(page);
    if (!family || (sender.tab?.url !== undefined && familyOf(sender.tab.url)?.id !== family.id))
      return { ok: false, refusal: 'family-off' };
    // A page asks about itself only.
    if ('url' in request && !sameOrigin(request.url, page)) return { ok: false, refusal: 'not-this-page' };
    if (request.type === 'overlay.coupang-link' && !family.overlays.includes('coupang-link'))
      return { ok: false, refusal: 'wrong-overlay' };
    return { ok: true, request, family, tabId, page: 'url' in request ? request.url : page };
  }

  async admit(value: unknown, sender: Sender): Promise<Admission> {
    const checked = this.check(value, sender);
    if (!checked.ok) return checked;
    this.lastOn = await this.options.enabledFamilies();
    if (!this.lastOn.includes(checked.family.id)) return { ok: false, refusal: 'family-off' };
    if (CHARGED.has(checked.request.type) && !this.take(checked.tabId)) return { ok: false, refusal: 'too-often' };
    return checked;
  }

  /** Whether the family was switched on when the gate last asked (a page's panel asked before any click). */
  wasOn(family: SiteFamilyId): boolean {
    return this.lastOn.includes(family);
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
