/** The API connections the companion reports, with their status. Never any credential. */
import type { Connection } from '@aigenc/shared/contract';
import { providerName } from '@aigenc/shared/providers/names';
import { t, uiLanguage } from '../../platform/browser.ts';

export function ConnectionList({ connections }: { connections: Connection[] }) {
  return (
    <section class="panel" aria-labelledby="connections-heading">
      <h2 id="connections-heading">{t('connectionsHeading')}</h2>
      {connections.length === 0 ? (
        <p class="muted">{t('connectionsEmpty')}</p>
      ) : (
        <ul class="connections">
          {connections.map((connection) => (
            <li key={connection.id} data-provider={connection.provider}>
              <span class="provider">{providerName(connection.provider, uiLanguage())}</span>
              {connection.sandbox && <span class="badge">{t('sandboxBadge')}</span>}
              <span class={`pill pill-${connection.status.toLowerCase()}`}>{t(`status_${connection.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
