/**
 * One answer of the companion for a view: loading, loaded or failed (in words), asked again when
 * the inputs change, and ignored once the view has moved on.
 *
 *   const state = useLoaded((client) => client.keywordBids(keyword), [keyword]);
 */
import { useEffect, useState } from 'preact/hooks';
import type { CompanionClient } from '../companion-client.ts';
import { wallClock } from '../platform/clock.ts';
import { useClient } from './client-context.tsx';
import { errorView, type ProblemView } from './problem-view.ts';

export type Loaded<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; problem: ProblemView };

export function useLoaded<T>(load: (client: CompanionClient) => Promise<T>, inputs: readonly unknown[]): Loaded<T> {
  const client = useClient();
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    load(client).then(
      (value) => current && setState({ kind: 'loaded', value }),
      (error: unknown) => current && setState({ kind: 'failed', problem: errorView(error, wallClock()) }),
    );
    return () => {
      current = false;
    };
    // `load` is rebuilt each render; the inputs say when it must run again.
  }, [client, ...inputs]);
  return state;
}
