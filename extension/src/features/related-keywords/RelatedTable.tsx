/**
 * Related keywords: top 20 by default, expandable to all; sortable by total searches, competition
 * or saturation (shown once the counts arrive); copy as TSV and download as CSV.
 */
import { useMemo, useState } from 'preact/hooks';
import type { RelatedKeyword } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { ExportTools } from '../../ui/ExportTools.tsx';
import { count, decimal } from '../../ui/format.ts';

type SortKey = 'total' | 'competition' | 'saturation';
const COMPETITION_RANK = { low: 0, medium: 1, high: 2 } as const;
const COMPETITION_KEYS = { low: 'competitionLow', medium: 'competitionMedium', high: 'competitionHigh' } as const;
const TOP = 20;

export interface RelatedTableProps {
  keyword: string;
  items: RelatedKeyword[] | null;
  /** Saturation per related keyword, filled in as it arrives (keyed by keyword). */
  saturation: Readonly<Record<string, number | null>>;
  /** Asks for the saturation of the top keywords (it costs document-count calls, so only on demand). */
  onNeedSaturation: () => Promise<void>;
  onPick: (keyword: string) => void;
  /** Puts a related keyword on the trend chart beside this one (absent: no comparison offered). */
  onCompare?: (keyword: string) => void;
  /** The keywords already compared, and whether there is room for another. */
  compared?: readonly string[];
  canCompare?: boolean;
}

/** The writer is loaded on the first export: the popup does not carry it to show a keyword. */
const loadExport = () => import('./export.ts');

export function RelatedTable({
  keyword,
  items,
  saturation,
  onNeedSaturation,
  onPick,
  onCompare,
  compared = [],
  canCompare = false,
}: RelatedTableProps) {
  const [sort, setSort] = useState<SortKey>('total');
  const [loadingSaturation, setLoadingSaturation] = useState(false);
  const haveSaturation = Object.keys(saturation).length > 0;

  function needSaturation(): void {
    if (haveSaturation || loadingSaturation) return;
    setLoadingSaturation(true);
    void onNeedSaturation().finally(() => setLoadingSaturation(false));
  }
  const [all, setAll] = useState(false);

  const sorted = useMemo(() => {
    const list = [...(items ?? [])];
    const value = (item: RelatedKeyword): number => {
      if (sort === 'competition') return COMPETITION_RANK[item.competition];
      if (sort === 'saturation') return saturation[item.keyword] ?? Number.POSITIVE_INFINITY;
      return -item.searches.total;
    };
    return list.sort((a, b) => value(a) - value(b));
  }, [items, sort, saturation]);

  if (items === null) return <section class="panel skeleton-table" aria-busy="true" aria-label={t('loading')} />;
  const shown = all ? sorted : sorted.slice(0, TOP);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === key ? (key === 'total' ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        class="sort"
        onClick={() => {
          setSort(key);
          if (key === 'saturation') needSaturation();
        }}
      >
        {label}
      </button>
    </th>
  );

  return (
    <section class="panel related" aria-labelledby="related-heading">
      <div class="panel-head">
        <h2 id="related-heading">{t('relatedHeading', String(items.length))}</h2>
        <ExportTools
          tsv={async () => (await loadExport()).toTsv(sorted)}
          csv={async () => (await loadExport()).toCsv(sorted)}
          fileName={`${keyword}-related.csv`}
        />
      </div>
      {items.length === 0 ? (
        <p class="muted">{t('relatedEmpty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('keywordLabel')}</th>
              {header('total', t('searchesTotal'))}
              {header('competition', t('competition'))}
              {header('saturation', t('saturation'))}
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={item.keyword}>
                <th scope="row">
                  <button type="button" class="link" onClick={() => onPick(item.keyword)}>
                    {item.keyword}
                  </button>
                  {onCompare && (
                    <button
                      type="button"
                      class="add-compare"
                      aria-label={t('compareAddLabel', item.keyword)}
                      title={t('compareAddLabel', item.keyword)}
                      disabled={!canCompare || compared.includes(item.keyword)}
                      onClick={() => onCompare(item.keyword)}
                    >
                      {compared.includes(item.keyword) ? t('compareAdded') : t('compareAdd')}
                    </button>
                  )}
                </th>
                <td>{count(item.searches.total)}</td>
                <td>{t(COMPETITION_KEYS[item.competition])}</td>
                <td>{decimal(saturation[item.keyword])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items.length > 0 && !haveSaturation && (
        <button type="button" class="link" onClick={needSaturation} disabled={loadingSaturation}>
          {loadingSaturation ? t('loading') : t('loadSaturation', String(Math.min(TOP, items.length)))}
        </button>
      )}{' '}
      {items.length > TOP && (
        <button type="button" class="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('showTop', String(TOP)) : t('showAll', String(items.length))}
        </button>
      )}
    </section>
  );
}
