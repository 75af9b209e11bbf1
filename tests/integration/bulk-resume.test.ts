/**
 * `aigenc keywords --file`: a bulk run interrupted halfway resumes from the cache. The keywords it
 * already answered are not asked again, so the two runs together cost no more Search Ad calls than
 * one uninterrupted run (five keywords a call).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { AIGENC_BIN } from '../support/companion.ts';

const KEYWORDS = 200;
let sandbox: RunningSandbox;
let home: string;

beforeAll(async () => {
  sandbox = await startSandbox({ searchad: { minIntervalMs: 50 } });
  home = mkdtempSync(join(tmpdir(), 'aigenc-bulk-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(home, { recursive: true, force: true });
});

function run(
  file: string,
  stopAfterCalls?: number,
): Promise<{ status: number | null; signal: string | null; stdout: string }> {
  const env = demoEnvironment(sandbox.urls);
  delete env['NAVER_SEARCH_CLIENT_ID'];
  delete env['NAVER_SEARCH_CLIENT_SECRET'];
  const child = spawn(process.execPath, [AIGENC_BIN, 'keywords', '--file', file, '--csv'], {
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      AIGENC_HOME: home,
      AIGENC_VAULT: 'file',
      AIGENC_SEARCHAD_INTERVAL_MS: '100',
      ...env,
    },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  let timer: NodeJS.Timeout | undefined;
  if (stopAfterCalls !== undefined) {
    timer = setInterval(() => {
      if ((sandbox.states.searchad.stats['searchad:ok'] ?? 0) >= stopAfterCalls) child.kill('SIGTERM');
    }, 20);
  }
  return new Promise((resolve) =>
    child.on('exit', (status, signal) => {
      clearInterval(timer);
      resolve({ status, signal, stdout });
    }),
  );
}

describe('bulk keywords', () => {
  it('resumes from the cache after an interruption, asking nothing twice', async () => {
    const file = join(home, 'keywords.txt');
    writeFileSync(file, Array.from({ length: KEYWORDS }, (_, i) => `대량키워드${i}`).join('\n'));

    const interrupted = await run(file, 15);
    expect(interrupted.signal ?? interrupted.status).not.toBe(0);
    const before = sandbox.states.searchad.stats['searchad:ok'] ?? 0;
    expect(before).toBeGreaterThanOrEqual(15);
    expect(before).toBeLessThan(KEYWORDS / 5);

    const resumed = await run(file);
    expect(resumed.status).toBe(0);
    expect(resumed.stdout.trimEnd().split('\r\n')).toHaveLength(KEYWORDS + 1);
    const total = sandbox.states.searchad.stats['searchad:ok'] ?? 0;
    // At most the one call in flight at the interruption is asked again.
    expect(total).toBeLessThanOrEqual(KEYWORDS / 5 + 1);
    expect(sandbox.states.searchad.stats['searchad:429'] ?? 0).toBe(0);
  });
});
