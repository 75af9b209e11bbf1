/** Shown when the companion does not answer: the commands that start it, the doctor, and a retry. */
import { openWelcomePage, t } from '../../platform/browser.ts';
import { StartHelp } from './StartHelp.tsx';

export function OfflineHelp({ baseUrl, onRetry }: { baseUrl: string; onRetry: () => void }) {
  return (
    <section class="panel" aria-labelledby="offline-heading">
      <h2 id="offline-heading">{t('statusOffline')}</h2>
      <StartHelp />
      <p class="muted">{t('statusOfflineHelp', baseUrl)}</p>
      <div class="row">
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
        <button type="button" class="link" onClick={() => void openWelcomePage()}>
          {t('openWelcome')}
        </button>
      </div>
    </section>
  );
}
