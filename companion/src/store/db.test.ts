import { afterEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../test/support.ts';
import { openDatabase } from './db.ts';
import { MIGRATIONS } from './migrations.ts';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('openDatabase', () => {
  it('opens in WAL mode at the latest schema, and reopens idempotently', () => {
    const { dir, cleanup } = tempHome();
    cleanups.push(cleanup);
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
    const again = openDatabase(dir);
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    again.close();
  });

  it('applies only the migrations not yet applied, in order', () => {
    const { dir, cleanup } = tempHome();
    cleanups.push(cleanup);
    openDatabase(dir, MIGRATIONS.slice(0, 1)).close();
    const db = openDatabase(dir);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['pairing_codes', 'pairings', 'connections', 'audit_log']));
    db.close();
  });

  it('refuses a database from a newer version instead of damaging it', () => {
    const { dir, cleanup } = tempHome();
    cleanups.push(cleanup);
    openDatabase(dir, [...MIGRATIONS, { version: 99, name: 'future', sql: 'SELECT 1;' }]).close();
    expect(() => openDatabase(dir)).toThrow(/newer AigenC/);
  });

  it('moves the state keys kept before they were made one way (migration 11)', () => {
    const { dir, cleanup } = tempHome();
    cleanups.push(cleanup);
    const old = openDatabase(
      dir,
      MIGRATIONS.filter((m) => m.version <= 10),
    );
    const state = old.prepare('INSERT INTO runtime_state (key, value, updated_at) VALUES (?, ?, 0)');
    state.run('apihub:worked:search-trend:TAG', '1');
    state.run('extension:refused', '[]');
    state.run('naver-searchad:cooldown:TAG', '0');
    const counter = old.prepare('INSERT INTO counters (name, bucket, count, expires_at) VALUES (?, ?, 3, 0)');
    counter.run('naver-datalab:quota:TAG', '2026-12');
    counter.run('coupang:search:TAG', '1');
    old.close();
    const db = openDatabase(dir);
    expect(db.prepare('SELECT key FROM runtime_state ORDER BY key').pluck().all()).toEqual([
      'companion:refused-extensions',
      'naver-search:hub-worked-search-trend:TAG',
      'naver-searchad:cooldown:TAG',
    ]);
    expect(db.prepare('SELECT name FROM counters ORDER BY name').pluck().all()).toEqual([
      'coupang-partners:search:TAG',
      'naver-search:trend-quota:TAG',
    ]);
    db.close();
  });
});
