/**
 * The popup's main view: what the page is about → the keyword's numbers and related keywords.
 * The keyword comes from the page (query, selection) and can always be edited.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { RelatedTable } from '../../features/related-keywords/RelatedTable.tsx';
import { TrendPanel } from '../../features/keyword-trend/TrendPanel.tsx';
import { KeywordSearch } from '../../features/keyword-metrics/KeywordSearch.tsx';
import { MetricsPanel } from '../../features/keyword-metrics/MetricsPanel.tsx';
import { ProblemNotice } from '../../ui/ProblemNotice.tsx';
import { problemView } from '../../ui/problem-view.ts';
import { MetricsSkeleton } from '../../ui/Skeleton.tsx';
import { useKeyword } from '../../features/keyword-metrics/use-keyword.ts';
import { useAfterPaint } from '../../ui/use-after-paint.ts';
import { wallClock } from '../../platform/clock.ts';
import { AudienceSection } from '../../features/audience/AudienceSection.tsx';
import { lazyView } from './lazy.tsx';

// Loaded when the audience is first opened: it is not part of the first paint.
const AudiencePanel = lazyView(() => import('../../features/audience/AudiencePanel.tsx').then((m) => m.AudiencePanel));

export interface KeywordViewProps {
  /** What the page is about, or '' to ask. */
  initial: string;
  /** Look `initial` up at once (not for a mere page title, which the person confirms first). */
  lookupInitial: boolean;
  /** The category of the Naver Shopping page in view (its `cat_id`), if any. */
  shoppingCategory: string | null;
  /** Tells the popup which keyword is shown, for the other views. */
  onKeyword: (keyword: string) => void;
  onSetup: () => void;
  onPair: () => void;
}

export function KeywordView({
  initial,
  lookupInitial,
  shoppingCategory,
  onKeyword,
  onSetup,
  onPair,
}: KeywordViewProps) {
  const { state, lookup, loadRelatedSaturation } = useKeyword();
  // The figures paint first; the trend, the audience and the related list a frame later.
  const restShown = useAfterPaint(state.kind === 'loaded' ? state.item : null);
  // Up to four more keywords on the trend chart; a new keyword starts a new comparison.
  const [compared, setCompared] = useState<string[]>([]);

  // The page's keyword is asked for at once after the first render, not a frame later.
  useLayoutEffect(() => {
    if (initial && lookupInitial) void lookup(initial);
  }, [initial, lookupInitial, lookup]);

  const current = state.kind === 'idle' ? initial : state.kind === 'loaded' ? state.item.keyword : state.keyword;
  // Only a keyword actually looked up is handed on (a prefilled page title is not, until confirmed).
  const looked = state.kind === 'idle' ? '' : current;
  useEffect(() => {
    if (looked) onKeyword(looked);
    setCompared([]);
  }, [looked, onKeyword]);
  return (
    <div class="keyword-view">
      <KeywordSearch initial={current} busy={state.kind === 'loading'} onSearch={(k) => void lookup(k)} />
      {state.kind === 'loading' && <MetricsSkeleton />}
      {state.kind === 'failed' && (
        <ProblemNotice
          problem={state.problem}
          onRetry={() => void lookup(state.keyword)}
          onSetup={onSetup}
          onPair={onPair}
        />
      )}
      {state.kind === 'loaded' && (
        <>
          <MetricsPanel item={state.item} formula={state.formula} />
          {state.item.documentsError && (
            <ProblemNotice
              note
              problem={problemView(state.item.documentsError, wallClock())}
              onRetry={() => void lookup(state.item.keyword)}
              onSetup={onSetup}
              onPair={onPair}
            />
          )}
          {restShown && state.item.found && (
            <TrendPanel
              keyword={state.item.keyword}
              compared={compared}
              onRemoveCompared={(k) => setCompared(compared.filter((c) => c !== k))}
            />
          )}
          {restShown && state.item.found && (
            <AudienceSection
              render={(prefs, update) => (
                <AudiencePanel
                  keyword={state.item.keyword}
                  pageCategory={shoppingCategory}
                  prefs={prefs}
                  update={update}
                />
              )}
            />
          )}
          {restShown && (
            <RelatedTable
              keyword={state.item.keyword}
              onCompare={(k) => setCompared((list) => (list.includes(k) || list.length >= 4 ? list : [...list, k]))}
              compared={compared}
              canCompare={compared.length < 4}
              items={state.related}
              saturation={state.relatedSaturation}
              onNeedSaturation={loadRelatedSaturation}
              onPick={(k) => void lookup(k)}
            />
          )}
        </>
      )}
    </div>
  );
}
