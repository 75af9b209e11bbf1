import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../test/support.ts';
import { openDatabase, type Db } from './db.ts';
import { RefusedExtensions } from './refused-extensions.ts';
import { StateStore } from './state.ts';

let db: Db;
let cleanup: () => void;
let now = 1_800_000_000_000;
const clock = () => now;
const A = 'a'.repeat(32);
const B = 'b'.repeat(32);

beforeEach(() => {
  const home = tempHome();
  cleanup = home.cleanup;
  db = openDatabase(home.dir);
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('refused extensions', () => {
  it('keeps the newest refusal for another process to read', () => {
    const writer = new RefusedExtensions(new StateStore(db, clock), clock);
    expect(writer.last()).toBeNull();
    expect(writer.note(A)).toBe(true);
    const reader = new RefusedExtensions(new StateStore(db, clock), clock);
    expect(reader.last()).toEqual({ id: A, at: now });
  });

  it('writes the same id once a minute and another id at most once a second', () => {
    const refused = new RefusedExtensions(new StateStore(db, clock), clock);
    const start = now;
    refused.note(A);
    now += 2_000;
    expect(refused.note(A)).toBe(false);
    expect(refused.last()).toEqual({ id: A, at: start });
    now = start + 500;
    expect(refused.note(B)).toBe(false);
    now = start + 1_500;
    expect(refused.note(B)).toBe(true);
    now = start + 61_499;
    expect(refused.note(B)).toBe(false);
    now = start + 61_500;
    expect(refused.note(B)).toBe(true);
    expect(refused.last()).toEqual({ id: B, at: now });
  });

  it('reads nothing from a value it does not understand', () => {
    const state = new StateStore(db, clock);
    const refused = new RefusedExtensions(state, clock);
    for (const value of ['not json', '{"id":"x","at":1}', `{"id":"${A}"}`, 'null']) {
      state.set('extension:refused', value);
      expect(refused.last(), value).toBeNull();
    }
  });
});
