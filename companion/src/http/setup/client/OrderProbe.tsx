/**
 * The read-only order probe: counts of order changes over a period (no order numbers, no personal
 * data), reconciled against the count from the store's own export when one is entered. Its last
 * answer stays on the card while the capabilities it unlocks are switched on.
 */
import { useState } from 'preact/hooks';
import type { OrderChangesSummary, Provider } from '@aigenc/shared/contract';
import { messageOf, useSetup } from './context.ts';
import { localInput } from './format.ts';

const DAY_MS = 24 * 3_600_000;

function Summary({ summary }: { summary: OrderChangesSummary }) {
  const { t } = useSetup();
  const r = summary.reconciliation;
  return (
    <>
      <p>{t('probeCount', { count: summary.count, duplicates: summary.duplicates })}</p>
      <p class="muted small">
        {Object.entries(summary.byType)
          .map(([type, count]) => `${type} ${count}`)
          .join(' · ')}
      </p>
      {r && (
        <p class={r.matches ? 'ok' : 'error'}>
          {r.matches
            ? t('probeMatches', { expected: r.expected })
            : t('probeDiffers', { expected: r.expected, difference: `${r.difference > 0 ? '+' : ''}${r.difference}` })}
        </p>
      )}
    </>
  );
}

export function OrderProbe({ provider, onDone }: { provider: Provider; onDone: () => void }) {
  const { t, api, now } = useSetup();
  const [opened] = useState(now);
  const [summary, setSummary] = useState<OrderChangesSummary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const expected = value('expected');
    const period = {
      from: new Date(value('from')).toISOString(),
      to: new Date(value('to')).toISOString(),
      ...(expected === '' ? {} : { expected: Number(expected) }),
    };
    api.orderProbe(provider, period).then(
      (answer) => {
        setFailure(null);
        setSummary(answer);
        onDone();
      },
      (error: unknown) => setFailure(messageOf(error)),
    );
  };

  const fields = [
    ['from', 'probeFrom', 'datetime-local', localInput(opened - DAY_MS)],
    ['to', 'probeTo', 'datetime-local', localInput(opened)],
    ['expected', 'probeExpected', 'number', ''],
  ] as const;
  return (
    <div class="order-probe">
      <h4>{t('orderProbeHeading')}</h4>
      <p class="muted small">{t('orderProbeHelp')}</p>
      <form onSubmit={run}>
        {fields.map(([name, words, type, value]) => (
          <div class="field" key={name}>
            <label for={`probe-${name}`}>{t(words)}</label>
            <input
              id={`probe-${name}`}
              name={name}
              type={type}
              defaultValue={value}
              required={name !== 'expected'}
              min={name === 'expected' ? '0' : undefined}
            />
          </div>
        ))}
        <button type="submit">{t('probeRun')}</button>
      </form>
      <div class="probe-result" aria-live="polite">
        {failure ? <p class="error">{failure}</p> : summary && <Summary summary={summary} />}
      </div>
    </div>
  );
}
