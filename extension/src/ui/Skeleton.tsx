/** A placeholder the size of the metrics panel while numbers load. */
import { t } from '../platform/browser.ts';

export function MetricsSkeleton() {
  return (
    <section class="panel" aria-busy="true" aria-label={t('loading')}>
      <div class="skeleton line wide" />
      <div class="skeleton-grid">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} class="skeleton block" />
        ))}
      </div>
    </section>
  );
}
