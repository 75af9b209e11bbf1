import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from './errors/index.ts';
import { openRuntime } from './runtime.ts';
import { MIGRATIONS } from './store/migrations.ts';
import { openDatabase } from './store/db.ts';
import { tempHome } from '../test/support.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('openRuntime', () => {
  it('passes our own refusal through: a database from a newer AigenC is said as such, not as a full disk', async () => {
    const { dir, cleanup } = tempHome();
    cleanups.push(cleanup);
    openDatabase(dir, [...MIGRATIONS, { version: 99, name: 'future', sql: 'SELECT 1;' }]).close();
    const opened = openRuntime({ env: { AIGENC_HOME: dir, AIGENC_VAULT: 'file' }, stdout: null });
    await expect(opened).rejects.toBeInstanceOf(ConfigError);
    const error = (await opened.catch((e: unknown) => e)) as ConfigError;
    expect(error.detail.en).toMatch(/written by a newer AigenC \(schema 99/);
    expect(error.detail.ko).toMatch(/더 새로운 AigenC/);
    expect(error.detail.en).not.toMatch(/disk/);
  });

  it('says a folder it cannot use in both languages, keeping the cause', async () => {
    const { dir, cleanup } = tempHome();
    cleanups.push(cleanup);
    const error = (await openRuntime({
      env: { AIGENC_HOME: `${dir}/\0bad`, AIGENC_VAULT: 'file' },
      stdout: null,
    }).catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.detail.ko).toMatch(/AIGENC_HOME/);
    expect(error.cause).toBeDefined();
  });
});
