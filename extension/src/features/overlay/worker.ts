/**
 * The service worker's end of the in-page channel: every message passes the gate, then the
 * service answers it. A side panel asked by a click is opened before anything is awaited (Chrome
 * opens it only in the click's own turn), for a page whose family the gate last saw switched on.
 */
import type { SiteFamily } from '@aigenc/shared/domain';
import type { OverlayGate, Sender } from './gate.ts';
import { searchKeyword, type OverlayService } from './service.ts';

export interface OverlayWorkerDeps {
  gate: OverlayGate;
  service: Pick<OverlayService, 'view' | 'trend' | 'link'>;
  /** Starts opening the side panel in that window (no await before it). */
  openSidePanel(windowId: number): void;
  /** Hands the keyword to the side panel (it looks it up as it opens, or at once if open). */
  lookUpInSidePanel(keyword: string): Promise<void>;
  setCollapsed(family: SiteFamily['id'], collapsed: boolean): Promise<void>;
}

export function overlayHandler(deps: OverlayWorkerDeps): (message: unknown, sender: Sender) => Promise<unknown> {
  return async (message, sender) => {
    const checked = deps.gate.check(message, sender);
    if (checked.ok && checked.request.type === 'overlay.side-panel' && deps.gate.wasOn(checked.family.id)) {
      const keyword = searchKeyword(checked.page);
      if (keyword) void deps.lookUpInSidePanel(keyword);
      if (sender.tab?.windowId !== undefined) deps.openSidePanel(sender.tab.windowId);
    }
    const admitted = await deps.gate.admit(message, sender);
    if (!admitted.ok) return { refused: admitted.refusal };
    const { request, family, page } = admitted;
    switch (request.type) {
      case 'overlay.view':
        return deps.service.view(family, page);
      case 'overlay.trend':
        return deps.service.trend(page);
      case 'overlay.coupang-link':
        return deps.service.link(page, sender.tab?.title ?? '');
      case 'overlay.collapse':
        await deps.setCollapsed(family.id, request.collapsed);
        return { ok: true };
      case 'overlay.side-panel':
        return { ok: true };
    }
  };
}
