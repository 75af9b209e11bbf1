/**
 * One service: its name, status, where its keys come from, the form to enter them, "check
 * connection" and "disconnect", its capabilities, and (where writes need it) the order probe and
 * the record of changes. Messages for this card appear on its own status line.
 */
import { useState } from 'preact/hooks';
import type { AuditEntry, CatalogueEntry } from '@aigenc/shared/contract';
import { koreanDaysUntil } from '@aigenc/shared/domain';
import { providerLabel, providerSpec, usesProbe, type ProviderSpec } from '@aigenc/shared/providers';
import { wallClock } from './clock.ts';
import { Capabilities } from './Capabilities.tsx';
import { ChangeLog } from './ChangeLog.tsx';
import { messageOf, useSetup } from './context.ts';
import { KeysForm } from './KeysForm.tsx';
import { OrderProbe } from './OrderProbe.tsx';
import { StatusLine } from './StatusLine.tsx';

interface Props {
  entry: CatalogueEntry;
  audit: readonly AuditEntry[];
  onChanged: () => void;
}

/** The kind of key no longer issued: how to keep using it, and how many days it has left. */
function RetiringKeys({ retiring }: { retiring: NonNullable<ProviderSpec['keys']['retiring']> }) {
  const { t, language } = useSetup();
  const days = koreanDaysUntil(retiring.lastDay, wallClock());
  return (
    <p class="keys-retiring" data-days-left={days}>
      {days >= 0
        ? retiring.steps[language].replace('{days}', String(days))
        : t('retiringEnded', { day: retiring.lastDay })}
    </p>
  );
}

export function ConnectorCard({ entry, audit, onChanged }: Props) {
  const { t, api, language, report } = useSetup();
  const [note, setNote] = useState('');
  const { provider, connection } = entry;
  const spec = providerSpec(provider);
  const headingId = `connector-${provider}`;

  /** Something changed for good: an earlier refusal on this card no longer holds. */
  const changed = () => {
    setNote('');
    onChanged();
  };
  const validate = () => {
    setNote(t('validating'));
    api.validate(provider).then(changed, report);
  };
  const disconnect = () => {
    if (!window.confirm(t('disconnectConfirm'))) return;
    api.disconnect(provider).then(onChanged, report);
  };

  return (
    <section class="connector" id={`connector-${provider}`} data-provider={provider} aria-labelledby={headingId}>
      <h3 id={headingId}>{providerLabel(provider, language)}</h3>
      <StatusLine entry={entry} />
      <p class="keys-from">{spec.keys.steps[language]}</p>
      <a class="button-link" href={entry.keysPage} target="_blank" rel="noopener noreferrer">
        {t('openKeysPage')}
      </a>
      {spec.keys.retiring && <RetiringKeys retiring={spec.keys.retiring} />}
      <p class="muted small">{t('keysStayHere')}</p>
      {connection?.message && <p class="error">{connection.message}</p>}
      {connection?.source === 'env' ? (
        <p class="muted">{t('envLocked')}</p>
      ) : (
        <KeysForm
          provider={provider}
          connected={connection !== null}
          onSaved={(answer) => {
            setNote(answer.keysUnchanged ? t('keysUnchanged') : t('savedPaused'));
            onChanged();
          }}
          onFailed={(error) => setNote(messageOf(error))}
        />
      )}
      <div class="actions">
        {connection && (
          <button type="button" onClick={validate}>
            {t('validate')}
          </button>
        )}
        {connection?.source === 'vault' && (
          <button type="button" class="danger" onClick={disconnect}>
            {t('disconnect')}
          </button>
        )}
      </div>
      <p class="note" role="status">
        {note}
      </p>
      {connection && (
        <Capabilities
          provider={provider}
          connection={connection}
          onChanged={changed}
          onRefused={(error) => setNote(messageOf(error))}
        />
      )}
      {connection && usesProbe(provider, 'order-probe') && (
        <>
          <OrderProbe provider={provider} onDone={changed} />
          <ChangeLog provider={provider} entries={audit} />
        </>
      )}
    </section>
  );
}
