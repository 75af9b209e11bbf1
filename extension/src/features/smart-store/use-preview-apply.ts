/**
 * The two clicks every write of the seller's store takes: a preview (the companion's dry run: the
 * exact list of what would change, nothing sent), then the apply of exactly what was previewed.
 * Changing the form after a preview takes the apply away (`reset`): the second click never sends
 * something the seller has not seen. A click while a send is under way does nothing.
 */
import { useRef, useState } from 'preact/hooks';
import { errorView, type ProblemView } from '../../ui/problem-view.ts';
import { wallClock } from '../../platform/clock.ts';

export type WritePhase<R> =
  | { kind: 'idle' }
  | { kind: 'previewing' }
  | { kind: 'previewed'; result: R }
  | { kind: 'applying'; result: R }
  | { kind: 'applied'; result: R }
  | { kind: 'failed'; problem: ProblemView };

export function usePreviewApply<I, R>(run: (input: I, dryRun: boolean) => Promise<R>, onApplied?: (result: R) => void) {
  const [phase, setPhase] = useState<WritePhase<R>>({ kind: 'idle' });
  const previewed = useRef<{ input: I } | null>(null);
  const sending = useRef(false);

  async function preview(input: I): Promise<void> {
    if (sending.current) return;
    previewed.current = null;
    setPhase({ kind: 'previewing' });
    try {
      const result = await run(input, true);
      previewed.current = { input };
      setPhase({ kind: 'previewed', result });
    } catch (error) {
      setPhase({ kind: 'failed', problem: errorView(error, wallClock()) });
    }
  }

  async function apply(): Promise<void> {
    const shown = previewed.current;
    if (!shown || sending.current || phase.kind !== 'previewed') return;
    sending.current = true;
    previewed.current = null;
    setPhase({ kind: 'applying', result: phase.result });
    try {
      const result = await run(shown.input, false);
      setPhase({ kind: 'applied', result });
      onApplied?.(result);
    } catch (error) {
      setPhase({ kind: 'failed', problem: errorView(error, wallClock()) });
    } finally {
      sending.current = false;
    }
  }

  function reset(): void {
    if (sending.current) return;
    previewed.current = null;
    setPhase({ kind: 'idle' });
  }

  return { phase, preview, apply, reset };
}
