/**
 * The keyword panel inside a search page: the page's query with its monthly searches (the short
 * Korean form and the exact figure), PC and mobile, competition and the saturation grade, a
 * 12-month line when it was asked for, and up to ten related keywords, each searching the same
 * site. It can be folded (remembered per site) and opens the side panel for the full view.
 */
import { useState } from 'preact/hooks';
import { t } from '../../platform/browser.ts';
import { compact, count } from '../../ui/format.ts';
import { LineChart } from '../../ui/chart/LineChart.tsx';
import type { PanelMonth, PanelProblem, TrendAnswer, ViewAnswer } from './messages.ts';

const COMPETITION = { low: 'competitionLow', medium: 'competitionMedium', high: 'competitionHigh' } as const;

export interface PanelActions {
  fold(collapsed: boolean): void;
  trend(): Promise<TrendAnswer | null>;
  sidePanel(): void;
}

function Trend({ months }: { months: PanelMonth[] }) {
  const label = (m: PanelMonth) =>
    `${m.month.slice(0, 4)}.${m.month.slice(5)}${m.partial ? ` (${t('overlayPartial')})` : ''}`;
  const axis = [0, Math.floor((months.length - 1) / 2), months.length - 1].map((index) => ({
    index,
    text: months[index]!.month.slice(2).replace('-', '.'),
  }));
  return (
    <LineChart
      points={months.map(label)}
      axis={axis}
      series={[{ name: t('searchesTotal'), values: months.map((m) => m.total) }]}
      label={t('overlayTrendLabel')}
    />
  );
}

function Problem({ problem }: { problem: PanelProblem }) {
  return (
    <p class="problem" role="status">
      {problem.message}
    </p>
  );
}

export function KeywordPanel({
  view,
  actions,
}: {
  view: Extract<ViewAnswer, { show: 'keyword' }>;
  actions: PanelActions;
}) {
  const [collapsed, setCollapsed] = useState(view.collapsed);
  const [trend, setTrend] = useState<{ months: PanelMonth[] | null; problem: PanelProblem | null; busy: boolean }>({
    months: view.trend,
    problem: null,
    busy: false,
  });
  const f = view.figures;
  const fold = (next: boolean) => {
    setCollapsed(next);
    actions.fold(next);
  };
  const askTrend = async () => {
    setTrend({ months: null, problem: null, busy: true });
    const answer = await actions.trend();
    setTrend({ months: answer?.trend ?? null, problem: answer?.problem ?? null, busy: false });
  };
  if (collapsed)
    return (
      <button type="button" class="pill" aria-expanded="false" onClick={() => fold(false)} title={t('overlayUnfold')}>
        <span class="brand">AigenC</span> {view.keyword}
        {f?.total !== null && f?.total !== undefined && <strong> {compact(f.total)}</strong>}
      </button>
    );
  return (
    <section class="panel" aria-label={t('overlayPanelLabel')}>
      <header>
        <span class="brand">AigenC</span>
        <h2>{view.keyword}</h2>
        {f?.grade && <span class={`grade grade-${f.grade}`}>{t(`grade_${f.grade}`)}</span>}
        <button
          type="button"
          class="icon"
          aria-expanded="true"
          onClick={() => fold(true)}
          title={t('overlayFold')}
          aria-label={t('overlayFold')}
        >
          –
        </button>
      </header>
      {view.problem && <Problem problem={view.problem} />}
      {f && !f.found && <p class="muted">{t('keywordNotFound')}</p>}
      {f?.found && (
        <>
          <p class="total">
            <span class="muted">{t('searchesTotal')}</span> <strong>{compact(f.total)}</strong>
            {f.total !== null && f.total >= 10_000 && <span class="exact"> {count(f.total)}</span>}
          </p>
          <dl class="figures">
            <div>
              <dt>{t('searchesPc')}</dt>
              <dd>{count(f.pc, f.pcBelow10)}</dd>
            </div>
            <div>
              <dt>{t('searchesMobile')}</dt>
              <dd>{count(f.mobile, f.mobileBelow10)}</dd>
            </div>
            <div>
              <dt>{t('competition')}</dt>
              <dd>{f.competition ? t(COMPETITION[f.competition]) : '–'}</dd>
            </div>
          </dl>
          {trend.months ? (
            <Trend months={trend.months} />
          ) : (
            <button type="button" class="link" disabled={trend.busy} onClick={() => void askTrend()}>
              {trend.busy ? t('overlayTrendLoading') : t('overlayTrendShow')}
            </button>
          )}
          {trend.problem && <Problem problem={trend.problem} />}
          {view.related.length > 0 && (
            <>
              <h3>{t('overlayRelated')}</h3>
              <ol class="related">
                {view.related.map((r) => (
                  <li key={r.keyword}>
                    <a href={r.href}>{r.keyword}</a>
                    <span title={count(r.total, r.below10)}>{compact(r.total, r.below10)}</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      <footer>
        <button type="button" class="link" onClick={() => actions.sidePanel()}>
          {view.problem?.help === 'side-panel' || trend.problem?.help === 'side-panel'
            ? t('overlayFixInSidePanel')
            : t('overlaySidePanel')}
        </button>
      </footer>
    </section>
  );
}
