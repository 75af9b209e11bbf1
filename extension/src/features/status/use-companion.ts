/** The popup's state: reads port and token from storage, asks the companion, pairs and unpairs. */
import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { CompanionClient } from '../../companion-client.ts';
import { loadCompanionState, type CompanionState } from './companion-state.ts';
import { uiLanguage } from '../../platform/browser.ts';
import { companionPortItem, companionTokenItem, lensStatusItem, type LensStatus } from '../../platform/storage.ts';
import { wallClock } from '../../platform/clock.ts';
import { usePoll } from '../../ui/use-poll.ts';

/** The state as the badge shows it. */
export function lensStatus(state: CompanionState): LensStatus | null {
  if (state.kind === 'ready') return { kind: 'ready' };
  if (state.kind === 'unpaired') return { kind: 'unpaired' };
  if (state.kind === 'offline') return { kind: 'offline' };
  return null;
}

/**
 * With `pollMs` (the first-run guide) it asks again that often, quietly: the state changes only
 * when the answer does, so a step turns green without the page flickering in between.
 */
export function useCompanion({ pollMs }: { pollMs?: number } = {}) {
  const [state, setState] = useState<CompanionState>({ kind: 'checking' });

  const refresh = useCallback(async (quiet = false) => {
    if (!quiet) setState({ kind: 'checking' });
    const [port, token] = await Promise.all([companionPortItem.getValue(), companionTokenItem.getValue()]);
    const next = await loadCompanionState({ port, token, language: uiLanguage() });
    if (next.kind === 'unpaired' && next.revoked) await companionTokenItem.setValue(null);
    setState((previous) => (quiet && JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    const status = lensStatus(next);
    // A cooldown the popup saw stays on the badge while the companion is reachable and paired.
    const previous = await lensStatusItem.getValue();
    const cooling = previous.kind === 'cooling' && previous.until > wallClock() && status?.kind === 'ready';
    if (status && !cooling) await lensStatusItem.setValue(status);
  }, []);

  const pair = useCallback(
    async (code: string) => {
      const port = await companionPortItem.getValue();
      const client = new CompanionClient({ port, token: null, language: uiLanguage() });
      const { token } = await client.pair(code, 'Chrome · AigenC Lens');
      await companionTokenItem.setValue(token);
      await refresh();
    },
    [refresh],
  );

  const unpair = useCallback(async () => {
    await companionTokenItem.setValue(null);
    await refresh();
  }, [refresh]);

  // At once after the first render, not a frame later.
  useLayoutEffect(() => {
    void refresh();
  }, [refresh]);

  // After the first check above, again every pollMs (when asked to poll).
  usePoll(
    async () => {
      await refresh(true);
      return pollMs ?? null;
    },
    [refresh],
    pollMs || null,
  );

  return { state, refresh, pair, unpair };
}
