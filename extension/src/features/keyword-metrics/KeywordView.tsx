/**
 * The popup's main view: what the page is about → the keyword's numbers and related keywords.
 * The keyword comes from the page (query, selection) and can always be edited.
 */
import { useEffect, useState } from 'preact/hooks';
import { pageContext } from '@aigenc/shared/domain';
import { readActivePage } from '../../platform/page.ts';
import { RelatedTable } from '../related-keywords/RelatedTable.tsx';
import { KeywordSearch } from './KeywordSearch.tsx';
import { MetricsPanel } from './MetricsPanel.tsx';
import { ProblemNotice } from './ProblemNotice.tsx';
import { problemView } from './problem-view.ts';
import { MetricsSkeleton } from './Skeleton.tsx';
import { useKeyword } from './use-keyword.ts';

export interface KeywordViewProps {
  port: number;
  token: string;
  onSetup: () => void;
  onPair: () => void;
}

export function KeywordView({ port, token, onSetup, onPair }: KeywordViewProps) {
  const { state, lookup, loadRelatedSaturation } = useKeyword(port, token);
  const [initial, setInitial] = useState('');

  useEffect(() => {
    void readActivePage()
      .catch(() => ({}))
      .then((page) => {
        const keyword = pageContext(page).keyword;
        if (!keyword) return;
        setInitial(keyword);
        void lookup(keyword);
      });
  }, [lookup]);

  const current = state.kind === 'idle' ? initial : state.kind === 'loaded' ? state.item.keyword : state.keyword;
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
              problem={problemView(state.item.documentsError)}
              onRetry={() => void lookup(state.item.keyword)}
              onSetup={onSetup}
              onPair={onPair}
            />
          )}
          <RelatedTable
            keyword={state.item.keyword}
            items={state.related}
            saturation={state.relatedSaturation}
            onNeedSaturation={loadRelatedSaturation}
            onPick={(k) => void lookup(k)}
          />
        </>
      )}
    </div>
  );
}
