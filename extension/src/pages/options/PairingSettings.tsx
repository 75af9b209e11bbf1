/** Pairing from the options page: pair with a code, or unpair; offline help when the companion is off. */
import { t } from '../../platform/browser.ts';
import { PairForm } from '../../features/pairing/PairForm.tsx';
import { OfflineHelp } from '../../features/status/OfflineHelp.tsx';
import { useCompanion } from '../../features/status/use-companion.ts';

export function PairingSettings() {
  const { state, refresh, pair, unpair } = useCompanion();
  return (
    <section class="panel" aria-labelledby="pairing-settings-heading">
      <h2 id="pairing-settings-heading">{t('pairingSettingsHeading')}</h2>
      {state.kind === 'checking' && <p class="muted">{t('statusChecking')}</p>}
      {state.kind === 'offline' && <OfflineHelp baseUrl={state.baseUrl} onRetry={() => void refresh()} />}
      {state.kind === 'unpaired' && <PairForm revoked={state.revoked} onPair={pair} />}
      {state.kind === 'ready' && (
        <div class="row">
          <p>{t('pairedStatus', state.version)}</p>
          <button type="button" onClick={() => void unpair()}>
            {t('unpair')}
          </button>
        </div>
      )}
      {state.kind === 'broken' && <p class="error">{t(state.messageKey)}</p>}
    </section>
  );
}
