/**
 * Keyword decisions: estimated monthly searches for years back and the season (DataLab's daily
 * ratios scaled to Search Ad's 30-day counts, shared/domain/trend.ts), for one keyword or a
 * comparison of up to five. Per request at most two DataLab calls (PC, mobile) for the keywords
 * not kept from the last day; Search Ad figures come from the metrics cache when fresh.
 */
import type { KeywordTrendItem } from '@aigenc/shared/contract';
import {
  anchorWindow,
  cleanKeyword,
  koreanDay,
  monthlyEstimates,
  normalizeKeyword,
  seasonality,
  trendStart,
  addDays,
  type MonthEstimate,
  type TrendAnchor,
} from '@aigenc/shared/domain';
import type { Clock } from '../clock.ts';
import type { NaverDataLabClient, TrendSeries } from '../connectors/naver-datalab/client.ts';
import type { KeywordToolItem } from '../connectors/naver-searchad/parse.ts';
import { CompanionError } from '../errors/index.ts';
import type { TrendStore } from '../store/trend-store.ts';
import { SERVICE_MESSAGES } from './messages.ts';

export type TrendItem = Omit<KeywordTrendItem, 'error'> & { error?: CompanionError };

interface Estimate {
  months: MonthEstimate[];
  anchor: TrendAnchor;
  seasonality: ReturnType<typeof seasonality>;
  source: 'datalab-legacy' | 'datalab-apihub';
}

export interface KeywordTrendDeps {
  searchAd: (keyword: string) => Promise<KeywordToolItem | null>;
  datalab: () => Promise<NaverDataLabClient>;
  /** Whether the Naver Search connection's trend capability is on (off: its keys lack DataLab). */
  trendEnabled: () => boolean;
  store: TrendStore;
  now: Clock;
}

export class KeywordTrendService {
  constructor(private readonly deps: KeywordTrendDeps) {}

  async trends(keywords: readonly string[], months: number): Promise<TrendItem[]> {
    const now = this.deps.now();
    const today = koreanDay(now);
    const requested = keywords.map((k) => ({ keyword: cleanKeyword(k), normalized: normalizeKeyword(k) }));
    const unique = [...new Set(requested.map((r) => r.normalized))];
    const results = new Map<
      string,
      { estimate: Estimate | null; fetchedAt: number; cached: boolean } | CompanionError
    >();

    const missing: Array<{ keyword: string; figures: KeywordToolItem }> = [];
    for (const keyword of unique) {
      const kept = this.deps.store.trend<Estimate | null>(keyword, months);
      if (kept) {
        results.set(keyword, { estimate: kept.value, fetchedAt: kept.fetchedAt, cached: true });
        continue;
      }
      try {
        const figures = await this.deps.searchAd(keyword);
        if (figures) missing.push({ keyword, figures });
        else {
          results.set(keyword, { estimate: null, fetchedAt: now, cached: false });
          this.deps.store.putTrend(keyword, months, null);
        }
      } catch (error) {
        if (!(error instanceof CompanionError)) throw error;
        results.set(keyword, error);
      }
    }

    if (missing.length > 0) {
      try {
        for (const [keyword, estimate] of await this.estimate(missing, months, today)) {
          results.set(keyword, { estimate, fetchedAt: now, cached: false });
          this.deps.store.putTrend(keyword, months, estimate);
        }
      } catch (error) {
        if (!(error instanceof CompanionError)) throw error;
        for (const { keyword } of missing) results.set(keyword, error);
      }
    }

    return requested.map(({ keyword, normalized }) => {
      const result = results.get(normalized)!;
      const base = { keyword, normalizedKeyword: normalized };
      if (result instanceof CompanionError) {
        return {
          ...base,
          found: false,
          months: [],
          anchor: null,
          seasonality: null,
          source: null,
          fetchedAt: new Date(now).toISOString(),
          cached: false,
          error: result,
        };
      }
      const { estimate } = result;
      return {
        ...base,
        found: estimate !== null,
        months: estimate?.months ?? [],
        anchor: estimate?.anchor ?? null,
        seasonality: estimate?.seasonality ?? null,
        source: estimate?.source ?? null,
        fetchedAt: new Date(result.fetchedAt).toISOString(),
        cached: result.cached,
      };
    });
  }

  /** Two DataLab answers (PC, mobile) for all the keywords at once, each its own group. */
  private async estimate(
    items: ReadonlyArray<{ keyword: string; figures: KeywordToolItem }>,
    months: number,
    today: string,
  ): Promise<Map<string, Estimate>> {
    if (!this.deps.trendEnabled()) {
      throw new CompanionError('CAPABILITY_DISABLED', { detail: SERVICE_MESSAGES.trendUnavailable });
    }
    const client = await this.deps.datalab();
    const window = anchorWindow(today);
    const query = {
      startDate: trendStart(today, months),
      endDate: addDays(today, -1),
      timeUnit: 'date' as const,
      groups: items.map(({ keyword }) => ({ name: keyword, keywords: [keyword] })),
    };
    const pc = await client.search({ ...query, device: 'pc' });
    const mo = await client.search({ ...query, device: 'mo' });
    const days = (series: TrendSeries | undefined) =>
      series?.data.map((d) => ({ date: d.period, ratio: d.ratio })) ?? [];
    return new Map(
      items.map(({ keyword, figures }, i) => {
        const anchor = { ...window, pc: figures.pc.count, mobile: figures.mobile.count };
        const estimated = monthlyEstimates(days(pc[i]), days(mo[i]), anchor, months, today);
        return [keyword, { months: estimated, anchor, seasonality: seasonality(estimated), source: client.source }];
      }),
    );
  }
}
