/**
 * The vault: the only place credentials are kept. Nothing else in the companion stores a secret;
 * the database holds a vault reference and a keyed digest of each credential set.
 *
 * Backends: the OS keychain when its set/get/delete self-test passes (Linux Secret Service through
 * `secret-tool`), else an AES-256-GCM file: a fresh 12-byte IV per write, the slot name as
 * associated data, a 16-byte tag, and the key in a separate 0600 file in a 0700 directory.
 * Credentials from the environment are an overlay that is never written anywhere.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseCredentials, type Credentials, type Provider } from '@aigenc/shared/providers';
import type { EnvCredentials } from '../config.ts';
import { ConfigError, VaultCorruptError } from '../errors/index.ts';
import { CONFIG_MESSAGES, VAULT_MESSAGES } from '../errors/messages.ts';
import { fill } from '../messages.ts';
import { fsyncDirectory, writeFileAtomic } from './atomic-file.ts';
import { createKeychainBackend } from './keychain.ts';
import type { SecretBackend } from './secret-backend.ts';

export type { SecretBackend } from './secret-backend.ts';

/** Any provider's keys, as the digest sees them. */
export type CredentialFields = Readonly<Record<string, string | undefined>>;

const KEY_FILE = 'vault.key';
const DATA_FILE = 'secrets.json';
const IV_BYTES = 12;
const TAG_BYTES = 16;

interface SealedSlot {
  iv: string;
  tag: string;
  data: string;
}

interface VaultFile {
  version: 1;
  slots: Record<string, SealedSlot>;
}

/** Creates the vault directory (0700) and its 32-byte key file (0600) once; returns the key. */
function loadOrCreateKey(dir: string): Buffer {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = join(dir, KEY_FILE);
  if (!existsSync(path)) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, randomBytes(32));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      fsyncDirectory(dir);
    } catch (error) {
      // Another process created it first: read theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = readFileSync(path);
  if (key.length !== 32) throw new VaultCorruptError(fill(VAULT_MESSAGES.badKey, { file: KEY_FILE }));
  return key;
}

export class FileSecretBackend implements SecretBackend {
  readonly kind = 'file';
  private readonly path: string;

  constructor(
    dir: string,
    private readonly key: Buffer,
  ) {
    this.path = join(dir, DATA_FILE);
  }

  private load(): VaultFile {
    if (!existsSync(this.path)) return { version: 1, slots: {} };
    const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as VaultFile;
    if (parsed.version !== 1 || typeof parsed.slots !== 'object') {
      throw new VaultCorruptError(fill(VAULT_MESSAGES.badLayout, { file: DATA_FILE }));
    }
    return parsed;
  }

  private save(file: VaultFile): void {
    writeFileAtomic(this.path, JSON.stringify(file));
  }

  get(slot: string): Promise<string | null> {
    const sealed = this.load().slots[slot];
    if (!sealed) return Promise.resolve(null);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(sealed.iv, 'base64'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(slot, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    try {
      const plain = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
      return Promise.resolve(plain.toString('utf8'));
    } catch (error) {
      return Promise.reject(new VaultCorruptError(fill(VAULT_MESSAGES.slotFailed, { slot }), error));
    }
  }

  set(slot: string, value: string): Promise<void> {
    const file = this.load();
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(slot, 'utf8'));
    const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    file.slots[slot] = {
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
    this.save(file);
    return Promise.resolve();
  }

  delete(slot: string): Promise<void> {
    const file = this.load();
    if (slot in file.slots) {
      delete file.slots[slot];
      this.save(file);
    }
    return Promise.resolve();
  }
}

export interface VaultOptions {
  home: string;
  mode: 'auto' | 'file' | 'keychain';
  envCredentials: EnvCredentials;
  /** For tests: a keychain stand-in. */
  keychain?: SecretBackend | null;
}

export class Vault {
  private constructor(
    readonly backend: SecretBackend,
    private readonly digestKey: Buffer,
    private readonly env: EnvCredentials,
  ) {}

  static async open(options: VaultOptions): Promise<Vault> {
    const dir = join(options.home, 'vault');
    const fileKey = loadOrCreateKey(dir);
    const digestKey = Buffer.from(hkdfSync('sha256', fileKey, Buffer.alloc(0), 'aigenc credential digest', 32));
    let backend: SecretBackend = new FileSecretBackend(dir, fileKey);
    if (options.mode !== 'file') {
      const keychain = options.keychain === undefined ? await createKeychainBackend() : options.keychain;
      if (keychain) backend = keychain;
      else if (options.mode === 'keychain') {
        throw new ConfigError(fill(CONFIG_MESSAGES.keychainFailed));
      }
    }
    return new Vault(backend, digestKey, options.envCredentials);
  }

  /** Credentials given in the environment; they take precedence and are never stored. */
  fromEnv<P extends Provider>(provider: P): Credentials<P> | null {
    return (this.env[provider] as Credentials<P> | undefined) ?? null;
  }

  /** Stores a credential set; returns its reference and keyed digest for the database. */
  async put<P extends Provider>(provider: P, fields: Credentials<P>): Promise<{ ref: string; digest: string }> {
    const ref = `${provider}/${randomUUID()}`;
    await this.backend.set(ref, JSON.stringify(fields));
    return { ref, digest: this.digest(fields) };
  }

  /** The keys kept under `ref`, parsed with the provider's schema: what does not parse is corrupt. */
  async read<P extends Provider>(provider: P, ref: string): Promise<Credentials<P> | null> {
    const raw = await this.backend.get(ref);
    if (raw === null) return null;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      // No cause kept: V8's JSON errors quote the text they read, here the keys themselves.
      throw new VaultCorruptError(fill(VAULT_MESSAGES.notJson, { provider }));
    }
    const parsed = parseCredentials(provider, value);
    // The message names the provider and the fields, never a value.
    if (!parsed.success)
      throw new VaultCorruptError(
        fill(VAULT_MESSAGES.badKeys, { provider, fields: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }),
      );
    return parsed.data;
  }

  async destroy(ref: string): Promise<void> {
    await this.backend.delete(ref);
  }

  /** A keyed digest that tells "same credentials as before" without keeping them. */
  digest(fields: CredentialFields): string {
    const canonical = JSON.stringify(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b)));
    return createHmac('sha256', this.digestKey).update(canonical, 'utf8').digest('base64url');
  }
}
