/**
 * User settings kept by the companion (the saturation formula and its grade thresholds), read
 * with defaults and validated on write, so a bad value never reaches the formula.
 */
import { SaturationSettingsSchema } from '@aigenc/shared/contract';
import { DEFAULT_SATURATION, type SaturationSettings } from '@aigenc/shared/domain';
import type { Clock } from '../clock.ts';
import type { Db } from './db.ts';

const KEY = 'saturation';

export class SettingsStore {
  /** Read on every lookup: kept in memory, refreshed on write (this process is the only writer). */
  private cached: SaturationSettings | null = null;

  constructor(
    private readonly db: Db,
    private readonly now: Clock,
  ) {}

  saturation(): SaturationSettings {
    this.cached ??= this.read();
    return this.cached;
  }

  private read(): SaturationSettings {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
    if (!row) return DEFAULT_SATURATION;
    const parsed = SaturationSettingsSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_SATURATION;
  }

  setSaturation(settings: SaturationSettings): void {
    this.db
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(KEY, JSON.stringify(SaturationSettingsSchema.parse(settings)), this.now());
    this.cached = null;
  }
}
