/**
 * The two clicks every write of the seller's store takes, as a small state machine (the view's
 * hook wraps it): a preview (the companion's dry run: the exact list of what would change, nothing
 * sent), then the apply of exactly what was previewed. A new preview or `reset` (the form changed)
 * takes the apply away, so the second click never sends something the seller has not seen; an
 * apply while one is under way, or without a preview, sends nothing.
 */
import type { ProblemView } from '../../ui/problem-view.ts';

export type WritePhase<R> =
  | { kind: 'idle' }
  | { kind: 'previewing' }
  | { kind: 'previewed'; result: R }
  | { kind: 'applying'; result: R }
  | { kind: 'applied'; result: R }
  | { kind: 'failed'; problem: ProblemView };

export class PreviewApply<I, R> {
  private phase: WritePhase<R> = { kind: 'idle' };
  private previewed: { input: I; result: R } | null = null;
  private sending = false;
  /** Each preview's number: an answer to an older one is not shown. */
  private ticket = 0;

  constructor(
    private readonly run: (input: I, dryRun: boolean) => Promise<R>,
    private readonly show: (phase: WritePhase<R>) => void,
    private readonly problemOf: (error: unknown) => ProblemView,
    private readonly onApplied?: (result: R) => void,
  ) {}

  current(): WritePhase<R> {
    return this.phase;
  }

  async preview(input: I): Promise<void> {
    if (this.sending) return;
    const ticket = ++this.ticket;
    this.previewed = null;
    this.set({ kind: 'previewing' });
    try {
      const result = await this.run(input, true);
      if (ticket !== this.ticket) return;
      this.previewed = { input, result };
      this.set({ kind: 'previewed', result });
    } catch (error) {
      if (ticket === this.ticket) this.set({ kind: 'failed', problem: this.problemOf(error) });
    }
  }

  async apply(): Promise<void> {
    const shown = this.previewed;
    if (!shown || this.sending) return;
    this.sending = true;
    this.previewed = null;
    this.set({ kind: 'applying', result: shown.result });
    try {
      const result = await this.run(shown.input, false);
      this.set({ kind: 'applied', result });
      this.onApplied?.(result);
    } catch (error) {
      this.set({ kind: 'failed', problem: this.problemOf(error) });
    } finally {
      this.sending = false;
    }
  }

  reset(): void {
    if (this.sending) return;
    this.ticket++;
    this.previewed = null;
    this.set({ kind: 'idle' });
  }

  private set(phase: WritePhase<R>): void {
    this.phase = phase;
    this.show(phase);
  }
}
