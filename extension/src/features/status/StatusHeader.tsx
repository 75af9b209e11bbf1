/** The popup's top line: a status dot and what it means. */
import type { CompanionState } from './companion-state.ts';
import { t, type MessageKey } from '../../platform/browser.ts';

const LABELS: Record<CompanionState['kind'], MessageKey> = {
  checking: 'statusChecking',
  offline: 'statusOffline',
  unpaired: 'statusOnline',
  ready: 'statusOnline',
  broken: 'statusOnline',
};

export function StatusHeader({ state }: { state: CompanionState }) {
  const version = state.kind === 'ready' || state.kind === 'unpaired' ? state.version : null;
  return (
    <header class="status-header">
      <h1>{t('extName')}</h1>
      <p class={`status status-${state.kind}`} role="status" aria-live="polite">
        <span class="dot" aria-hidden="true" />
        {t(LABELS[state.kind])}
        {version && <span class="muted"> · {t('statusVersion', version)}</span>}
      </p>
    </header>
  );
}
