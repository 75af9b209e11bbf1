/**
 * The keyword view's state: the keyword (from the page, always editable), its metrics, its related
 * keywords, and the settings' formula in words. Every failure becomes a ProblemView.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { KeywordMetricsItem, RelatedKeyword } from '@aigenc/shared/contract';
import { CompanionProblemError } from '../../companion-client.ts';
import { lensStatusItem } from '../../platform/storage.ts';
import { useClient } from '../../ui/client-context.tsx';
import { errorView, problemView, type ProblemView } from '../../ui/problem-view.ts';
import { wallClock } from '../../platform/clock.ts';
import { takeFirstLookup } from './first-lookup.ts';

export const RELATED_LIMIT = 1000;
/** Saturation needs document counts: fetched for the top related keywords only. */
export const RELATED_WITH_SATURATION = 20;

export type KeywordState =
  | { kind: 'idle' }
  | { kind: 'loading'; keyword: string }
  | {
      kind: 'loaded';
      item: KeywordMetricsItem;
      related: RelatedKeyword[] | null;
      formula: string | null;
      /** Saturation of the top related keywords, filled in after the list arrives. */
      relatedSaturation: Record<string, number | null>;
    }
  | { kind: 'failed'; keyword: string; problem: ProblemView };

/**
 * A Search Ad cooldown goes on the badge, with when it ends. A rate limit that fails a whole
 * lookup is Search Ad's: document counts fail on their own, as `documentsError`.
 */
function reportCooldown(error: unknown): void {
  if (!(error instanceof CompanionProblemError)) return;
  const { code, provider, retryAfterSeconds } = error.problem;
  if (code !== 'UPSTREAM_RATE_LIMITED' || provider === undefined || !retryAfterSeconds) return;
  void lensStatusItem.setValue({ kind: 'cooling', until: wallClock() + retryAfterSeconds * 1000 });
}

export function useKeyword() {
  const client = useClient();
  const [state, setState] = useState<KeywordState>({ kind: 'idle' });
  const latest = useRef(0);

  const lookup = useCallback(
    async (keyword: string) => {
      const ticket = ++latest.current;
      setState({ kind: 'loading', keyword });
      try {
        // The figures paint as soon as they are in; the formula's words and the related list follow.
        const early = await takeFirstLookup(keyword, client);
        const settings = early?.settings ?? client.settings().catch(() => null);
        const { items } = await (early?.metrics ?? client.keywordMetrics([keyword]));
        const item = items[0]!;
        if (ticket !== latest.current) return;
        if (item.error && !item.found) {
          reportCooldown(new CompanionProblemError(item.error));
          setState({ kind: 'failed', keyword, problem: problemView(item.error, wallClock()) });
          return;
        }
        setState({ kind: 'loaded', item, related: null, formula: null, relatedSaturation: {} });
        const update = (change: Partial<Extract<KeywordState, { kind: 'loaded' }>>) => {
          if (ticket !== latest.current) return;
          setState((now) => (now.kind === 'loaded' && now.item === item ? { ...now, ...change } : now));
        };
        void settings.then((answer) => update({ formula: answer?.saturationFormula ?? null }));
        const related = (await client.relatedKeywords(keyword, RELATED_LIMIT).catch(() => null))?.items ?? [];
        update({ related });
      } catch (error) {
        reportCooldown(error);
        if (ticket === latest.current) setState({ kind: 'failed', keyword, problem: errorView(error, wallClock()) });
      }
    },
    [client],
  );

  /**
   * Saturation of the top related keywords, only when asked for: each spends the document counts
   * the formula uses (one, by default) from Naver Search's daily quota, so opening the popup must
   * not spend them.
   */
  const loadRelatedSaturation = useCallback(async () => {
    const ticket = latest.current;
    const current = state;
    if (current.kind !== 'loaded' || !current.related) return;
    const top = current.related.slice(0, RELATED_WITH_SATURATION).map((r) => r.keyword);
    const missing = top.filter((k) => !(k in current.relatedSaturation));
    if (missing.length === 0) return;
    const figures = await client.keywordMetrics(missing, 'saturation').catch(() => null);
    if (!figures || ticket !== latest.current) return;
    const relatedSaturation = {
      ...current.relatedSaturation,
      ...Object.fromEntries(figures.items.map((i) => [i.keyword, i.saturation])),
    };
    setState({ ...current, relatedSaturation });
  }, [client, state]);

  useEffect(() => () => void (latest.current = -1), []);
  return { state, lookup, loadRelatedSaturation };
}
