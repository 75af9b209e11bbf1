/**
 * Under the metrics: estimated monthly searches for years back (36 months by default), the season
 * in one sentence, up to four more keywords compared on the same scale, the figures as a table
 * (for screen readers and for copying), CSV, and what an ad costs.
 */
import { useState } from 'preact/hooks';
import type { KeywordTrendItem } from '@aigenc/shared/contract';
import { TREND_MONTHS } from '@aigenc/shared/domain';
import { t, uiLanguage } from '../../platform/browser.ts';
import { ExportTools } from '../../ui/ExportTools.tsx';
import { YearsSelect } from '../../ui/YearsSelect.tsx';
import { count } from '../../ui/format.ts';
import { BidsBlock } from './BidsBlock.tsx';
import { EstimateLine } from './EstimateLine.tsx';
import { trendCsv, trendTsv } from './export.ts';
import { seasonSentence, shapeRule } from './season.ts';
import { LineChart, type ChartSeries } from '../../ui/chart/LineChart.tsx';
import { labelledMonths } from '../../ui/chart/geometry.ts';
import { useTrend } from './use-trend.ts';

const SPANS = [12, TREND_MONTHS.default, 60, TREND_MONTHS.max] as const;

export interface TrendPanelProps {
  keyword: string;
  compared: readonly string[];
  onRemoveCompared: (keyword: string) => void;
}

function chartSeries(items: readonly KeywordTrendItem[]): ChartSeries[] {
  const full = (item: KeywordTrendItem) => item.months.filter((m) => !m.partial);
  if (items.length === 1) {
    const months = full(items[0]!);
    return [
      { name: t('mobile'), values: months.map((m) => m.mobile) },
      { name: 'PC', values: months.map((m) => m.pc) },
    ];
  }
  return items.map((item) => ({ name: item.keyword, values: full(item).map((m) => m.total) }));
}

function MonthsChart({ items, label }: { items: readonly KeywordTrendItem[]; label: string }) {
  const months = items[0]!.months.filter((m) => !m.partial).map((m) => m.month);
  return (
    <LineChart
      points={months.map((m) => t('monthLabel', [m.slice(0, 4), String(Number(m.slice(5, 7)))]))}
      axis={labelledMonths(months).map((index) => ({
        index,
        text: `${months[index]!.slice(2, 4)}.${months[index]!.slice(5, 7)}`,
      }))}
      series={chartSeries(items)}
      label={label}
    />
  );
}

function FiguresTable({ items }: { items: readonly KeywordTrendItem[] }) {
  const months = items[0]!.months;
  return (
    <details class="trend-table">
      <summary>{t('trendTable')}</summary>
      <ExportTools
        tsv={() => trendTsv(items)}
        csv={() => trendCsv(items)}
        fileName={`${items[0]!.keyword}-trend.csv`}
      />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('month')}</th>
            {items.length === 1 ? (
              <>
                <th scope="col">PC</th>
                <th scope="col">{t('mobile')}</th>
                <th scope="col">{t('searchesTotal')}</th>
              </>
            ) : (
              items.map((item) => (
                <th scope="col" key={item.keyword}>
                  {item.keyword}
                </th>
              ))
            )}
          </tr>
        </thead>
        <tbody>
          {[...months].reverse().map((m, reversed) => {
            const i = months.length - 1 - reversed;
            return (
              <tr key={m.month}>
                <th scope="row">{m.partial ? t('monthPartial', m.month) : m.month}</th>
                {items.length === 1 ? (
                  <>
                    <td>{count(m.pc)}</td>
                    <td>{count(m.mobile)}</td>
                    <td>{count(m.total)}</td>
                  </>
                ) : (
                  items.map((item) => <td key={item.keyword}>{count(item.months[i]?.total)}</td>)
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

export function TrendPanel({ keyword, compared, onRemoveCompared }: TrendPanelProps) {
  const [months, setMonths] = useState<number>(TREND_MONTHS.default);
  const state = useTrend([keyword, ...compared], months);
  const language = uiLanguage();
  const items = state.kind === 'loaded' ? state.value.filter((i) => i.found && !i.error) : [];
  const main = state.kind === 'loaded' ? state.value[0] : undefined;
  const failed = state.kind === 'loaded' ? state.value.filter((i) => i.error) : [];
  const sentence = main?.seasonality ? seasonSentence(main.seasonality, language, t) : null;

  return (
    <section class="panel trend" aria-labelledby="trend-heading" aria-busy={state.kind === 'loading'}>
      <div class="panel-head">
        <h2 id="trend-heading">{t('trendHeading')}</h2>
        <YearsSelect spans={SPANS} value={months} onChange={setMonths} />
      </div>
      {state.kind === 'loading' && <div class="skeleton block" aria-label={t('loading')} />}
      {state.kind === 'failed' && <p class="notice">{state.problem.message}</p>}
      {sentence && (
        <p class="season" title={shapeRule(t)}>
          {sentence}
        </p>
      )}
      {compared.length > 0 && (
        <ul class="compared" aria-label={t('comparedLabel')}>
          {compared.map((k) => (
            <li key={k}>
              {k}{' '}
              <button type="button" class="link" aria-label={t('compareRemove', k)} onClick={() => onRemoveCompared(k)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <>
          <MonthsChart items={items} label={sentence ?? t('trendHeading')} />
          <FiguresTable items={items} />
          <p class="asof muted">{t('trendNote')}</p>
        </>
      )}
      {state.kind === 'loaded' && main && !main.found && !main.error && <p class="muted">{t('trendNotFound')}</p>}
      {failed.map((item) => (
        <p key={item.keyword} class="notice">
          {item.keyword}: {item.error!.detail}
        </p>
      ))}
      <BidsBlock keyword={keyword} />
      <EstimateLine keyword={keyword} />
    </section>
  );
}
