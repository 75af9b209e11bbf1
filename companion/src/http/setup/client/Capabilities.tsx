/**
 * What a connection may do. Reads are always on; writes start off and are switched on one at a
 * time (keys from the environment included), which the companion allows only after the probe that
 * proves them. A refusal puts the switch back and says why on the card.
 */
import type { Connection, Provider } from '@aigenc/shared/contract';
import { providerSpec } from '@aigenc/shared/providers';
import { useEffect, useState } from 'preact/hooks';
import { useSetup } from './context.ts';

interface Props {
  provider: Provider;
  connection: Connection;
  onChanged: () => void;
  onRefused: (error: unknown) => void;
}

export function Capabilities({ provider, connection, onChanged, onRefused }: Props) {
  const { t, api, language } = useSetup();
  const spec = providerSpec(provider);
  const entries = Object.entries(connection.capabilities);
  // A switch shows what the person asked for until the companion's answer comes back as the new
  // connection (or a refusal puts it back); a render in between must not flip it back.
  const [asked, setAsked] = useState<Record<string, boolean>>({});
  useEffect(() => setAsked({}), [connection.capabilities]);

  const toggle = (name: string, wanted: boolean) => {
    setAsked((now) => ({ ...now, [name]: wanted }));
    api.setCapability(provider, name, wanted).then(onChanged, (error: unknown) => {
      setAsked(({ [name]: _dropped, ...rest }) => rest);
      onRefused(error);
    });
  };

  return (
    <div class="capabilities">
      <h4>{t('capabilitiesHeading')}</h4>
      <ul>
        {entries.map(([name, capability]) => (
          <li key={name}>
            <label class="check">
              <input
                type="checkbox"
                checked={asked[name] ?? capability.enabled}
                disabled={capability.kind === 'read'}
                onChange={(event) => toggle(name, event.currentTarget.checked)}
              />{' '}
              {spec.capabilities[name]?.label[language] ?? name}{' '}
              <span class={`kind kind-${capability.kind}`}>{t(`kind_${capability.kind}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      {entries.some(([, capability]) => capability.kind === 'write') && <p class="muted small">{t('writesHelp')}</p>}
    </div>
  );
}
