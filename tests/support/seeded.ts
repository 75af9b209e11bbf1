/**
 * Seeded randomness for the suites: every random choice comes from a seed that is printed, so a
 * failure can be replayed with `AIGENC_TEST_SEED=<seed>`.
 */
import { randomInt } from 'node:crypto';

export interface Random {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
}

/** mulberry32: small, fast and good enough for picking test timings. */
export function seededRandom(
  label: string,
  seed = Number(process.env['AIGENC_TEST_SEED'] ?? randomInt(2 ** 31)),
): Random {
  if (!Number.isSafeInteger(seed)) throw new Error(`AIGENC_TEST_SEED must be an integer, got ${seed}`);
  process.stdout.write(`${label}: seed ${seed} (repeat with AIGENC_TEST_SEED=${seed})\n`);
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { seed, next, between: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/** fast-check's parameters for a seeded run: the seed printed, replayable with `AIGENC_TEST_SEED`. */
export function seeded(label: string): { seed: number } {
  return { seed: seededRandom(label).seed };
}
