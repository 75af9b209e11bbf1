/** A failure in words, with the one action that fixes it. */
import { t } from '../platform/browser.ts';
import type { ProblemView } from './problem-view.ts';

export interface ProblemNoticeProps {
  problem: ProblemView;
  onRetry: () => void;
  onSetup: () => void;
  onPair: () => void;
  /** A note beside figures that still stand (e.g. document counts missing), not a failure. */
  note?: boolean;
}

export function ProblemNotice({ problem, onRetry, onSetup, onPair, note = false }: ProblemNoticeProps) {
  return (
    <section class={note ? 'panel problem note' : 'panel problem'} role={note ? 'status' : 'alert'}>
      <p>{problem.message}</p>
      {problem.action === 'wait' && problem.until && <p class="muted">{t('waitUntil', problem.until)}</p>}
      {problem.action === 'setup' && (
        <button type="button" onClick={onSetup}>
          {t('openSetup')}
        </button>
      )}
      {problem.action === 'pair' && (
        <button type="button" onClick={onPair}>
          {t('pairButton')}
        </button>
      )}
      {problem.action === 'retry' && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </section>
  );
}
