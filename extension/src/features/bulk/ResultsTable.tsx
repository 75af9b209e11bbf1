/**
 * A job's results as they arrive: filter by grade and by monthly searches, sort by a column (the
 * job's order by default; a second click turns it round), the first rows shown and more on demand.
 */
import { useMemo, useState } from 'preact/hooks';
import type { KeywordMetricsItem } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { count, decimal } from '../../ui/format.ts';
import { DEFAULT_VIEW, viewRows, type GradeFilter, type SortKey, type TableView } from './table.ts';

const PAGE = 200;
const GRADES: GradeFilter[] = ['all', 'gold', 'silver', 'bronze', 'none'];
const VOLUMES = [0, 100, 1000, 10_000, 50_000];
const COMPETITION_KEYS = { low: 'competitionLow', medium: 'competitionMedium', high: 'competitionHigh' } as const;

/** The grade as a word; a keyword answered with an error or not found says so instead. */
function gradeCell(item: KeywordMetricsItem) {
  if (item.error)
    return (
      <span class="problem-cell" title={item.error.detail}>
        {t('bulkRowError')}
      </span>
    );
  if (!item.found) return <span class="muted">{t('bulkRowNotFound')}</span>;
  return item.grade ? <span class={`grade grade-${item.grade}`}>{t(`grade_${item.grade}`)}</span> : '–';
}

export function ResultsTable({ items, total }: { items: readonly KeywordMetricsItem[]; total: number }) {
  const [view, setView] = useState<TableView>(DEFAULT_VIEW);
  const [shown, setShown] = useState(PAGE);
  const rows = useMemo(() => viewRows(items, view), [items, view]);

  const header = (key: SortKey, label: string, numeric = true) => {
    const active = view.sort === key;
    const sort = active ? (view.descending ? 'descending' : 'ascending') : 'none';
    return (
      <th scope="col" aria-sort={sort} class={numeric ? 'num' : undefined}>
        <button
          type="button"
          class="sort"
          onClick={() =>
            // Figures sort largest first on the first click; the order and the keyword, A to Z.
            setView({ ...view, sort: key, descending: active ? !view.descending : numeric && key !== 'saturation' })
          }
        >
          {label}
        </button>
      </th>
    );
  };

  return (
    <div class="bulk-results">
      <div class="bulk-filters">
        <label>
          {t('bulkFilterGrade')}
          <select
            value={view.grade}
            onChange={(event) => setView({ ...view, grade: event.currentTarget.value as GradeFilter })}
          >
            {GRADES.map((grade) => (
              <option value={grade} key={grade}>
                {grade === 'all' ? t('bulkGradeAll') : t(`grade_${grade}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('bulkFilterVolume')}
          <select
            value={String(view.minSearches)}
            onChange={(event) => setView({ ...view, minSearches: Number(event.currentTarget.value) })}
          >
            {VOLUMES.map((volume) => (
              <option value={String(volume)} key={volume}>
                {volume === 0 ? t('bulkVolumeAll') : t('bulkVolumeAtLeast', count(volume))}
              </option>
            ))}
          </select>
        </label>
        <span class="muted" role="status">
          {t('bulkRowsShown', [count(rows.length), count(items.length), count(total)])}
        </span>
      </div>
      <div class="table-scroll">
        <table class="bulk-table">
          <thead>
            <tr>
              {header('order', '#')}
              {header('keyword', t('keywordLabel'), false)}
              {header('total', t('searchesTotal'))}
              <th scope="col" class="num">
                {t('searchesPc')}
              </th>
              <th scope="col" class="num">
                {t('searchesMobile')}
              </th>
              {header('competition', t('competition'))}
              {header('blog', t('docsBlog'))}
              {header('saturation', t('saturation'))}
              <th scope="col">{t('bulkGrade')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map(({ item, position }) => (
              <tr key={position}>
                <td class="num muted">{position + 1}</td>
                <th scope="row">{item.keyword}</th>
                <td class="num">{count(item.searches?.total)}</td>
                <td class="num">{count(item.searches?.pc, item.searches?.pcBelow10)}</td>
                <td class="num">{count(item.searches?.mobile, item.searches?.mobileBelow10)}</td>
                <td>{item.competition ? t(COMPETITION_KEYS[item.competition]) : '–'}</td>
                <td class="num">{count(item.documents['blog'])}</td>
                <td class="num">{decimal(item.saturation)}</td>
                <td>{gradeCell(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && items.length > 0 && <p class="muted">{t('bulkNoMatch')}</p>}
      {rows.length > shown && (
        <button type="button" class="link" onClick={() => setShown(shown + PAGE * 5)}>
          {t('bulkShowMore', count(Math.min(PAGE * 5, rows.length - shown)))}
        </button>
      )}
    </div>
  );
}
