/**
 * The script inside a switched-on site's pages. It holds nothing of the companion (no token, no
 * port, no storage): it asks the service worker what to show for the page it is in, draws that in
 * a shadow root of its own (`<aigenc-overlay data-aigenc-overlay="keyword|coupang-link">`, fixed to
 * the window's corner so the page's layout never moves), and asks again when the site changes its
 * address without loading a page (history.pushState).
 */
import { render, type VNode } from 'preact';
import type { OverlayKind } from '@aigenc/shared/domain';
import { askWorker } from '../../platform/overlay.ts';
import { KeywordPanel } from './KeywordPanel.tsx';
import { LinkButton } from './LinkButton.tsx';
import type { LinkAnswer, OverlayTheme, TrendAnswer, ViewAnswer } from './messages.ts';

/** The host of one injected view; the page sees only this element and its open shadow root. */
class OverlayHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  constructor(
    private readonly kind: OverlayKind,
    private readonly css: string,
  ) {}

  show(view: VNode, theme: OverlayTheme): void {
    if (!this.host?.isConnected) {
      this.host = document.createElement('aigenc-overlay');
      this.host.setAttribute('data-aigenc-overlay', this.kind);
      const root = this.host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = this.css;
      this.mount = document.createElement('div');
      root.append(style, this.mount);
      // Under <html>, not in <body>: outside the page's flow, whatever the page does with its body.
      document.documentElement.append(this.host);
    }
    const dark = theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    this.host.setAttribute('data-theme', dark ? 'dark' : 'light');
    render(view, this.mount!);
  }

  hide(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
  }

  /** Copies through the shadow root when the clipboard API is refused (the page's policy, focus). */
  fallbackCopy(text: string): boolean {
    if (!this.host?.shadowRoot) return false;
    const area = document.createElement('textarea');
    area.value = text;
    this.host.shadowRoot.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** A little more than the worker's refill of one request per tab. */
const RETRY_MS = 2_100;

export function startOverlayContent(css: string): void {
  const panel = new OverlayHost('keyword', css);
  const button = new OverlayHost('coupang-link', css);
  let shown = '';

  const copy = async (text: string): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return button.fallbackCopy(text);
    }
  };

  const show = async (url: string) => {
    const answer = await askWorker<ViewAnswer | { refused: string }>({ type: 'overlay.view', url });
    if (url !== location.href.split('#')[0]) return; // the site moved on while we asked
    if (!answer || 'refused' in answer || answer.show === 'nothing') {
      // Asked too often (pages gone through quickly): ask again once the tab's allowance refills,
      // if the page is still this one. Anything else (switched off, no query) shows nothing.
      if (answer && 'refused' in answer && answer.refused === 'too-often') {
        setTimeout(() => url === shown && void show(url), RETRY_MS);
        return;
      }
      panel.hide();
      button.hide();
      return;
    }
    if (answer.show === 'keyword') {
      button.hide();
      const actions = {
        fold: (collapsed: boolean) => void askWorker({ type: 'overlay.collapse', collapsed }),
        trend: () => askWorker<TrendAnswer>({ type: 'overlay.trend', url }),
        sidePanel: () => void askWorker({ type: 'overlay.side-panel', url }),
      };
      panel.show(<KeywordPanel key={url} view={answer} actions={actions} />, answer.theme);
    } else {
      panel.hide();
      const make = () => askWorker<LinkAnswer>({ type: 'overlay.coupang-link', url });
      button.show(<LinkButton key={url} make={make} copy={copy} />, answer.theme);
    }
  };

  const check = () => {
    // A fragment is not a new search (a tab inside the results, a jump to a section).
    const url = location.href.split('#')[0]!;
    if (url === shown) return;
    shown = url;
    void show(url);
  };
  check();
  // A query changed in place (pushState, replaceState) or by the back button.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', check);
  else setInterval(check, 1_000);
  addEventListener('popstate', check);
}
