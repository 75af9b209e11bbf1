import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servicePlan, type ServiceInput } from './plan.ts';

/** What a user's shell may hold: settings the service keeps, and secrets it must never write. */
const ENV = {
  AIGENC_PORT: '48000',
  AIGENC_LANG: 'ko',
  AIGENC_API_TOKEN: 'token-that-must-not-appear-0123456789abcdef',
  NAVER_SEARCHAD_SECRET_KEY: 'searchad-secret-that-must-not-appear',
  NAVER_SEARCHAD_API_KEY: 'searchad-access-that-must-not-appear',
  COUPANG_PARTNERS_SECRET_KEY: 'coupang-secret-that-must-not-appear',
  NAVER_SEARCH_CLIENT_SECRET: 'search-secret-that-must-not-appear',
};
const SECRETS = [
  ENV.AIGENC_API_TOKEN,
  ENV.NAVER_SEARCHAD_SECRET_KEY,
  ENV.NAVER_SEARCHAD_API_KEY,
  ENV.COUPANG_PARTNERS_SECRET_KEY,
  ENV.NAVER_SEARCH_CLIENT_SECRET,
];

const LINUX: ServiceInput = {
  platform: 'linux',
  nodePath: '/usr/bin/node',
  scriptPath: '/home/mina/.npm-global/lib/node_modules/aigenc-lens/bin/aigenc.mjs',
  dataHome: '/home/mina/.local/share/aigenc',
  userHome: '/home/mina',
  env: ENV,
};
const MAC: ServiceInput = {
  platform: 'darwin',
  nodePath: '/opt/homebrew/bin/node',
  scriptPath: '/opt/homebrew/lib/node_modules/aigenc-lens/bin/aigenc.mjs',
  dataHome: '/Users/mina/Library/Application Support/AigenC',
  userHome: '/Users/mina',
  env: ENV,
  uid: 502,
};
const WINDOWS: ServiceInput = {
  platform: 'win32',
  nodePath: 'C:\\Program Files\\nodejs\\node.exe',
  scriptPath: 'C:\\Users\\mina\\AppData\\Roaming\\npm\\node_modules\\aigenc-lens\\bin\\aigenc.mjs',
  dataHome: 'C:\\Users\\mina\\AppData\\Roaming\\AigenC',
  userHome: 'C:\\Users\\mina',
  env: ENV,
  windowsUser: 'DESKTOP-1\\mina',
};

