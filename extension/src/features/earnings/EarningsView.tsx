/**
 * "수익": what the Partners links earned over the last 7, 30 or 90 days (up to yesterday, KST):
 * the totals, a daily chart of commission, clicks or orders, the figures day by day, and a table
 * per subId (clicks, orders, conversion, commission, earnings per click) whose rows pick the
 * subId shown. Everything exports as TSV or CSV.
 */
import { useState } from 'preact/hooks';
import type { CoupangReportResponse } from '@aigenc/shared/contract';
import { conversion, earningsPerClick } from '@aigenc/shared/domain';
import { t, type MessageKey } from '../../platform/browser.ts';
import { LineChart } from '../../ui/chart/LineChart.tsx';
import { labelledDays } from '../../ui/chart/geometry.ts';
import { ExportTools } from '../../ui/ExportTools.tsx';
import { ProblemNotice } from '../../ui/ProblemNotice.tsx';
import { count, time } from '../../ui/format.ts';
import { daysCsv, daysTsv } from './export.ts';
import { dayLabel, dayTick, rate, won } from './format.ts';
import { SubIdTable } from './SubIdTable.tsx';
import { useEarnings } from './use-earnings.ts';
import { useClient } from '../../ui/client-context.tsx';

export const EARNINGS_SPANS = [7, 30, 90] as const;
type Metric = 'commission' | 'clicks' | 'orders';
const METRICS: ReadonlyArray<[Metric, MessageKey]> = [
  ['commission', 'earningsCommission'],
  ['clicks', 'earningsClicks'],
  ['orders', 'earningsOrders'],
];

export interface EarningsViewProps {
  /** "" for all subIds, "-" for the links without one, or a subId. */
  subId: string;
  onSubId: (subId: string) => void;
  onSetup: () => void;
  onPair: () => void;
}

function Totals({ view }: { view: CoupangReportResponse }) {
  const { totals } = view;
  const perClick = earningsPerClick(totals);
  return (
    <dl class="earnings-totals">
      <div class="lead">
        <dt>{t('earningsCommission')}</dt>
        <dd>{won(totals.commission)}</dd>
      </div>
      <div>
        <dt>{t('earningsClicks')}</dt>
        <dd>{count(totals.clicks)}</dd>
      </div>
      <div>
        <dt>{t('earningsOrders')}</dt>
        <dd>
          {count(totals.orders)}
          {totals.cancels > 0 && <small> · {t('earningsCancelsCount', String(totals.cancels))}</small>}
        </dd>
      </div>
      <div>
        <dt>{t('earningsConversion')}</dt>
        <dd>{rate(conversion(totals))}</dd>
      </div>
      <div>
        <dt>{t('earningsPerClick')}</dt>
        <dd>{perClick === null ? '–' : won(perClick)}</dd>
      </div>
    </dl>
  );
}

function DaysTable({ view }: { view: CoupangReportResponse }) {
  return (
    <details class="trend-table">
      <summary>{t('earningsDaysTable')}</summary>
      <ExportTools
        tsv={() => daysTsv(view)}
        csv={() => daysCsv(view)}
        fileName={`coupang-earnings-${view.from}-${view.to}.csv`}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('earningsDate')}</th>
            <th scope="col">{t('earningsClicks')}</th>
            <th scope="col">{t('earningsOrders')}</th>
            <th scope="col">{t('earningsCancels')}</th>
            <th scope="col">{t('earningsCommission')}</th>
          </tr>
        </thead>
        <tbody>
          {[...view.days].reverse().map((d) => (
            <tr key={d.date}>
              <th scope="row">{dayLabel(d.date)}</th>
              <td>{count(d.clicks)}</td>
              <td>{count(d.orders)}</td>
              <td>{count(d.cancels)}</td>
              <td>{won(d.commission)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function subIdName(subId: string): string {
  return subId === '' ? t('earningsSubIdAll') : subId === '-' ? t('earningsNoSubId') : subId;
}

export function EarningsView({ subId, onSubId, onSetup, onPair }: EarningsViewProps) {
  const client = useClient();
  const [days, setDays] = useState<number>(30);
  const [metric, setMetric] = useState<Metric>('commission');
  const [attempt, setAttempt] = useState(0);
  const state = useEarnings(client, days, subId, attempt);
  const all = state.kind === 'loaded' ? state.all : null;
  const view = state.kind === 'loaded' ? state.view : null;
  const choices = ['', ...(all?.bySubId.map((s) => s.subId ?? '-') ?? [])];
  if (subId && !choices.includes(subId)) choices.push(subId);
  const metricName = t(METRICS.find(([m]) => m === metric)![1]);

  return (
    <section
      class="panel earnings"
      aria-labelledby="earnings-heading"
      aria-busy={state.kind === 'loading' || (state.kind === 'loaded' && state.busy)}
    >
      <div class="panel-head">
        <h2 id="earnings-heading">{t('earningsHeading')}</h2>
        <label class="span">
          <span class="visually-hidden">{t('earningsSpan')}</span>
          <select value={String(days)} onChange={(e) => setDays(Number(e.currentTarget.value))}>
            {EARNINGS_SPANS.map((span) => (
              <option key={span} value={String(span)}>
                {t('earningsLastDays', String(span))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="earnings-filter">
        <span>{t('earningsSubIdLabel')}</span>
        <select value={subId} onChange={(e) => onSubId(e.currentTarget.value)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {subIdName(choice)}
            </option>
          ))}
        </select>
      </label>
      {state.kind === 'loading' && <div class="skeleton block" aria-label={t('loading')} />}
      {state.kind === 'failed' && (
        <ProblemNotice
          problem={state.problem}
          onRetry={() => setAttempt((n) => n + 1)}
          onSetup={onSetup}
          onPair={onPair}
        />
      )}
      {view && all && (
        <>
          {view.stale && <p class="notice">{t('earningsStale', time(view.asOf))}</p>}
          <Totals view={view} />
          {view.totals.clicks === 0 && view.totals.orders === 0 ? (
            <p class="muted">{t('earningsEmpty')}</p>
          ) : (
            <>
              <div class="metric-switch" role="group" aria-label={t('earningsMetric')}>
                {METRICS.map(([value, key]) => (
                  <button key={value} type="button" aria-pressed={metric === value} onClick={() => setMetric(value)}>
                    {t(key)}
                  </button>
                ))}
              </div>
              <LineChart
                points={view.days.map((d) => dayLabel(d.date))}
                axis={labelledDays(view.days.length).map((index) => ({ index, text: dayTick(view.days[index]!.date) }))}
                series={[{ name: metricName, values: view.days.map((d) => d[metric]) }]}
                label={t('earningsChartLabel', [t('earningsLastDays', String(days)), metricName])}
                exact={metric === 'commission' ? won : count}
              />
              <DaysTable view={view} />
            </>
          )}
          <SubIdTable answer={all} selected={subId} onSelect={onSubId} />
          <p class="asof muted">{t('earningsNote', view.settledThrough)}</p>
        </>
      )}
    </section>
  );
}
