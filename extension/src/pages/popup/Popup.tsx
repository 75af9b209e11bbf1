/** The popup's kernel: decides which feature views show for the companion's state. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, openBulkPage, openStorePage } from '../../platform/browser.ts';
import { earlyReady } from '../../features/keyword-metrics/first-lookup.ts';
import { openSetupPage } from '../../ui/setup-page.ts';
import { ConnectionList } from '../../features/status/ConnectionList.tsx';
import { OfflineHelp } from '../../features/status/OfflineHelp.tsx';
import { StatusHeader } from '../../features/status/StatusHeader.tsx';
import { PairForm } from '../../features/pairing/PairForm.tsx';
import { ReadyView } from './ReadyView.tsx';
import { useCompanion } from '../../features/status/use-companion.ts';

/** The popup, or with `panel` the side panel: the same views, the full width of the panel. */
export function Popup({ panel = false }: { panel?: boolean }) {
  const { state, refresh, pair, unpair } = useCompanion();
  const [early, setEarly] = useState<{ port: number; token: string } | null>(null);
  const firstCheck = useRef(true);
  if (state.kind !== 'checking') firstCheck.current = false;
  // Layout effects run at once after a render, not a frame later: the first paint is what counts here.
  useLayoutEffect(() => {
    void earlyReady().then(setEarly);
  }, []);
  // The keyword view shows as soon as the companion has answered the page's keyword (that answer
  // proves it runs and knows this popup), while the status check still runs.
  // Only the first check: a later one (after unpairing, a retry) waits for the companion's word.
  const ready = state.kind === 'ready' ? state : state.kind === 'checking' && firstCheck.current ? early : null;
  return (
    <div class={panel ? 'popup panel-mode' : 'popup'}>
      <StatusHeader state={state} />
      {state.kind === 'checking' && !ready && <div class="skeleton" aria-hidden="true" />}
      {state.kind === 'offline' && <OfflineHelp baseUrl={state.baseUrl} onRetry={() => void refresh()} />}
      {state.kind === 'unpaired' && <PairForm revoked={state.revoked} onPair={pair} />}
      {ready && (
        <ReadyView
          port={ready.port}
          token={ready.token}
          onSetup={() => void openSetupPage()}
          onPair={() => void unpair()}
        />
      )}
      {state.kind === 'ready' && (
        <details class="connections-details">
          <summary>{t('connectionsHeading')}</summary>
          <ConnectionList connections={state.connections} />
        </details>
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
          {state.kind === 'ready' && state.connections.some((c) => c.provider === 'naver-commerce') && (
            <button type="button" class="link" onClick={() => void openStorePage()}>
              {t('storeOpen')}
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
