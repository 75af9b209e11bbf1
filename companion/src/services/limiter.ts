/**
 * A bound on concurrent work: runs at most `limit` of the tasks given to it at once; the others
 * wait their turn. `const slot = limiter(4); await slot(() => fetchOne());`
 */
export function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}
