/**
 * `aigenc doctor` against the sandbox: healthy (exit 0, every check named), the clock moved ten
 * minutes with faketime (the skew in minutes, exit 1), and the port held by another program
 * (exit 1, the fix named). The command changes nothing and calls no vendor API.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { koreanDaysUntil } from '@aigenc/shared/domain';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { AIGENC_BIN, runAigencAsync, startCompanion } from '../support/companion.ts';

let sandbox: RunningSandbox;
let home: string;

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => {
  for (const state of Object.values(sandbox.states)) state.reset();
  home = mkdtempSync(join(tmpdir(), 'aigenc-doctor-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

interface Report {
  ok: boolean;
  checks: { id: string; status: 'ok' | 'warn' | 'fail'; message: string }[];
}

const env = (extra: Record<string, string> = {}) => ({ ...demoEnvironment(sandbox.urls), AIGENC_LANG: 'ko', ...extra });
const byId = (report: Report) => Object.fromEntries(report.checks.map((c) => [c.id, c]));

/** The faketime binary, when this machine has it (CI installs it). */
function hasFaketime(): boolean {
  return (process.env['PATH'] ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, 'faketime')));
}

describe('aigenc doctor', () => {
  it('healthy: the companion running, keys connected, the clock right: exit 0', async () => {
    const companion = await startCompanion({ home, env: env() });
    try {
      const run = await runAigencAsync(['doctor', '--json'], home, env({ AIGENC_PORT: String(companion.port) }));
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      const checks = byId(report);
      expect(Object.keys(checks)).toEqual([
        'node',
        'data-dir',
        'port',
        'vault',
        'connections',
        'key-kinds',
        'extension',
        'clock',
      ]);
      expect(report.ok).toBe(true);
      expect(checks['port']).toMatchObject({ status: 'ok', message: expect.stringContaining('실행 중') });
      expect(checks['data-dir']!.status).toBe('ok');
      expect(checks['vault']!.status).toBe('ok');
      expect(checks['connections']!.message).toContain('네이버 검색광고');
      expect(checks['key-kinds']).toMatchObject({ status: 'ok' });
      expect(checks['extension']).toMatchObject({ status: 'warn', message: expect.stringContaining('aigenc pair') });
      expect(checks['clock']).toMatchObject({ status: 'ok' });
    } finally {
      await companion.stop();
    }
    // No vendor API was called: only unsigned HEADs of the origins' roots.
    for (const state of Object.values(sandbox.states))
      for (const what of Object.keys(state.stats)) expect(what).toMatch(/^HEAD \/$/);
  });

  it('an extension refused for an id the companion does not know is named as an id to check on chrome://extensions (no command that allows it), until allowed', async () => {
    const id = 'c'.repeat(32);
    const origin = `chrome-extension://${id}`;
    const companion = await startCompanion({ home, env: env() });
    try {
      for (let i = 0; i < 3; i++) {
        const answer = await fetch(`http://127.0.0.1:${companion.port}/api/v1/health`, { headers: { Origin: origin } });
        expect(answer.status).toBe(403);
      }
      const run = await runAigencAsync(['doctor', '--json'], home, env({ AIGENC_PORT: String(companion.port) }));
      expect(run.status, run.stderr).toBe(0);
      const extension = byId(JSON.parse(run.stdout) as Report)['extension']!;
      expect(extension.status).toBe('warn');
      expect(extension.message).toContain(`(ID ${id})의 요청을 거절했습니다`);
      expect(extension.message).toContain('chrome://extensions');
      expect(extension.message).not.toContain(`AIGENC_EXTENSION_ORIGINS=${origin}`);
    } finally {
      await companion.stop();
    }
    // Restarted with the id allowed: the old refusal is no longer what to fix.
    const allowed = env({ AIGENC_EXTENSION_ORIGINS: origin });
    const run = await runAigencAsync(['doctor', '--json'], home, { ...allowed, AIGENC_PORT: '1' });
    const extension = byId(JSON.parse(run.stdout) as Report)['extension']!;
    expect(extension.message).toContain('aigenc pair');
  });

  it('names Naver Developers search keys with the days they have left (their last day 2027-06-30, Korean time)', async () => {
    const run = await runAigencAsync(
      ['doctor', '--json'],
      home,
      env({ AIGENC_PORT: '1', NAVER_SEARCH_KEY_KIND: 'legacy' }),
    );
    const check = byId(JSON.parse(run.stdout) as Report)['key-kinds']!;
    const days = koreanDaysUntil('2027-06-30', Date.now());
    if (days >= 0)
      expect(check).toMatchObject({ status: 'warn', message: expect.stringContaining(`(${days}일 남음)`) });
    else expect(check).toMatchObject({ status: 'fail', message: expect.stringContaining('2027-06-30로 끝나') });
  });

  it('in words, in English, with the companion not running: a warning, not a failure', async () => {
    const run = await runAigencAsync(['doctor'], home, env({ AIGENC_LANG: 'en', AIGENC_PORT: '1' }));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^! port +Port 1: the companion is not running; start it with `aigenc serve`\.$/m);
    expect(run.stdout).toMatch(/^✓ clock /m);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('Nothing stands in the way.');
  });

  it.skipIf(!hasFaketime())('names a clock ten minutes ahead in minutes, and exits 1', async () => {
    const run = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn('faketime', ['-f', '+10m', process.execPath, AIGENC_BIN, 'doctor', '--json'], {
        env: {
          PATH: process.env['PATH'],
          HOME: process.env['HOME'],
          AIGENC_HOME: home,
          AIGENC_VAULT: 'file',
          AIGENC_PORT: '1',
          ...env(),
        },
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.on('exit', (status) => resolve({ status, stdout }));
    });
    expect(run.status).toBe(1);
    const clock = byId(JSON.parse(run.stdout) as Report)['clock']!;
    expect(clock.status).toBe('fail');
    expect(clock.message).toMatch(/보다 10분 빠릅니다/);
    expect(clock.message).toContain('자동 시간 맞춤');
  });

  it('a port held by another program: exit 1, and the way out named', async () => {
    // Another program on the port: it greets every connection with its own banner.
    const sockets = new Set<Socket>();
    const other: Server = createServer((socket) => {
      sockets.add(socket);
      socket.end('SSH-2.0-OpenSSH_9.6\r\n');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const port = (other.address() as { port: number }).port;
    try {
      const run = await runAigencAsync(['doctor', '--json'], home, env({ AIGENC_PORT: String(port) }));
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.ok).toBe(false);
      expect(byId(report)['port']).toMatchObject({ status: 'fail', message: expect.stringContaining('AIGENC_PORT') });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
