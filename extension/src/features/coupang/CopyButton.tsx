/** A button that copies text and says "복사됨" for a moment (also to screen readers). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/browser.ts';
import { copyText } from '../../platform/clipboard.ts';

export interface CopyButtonProps {
  text: () => string;
  label: string;
  class?: string;
  /** Announced instead of "복사됨" (e.g. "일반 링크 복사됨"). */
  doneLabel?: string;
}

export function CopyButton({ text, label, class: className, doneLabel }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = () =>
    copyText(text()).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  useEffect(() => {
    if (state === 'idle') return;
    timer.current = setTimeout(() => setState('idle'), 2000);
  }, [state]);
  return (
    <>
      <button type="button" class={className} onClick={() => void copy()}>
        {state === 'copied' ? (doneLabel ?? t('copied')) : label}
      </button>
      <span class="visually-hidden" role="status">
        {state === 'copied' ? (doneLabel ?? t('copied')) : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </>
  );
}
