/** One keyword's numbers: searches, competition, clicks and CTR, ad depth, documents, saturation. */
import type { KeywordMetricsItem } from '@aigenc/shared/contract';
import { DOCUMENT_TYPES, type DocumentType } from '@aigenc/shared/domain';
import { t, type MessageKey } from '../../platform/browser.ts';
import { age, compact, count, decimal, time } from '../../ui/format.ts';
import { wallClock } from '../../platform/clock.ts';

const COMPETITION_KEYS = { low: 'competitionLow', medium: 'competitionMedium', high: 'competitionHigh' } as const;
const DOCUMENT_WORDS: Record<DocumentType, MessageKey> = {
  blog: 'docsBlog',
  cafearticle: 'docsCafe',
  webkr: 'docsWeb',
  news: 'docsNews',
};
const DOCUMENT_KEYS = DOCUMENT_TYPES.map((type) => [type, DOCUMENT_WORDS[type]] as const);

export function MetricsPanel({ item, formula }: { item: KeywordMetricsItem; formula: string | null }) {
  const s = item.searches;
  const cacheAge = age(item.fetchedAt, wallClock());
  return (
    <section class="panel metrics" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">
        {item.keyword}
        {item.grade && (
          <span class={`grade grade-${item.grade}`} title={formula ?? undefined}>
            {t(`grade_${item.grade}`)}
          </span>
        )}
      </h2>
      {!item.found && <p class="muted">{t('keywordNotFound')}</p>}
      {item.stale && <p class="notice">{t('staleNotice')}</p>}
      <dl class="figures">
        <div>
          <dt>{t('searchesTotal')}</dt>
          <dd class="big" title={count(s?.total)}>
            {compact(s?.total)}
            {s && s.total >= 10_000 && <span class="exact"> {count(s.total)}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('searchesPc')}</dt>
          <dd title={count(s?.pc, s?.pcBelow10)}>{compact(s?.pc, s?.pcBelow10)}</dd>
        </div>
        <div>
          <dt>{t('searchesMobile')}</dt>
          <dd title={count(s?.mobile, s?.mobileBelow10)}>{compact(s?.mobile, s?.mobileBelow10)}</dd>
        </div>
        <div>
          <dt>{t('competition')}</dt>
          <dd>{item.competition ? t(COMPETITION_KEYS[item.competition]) : '–'}</dd>
        </div>
        <div>
          <dt>{t('clicks')}</dt>
          <dd>
            {decimal(item.clicks?.pc, 1)} / {decimal(item.clicks?.mobile, 1)}
          </dd>
        </div>
        <div>
          <dt>{t('ctr')}</dt>
          <dd>
            {decimal(item.ctr?.pc)}% / {decimal(item.ctr?.mobile)}%
          </dd>
        </div>
        <div>
          <dt>{t('adDepth')}</dt>
          <dd>{decimal(item.adDepth, 1)}</dd>
        </div>
        <div>
          <dt title={formula ?? undefined}>{t('saturation')}</dt>
          <dd title={formula ?? undefined}>{decimal(item.saturation)}</dd>
        </div>
      </dl>
      <dl class="figures documents" aria-label={t('documentsHeading')}>
        {DOCUMENT_KEYS.map(([type, key]) => (
          <div key={type}>
            <dt>{t(key)}</dt>
            <dd title={count(item.documents[type])}>
              {item.documents[type] === null ? t('unavailable') : compact(item.documents[type])}
            </dd>
          </div>
        ))}
      </dl>
      {formula && <p class="formula muted">{formula}</p>}
      <p class="asof muted">
        {t('asOf', time(item.fetchedAt))}
        {item.cached &&
          ` · ${t(cacheAge.unit === 'minutes' ? 'cacheAgeMinutes' : 'cacheAgeHours', String(cacheAge.value))}`}
      </p>
    </section>
  );
}
