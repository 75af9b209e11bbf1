/** A list the section shows: loaded when the section opens and again when asked (after a write). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorView, type ProblemView } from '../../ui/problem-view.ts';
import { wallClock } from '../../platform/clock.ts';

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [problem, setProblem] = useState<ProblemView | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await load());
      setProblem(null);
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return;
      setProblem(errorView(error, wallClock()));
    } finally {
      setLoading(false);
    }
  }, deps);
  useEffect(() => void reload(), [reload]);
  return { data, problem, loading, reload };
}
