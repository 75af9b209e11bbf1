import { describe, expect, it } from 'vitest';
import { PreviewApply, type WritePhase } from './preview-apply.ts';

/** A run the test answers by hand: each call waits until it is released. */
function harness() {
  const calls: { input: string[]; dryRun: boolean; release: (result: string) => void }[] = [];
  const phases: WritePhase<string>[] = [];
  const applied: string[] = [];
  const machine = new PreviewApply<string[], string>(
    (input, dryRun) => new Promise((resolve) => calls.push({ input, dryRun, release: resolve })),
    (phase) => phases.push(phase),
    () => ({ message: 'failed', action: 'retry' }),
    (result) => applied.push(result),
  );
  return { machine, calls, phases, applied };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preview, then apply', () => {
  it('sends exactly what was previewed, once, however often the second button is pressed', async () => {
    const { machine, calls, applied } = harness();
    void machine.preview(['a', 'b']);
    calls[0]!.release('preview of a, b');
    await tick();
    expect(machine.current()).toEqual({ kind: 'previewed', result: 'preview of a, b' });
    void machine.apply();
    void machine.apply();
    void machine.apply();
    await tick();
    expect(calls.filter((c) => !c.dryRun)).toHaveLength(1);
    expect(calls[1]).toMatchObject({ input: ['a', 'b'], dryRun: false });
    calls[1]!.release('done');
    await tick();
    expect(machine.current()).toEqual({ kind: 'applied', result: 'done' });
    expect(applied).toEqual(['done']);
    // After the apply, another press sends nothing: a new preview is needed.
    await machine.apply();
    expect(calls).toHaveLength(2);
  });

  it('sends nothing without a preview, or after the form changed', async () => {
    const { machine, calls } = harness();
    await machine.apply();
    expect(calls).toHaveLength(0);
    void machine.preview(['a']);
    calls[0]!.release('preview');
    await tick();
    machine.reset();
    await machine.apply();
    expect(calls).toHaveLength(1);
    expect(machine.current()).toEqual({ kind: 'idle' });
  });

  it('never shows the answer to an older preview, and a reset while sending waits for the send', async () => {
    const { machine, calls } = harness();
    void machine.preview(['old']);
    void machine.preview(['new']);
    calls[1]!.release('new preview');
    await tick();
    calls[0]!.release('old preview');
    await tick();
    expect(machine.current()).toEqual({ kind: 'previewed', result: 'new preview' });
    void machine.apply();
    await tick();
    expect(calls[2]).toMatchObject({ input: ['new'], dryRun: false });
    machine.reset();
    expect(machine.current().kind).toBe('applying');
    calls[2]!.release('sent');
    await tick();
    expect(machine.current()).toEqual({ kind: 'applied', result: 'sent' });
  });
});
