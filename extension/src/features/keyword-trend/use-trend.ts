/**
 * The trend panel's data: the estimates of the keyword and those compared with it, reloaded when
 * either or the span changes, the bids of the keyword and what a bid would buy. The companion keeps
 * each for a day, so looking again costs no quota.
 */
import { useEffect, useState } from 'preact/hooks';
import type { KeywordBidsResponse, KeywordEstimateResponse, KeywordTrendItem } from '@aigenc/shared/contract';
import type { CompanionClient } from '../../companion-client.ts';
import { useClient } from '../../ui/client-context.tsx';
import { wallClock } from '../../platform/clock.ts';
import { errorView, type ProblemView } from '../../ui/problem-view.ts';

export type Loaded<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; problem: ProblemView };

function useLoaded<T>(load: (client: CompanionClient) => Promise<T>, inputs: readonly unknown[]) {
  const client = useClient();
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    load(client).then(
      (value) => current && setState({ kind: 'loaded', value }),
      (error: unknown) => current && setState({ kind: 'failed', problem: errorView(error, wallClock()) }),
    );
    return () => {
      current = false;
    };
    // `load` is rebuilt each render; the inputs say when it must run again.
  }, [client, ...inputs]);
  return state;
}

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
