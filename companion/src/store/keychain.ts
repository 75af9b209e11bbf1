/**
 * OS keychain backend through the Linux Secret Service (`secret-tool`). Used only when a
 * set/get/delete self-test passes; anywhere else `createKeychainBackend` answers null and the
 * vault keeps its encrypted file. Values travel on stdin, never on the command line.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { SecretBackend } from './secret-backend.ts';

const SERVICE = 'aigenc';
const TIMEOUT_MS = 3000;

function run(args: string[], input?: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = execFile('secret-tool', args, { timeout: TIMEOUT_MS }, (error, stdout) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout });
    });
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input ?? '');
  });
}

class SecretToolBackend implements SecretBackend {
  readonly kind = 'keychain';

  async get(slot: string): Promise<string | null> {
    const { code, stdout } = await run(['lookup', 'service', SERVICE, 'slot', slot]);
    return code === 0 ? stdout : null;
  }

  async set(slot: string, value: string): Promise<void> {
    const { code } = await run(['store', `--label=AigenC ${slot}`, 'service', SERVICE, 'slot', slot], value);
    if (code !== 0) throw new Error('the OS keychain refused to store a secret');
  }

  async delete(slot: string): Promise<void> {
    await run(['clear', 'service', SERVICE, 'slot', slot]);
  }
}

export async function selfTest(backend: SecretBackend): Promise<boolean> {
  const slot = `self-test/${randomBytes(6).toString('hex')}`;
  const value = randomBytes(16).toString('base64url');
  try {
    await backend.set(slot, value);
    if ((await backend.get(slot)) !== value) return false;
    await backend.delete(slot);
    return (await backend.get(slot)) === null;
  } catch {
    return false;
  }
}

export async function createKeychainBackend(): Promise<SecretBackend | null> {
  if (process.platform !== 'linux') return null;
  const backend = new SecretToolBackend();
  return (await selfTest(backend)) ? backend : null;
}
