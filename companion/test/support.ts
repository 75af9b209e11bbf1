/** Helpers for the companion's unit tests: a temporary AIGENC_HOME and a silent logger. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Time } from '../src/clock.ts';
import type { Logger } from '../src/logger.ts';

export function tempHome(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'aigenc-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function silentLogger(): Logger & { records: Record<string, unknown>[] } {
  const records: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'trace', base: null },
    { write: (line: string) => void records.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return Object.assign(logger, { records });
}

/**
 * A clock that only moves when told: `sleep` moves it forward at once (to the latest wake-up
 * asked for), so paced code runs without waiting and its waits can be read off the clock.
 */
export interface ManualTime extends Time {
  set(ms: number): void;
  advance(ms: number): void;
  /** Every sleep asked for, in order. */
  readonly slept: number[];
}

export function manualTime(start: number): ManualTime {
  let current = start;
  const slept: number[] = [];
  return {
    now: () => current,
    sleep: async (ms) => {
      slept.push(ms);
      current += Math.max(0, ms);
      await Promise.resolve();
    },
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
    slept,
  };
}
