/** The two clicks of a write (`PreviewApply`), for a view: its phase as state, its calls stable. */
import { useRef, useState } from 'preact/hooks';
import { errorView } from '../../ui/problem-view.ts';
import { wallClock } from '../../platform/clock.ts';
import { PreviewApply, type WritePhase } from './preview-apply.ts';

export type { WritePhase } from './preview-apply.ts';

export function usePreviewApply<I, R>(run: (input: I, dryRun: boolean) => Promise<R>, onApplied?: (result: R) => void) {
  const [phase, setPhase] = useState<WritePhase<R>>({ kind: 'idle' });
  // The latest callbacks, read when called: the machine itself lives as long as the view.
  const latest = useRef({ run, onApplied });
  latest.current = { run, onApplied };
  const machine = useRef<PreviewApply<I, R> | null>(null);
  machine.current ??= new PreviewApply<I, R>(
    (input, dryRun) => latest.current.run(input, dryRun),
    setPhase,
    (error) => errorView(error, wallClock()),
    (result) => latest.current.onApplied?.(result),
  );
  const m = machine.current;
  return {
    phase,
    preview: (input: I) => m.preview(input),
    apply: () => m.apply(),
    reset: () => m.reset(),
  };
}
