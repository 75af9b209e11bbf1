/**
 * When no affiliate link could be made: the reason, and the page's own address offered plainly,
 * labelled as not an affiliate link so it is never mistaken for one.
 */
import { t } from '../../platform/browser.ts';
import type { ProblemView } from '../../ui/problem-view.ts';
import { CopyButton } from './CopyButton.tsx';

export function PlainLink({ problem, plainUrl }: { problem: ProblemView; plainUrl: string | null }) {
  return (
    <div class="problem note" role="alert">
      <p>{problem.message}</p>
      {problem.action === 'wait' && problem.until && <p class="muted">{t('waitUntil', problem.until)}</p>}
      {plainUrl && (
        <p class="plain-link">
          <span class="badge-plain">{t('notAffiliate')}</span>
          <code>{plainUrl}</code>
          <CopyButton class="link" label={t('copyPlainUrl')} doneLabel={t('copiedPlain')} text={() => plainUrl} />
        </p>
      )}
    </div>
  );
}
