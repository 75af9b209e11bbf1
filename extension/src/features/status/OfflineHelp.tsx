/** Shown when the companion does not answer: how to start it, and a retry. */
import { t } from '../../platform/browser.ts';

export function OfflineHelp({ baseUrl, onRetry }: { baseUrl: string; onRetry: () => void }) {
  return (
    <section class="panel" aria-labelledby="offline-heading">
      <h2 id="offline-heading">{t('statusOffline')}</h2>
      <p>{t('statusOfflineHelp', baseUrl)}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </section>
  );
}
