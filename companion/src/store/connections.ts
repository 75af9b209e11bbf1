/**
 * The connections table, and every query on it. A row is either a vault connection (keys in the
 * vault, `vaultRef` set) or the record of what checking environment keys found (`vaultRef` empty).
 * Rows hold a vault reference and a keyed digest, never a credential.
 */
import type { ConnectionStatus } from '@aigenc/shared/contract';
import { parseStoredWords, type StoredWords } from '../messages.ts';
import { ProviderSchema, type Provider } from '@aigenc/shared/providers';
import type { Clock } from '../clock.ts';
import type { Db } from './db.ts';

export interface ConnectionRow {
  provider: Provider;
  status: ConnectionStatus;
  /** Empty for a row that only records checks of environment keys. */
  vaultRef: string;
  credentialDigest: string;
  /** Capabilities switched away from their defaults. */
  capabilities: Readonly<Record<string, boolean>>;
  /** When the keys were last saved (checks and capability changes leave it alone). */
  updatedAt: number;
  lastCheckedAt: number | null;
  /**
   * What the last check said: a message's id and parameters, put in words when read (rows from
   * before kept both texts, the oldest plain text).
   */
  message: StoredWords | string | null;
}

interface RawRow {
  provider: string;
  status: ConnectionStatus;
  vault_ref: string;
  credential_digest: string;
  settings: string;
  updated_at: number;
  last_checked_at: number | null;
  message: string | null;
}

function toRow(raw: RawRow): ConnectionRow | null {
  const provider = ProviderSchema.safeParse(raw.provider);
  // A row of a provider this version no longer knows is left alone, not shown.
  if (!provider.success) return null;
  const settings = JSON.parse(raw.settings || '{}') as { capabilities?: Record<string, boolean> };
  return {
    provider: provider.data,
    status: raw.status,
    vaultRef: raw.vault_ref,
    credentialDigest: raw.credential_digest,
    capabilities: settings.capabilities ?? {},
    updatedAt: raw.updated_at,
    lastCheckedAt: raw.last_checked_at,
    message: parseStoredWords(raw.message),
  };
}

export class ConnectionRepository {
  private readonly statements;

  constructor(
    db: Db,
    private readonly now: Clock,
  ) {
    this.statements = {
      all: db.prepare('SELECT * FROM connections'),
      find: db.prepare('SELECT * FROM connections WHERE provider = ?'),
      saveKeys: db.prepare(
        `INSERT INTO connections (provider, status, vault_ref, credential_digest, settings, created_at, updated_at)
         VALUES (?, 'PAUSED', ?, ?, '{}', ?, ?)
         ON CONFLICT (provider) DO UPDATE SET status = 'PAUSED', vault_ref = excluded.vault_ref,
           credential_digest = excluded.credential_digest, settings = '{}', updated_at = excluded.updated_at,
           last_checked_at = NULL, message = NULL`,
      ),
      updateCheck: db.prepare('UPDATE connections SET status = ?, message = ?, last_checked_at = ? WHERE provider = ?'),
      insertCheck: db.prepare(
        `INSERT INTO connections (provider, status, vault_ref, credential_digest, settings, created_at, updated_at,
           last_checked_at, message) VALUES (?, ?, '', '', '{}', ?, ?, ?, ?)`,
      ),
      setSettings: db.prepare('UPDATE connections SET settings = ? WHERE provider = ?'),
      remove: db.prepare('DELETE FROM connections WHERE provider = ?'),
    };
  }

  all(): ConnectionRow[] {
    return (this.statements.all.all() as RawRow[]).map(toRow).filter((row) => row !== null);
  }

  find(provider: Provider): ConnectionRow | null {
    const raw = this.statements.find.get(provider) as RawRow | undefined;
    return raw ? toRow(raw) : null;
  }

  /** The vault reference of a vault connection, or null. */
  vaultRef(provider: Provider): string | null {
    return this.find(provider)?.vaultRef || null;
  }

  /** New keys: the connection is PAUSED until checked, and every capability is back to its default. */
  saveKeys(provider: Provider, vaultRef: string, credentialDigest: string): void {
    const now = this.now();
    this.statements.saveKeys.run(provider, vaultRef, credentialDigest, now, now);
  }

  /** What a check found; for environment keys the row is made on their first check. */
  recordCheck(provider: Provider, status: ConnectionStatus, message: StoredWords | null): void {
    const now = this.now();
    const text = message ? JSON.stringify(message) : null;
    if (this.statements.updateCheck.run(status, text, now, provider).changes === 0) {
      this.statements.insertCheck.run(provider, status, now, now, now, text);
    }
  }

  setCapabilities(provider: Provider, capabilities: Readonly<Record<string, boolean>>): void {
    this.statements.setSettings.run(JSON.stringify({ capabilities }), provider);
  }

  remove(provider: Provider): void {
    this.statements.remove.run(provider);
  }
}
