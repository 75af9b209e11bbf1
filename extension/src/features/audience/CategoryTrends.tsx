/**
 * How the chosen category moves, with up to two more on one index scale (100 = the highest month
 * of any of them), monthly, in the chart the trends use; labelled as an index, never as searches.
 */
import { useState } from 'preact/hooks';
import type { ShoppingTrendsResponse } from '@aigenc/shared/contract/audience';
import { CATEGORY_TREND_MONTHS, MAX_TREND_CATEGORIES } from '@aigenc/shared/domain';
import { t } from '../../platform/browser.ts';
import type { AudiencePrefs } from '../../platform/storage.ts';
import { LineChart } from '../../ui/chart/LineChart.tsx';
import { labelledMonths } from '../../ui/chart/geometry.ts';
import { useLoaded } from '../../ui/use-loaded.ts';
import { YearsSelect } from '../../ui/YearsSelect.tsx';
import { categoryTrends } from './api.ts';
import { CategoryPicker } from './CategoryPicker.tsx';
import { categoryName } from './categories.ts';
import type { UpdateAudiencePrefs } from './use-audience-prefs.ts';

const SPANS = [CATEGORY_TREND_MONTHS.min, CATEGORY_TREND_MONTHS.default, CATEGORY_TREND_MONTHS.max] as const;

function IndexChart({ answer }: { answer: ShoppingTrendsResponse }) {
  const months = answer.items[0]?.months.map((m) => m.month) ?? [];
  if (months.length === 0) return null;
  return (
    <LineChart
      points={months.map((m) => t('monthLabel', [m.slice(0, 4), String(Number(m.slice(5, 7)))]))}
      axis={labelledMonths(months).map((index) => ({
        index,
        text: `${months[index]!.slice(2, 4)}.${months[index]!.slice(5, 7)}`,
      }))}
      series={answer.items.map((item) => ({
        name: categoryName(item.category),
        values: item.months.map((m) => m.index),
      }))}
      label={t('categoryTrendLabel')}
      exact={(value) => t('categoryTrendIndex', value.toFixed(1))}
      tick={(value) => String(Math.round(value))}
    />
  );
}

export function CategoryTrends({
  category,
  prefs,
  update,
}: {
  category: string;
  prefs: AudiencePrefs;
  update: UpdateAudiencePrefs;
}) {
  const [months, setMonths] = useState<number>(CATEGORY_TREND_MONTHS.default);
  const compared = prefs.compared.filter((c) => c !== category).slice(0, MAX_TREND_CATEGORIES - 1);
  const categories = [category, ...compared];
  const state = useLoaded((client) => categoryTrends(client, categories, months), [categories.join(','), months]);
  return (
    <div class="category-trends" aria-busy={state.kind === 'loading'}>
      <div class="panel-head">
        <h3>{t('categoryTrendHeading')}</h3>
        <YearsSelect spans={SPANS} value={months} onChange={setMonths} />
      </div>
      <ul class="compared" aria-label={t('comparedLabel')}>
        {compared.map((id) => (
          <li key={id}>
            {categoryName(id)}{' '}
            <button
              type="button"
              class="link"
              aria-label={t('categoryTrendRemove', categoryName(id))}
              onClick={() => void update({ compared: prefs.compared.filter((c) => c !== id) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {compared.length < MAX_TREND_CATEGORIES - 1 && (
        <CategoryPicker
          label={t('categoryTrendAdd')}
          value={null}
          placeholder="—"
          exclude={categories}
          onPick={(id) => void update({ compared: [...compared, id] })}
        />
      )}
      {state.kind === 'loading' && <div class="skeleton block" aria-label={t('loading')} />}
      {state.kind === 'failed' && <p class="notice">{state.problem.message}</p>}
      {state.kind === 'loaded' && <IndexChart answer={state.value} />}
      <p class="asof muted">{t('categoryTrendNote')}</p>
    </div>
  );
}
