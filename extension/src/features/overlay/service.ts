/**
 * What the service worker does for an admitted in-page request: it reads the page from the address
 * Chrome gave (never from the page's words), asks the companion exactly what the popup would ask
 * for that keyword (one metrics lookup, which the companion joins into a Search Ad batch and keeps a
 * day, with only the document counts the saturation grade needs, and the related list from the
 * same Search Ad answer), and hands back plain figures. Nothing of the
 * token, the port or the companion's answers beyond those figures reaches the page.
 */
import { CompanionProblemError, type CompanionClient } from '../../companion-client.ts';
import {
  canonicalCoupangUrl,
  normalizeKeyword,
  pageContext,
  sameSiteSearch,
  type SiteFamily,
} from '@aigenc/shared/domain';
import type { KeywordTrendItem } from '@aigenc/shared/contract';
import type { CoupangPrefs } from '../../platform/storage.ts';
import { coupangTitle, textFor } from '../../ui/link-text.ts';
import { errorView } from '../../ui/problem-view.ts';
import { t } from '../../platform/browser.ts';
import type {
  LinkAnswer,
  OverlayTheme,
  PanelMonth,
  PanelProblem,
  PanelRelated,
  TrendAnswer,
  ViewAnswer,
} from './messages.ts';

/** Related keywords the panel lists. */
export const PANEL_RELATED = 10;
/** The panel's line: the last twelve full months (and the month so far). */
export const PANEL_MONTHS = 12;

export type OverlayClient = Pick<CompanionClient, 'keywordMetrics' | 'relatedKeywords' | 'keywordTrends' | 'deeplinks'>;

export interface OverlayServiceDeps {
  /** A client for the companion as stored now, or null before pairing (then nothing is asked). */
  client(): Promise<OverlayClient | null>;
  theme(): Promise<OverlayTheme>;
  collapsed(family: SiteFamily['id']): Promise<boolean>;
  /** Whether this keyword's line was asked for before (then it is shown at once, from the companion's day-long cache). */
  trendAsked(normalized: string): Promise<boolean>;
  rememberTrend(normalized: string): Promise<void>;
  coupangPrefs(): Promise<CoupangPrefs>;
  /** Remembers the subId a link was made with, as the popup does. */
  usedSubId(subId: string): Promise<void>;
  now(): number;
}

class NotPaired extends Error {}

function problemOf(error: unknown, now: number): PanelProblem {
  if (error instanceof NotPaired) return NOT_PAIRED();
  const view = errorView(error, now);
  const message = view.until ? `${view.message} (${view.until})` : view.message;
  return { message, help: view.action === 'none' || view.action === 'wait' ? 'none' : 'side-panel' };
}

function months(item: KeywordTrendItem | undefined): PanelMonth[] | null {
  if (!item?.months?.length) return null;
  return item.months.map(({ month, total, partial }) => ({ month, total, partial }));
}

/** The keyword a search page is about, or null (a product page, a home page, no query). */
export function searchKeyword(page: string): string | null {
  const context = pageContext({ url: page });
  return context.kind === 'query' ? context.keyword : null;
}

const NOT_PAIRED = (): PanelProblem => ({ message: t('overlayNotPaired'), help: 'side-panel' });

export class OverlayService {
  constructor(private readonly deps: OverlayServiceDeps) {}

  private async paired(): Promise<OverlayClient> {
    const client = await this.deps.client();
    if (!client) throw new NotPaired();
    return client;
  }

  async view(family: SiteFamily, page: string): Promise<ViewAnswer> {
    const keyword = family.overlays.includes('keyword') ? searchKeyword(page) : null;
    if (keyword) return this.keywordView(family, page, keyword);
    if (family.overlays.includes('coupang-link') && canonicalCoupangUrl(page).ok)
      return { show: 'coupang-link', theme: await this.deps.theme() };
    return { show: 'nothing' };
  }

  private async keywordView(family: SiteFamily, page: string, keyword: string): Promise<ViewAnswer> {
    const [theme, collapsed, trendAsked] = await Promise.all([
      this.deps.theme(),
      this.deps.collapsed(family.id),
      this.deps.trendAsked(normalizeKeyword(keyword)),
    ]);
    const base: Extract<ViewAnswer, { show: 'keyword' }> = {
      ...{ show: 'keyword', keyword, theme, collapsed },
      ...{ figures: null, related: [], trend: null, problem: null },
    };
    try {
      const client = await this.paired();
      // The document counts the saturation grade needs, and no others: the panel shows no counts.
      const item = (await client.keywordMetrics([keyword], 'saturation')).items[0];
      if (!item) return base;
      if (item.error && !item.found)
        return { ...base, problem: problemOf(new CompanionProblemError(item.error), this.deps.now()) };
      const s = item.searches;
      const figures = {
        found: item.found,
        total: s?.total ?? null,
        pc: s?.pc ?? null,
        mobile: s?.mobile ?? null,
        pcBelow10: s?.pcBelow10 ?? false,
        mobileBelow10: s?.mobileBelow10 ?? false,
        competition: item.competition,
        grade: item.grade,
      };
      if (!item.found) return { ...base, figures };
      // The related list comes from the Search Ad answer the metrics just used: no second call.
      const [related, trend] = await Promise.all([
        client.relatedKeywords(keyword, PANEL_RELATED).then(
          (answer) =>
            answer.items.slice(0, PANEL_RELATED).map((r): PanelRelated => ({
              keyword: r.keyword,
              total: r.searches.total,
              below10: r.searches.pcBelow10 && r.searches.mobileBelow10,
              href: sameSiteSearch(page, family, r.keyword),
            })),
          () => [],
        ),
        trendAsked
          ? client.keywordTrends([keyword], PANEL_MONTHS).then(
              (a) => months(a.items[0]),
              () => null,
            )
          : null,
      ]);
      return { ...base, figures, related, trend };
    } catch (error) {
      return { ...base, problem: problemOf(error, this.deps.now()) };
    }
  }

  /** The line for the page's keyword; asked by a click, so from now on shown with the figures. */
  async trend(page: string): Promise<TrendAnswer> {
    const keyword = searchKeyword(page);
    if (!keyword) return { trend: null, problem: null };
    try {
      const answer = await (await this.paired()).keywordTrends([keyword], PANEL_MONTHS);
      const item = answer.items[0];
      if (item?.error)
        return { trend: null, problem: problemOf(new CompanionProblemError(item.error), this.deps.now()) };
      await this.deps.rememberTrend(normalizeKeyword(keyword));
      return { trend: months(item), problem: null };
    } catch (error) {
      return { trend: null, problem: problemOf(error, this.deps.now()) };
    }
  }

  /** The Partners short link for this Coupang page, with the person's subId, format and disclosure. */
  async link(page: string, title: string): Promise<LinkAnswer> {
    try {
      const prefs = await this.deps.coupangPrefs();
      const answer = await (await this.paired()).deeplinks([page], { subId: prefs.subId, title: coupangTitle(title) });
      const link = answer.items[0]!;
      if (prefs.subId) await this.deps.usedSubId(prefs.subId);
      return { ok: true, link: link.shortenUrl, text: textFor(prefs, link.shortenUrl, coupangTitle(title)) };
    } catch (error) {
      return { ok: false, problem: problemOf(error, this.deps.now()) };
    }
  }
}
