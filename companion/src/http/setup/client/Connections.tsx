/**
 * "API connections": a card per service the companion offers (real APIs; sandbox and demo ones
 * too when asked), and the record of changes for the services whose writes need an order probe.
 */
import { useState } from 'preact/hooks';
import { usesProbe } from '@aigenc/shared/providers';
import { useSetup } from './context.ts';
import { ConnectorCard } from './ConnectorCard.tsx';
import { useResource } from './use-resource.ts';

function sandboxAsked(): boolean {
  return new URLSearchParams(window.location.search).get('scope') === 'all';
}

export function Connections() {
  const { t, api } = useSetup();
  const [showSandbox, setShowSandbox] = useState(sandboxAsked);
  const [entries, reloadEntries] = useResource(() => api.catalogue(showSandbox ? 'all' : 'real-api'), [showSandbox]);
  const audited = entries?.some((entry) => entry.connection && usesProbe(entry.provider, 'order-probe')) ?? false;
  const [audit, reloadAudit] = useResource(() => (audited ? api.audit() : Promise.resolve([])), [audited]);
  const changed = () => {
    reloadEntries();
    reloadAudit();
  };

  return (
    <section aria-labelledby="connectors-heading" class="card">
      <h2 id="connectors-heading">{t('connectorsHeading')}</h2>
      <p>{t('connectorsHelp')}</p>
      <label class="check">
        <input
          type="checkbox"
          id="show-sandbox"
          checked={showSandbox}
          onChange={(event) => setShowSandbox(event.currentTarget.checked)}
        />{' '}
        {t('showSandbox')}
      </label>
      <div id="connectors" aria-live="polite">
        {entries?.length === 0 && <p class="muted">{t('connectorsEmpty')}</p>}
        {entries?.map((entry) => (
          <ConnectorCard key={entry.provider} entry={entry} audit={audit ?? []} onChanged={changed} />
        ))}
      </div>
    </section>
  );
}
