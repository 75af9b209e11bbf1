/** The record of a service's connection changes: keys, checks, capabilities and order probes. */
import type { AuditEntry, Provider } from '@aigenc/shared/contract';
import { providerSpec } from '@aigenc/shared/providers';
import { useSetup } from './context.ts';
import { formatTime } from './format.ts';

const SHOWN = 8;

export function ChangeLog({ provider, entries }: { provider: Provider; entries: readonly AuditEntry[] }) {
  const { t, language } = useSetup();
  const capabilities = providerSpec(provider).capabilities;
  const line = (entry: AuditEntry) => {
    const { capability, status } = entry.detail;
    const parts = [t.known(`audit_${entry.action}`) ?? entry.action];
    if (typeof capability === 'string') parts.push(capabilities[capability]?.label[language] ?? capability);
    if (typeof status === 'string') parts.push(t.known(`status_${status}`) ?? status);
    return `${formatTime(entry.at, language)} — ${parts.join(' · ')}`;
  };
  return (
    <div class="audit">
      <h4>{t('auditHeading')}</h4>
      <ul class="small">
        {entries
          .filter((entry) => entry.subject === provider)
          .slice(0, SHOWN)
          .map((entry, index) => (
            <li key={`${index}-${entry.at}`}>{line(entry)}</li>
          ))}
      </ul>
    </div>
  );
}
