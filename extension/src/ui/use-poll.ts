/**
 * The one poller of the extension's views: runs `ask` at once, then again after the wait it
 * returns (null stops), until the view goes away or `deps` change. A rejected ask is the ask's own
 * business (catch inside it and say how long to wait); the loop never runs two at once.
 */
import { useEffect } from 'preact/hooks';

/** One poll: does its work and answers how long until the next, or null to stop. */
export type Ask = (live: () => boolean) => Promise<number | null>;

/**
 * `deps`: what the ask depends on, as with useEffect. `firstAfterMs`: when the first ask runs (at
 * once by default; null: never, the poll is off).
 */
export function usePoll(ask: Ask, deps: readonly unknown[], firstAfterMs: number | null = 0): void {
  useEffect(() => {
    if (firstAfterMs === null) return undefined;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const live = () => current;
    const run = async (): Promise<void> => {
      const wait = await ask(live);
      if (current && wait !== null) timer = setTimeout(() => void run(), wait);
    };
    if (firstAfterMs === 0) void run();
    else timer = setTimeout(() => void run(), firstAfterMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [...deps, firstAfterMs]);
}
