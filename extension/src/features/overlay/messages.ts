/**
 * What the in-page scripts and the service worker say to each other. A content script asks about
 * the page it runs in and nothing else (the address it sends must be the page's own, which the
 * worker checks against what Chrome says of the sender); it never names a keyword, a link or a
 * token. The worker answers with plain figures to show.
 */
import type { Competition, Grade } from '@aigenc/shared/contract';

export type OverlayRequest =
  /** What to show on this page: the keyword panel, the link button or nothing. */
  | { type: 'overlay.view'; url: string }
  /** The 12-month line for this page's keyword (asked by a click). */
  | { type: 'overlay.trend'; url: string }
  /** The Partners link for this Coupang page (asked by a click). */
  | { type: 'overlay.coupang-link'; url: string }
  /** The panel folded or unfolded on this site family, remembered for its next pages. */
  | { type: 'overlay.collapse'; collapsed: boolean }
  /** The side panel, opened on this page's keyword (a click). */
  | { type: 'overlay.side-panel'; url: string };

export type OverlayRequestType = OverlayRequest['type'];

/** The requests that reach the companion, and so count against a tab's allowance. */
export const CHARGED: ReadonlySet<OverlayRequestType> = new Set([
  'overlay.view',
  'overlay.trend',
  'overlay.coupang-link',
]);

const MAX_URL = 2_048;
const WITH_URL: ReadonlySet<string> = new Set([
  'overlay.view',
  'overlay.trend',
  'overlay.coupang-link',
  'overlay.side-panel',
]);

/** The message, if it is exactly one of ours; anything else is null. */
export function parseOverlayRequest(value: unknown): OverlayRequest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const type = record['type'];
  const keys = Object.keys(record).sort().join(',');
  if (typeof type === 'string' && WITH_URL.has(type)) {
    const url = record['url'];
    if (keys !== 'type,url' || typeof url !== 'string' || url.length > MAX_URL) return null;
    return { type, url } as OverlayRequest;
  }
  if (type === 'overlay.collapse' && keys === 'collapsed,type' && typeof record['collapsed'] === 'boolean')
    return { type, collapsed: record['collapsed'] };
  return null;
}

export type OverlayTheme = 'light' | 'dark' | 'system';

export interface PanelFigures {
  found: boolean;
  total: number | null;
  pc: number | null;
  mobile: number | null;
  pcBelow10: boolean;
  mobileBelow10: boolean;
  competition: Competition | null;
  grade: Grade | null;
}

export interface PanelRelated {
  keyword: string;
  total: number;
  below10: boolean;
  /** The same site's search for it. */
  href: string;
}

export interface PanelMonth {
  month: string;
  total: number;
  partial: boolean;
}

/** Why there is nothing to show, in the person's words, and what would help. */
export interface PanelProblem {
  message: string;
  /** `side-panel`: the side panel can help (pairing, starting the companion, connecting a key). */
  help: 'side-panel' | 'none';
}

/** What to show on a page. */
export type ViewAnswer =
  | { show: 'nothing' }
  | {
      show: 'keyword';
      keyword: string;
      theme: OverlayTheme;
      collapsed: boolean;
      figures: PanelFigures | null;
      related: PanelRelated[];
      /** Shown when asked for, or when this keyword's line was asked for before. */
      trend: PanelMonth[] | null;
      problem: PanelProblem | null;
    }
  | { show: 'coupang-link'; theme: OverlayTheme };

export interface TrendAnswer {
  trend: PanelMonth[] | null;
  problem: PanelProblem | null;
}

/** The link and the text to copy (the person's format and disclosure), or the refusal in words. */
export type LinkAnswer = { ok: true; link: string; text: string } | { ok: false; problem: PanelProblem };

/** What each request is answered with; a refused request gets `{refused}` instead. */
export interface AnswerTo {
  'overlay.view': ViewAnswer;
  'overlay.trend': TrendAnswer;
  'overlay.coupang-link': LinkAnswer;
  'overlay.collapse': { ok: true };
  'overlay.side-panel': { ok: true };
}

export interface RefusedAnswer {
  refused: string;
}
