/**
 * The embedded SQLite database: one file in AIGENC_HOME, WAL mode, migrated on open.
 *
 * `openDatabase` is safe to call from several processes at once (the server and `aigenc pair`):
 * WAL lets readers and one writer overlap and busy_timeout waits out a concurrent migration.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS, type Migration } from './migrations.ts';

export type Db = Database.Database;

export const DATABASE_FILE = 'aigenc.db';

export function openDatabase(home: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const db = new Database(join(home, DATABASE_FILE));
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  return db;
}

export function migrate(db: Db, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > latest) {
      throw new Error(
        `the database was written by a newer AigenC (schema ${current}, this one knows ${latest}); update AigenC`,
      );
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
