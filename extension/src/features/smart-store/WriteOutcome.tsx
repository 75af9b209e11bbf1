/**
 * What a write would do (the preview) or did (after the apply), item by item, and the second click.
 * The apply button names how many items it sends; with none to send there is no button.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../../platform/browser.ts';
import { reasonWords, statusWords, type Outcome } from './outcome.ts';
import type { WritePhase } from './use-preview-apply.ts';

export interface OutcomeRow extends Outcome {
  key: string;
  label: ComponentChildren;
  /** What changes (a stock's before → after), beside the status. */
  change?: string;
}

export function WriteOutcome<R>({
  phase,
  rows,
  applyLabel,
  onApply,
}: {
  phase: WritePhase<R>;
  rows: (result: R) => OutcomeRow[];
  /** The apply button's words for `n` items. */
  applyLabel: (n: number) => string;
  onApply: () => void;
}) {
  if (phase.kind === 'idle' || phase.kind === 'previewing') return null;
  if (phase.kind === 'failed')
    return (
      <p class="error" role="alert">
        {phase.problem.message}
      </p>
    );
  const list = rows(phase.result);
  const toSend = list.filter((r) => r.status === 'would-apply').length;
  const applied = phase.kind === 'applied';
  return (
    <section class={`store-outcome ${applied ? 'store-outcome-applied' : 'store-outcome-preview'}`} aria-live="polite">
      <h3>{applied ? t('storeResultHeading') : t('storePreviewHeading')}</h3>
      {!applied && <p class="muted">{toSend > 0 ? t('storePreviewNote') : t('storeNothingToSend')}</p>}
      <ul class="store-outcome-list">
        {list.map((row) => (
          <li key={row.key} class={`store-item store-${row.status}`}>
            <span class="store-item-label">{row.label}</span>
            {row.change && <span class="store-item-change">{row.change}</span>}
            <span class={`pill store-badge store-badge-${row.status}`}>{statusWords(row.status)}</span>
            {reasonWords(row) && <span class="store-item-reason">{reasonWords(row)}</span>}
          </li>
        ))}
      </ul>
      {!applied && toSend > 0 && (
        <button type="button" class="store-apply" disabled={phase.kind === 'applying'} onClick={onApply}>
          {phase.kind === 'applying' ? t('storeSending') : applyLabel(toSend)}
        </button>
      )}
    </section>
  );
}
