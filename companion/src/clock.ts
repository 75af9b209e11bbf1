/**
 * Time as a dependency. `systemTime` is the one place the companion reads the wall clock; the
 * runtime creates nothing else and passes it down, so a test (or a fake clock) that replaces it
 * replaces every reader at once. Everything else takes `now` or a `Time`.
 */
export type Clock = () => number;
export type Sleep = (ms: number) => Promise<void>;

export interface Time {
  readonly now: Clock;
  readonly sleep: Sleep;
}

export const systemTime: Time = Object.freeze({
  now: () => Date.now(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
});
