/**
 * Pairing codes and the bearer tokens they turn into.
 *
 * One code is live at a time (a new one supersedes the old), for five minutes, single use, and
 * dead after five wrong tries. Tokens are 256-bit random; only their SHA-256 digest is stored.
 */
import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  PAIRING_ALPHABET,
  PAIRING_CODE_LENGTH,
  formatPairingCode,
  normalizePairingCode,
  type Pairing,
} from '@aigenc/shared/contract';
import type { Db } from './db.ts';
import type { Clock } from '../clock.ts';

export const PAIRING_CODE_TTL_MS = 5 * 60_000;
export const PAIRING_MAX_FAILURES = 5;
const TOKEN_PREFIX = 'aigenc_';

export type RedeemResult =
  | { ok: true; token: string; pairingId: string }
  | { ok: false; reason: 'no-code' | 'wrong-code' | 'locked'; retryAfterMs?: number };

interface CodeRow {
  id: number;
  code_digest: Buffer;
  expires_at: number;
  failed_attempts: number;
}

interface PairingRow {
  id: string;
  label: string;
  created_at: number;
  last_used_at: number | null;
}

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function generateCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return code;
}

export class PairingStore {
  // The token check runs on every authenticated request: its statements are prepared once.
  private readonly findToken;
  private readonly touchToken;

  constructor(
    private readonly db: Db,
    private readonly now: Clock,
  ) {
    this.findToken = db.prepare('SELECT id, token_digest FROM pairings WHERE token_digest = ? AND revoked_at IS NULL');
    this.touchToken = db.prepare(
      'UPDATE pairings SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)',
    );
  }

  /** Issues a fresh code and retires every earlier one. Returns it formatted for people. */
  issueCode(): { code: string; expiresAt: Date } {
    const code = generateCode();
    const now = this.now();
    const expiresAt = now + PAIRING_CODE_TTL_MS;
    this.db
      .transaction(() => {
        this.db
          .prepare('UPDATE pairing_codes SET superseded_at = ? WHERE used_at IS NULL AND superseded_at IS NULL')
          .run(now);
        this.db
          .prepare('INSERT INTO pairing_codes (code_digest, created_at, expires_at) VALUES (?, ?, ?)')
          .run(sha256(code), now, expiresAt);
      })
      .immediate();
    return { code: formatPairingCode(code), expiresAt: new Date(expiresAt) };
  }

  /** Tries a code typed by a person. Counts a wrong try against the live code. */
  redeem(input: string, label: string): RedeemResult {
    const now = this.now();
    const presented = sha256(normalizePairingCode(input));
    return this.db
      .transaction((): RedeemResult => {
        const row = this.db
          .prepare(
            `SELECT id, code_digest, expires_at, failed_attempts FROM pairing_codes
           WHERE used_at IS NULL AND superseded_at IS NULL AND expires_at > ?
           ORDER BY id DESC LIMIT 1`,
          )
          .get(now) as CodeRow | undefined;
        if (!row) return { ok: false, reason: 'no-code' };
        if (row.failed_attempts >= PAIRING_MAX_FAILURES) {
          return { ok: false, reason: 'locked', retryAfterMs: row.expires_at - now };
        }
        if (!timingSafeEqual(presented, row.code_digest)) {
          this.db.prepare('UPDATE pairing_codes SET failed_attempts = failed_attempts + 1 WHERE id = ?').run(row.id);
          return { ok: false, reason: 'wrong-code' };
        }
        this.db.prepare('UPDATE pairing_codes SET used_at = ? WHERE id = ?').run(now, row.id);
        const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
        const pairingId = randomUUID();
        this.db
          .prepare('INSERT INTO pairings (id, label, token_digest, created_at) VALUES (?, ?, ?, ?)')
          .run(pairingId, label, sha256(token), now);
        return { ok: true, token, pairingId };
      })
      .immediate();
  }

  /** The pairing a presented token belongs to, or null. Looks up by digest, then compares in constant time. */
  verifyToken(token: string): string | null {
    const digest = sha256(token);
    const row = this.findToken.get(digest) as { id: string; token_digest: Buffer } | undefined;
    if (!row || !timingSafeEqual(row.token_digest, digest)) return null;
    const now = this.now();
    // Recorded at most once a minute: the list shows "last used", not every call.
    this.touchToken.run(now, row.id, now - 60_000);
    return row.id;
  }

  list(): Pairing[] {
    const rows = this.db
      .prepare(
        'SELECT id, label, created_at, last_used_at FROM pairings WHERE revoked_at IS NULL ORDER BY created_at DESC',
      )
      .all() as PairingRow[];
    return rows.map((row) => ({
      id: row.id,
      label: row.label,
      createdAt: new Date(row.created_at).toISOString(),
      lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at).toISOString(),
    }));
  }

  /** Revokes a pairing; its token stops working at once. Returns false when there was none. */
  revoke(id: string): boolean {
    const result = this.db
      .prepare('UPDATE pairings SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(this.now(), id);
    return result.changes > 0;
  }
}
