/** The popup's kernel: decides which feature views show for the companion's state. */
import { t, openBulkPage, openTab } from '../platform/browser.ts';
import { companionBaseUrl } from '../companion-client.ts';
import { companionPortItem } from '../platform/storage.ts';
import { ConnectionList } from '../features/status/ConnectionList.tsx';
import { OfflineHelp } from '../features/status/OfflineHelp.tsx';
import { StatusHeader } from '../features/status/StatusHeader.tsx';
import { PairForm } from '../features/pairing/PairForm.tsx';
import { ReadyView } from './ReadyView.tsx';
import { useCompanion } from '../features/status/use-companion.ts';

async function openSetupPage(): Promise<void> {
  await openTab(`${companionBaseUrl(await companionPortItem.getValue())}/setup`);
}

/** The popup, or with `panel` the side panel: the same views, the full width of the panel. */
export function Popup({ panel = false }: { panel?: boolean }) {
  const { state, refresh, pair, unpair } = useCompanion();
  return (
    <div class={panel ? 'popup panel-mode' : 'popup'}>
      <StatusHeader state={state} />
      {state.kind === 'checking' && <div class="skeleton" aria-hidden="true" />}
      {state.kind === 'offline' && <OfflineHelp baseUrl={state.baseUrl} onRetry={() => void refresh()} />}
      {state.kind === 'unpaired' && <PairForm revoked={state.revoked} onPair={pair} />}
      {state.kind === 'ready' && (
        <>
          <ReadyView
            port={state.port}
            token={state.token}
            onSetup={() => void openSetupPage()}
            onPair={() => void unpair()}
          />
          <details class="connections-details">
            <summary>{t('connectionsHeading')}</summary>
            <ConnectionList connections={state.connections} />
          </details>
        </>
      )}
      {state.kind === 'broken' && (
        <p class="error" role="alert">
          {t(state.messageKey)}
        </p>
      )}
      {(state.kind === 'ready' || state.kind === 'unpaired') && (
        <footer class="actions">
          <button type="button" class="link" onClick={() => void openSetupPage()}>
            {t('openSetup')}
          </button>
          {state.kind === 'ready' && (
            <button type="button" class="link" onClick={() => void openBulkPage()}>
              {t('bulkOpen')}
            </button>
          )}
          {state.kind === 'ready' && (
            <button type="button" class="link" onClick={() => void unpair()}>
              {t('unpair')}
            </button>
          )}
        </footer>
      )}
    </div>
  );
}
