import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../test/support.ts';
import { openDatabase, type Db } from './db.ts';
import { PAIRING_CODE_TTL_MS, PairingStore, sha256 } from './pairing.ts';

let db: Db;
let cleanup: () => void;
let now = 1_800_000_000_000;
let store: PairingStore;

beforeEach(() => {
  const home = tempHome();
  cleanup = home.cleanup;
  db = openDatabase(home.dir);
  store = new PairingStore(db, () => now);
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('pairing codes', () => {
  it('issues ten-character codes of at least 40 bits, shown in two groups', () => {
    const { code, expiresAt } = store.issueCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(expiresAt.getTime() - now).toBe(PAIRING_CODE_TTL_MS);
    expect(10 * Math.log2(32)).toBeGreaterThanOrEqual(40);
  });

  it('turns the code into a token once, and stores only digests', () => {
    const { code } = store.issueCode();
    const first = store.redeem(code.toLowerCase(), 'Chrome');
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.token).toMatch(/^aigenc_[A-Za-z0-9_-]{43}$/);
    expect(store.redeem(code, 'Chrome')).toEqual({ ok: false, reason: 'no-code' });
    const rows = JSON.stringify(db.prepare('SELECT * FROM pairings').all());
    expect(rows).not.toContain(first.token);
    expect(store.verifyToken(first.token)).toBe(first.pairingId);
    expect(db.prepare('SELECT token_digest FROM pairings').get()).toEqual({ token_digest: sha256(first.token) });
  });

  it('expires after five minutes', () => {
    const { code } = store.issueCode();
    now += PAIRING_CODE_TTL_MS + 1;
    expect(store.redeem(code, 'Chrome')).toEqual({ ok: false, reason: 'no-code' });
  });

  it('locks the code after five wrong tries, even for the right code', () => {
    const { code } = store.issueCode();
    for (let i = 0; i < 5; i++) expect(store.redeem('AAAAA-AAAAA', 'x')).toEqual({ ok: false, reason: 'wrong-code' });
    expect(store.redeem('AAAAA-AAAAA', 'x')).toMatchObject({ ok: false, reason: 'locked' });
    expect(store.redeem(code, 'x')).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('keeps one live code: a new one supersedes the old', () => {
    const old = store.issueCode();
    const fresh = store.issueCode();
    expect(store.redeem(old.code, 'x')).toMatchObject({ ok: false, reason: 'wrong-code' });
    expect(store.redeem(fresh.code, 'x')).toMatchObject({ ok: true });
  });
});

describe('tokens', () => {
  function paired(label = 'Chrome'): { token: string; pairingId: string } {
    const result = store.redeem(store.issueCode().code, label);
    if (!result.ok) throw new Error('pairing failed');
    return result;
  }

  it('refuses unknown and revoked tokens', () => {
    const { token, pairingId } = paired();
    expect(store.verifyToken(`${token}x`)).toBeNull();
    expect(store.verifyToken('aigenc_nothing')).toBeNull();
    expect(store.revoke(pairingId)).toBe(true);
    expect(store.verifyToken(token)).toBeNull();
    expect(store.revoke(pairingId)).toBe(false);
  });

  it('lists pairings, newest first, with last use', () => {
    const a = paired('Office');
    now += 1000;
    paired('Laptop');
    store.verifyToken(a.token);
    const list = store.list();
    expect(list.map((p) => p.label)).toEqual(['Laptop', 'Office']);
    expect(list[1]!.lastUsedAt).toBe(new Date(now).toISOString());
    expect(list[0]!.lastUsedAt).toBeNull();
    expect(JSON.stringify(list)).not.toContain(a.token);
  });
});
