/**
 * The link button on a Coupang product page: one click makes the Partners short link for the page
 * (the person's subId, format and disclosure), copies it and shows it; a refusal is shown in the
 * vendor's (or the companion's) words, and a link that could not be copied stays there to copy.
 */
import { useState } from 'preact/hooks';
import { t } from '../../platform/browser.ts';
import type { LinkAnswer } from './messages.ts';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; answer: LinkAnswer; copied: boolean };

export function LinkButton({
  make,
  copy,
}: {
  make: () => Promise<LinkAnswer | null>;
  copy: (text: string) => Promise<boolean>;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'busy' });
    const answer = (await make()) ?? { ok: false, problem: { message: t('overlayWorkerGone'), help: 'none' } };
    setState({ kind: 'done', answer, copied: answer.ok ? await copy(answer.text) : false });
  };
  const done = state.kind === 'done' ? state : null;
  return (
    <section class="panel link-panel" aria-label={t('coupangCardHeading')}>
      <button type="button" class="primary" disabled={state.kind === 'busy'} onClick={() => void run()}>
        <span class="brand">AigenC</span> {state.kind === 'busy' ? t('overlayLinkMaking') : t('linkMakeAndCopy')}
      </button>
      {done?.answer.ok && (
        <div role="status">
          <p class={done.copied ? 'ok' : 'problem'}>{done.copied ? t('overlayLinkCopied') : t('copyFailed')}</p>
          <input class="link-field" readOnly value={done.answer.link} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      {done && !done.answer.ok && (
        <p class="problem" role="alert">
          {done.answer.problem.message}
        </p>
      )}
    </section>
  );
}
