/**
 * The earnings tab's data: the last `days` Korean days ending yesterday, for all subIds (the
 * table and the picker) and, when one is chosen, for that subId (the totals and the chart). The
 * companion keeps settled days, so switching spans or subIds costs Coupang nothing new.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CoupangReportResponse } from '@aigenc/shared/contract';
import { addDays, koreanDay } from '@aigenc/shared/domain';
import type { CompanionClient } from '../../companion-client.ts';
import { wallClock } from '../../platform/clock.ts';
import { errorView, type ProblemView } from '../../ui/problem-view.ts';

export type EarningsState =
  | { kind: 'loading' }
  /** `busy`: another span or subId is being loaded; these figures stay until it comes. */
  | { kind: 'loaded'; all: CoupangReportResponse; view: CoupangReportResponse; busy: boolean }
  | { kind: 'failed'; problem: ProblemView };

/** The span ending yesterday in Korea, whatever the machine's zone. */
export function lastDays(days: number, now: number): { from: string; to: string } {
  const to = addDays(koreanDay(now), -1);
  return { from: addDays(to, -(days - 1)), to };
}

/** `subId`: "" for all, "-" for the links without one, or a subId. */
export function useEarnings(client: CompanionClient, days: number, subId: string, attempt: number): EarningsState {
  const [state, setState] = useState<EarningsState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    // Figures already shown stay (tables open stay open) while the next ones load.
    setState((s) => (s.kind === 'loaded' ? { ...s, busy: true } : { kind: 'loading' }));
    const { from, to } = lastDays(days, wallClock());
    void (async () => {
      try {
        const all = await client.coupangReports(from, to);
        const view = subId ? await client.coupangReports(from, to, subId) : all;
        if (current) setState({ kind: 'loaded', all, view, busy: false });
      } catch (error) {
        if (current) setState({ kind: 'failed', problem: errorView(error, wallClock()) });
      }
    })();
    return () => {
      current = false;
    };
  }, [client, days, subId, attempt]);
  return state;
}