describe('servicePlan', () => {
  it.each([LINUX, MAC, WINDOWS])('writes no key or token on $platform, only the companion’s settings', (input) => {
    const { file } = servicePlan(input);
    for (const secret of SECRETS) expect(file.content).not.toContain(secret);
    expect(file.content).not.toMatch(/SECRET|API_KEY|API_TOKEN/);
    expect(file.content).toContain('AIGENC_PORT');
    expect(file.content).toContain('48000');
    expect(file.content).toContain(input.dataHome.replace(/&/g, '&amp;'));
  });

  it('Linux: a systemd user unit under XDG_CONFIG_HOME (else ~/.config), enabled for the default target', () => {
    const plan = servicePlan(LINUX);
    expect(plan.manager).toBe('systemd');
    expect(plan.file.path).toBe('/home/mina/.config/systemd/user/aigenc.service');
    expect(servicePlan({ ...LINUX, env: { XDG_CONFIG_HOME: '/cfg' } }).file.path).toBe(
      '/cfg/systemd/user/aigenc.service',
    );
    expect(plan.file.content).toContain(`ExecStart="/usr/bin/node" "${LINUX.scriptPath}" "serve"\n`);
    expect(plan.file.content).toContain('Environment="AIGENC_HOME=/home/mina/.local/share/aigenc"\n');
    expect(plan.file.content).toContain('WantedBy=default.target');
    expect(plan.install).toEqual([
      ['systemctl', '--user', 'daemon-reload'],
      ['systemctl', '--user', 'enable', '--now', 'aigenc.service'],
    ]);
    expect(plan.uninstall[0]).toEqual(['systemctl', '--user', 'disable', '--now', 'aigenc.service']);
  });

  it('Linux: spaces, quotes, % and $ in a path reach the program as they are', () => {
    const odd = servicePlan({ ...LINUX, scriptPath: '/home/mina/내 도구/100% "a"$HOME/aigenc.mjs', env: {} });
    expect(odd.file.content).toContain(
      'ExecStart="/usr/bin/node" "/home/mina/내 도구/100%% \\"a\\"$$HOME/aigenc.mjs" "serve"',
    );
  });

  it('macOS: a LaunchAgent that runs at load, restarts after a crash and logs in the data folder', () => {
    const plan = servicePlan(MAC);
    expect(plan.manager).toBe('launchd');
    expect(plan.file.path).toBe('/Users/mina/Library/LaunchAgents/kr.aigenc.lens.plist');
    const c = plan.file.content;
    expect(c).toContain('<key>Label</key><string>kr.aigenc.lens</string>');
    expect(c).toContain(
      `<array><string>/opt/homebrew/bin/node</string><string>${MAC.scriptPath}</string><string>serve</string></array>`,
    );
    expect(c).toContain('<key>RunAtLoad</key><true/>');
    expect(c).toContain('<dict><key>SuccessfulExit</key><false/></dict>');
    expect(c).toContain('<string>/Users/mina/Library/Application Support/AigenC/service.log</string>');
    expect(plan.install).toEqual([['launchctl', 'bootstrap', 'gui/502', plan.file.path]]);
    expect(plan.uninstall).toEqual([['launchctl', 'bootout', 'gui/502/kr.aigenc.lens']]);
    expect(balanced(c, ['plist', 'dict', 'array'])).toBe(true);
  });

  it('macOS: XML characters in a path are escaped', () => {
    const c = servicePlan({ ...MAC, scriptPath: '/Users/a&b/<x>/aigenc.mjs' }).file.content;
    expect(c).toContain('<string>/Users/a&amp;b/&lt;x&gt;/aigenc.mjs</string>');
  });

  it('Windows: a Task Scheduler task at the user’s logon, in UTF-16, settings set by cmd before Node', () => {
    const plan = servicePlan(WINDOWS);
    expect(plan.manager).toBe('schtasks');
    expect(plan.file.path).toBe('C:\\Users\\mina\\AppData\\Roaming\\AigenC\\aigenc-task.xml');
    expect(plan.file.encoding).toBe('utf16le');
    const c = plan.file.content;
    expect(c.startsWith('<?xml version="1.0" encoding="UTF-16"?>')).toBe(true);
    expect(c).toContain('<LogonTrigger>\n      <Enabled>true</Enabled>\n      <UserId>DESKTOP-1\\mina</UserId>');
    expect(c).toContain('<LogonType>InteractiveToken</LogonType>');
    expect(c).toContain('<RunLevel>LeastPrivilege</RunLevel>');
    expect(c).toContain('<ExecutionTimeLimit>PT0S</ExecutionTimeLimit>');
    expect(c).toContain('<Command>cmd.exe</Command>');
    expect(c).toContain(
      '<Arguments>/d /c set &quot;AIGENC_HOME=C:\\Users\\mina\\AppData\\Roaming\\AigenC&quot;&amp;&amp; set &quot;AIGENC_PORT=48000&quot;&amp;&amp; set &quot;AIGENC_LANG=ko&quot;&amp;&amp; ' +
        '&quot;C:\\Program Files\\nodejs\\node.exe&quot; &quot;C:\\Users\\mina\\AppData\\Roaming\\npm\\node_modules\\aigenc-lens\\bin\\aigenc.mjs&quot; serve</Arguments>',
    );
    expect(plan.install[0]).toEqual(['schtasks', '/Create', '/TN', 'AigenC Lens', '/XML', plan.file.path, '/F']);
    expect(plan.uninstall.at(-1)).toEqual(['schtasks', '/Delete', '/TN', 'AigenC Lens', '/F']);
    expect(balanced(c, ['Task', 'Triggers', 'Principals', 'Settings', 'Actions', 'Exec'])).toBe(true);
  });
});

/** Each named element opens as often as it closes, at least once (a cheap well-formedness check). */
function balanced(xml: string, names: readonly string[]): boolean {
  return names.every((n) => {
    const opens = xml.match(new RegExp(`<${n}[ >]`, 'g'))?.length ?? 0;
    const closes = xml.split(`</${n}>`).length - 1;
    return opens > 0 && opens === closes;
  });
}

const analyzer = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });

describe.skipIf(analyzer.status !== 0)('the Linux unit passes systemd-analyze verify', () => {
  it('with this Node and a real script, and a path with a space', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigenc unit '));
    try {
      const script = join(dir, 'aigenc.mjs');
      writeFileSync(script, '');
      const { file } = servicePlan({ ...LINUX, nodePath: process.execPath, scriptPath: script, env: {} });
      const unit = join(dir, 'aigenc.service');
      writeFileSync(unit, file.content);
      const result = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('and the check itself catches a broken unit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigenc-unit-'));
    try {
      const unit = join(dir, 'aigenc.service');
      writeFileSync(unit, servicePlan({ ...LINUX, env: {} }).file.content.replace('Type=simple', 'Typo=simple'));
      const result = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' });
      expect(result.stderr).toContain("Unknown key 'Typo'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
