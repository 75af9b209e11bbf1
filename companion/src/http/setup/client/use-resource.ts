/** A value loaded from the companion, reloaded on demand or when its inputs change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useSetup } from './context.ts';

export function useResource<T>(load: () => Promise<T>, inputs: readonly unknown[]): [T | undefined, () => void] {
  const { report } = useSetup();
  const [value, setValue] = useState<T | undefined>(undefined);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    load()
      .then((loaded) => current && setValue(loaded))
      .catch((error: unknown) => current && report(error));
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `inputs` names what it depends on.
  }, [...inputs, round]);
  return [value, reload];
}
