/**
 * Client-side limits, enforced before a vendor has to: a pacer (one call in flight, a minimum
 * spacing between starts), windowed budgets persisted in SQLite, and a persisted cooldown that
 * stops every call after a burst of 429s.
 */
import type { Clock, Time } from '../clock.ts';
import type { StateStore } from '../store/state.ts';
import { koreanClock, koreanDayBounds, koreanMidnight } from '@aigenc/shared/domain';

/** Runs calls one at a time, starting each at least `intervalMs` after the previous start. */
export class Pacer {
  private tail: Promise<unknown> = Promise.resolve();
  private nextStart = 0;
  private intervalMs: number;

  constructor(
    /** The spacing it was made with: a vendor's answer may retune it, see `retune`. */
    readonly requested: number,
    private readonly time: Time,
  ) {
    this.intervalMs = requested;
  }

  get interval(): number {
    return this.intervalMs;
  }

  /** A new spacing from the next start on: the vendor said its rate (a header), so no guess stays. */
  retune(intervalMs: number): void {
    this.intervalMs = intervalMs;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(async () => {
      const wait = this.nextStart - this.time.now();
      if (wait > 0) await this.time.sleep(wait);
      this.nextStart = Math.max(this.nextStart, this.time.now()) + this.intervalMs;
      return task();
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Pushes the next start back, e.g. after a 429. */
  delay(ms: number): void {
    this.nextStart = Math.max(this.nextStart, this.time.now()) + ms;
  }
}

/**
 * The pacers of one process, one per vendor account: every client of the same key shares it,
 * since vendors count limits per account, not per client object. A changed requested interval
 * replaces it; a pacer the vendor retuned stays as it is for the same request.
 * The runtime creates one and passes it to every connector.
 */
export class Pacers {
  private readonly byKey = new Map<string, Pacer>();

  constructor(readonly time: Time) {}

  for(key: string, intervalMs: number): Pacer {
    let pacer = this.byKey.get(key);
    if (!pacer || pacer.requested !== intervalMs) {
      pacer = new Pacer(intervalMs, this.time);
      this.byKey.set(key, pacer);
    }
    return pacer;
  }
}

export { accountTag } from '../store/state-keys.ts';

/**
 * The spacing to keep for a vendor limit of one call per `limitMs`: 10% more, and at least 30 ms
 * more. A call's arrival can lag its start by a few milliseconds (a new connection, a busy event
 * loop), and at short spacings 10% is less than that jitter.
 */
export function spacingFor(limitMs: number): number {
  return Math.max(Math.ceil(limitMs * 1.1), limitMs + 30);
}

export interface Window {
  key: string;
  resetsAt: number;
}

/** A fixed window of `ms` length. */
export function fixedWindow(ms: number): (now: number) => Window {
  return (now) => {
    const start = Math.floor(now / ms) * ms;
    return { key: String(start), resetsAt: start + ms };
  };
}

/** The calendar day in Korea (quotas reset at midnight KST). */
export function kstDay(now: number): Window {
  const { day, end } = koreanDayBounds(now);
  return { key: day, resetsAt: end };
}

export type BudgetResult =
  | { ok: true; remaining: number; resetsAt: number }
  | { ok: false; remaining: 0; resetsAt: number; retryAfterMs: number };

/** At most `limit` calls per window, counted in SQLite so restarts and other processes share it. */
export class WindowBudget {
  constructor(
    private readonly state: StateStore,
    readonly name: string,
    readonly limit: number,
    private readonly windowOf: (now: number) => Window,
    private readonly now: Clock,
  ) {}

  take(): BudgetResult {
    const now = this.now();
    const window = this.windowOf(now);
    const used = this.state.consume(this.name, window.key, this.limit, window.resetsAt);
    if (used === null)
      return { ok: false, remaining: 0, resetsAt: window.resetsAt, retryAfterMs: window.resetsAt - now };
    return { ok: true, remaining: this.limit - used, resetsAt: window.resetsAt };
  }

  peek(): { remaining: number; resetsAt: number } {
    const window = this.windowOf(this.now());
    return { remaining: Math.max(0, this.limit - this.state.count(this.name, window.key)), resetsAt: window.resetsAt };
  }
}

export interface CooldownOptions {
  /** This many 429s within `stormWindowMs` start a cooldown. */
  stormCount: number;
  stormWindowMs: number;
  cooldownMs: number;
}

/**
 * Stops all calls for a while after 429s pile up. Both the recent 429s and the cooldown's end are
 * kept in SQLite: every client of the same account, in every process, sees the same history, and a
 * restart does not forget it.
 */
export class Cooldown {
  constructor(
    private readonly state: StateStore,
    private readonly key: string,
    private readonly options: CooldownOptions,
    private readonly now: Clock,
  ) {}

  /** When the current cooldown ends, or null when calls may go. */
  until(): number | null {
    const value = Number(this.state.get(this.key) ?? 0);
    return value > this.now() ? value : null;
  }

  /** Records a 429; returns the cooldown's end when this one started it. */
  record429(): number | null {
    const now = this.now();
    const historyKey = `${this.key}:recent`;
    const previous = (JSON.parse(this.state.get(historyKey) ?? '[]') as number[]).filter(
      (t) => now - t < this.options.stormWindowMs,
    );
    const recent = [...previous, now];
    if (recent.length < this.options.stormCount) {
      this.state.set(historyKey, JSON.stringify(recent));
      return null;
    }
    const until = now + this.options.cooldownMs;
    this.state.set(this.key, String(until));
    this.state.set(historyKey, '[]');
    return until;
  }
}

/** The calendar month in Korea (API HUB's monthly quota). */
export function kstMonth(now: number): Window {
  const { year, month } = koreanClock(now);
  const next = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  return { key: `${year}-${String(month).padStart(2, '0')}`, resetsAt: koreanMidnight(next) };
}
