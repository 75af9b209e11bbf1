/**
 * The trend panel's data: the estimates of the keyword and those compared with it, reloaded when
 * either or the span changes, the bids of the keyword and what a bid would buy. The companion keeps
 * each for a day, so looking again costs no quota.
 */
import type { KeywordBidsResponse, KeywordEstimateResponse, KeywordTrendItem } from '@aigenc/shared/contract';
import { useLoaded } from '../../ui/use-loaded.ts';

export function useTrend(keywords: readonly string[], months: number) {
  return useLoaded<KeywordTrendItem[]>(
    (client) => client.keywordTrends([...keywords], months).then((answer) => answer.items),
    [keywords.join('\u0000'), months],
  );
}

export function useBids(keyword: string) {
  return useLoaded<KeywordBidsResponse>((client) => client.keywordBids(keyword), [keyword]);
}

/** What a bid would buy on PC and mobile together: a ladder around the keyword's bids, or one named bid. */
export function useEstimate(keyword: string, bid: number | null) {
  return useLoaded<KeywordEstimateResponse>(
    (client) => client.keywordEstimate(keyword, 'both', bid === null ? undefined : [bid]),
    [keyword, bid],
  );
}
