import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../store/db.ts';
import { StateStore } from '../store/state.ts';
import { manualTime, tempHome } from '../../test/support.ts';
import { Cooldown, Pacer, WindowBudget, fixedWindow, kstDay, spacingFor } from './limits.ts';

let db: Db;
let cleanup: () => void;
let state: StateStore;
const START = Date.UTC(2026, 10, 23, 3, 0, 0);
let now = START;

beforeEach(() => {
  const home = tempHome();
  cleanup = home.cleanup;
  db = openDatabase(home.dir);
  now = START;
  state = new StateStore(db, () => now);
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('Pacer', () => {
  it('runs one call at a time, spaced by the interval', async () => {
    const time = manualTime(0);
    const starts: number[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const pacer = new Pacer(100, time);
    await Promise.all(
      [1, 2, 3, 4].map(() =>
        pacer.run(async () => {
          starts.push(time.now());
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await Promise.resolve();
          inFlight--;
        }),
      ),
    );
    expect(starts).toEqual([0, 100, 200, 300]);
    expect(maxInFlight).toBe(1);
  });

  it('keeps going after a failed call, and can be pushed back', async () => {
    const time = manualTime(0);
    const pacer = new Pacer(100, time);
    await expect(pacer.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    pacer.delay(500);
    const started = await pacer.run(() => Promise.resolve(time.now()));
    expect(started).toBe(600);
  });
});

describe('WindowBudget', () => {
  it('allows the limit per window, persists across instances, and says when it resets', () => {
    const budget = new WindowBudget(state, 'coupang:search', 2, fixedWindow(3_600_000), () => now);
    expect(budget.take()).toMatchObject({ ok: true, remaining: 1 });
    const again = new WindowBudget(state, 'coupang:search', 2, fixedWindow(3_600_000), () => now);
    expect(again.take()).toMatchObject({ ok: true, remaining: 0 });
    const refused = again.take();
    expect(refused.ok).toBe(false);
    expect(refused.resetsAt).toBe(Date.UTC(2026, 10, 23, 4, 0, 0));
    now += 3_600_000;
    expect(budget.take()).toMatchObject({ ok: true, remaining: 1 });
  });

  it('keeps its counts on its own clock, whatever the wall clock says', () => {
    // Years from the wall clock either way: a purge on the wall clock would drop or keep the wrong rows.
    for (const start of [Date.UTC(2020, 0, 1), Date.UTC(2035, 0, 1)]) {
      now = start;
      const budget = new WindowBudget(state, `b:${start}`, 3, fixedWindow(60_000), () => now);
      expect([budget.take(), budget.take(), budget.take()].map((r) => r.remaining)).toEqual([2, 1, 0]);
      expect(budget.take().ok).toBe(false);
      expect(budget.peek().remaining).toBe(0);
    }
  });

  it('drops counters a day after their window ended, by its own clock', () => {
    const budget = new WindowBudget(state, 'old', 5, fixedWindow(60_000), () => now);
    budget.take();
    expect(state.count('old', String(START))).toBe(1);
    now += 60_000 + 86_400_000 + 1;
    new WindowBudget(state, 'other', 5, fixedWindow(60_000), () => now).take();
    expect(state.count('old', String(START))).toBe(0);
  });

  it('resets daily quotas at midnight in Korea', () => {
    expect(kstDay(Date.UTC(2026, 10, 23, 14, 59, 59))).toEqual({
      key: '2026-11-23',
      resetsAt: Date.UTC(2026, 10, 23, 15),
    });
    expect(kstDay(Date.UTC(2026, 10, 23, 15, 0, 0))).toEqual({
      key: '2026-11-24',
      resetsAt: Date.UTC(2026, 10, 24, 15),
    });
  });
});

describe('Cooldown', () => {
  it('counts 429s seen by different clients of the same account together', () => {
    const options = { stormCount: 3, stormWindowMs: 60_000, cooldownMs: 300_000 };
    const clients = [1, 2, 3].map(() => new Cooldown(state, 'searchad:cooldown:7', options, () => now));
    expect(clients[0]!.record429()).toBeNull();
    expect(clients[1]!.record429()).toBeNull();
    expect(clients[2]!.record429()).toBe(now + 300_000);
    expect(new Cooldown(state, 'searchad:cooldown:7', options, () => now).until()).toBe(now + 300_000);
  });

  it('starts after a burst of 429s, persists, and ends on time', () => {
    const options = { stormCount: 3, stormWindowMs: 10_000, cooldownMs: 300_000 };
    const cooldown = new Cooldown(state, 'searchad:cooldown:1', options, () => now);
    expect(cooldown.record429()).toBeNull();
    now += 20_000;
    expect(cooldown.record429()).toBeNull();
    expect(cooldown.record429()).toBeNull();
    expect(cooldown.record429()).toBe(now + 300_000);
    const restarted = new Cooldown(state, 'searchad:cooldown:1', options, () => now);
    expect(restarted.until()).toBe(now + 300_000);
    now += 300_001;
    expect(restarted.until()).toBeNull();
  });
});

describe('spacingFor', () => {
  it.each([
    [1000, 1100],
    [500, 550],
    [300, 330],
    [100, 130],
  ])('keeps calls for a limit of one per %i ms %i ms apart (10%, at least 30 ms above)', (limit, spacing) => {
    expect(spacingFor(limit)).toBe(spacing);
  });
});
