import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../test/support.ts';
import { selfTest } from './keychain.ts';
import { VaultCorruptError } from '../errors/index.ts';
import type { SecretBackend } from './secret-backend.ts';
import { Vault } from './vault.ts';

const homes: Array<() => void> = [];
function home(): string {
  const { dir, cleanup } = tempHome();
  homes.push(cleanup);
  return dir;
}
afterEach(() => homes.splice(0).forEach((cleanup) => cleanup()));

const CANARY = 'canary-secret-7f3a9c';

describe('file vault', () => {
  it('round-trips credentials and never writes them in the clear', async () => {
    const dir = home();
    const vault = await Vault.open({ home: dir, mode: 'file', envCredentials: {} });
    expect(vault.backend.kind).toBe('file');
    const { ref, digest } = await vault.put('coupang-partners', {
      accessKey: 'ak',
      secretKey: CANARY,
      subId: undefined,
    });
    expect(await vault.read('coupang-partners', ref)).toEqual({ accessKey: 'ak', secretKey: CANARY });
    const file = readFileSync(join(dir, 'vault', 'secrets.json'), 'utf8');
    expect(file).not.toContain(CANARY);
    expect(file).not.toContain(Buffer.from(CANARY).toString('base64'));
    expect(digest).not.toContain(CANARY);
  });

  it('keeps the key 0600 in a 0700 directory, apart from the data', async () => {
    const dir = home();
    const vault = await Vault.open({ home: dir, mode: 'file', envCredentials: {} });
    await vault.put('naver-search', { clientId: 'a', clientSecret: 'b', kind: 'legacy' });
    expect(statSync(join(dir, 'vault')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'vault', 'vault.key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'vault', 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'vault', 'vault.key')).size).toBe(32);
  });

  it('uses a fresh IV for every write', async () => {
    const dir = home();
    const vault = await Vault.open({ home: dir, mode: 'file', envCredentials: {} });
    const a = await vault.put('naver-search', { clientId: 'same', clientSecret: 'same', kind: 'legacy' });
    const b = await vault.put('naver-search', { clientId: 'same', clientSecret: 'same', kind: 'legacy' });
    const slots = (
      JSON.parse(readFileSync(join(dir, 'vault', 'secrets.json'), 'utf8')) as {
        slots: Record<string, { iv: string; data: string }>;
      }
    ).slots;
    expect(slots[a.ref]!.iv).not.toBe(slots[b.ref]!.iv);
    expect(slots[a.ref]!.data).not.toBe(slots[b.ref]!.data);
    expect(a.digest).toBe(b.digest);
  });

  it('binds each ciphertext to its slot name: moved or altered entries fail authentication', async () => {
    const dir = home();
    const vault = await Vault.open({ home: dir, mode: 'file', envCredentials: {} });
    const a = await vault.put('naver-search', { clientId: 'a', clientSecret: 'a', kind: 'legacy' });
    const b = await vault.put('naver-search', { clientId: 'b', clientSecret: 'b', kind: 'legacy' });
    const path = join(dir, 'vault', 'secrets.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { slots: Record<string, unknown> };
    file.slots[b.ref] = file.slots[a.ref];
    writeFileSync(path, JSON.stringify(file));
    await expect(vault.read('naver-search', b.ref)).rejects.toBeInstanceOf(VaultCorruptError);
  });

  it('destroys entries and reopens with the same key', async () => {
    const dir = home();
    const first = await Vault.open({ home: dir, mode: 'file', envCredentials: {} });
    const { ref } = await first.put('naver-commerce', { clientId: 'id', clientSecret: CANARY, tokenType: 'SELF' });
    const second = await Vault.open({ home: dir, mode: 'file', envCredentials: {} });
    expect(await second.read('naver-commerce', ref)).toEqual({
      clientId: 'id',
      clientSecret: CANARY,
      tokenType: 'SELF',
    });
    await second.destroy(ref);
    expect(await first.read('naver-commerce', ref)).toBeNull();
    expect(readFileSync(join(dir, 'vault', 'secrets.json'), 'utf8')).not.toContain(ref);
  });

  it('tells "same credentials as before" with a keyed digest', async () => {
    const vault = await Vault.open({ home: home(), mode: 'file', envCredentials: {} });
    const other = await Vault.open({ home: home(), mode: 'file', envCredentials: {} });
    const fields = { secretKey: CANARY, accessKey: 'ak' };
    expect(vault.digest(fields)).toBe(vault.digest({ accessKey: 'ak', secretKey: CANARY }));
    expect(vault.digest(fields)).not.toBe(vault.digest({ ...fields, secretKey: 'other' }));
    expect(vault.digest(fields)).not.toBe(other.digest(fields));
  });

  it('parses what it reads with the provider schema: keys that do not fit are corrupt, named without values', async () => {
    const vault = await Vault.open({ home: home(), mode: 'file', envCredentials: {} });
    // Written as another provider's keys (or by an older, looser version): no customer id.
    const { ref } = await vault.put('coupang-partners', { accessKey: 'ak', secretKey: CANARY, subId: undefined });
    const error = await vault.read('naver-searchad', ref).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultCorruptError);
    expect((error as VaultCorruptError).message).toMatch(/naver-searchad.*customerId/);
    expect((error as VaultCorruptError).message).not.toContain(CANARY);
    expect((error as VaultCorruptError).exitCode).toBe(2);
  });

  it('serves environment credentials without storing them', async () => {
    const dir = home();
    const vault = await Vault.open({
      home: dir,
      mode: 'file',
      envCredentials: { 'naver-search': { clientId: 'env-id', clientSecret: CANARY, kind: 'legacy' } },
    });
    expect(vault.fromEnv('naver-search')).toEqual({ clientId: 'env-id', clientSecret: CANARY, kind: 'legacy' });
    expect(vault.fromEnv('coupang-partners')).toBeNull();
    expect(() => readFileSync(join(dir, 'vault', 'secrets.json'))).toThrow();
  });
});

describe('keychain selection', () => {
  class MemoryKeychain implements SecretBackend {
    readonly kind = 'keychain';
    readonly slots = new Map<string, string>();
    constructor(private readonly broken = false) {}
    get(slot: string) {
      return Promise.resolve(this.broken ? 'wrong' : (this.slots.get(slot) ?? null));
    }
    set(slot: string, value: string) {
      this.slots.set(slot, value);
      return Promise.resolve();
    }
    delete(slot: string) {
      this.slots.delete(slot);
      return Promise.resolve();
    }
  }

  it('self-tests set, get and delete', async () => {
    expect(await selfTest(new MemoryKeychain())).toBe(true);
    expect(await selfTest(new MemoryKeychain(true))).toBe(false);
  });

  it('uses a keychain that passed, and falls back to the file otherwise', async () => {
    const keychain = new MemoryKeychain();
    expect((await Vault.open({ home: home(), mode: 'auto', envCredentials: {}, keychain })).backend).toBe(keychain);
    expect((await Vault.open({ home: home(), mode: 'auto', envCredentials: {}, keychain: null })).backend.kind).toBe(
      'file',
    );
    await expect(Vault.open({ home: home(), mode: 'keychain', envCredentials: {}, keychain: null })).rejects.toThrow(
      /self-test/,
    );
  });
});
