import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { KeywordFigures } from '@aigenc/shared/domain';
import { tempHome } from '../../test/support.ts';
import { CachePruner, PRUNER_LIMITS, type PrunerLimits } from './cache-pruner.ts';
import { DATABASE_FILE, openDatabase } from './db.ts';
import { KeywordCache } from './keyword-cache.ts';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const DAY = 24 * 3_600_000;

function item(keyword: string): KeywordFigures {
  return {
    keyword,
    pc: { count: 1_234, below10: false },
    mobile: { count: 5_678, below10: false },
    clicks: { pc: 12.5, mobile: 40.1 },
    ctr: { pc: 0.01, mobile: 0.02 },
    adDepth: 15,
    competition: 'high',
  };
}

function open(limits: Partial<PrunerLimits> = {}) {
  const { dir, cleanup } = tempHome();
  const db = openDatabase(dir);
  cleanups.push(() => {
    db.close();
    cleanup();
  });
  let now = Date.UTC(2026, 11, 3);
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const cache = new KeywordCache(db, clock.now);
  const pruner = new CachePruner(db, clock.now, { cameAlongCap: 100, batch: 50, ...limits });
  const count = (where = '1') =>
    db.prepare(`SELECT count(*) FROM keyword_metrics WHERE ${where}`).pluck().get() as number;
  /** One Search Ad answer: the asked hints and `along` rows that came with them. */
  const answer = (hints: string[], along: number, tag: string) =>
    cache.putMetrics(
      [...hints, ...Array.from({ length: along }, (_, i) => `${tag} 연관${i}`)].map((k) => [k, item(k)] as const),
      hints,
    );
  const drain = () => {
    let steps = 0;
    while (pruner.step() > 0) steps++;
    return steps;
  };
  return { db, dir, clock, cache, pruner, count, answer, drain };
}

describe('CachePruner', () => {
  it('keeps only the newest came-along rows past the cap, never a row a person asked for, in bounded steps', () => {
    const { clock, pruner, count, answer, drain } = open();
    for (let call = 0; call < 6; call++) {
      answer([`키워드${call}`], 40, `호출${call}`);
      clock.advance(1_000);
    }
    expect(count('asked_at IS NULL')).toBe(240);
    expect(pruner.step()).toBe(50);
    expect(drain()).toBeGreaterThan(0);
    // Whole answers go, oldest first: at most the cap is kept, and at most one answer less.
    expect(count('asked_at IS NULL')).toBeLessThanOrEqual(100);
    expect(count('asked_at IS NULL')).toBeGreaterThanOrEqual(60);
    expect(count("keyword LIKE '호출5 %'")).toBe(40);
    expect(count("keyword LIKE '호출0 %'")).toBe(0);
    expect(count('asked_at IS NOT NULL')).toBe(6);
  });

  it('lets a came-along row go after a week, and a stale row a person asked for after thirty days', () => {
    const { clock, cache, count, answer, drain } = open({ cameAlongCap: 10_000 });
    answer(['캠핑의자'], 5, '캠핑의자');
    cache.putDocuments('캠핑의자', 'blog', 100);
    cache.putRelated('캠핑의자', ['캠핑의자 연관0']);
    clock.advance(7 * DAY - 1);
    drain();
    expect(count()).toBe(6);
    clock.advance(2);
    drain();
    expect(count()).toBe(1);
    clock.advance(23 * DAY - 1);
    drain();
    expect(cache.metrics('캠핑의자')).not.toBeNull();
    expect(cache.allDocuments('캠핑의자').size).toBe(1);
    clock.advance(1);
    drain();
    expect(count()).toBe(0);
    expect(cache.related('캠핑의자')).toBeNull();
  });

  it('asking for a row that came along keeps it as asked from then on', () => {
    const { clock, count, answer, drain } = open({ cameAlongCap: 0 });
    answer(['텐트'], 3, '텐트');
    answer(['텐트 연관1'], 0, '');
    clock.advance(1);
    drain();
    expect(count()).toBe(2);
    answer(['다른말'], 1, '다른말');
    expect(count('asked_at IS NOT NULL')).toBe(3);
  });

  it('gives the space back to the file system', () => {
    const { dir, db, answer, drain, pruner } = open({ cameAlongCap: 0, batch: 5_000 });
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    for (let call = 0; call < 20; call++) answer([`키워드${call}`], 1_000, `호출${call}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = () => db.pragma('page_count', { simple: true }) as number;
    const before = pages();
    drain();
    db.pragma('wal_checkpoint(TRUNCATE)');
    // Each step of the pruner's own gives back a bounded number of pages; its steps together give back most.
    const free = () => db.pragma('freelist_count', { simple: true }) as number;
    expect(free()).toBeGreaterThan(0);
    for (let i = 0; i < 200 && free() > 0; i++) {
      const before = free();
      pruner.step();
      expect(before - free()).toBeLessThanOrEqual(PRUNER_LIMITS.vacuumPages);
    }
    expect(free()).toBe(0);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(pages()).toBeLessThan(before / 4);
    expect(statSync(join(dir, DATABASE_FILE)).size).toBeLessThan(before * 4096);
  });

  it('runs passes by itself every few seconds, and after stop runs none', async () => {
    vi.useFakeTimers();
    try {
      const { pruner, count, answer } = open({ cameAlongCap: 10 });
      answer(['키워드'], 500, '호출');
      pruner.start();
      // The first pass runs at once, in steps that yield to the event loop.
      await vi.advanceTimersByTimeAsync(100);
      expect(count('asked_at IS NULL')).toBeLessThanOrEqual(10);
      // New work is found by the next pass, five seconds on.
      answer(['키워드1'], 500, '호출1');
      await vi.advanceTimersByTimeAsync(3_800);
      expect(count('asked_at IS NULL')).toBeGreaterThan(10);
      await vi.advanceTimersByTimeAsync(1_500);
      expect(count('asked_at IS NULL')).toBeLessThanOrEqual(10);
      await pruner.stop();
      answer(['키워드2'], 500, '호출2');
      const after = count('asked_at IS NULL');
      // A minute in which passes would have pruned: not one row goes.
      await vi.advanceTimersByTimeAsync(60_000);
      expect(count('asked_at IS NULL')).toBe(after);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a database from before incremental vacuum', () => {
  it('is rewritten once on open, keeping its rows', () => {
    const { dir, cleanup } = tempHome();
    cleanups.push(cleanup);
    const old = new Database(join(dir, DATABASE_FILE));
    old.exec('CREATE TABLE kept (value TEXT); INSERT INTO kept VALUES (1), (2);');
    expect(old.pragma('auto_vacuum', { simple: true })).toBe(0);
    old.close();
    const db = openDatabase(dir);
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    expect(db.prepare('SELECT count(*) FROM kept').pluck().get()).toBe(2);
    db.close();
  });
});
