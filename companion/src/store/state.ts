/**
 * Small persisted state that must survive a restart: cooldowns, quotas and budgets. Counters are
 * kept per (name, window) and consumed atomically, so two processes never overspend a budget.
 */
import type { Clock } from '../clock.ts';
import type { Db } from './db.ts';

/** Counters whose window ended more than this long ago are dropped. */
const COUNTER_RETENTION_MS = 86_400_000;

export class StateStore {
  constructor(
    private readonly db: Db,
    private readonly now: Clock,
  ) {}

  get(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM runtime_state WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value ?? null;
  }

  set(key: string, value: string): void {
    this.db
      .prepare(
        `INSERT INTO runtime_state (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(key, value, this.now());
  }

  delete(key: string): void {
    this.db.prepare('DELETE FROM runtime_state WHERE key = ?').run(key);
  }

  count(name: string, window: string): number {
    const row = this.db.prepare('SELECT count FROM counters WHERE name = ? AND bucket = ?').get(name, window) as
      { count: number } | undefined;
    return row?.count ?? 0;
  }

  /** Adds one to the counter unless that would pass `limit`; returns the new count, or null if refused. */
  consume(name: string, window: string, limit: number, expiresAt: number): number | null {
    return this.db
      .transaction((): number | null => {
        const current = this.count(name, window);
        if (current >= limit) return null;
        this.db
          .prepare(
            `INSERT INTO counters (name, bucket, count, expires_at) VALUES (?, ?, 1, ?)
             ON CONFLICT (name, bucket) DO UPDATE SET count = count + 1`,
          )
          .run(name, window, expiresAt);
        this.db.prepare('DELETE FROM counters WHERE expires_at < ?').run(this.now() - COUNTER_RETENTION_MS);
        return current + 1;
      })
      .immediate();
  }
}
