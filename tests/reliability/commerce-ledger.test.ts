/**
 * Nothing confirmed twice, even through a crash: `aigenc commerce confirm` of 90 orders (three of
 * the vendor's batches of 30) is SIGKILLed once the second batch has reached the store, then run
 * again with the same ids. The ledger and the read just before the second run decide: every order
 * ends confirmed, and the store saw each product order id in a confirm exactly once.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { runAigencAsync, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { switchOnSellerWork } from '../support/seller-work.ts';

let sandbox: RunningSandbox;
let companion: CompanionProcess;

beforeAll(async () => {
  // One call a second: the batches are a second or more apart, so the kill lands between two.
  sandbox = await startSandbox({ commerce: { perSecond: 1, extraWaitingOrders: 85 } });
  companion = await startCompanion({ env: demoEnvironment(sandbox.urls) });
  await switchOnSellerWork(companion.port, ['orderConfirmation']);
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

const env = () => ({ ...demoEnvironment(sandbox.urls), AIGENC_PORT: String(companion.port), AIGENC_LANG: 'en' });
const stat = (name: string) => sandbox.states.commerce.stats[`commerce:${name}`] ?? 0;

describe('the confirm ledger through a crash', () => {
  it('confirms 90 orders once each, killed after the second batch and run again', async () => {
    const listed = await runAigencAsync(['commerce', 'orders', '--json'], companion.home, env());
    const ids = (JSON.parse(listed.stdout) as { items: { productOrderId: string }[] }).items
      .map((i) => i.productOrderId)
      .slice(0, 90);
    expect(ids).toHaveLength(90);

    let child: ChildProcess | undefined;
    let watcher: ReturnType<typeof setInterval> | undefined;
    const killed = runAigencAsync(['commerce', 'confirm', ...ids, '--apply', '--json'], companion.home, env(), {
      onSpawn: (spawned) => {
        child = spawned;
        watcher = setInterval(() => {
          if (stat('confirm') >= 2) {
            clearInterval(watcher);
            child?.kill('SIGKILL');
          }
        }, 5);
      },
    });
    const first = await killed;
    clearInterval(watcher);
    expect(first.status).toBeNull();
    const sentBeforeKill = stat('confirm-id');
    expect(sentBeforeKill).toBeGreaterThanOrEqual(60);
    expect(sentBeforeKill).toBeLessThan(90);

    const again = await runAigencAsync(['commerce', 'confirm', ...ids, '--apply', '--json'], companion.home, env());
    expect(again.status, again.stderr).toBe(0);
    const items = (JSON.parse(again.stdout) as { items: { status: string; code?: string }[] }).items;
    expect(items.filter((i) => i.status === 'skipped').every((i) => i.code === 'ALREADY_CONFIRMED')).toBe(true);
    expect(items.filter((i) => i.status === 'skipped')).toHaveLength(sentBeforeKill);
    expect(items.filter((i) => i.status === 'applied')).toHaveLength(90 - sentBeforeKill);
    // Each id reached the store's confirm exactly once over both runs.
    expect(stat('confirm-id')).toBe(90);

    const left = await runAigencAsync(['commerce', 'orders', '--json'], companion.home, env());
    const waiting = (JSON.parse(left.stdout) as { items: { productOrderId: string }[] }).items.map(
      (i) => i.productOrderId,
    );
    expect(waiting.filter((id) => ids.includes(id))).toEqual([]);
  });
});
