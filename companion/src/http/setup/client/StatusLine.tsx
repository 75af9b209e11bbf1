/** A service's status at a glance: state, where its keys live, sandbox, when set and last checked. */
import type { CatalogueEntry } from '@aigenc/shared/contract';
import { useSetup } from './context.ts';
import { formatTime } from './format.ts';

export function StatusLine({ entry }: { entry: CatalogueEntry }) {
  const { t, language } = useSetup();
  const { connection } = entry;
  const status = connection?.status ?? 'SETUP_REQUIRED';
  return (
    <p class="connector-status">
      <span class={`status status-${status.toLowerCase()}`}>{t(`status_${status}`)}</span>
      {connection && <span class="muted">{connection.source === 'env' ? t('sourceEnv') : t('sourceVault')}</span>}
      {entry.sandbox && <span class="badge">{t('sandbox')}</span>}
      {connection?.configuredAt && (
        <span class="muted">{t('configuredAt', { time: formatTime(connection.configuredAt, language) })}</span>
      )}
      {connection?.lastCheckedAt && (
        <span class="muted">{t('checkedAt', { time: formatTime(connection.lastCheckedAt, language) })}</span>
      )}
    </p>
  );
}
