/**
 * `aigenc service` run for real on Linux, with a stand-in `systemctl` first on PATH that records
 * what it is asked (this machine's user manager is not there to be changed): the dry run writes
 * nothing, install writes the unit with no key in it and enables it, status reads it back,
 * uninstall takes it out; with no systemctl at all the file is written and the commands are named.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAigenc } from '../support/companion.ts';

let root: string;

const KEYS = {
  NAVER_SEARCHAD_API_KEY: 'access-0123456789-must-stay-out',
  NAVER_SEARCHAD_SECRET_KEY: 'secret-0123456789-must-stay-out',
  NAVER_SEARCHAD_CUSTOMER_ID: '1234567',
  AIGENC_API_TOKEN: 'api-token-0123456789abcdef0123456789abcdef',
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'aigenc-service-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'empty'));
  // Records each call; answers is-enabled / is-active by whether enable --now was asked last.
  const fake = `#!/bin/sh
echo "$*" >> "${root}/calls"
case "$*" in
  *"enable --now"*) touch "${root}/enabled" ;;
  *"disable --now"*) rm -f "${root}/enabled" ;;
  *is-enabled*|*is-active*) [ -e "${root}/enabled" ] || exit 1 ;;
esac
exit 0
`;
  writeFileSync(join(root, 'bin', 'systemctl'), fake);
  chmodSync(join(root, 'bin', 'systemctl'), 0o755);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** `aigenc service ...` with this test's home folders, in English unless told. */
function service(args: string[], extra: Record<string, string> = {}) {
  return runAigenc(['service', ...args], join(root, 'data'), {
    HOME: root,
    XDG_CONFIG_HOME: join(root, 'config'),
    PATH: `${join(root, 'bin')}:${process.env['PATH'] ?? ''}`,
    AIGENC_PORT: '1',
    AIGENC_LANG: 'en',
    ...extra,
  });
}

const unitPath = () => join(root, 'config', 'systemd', 'user', 'aigenc.service');
const calls = () =>
  existsSync(join(root, 'calls')) ? readFileSync(join(root, 'calls'), 'utf8').trim().split('\n') : [];

describe('aigenc service on Linux', () => {
  it('--dry-run prints the unit and the commands, and writes and runs nothing', () => {
    const run = service(['install', '--dry-run']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Would write ${unitPath()}:`);
    expect(run.stdout).toContain('[Service]');
    expect(run.stdout).toContain(`Environment="AIGENC_HOME=${join(root, 'data')}"`);
    expect(run.stdout).toContain('systemctl --user enable --now aigenc.service');
    expect(existsSync(unitPath())).toBe(false);
    expect(calls()).toEqual([]);
  });

  it('install writes the unit without any key, enables it; status and uninstall follow', () => {
    const install = service(['install'], KEYS);
    expect(install.status, install.stderr).toBe(0);
    const unit = readFileSync(unitPath(), 'utf8');
    for (const value of Object.values(KEYS)) expect(unit).not.toContain(value);
    expect(unit).toMatch(/^ExecStart=".+" ".+aigenc\.mjs" "serve"$/m);
    expect(install.stdout).toContain('are not carried into the service');
    expect(install.stdout).toContain('naver-searchad');
    expect(calls()).toEqual(['--user daemon-reload', '--user enable --now aigenc.service']);

    const status = service(['status']);
    expect(status.status).toBe(0);
    expect(status.stdout).toContain(`File: ${unitPath()} (present)`);
    expect(status.stdout).toContain('Registered: yes');
    expect(status.stdout).toContain('Running: yes');

    const removal = service(['uninstall']);
    expect(removal.status, removal.stderr).toBe(0);
    expect(existsSync(unitPath())).toBe(false);
    expect(calls()).toContain('--user disable --now aigenc.service');
    expect(service(['status']).stdout).toContain('Registered: no');
    expect(service(['uninstall']).stdout).toContain('Not installed.');
  });

  it('in Korean when the system is Korean', () => {
    const run = service(['install', '--dry-run'], { AIGENC_LANG: '', LANG: 'ko_KR.UTF-8' });
    expect(run.stdout).toContain('로그인할 때 시작: systemd (user)');
    expect(run.stdout).toContain('이 파일에는 키가 들어가지 않습니다');
  });

  it('with no systemctl the unit is still written and the commands to run are named: exit 1', () => {
    const run = service(['install'], { PATH: join(root, 'empty') });
    expect(run.status).toBe(1);
    expect(existsSync(unitPath())).toBe(true);
    expect(run.stderr).toContain('systemctl was not found');
    expect(run.stderr).toContain('systemctl --user daemon-reload && systemctl --user enable --now aigenc.service');
  });

  it('a wrong action is a usage error: exit 2, nothing written', () => {
    const run = service(['start']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('aigenc service install | uninstall | status');
    expect(existsSync(dirname(unitPath()))).toBe(false);
  });

  it('a line break in a carried setting is refused: exit 2, the setting named, nothing written or run', () => {
    const run = service(['install'], { AIGENC_LANG: 'en\nExecStartPre=/bin/sh -c "touch /tmp/owned"' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('AIGENC_LANG');
    expect(run.stderr).toContain('control character');
    expect(existsSync(dirname(unitPath()))).toBe(false);
    expect(calls()).toEqual([]);
  });
});
