/**
 * The embedded SQLite database: one file in AIGENC_HOME, WAL mode, migrated on open.
 *
 * `openDatabase` is safe to call from several processes at once (the server and `aigenc pair`):
 * WAL lets readers and one writer overlap and busy_timeout waits out a concurrent migration.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS, type Migration } from './migrations.ts';
import { ConfigError } from '../errors/index.ts';
import { CONFIG_MESSAGES } from '../errors/messages.ts';
import { fill } from '../messages.ts';

export type Db = Database.Database;

export const DATABASE_FILE = 'aigenc.db';

export function openDatabase(home: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const db = new Database(join(home, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  useIncrementalVacuum(db);
  db.pragma('journal_mode = WAL');
  // The write-ahead log is cut back to this size after a checkpoint, so a burst of writes (a bulk
  // job) does not leave a large file behind.
  db.pragma(`journal_size_limit = ${8 * 1024 * 1024}`);
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  return db;
}

/**
 * Freed pages go back to the file system in small steps (`PRAGMA incremental_vacuum`, run by the
 * cache pruner) instead of staying in the file. A new database gets it before its first table; a
 * database from an earlier version is rewritten once (VACUUM), and if that cannot happen now (a
 * full disk, another process holding it) it is tried again at the next start.
 */
function useIncrementalVacuum(db: Db): void {
  const INCREMENTAL = 2;
  if (db.pragma('auto_vacuum', { simple: true }) === INCREMENTAL) return;
  db.pragma('auto_vacuum = INCREMENTAL');
  const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
  if (tables === 0) return;
  try {
    db.exec('VACUUM');
  } catch {
    // Left as it was: the database works the same, only without giving space back.
  }
}

export function migrate(db: Db, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) {
      throw new ConfigError(fill(CONFIG_MESSAGES.newerDatabase, { current, latest }));
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
