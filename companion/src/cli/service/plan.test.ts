import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnsafeServiceValue, servicePlan, type ServiceInput } from './plan.ts';

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

  it('Linux: a $ in a setting stays one $ (Environment= does not expand it); % and quotes are escaped', () => {
    const plan = servicePlan({ ...LINUX, dataHome: '/home/mina/$HOME %h "q" \\x', env: { AIGENC_LANG: 'ko' } });
    expect(plan.file.content).toContain('Environment="AIGENC_HOME=/home/mina/$HOME %%h \\"q\\" \\\\x"\n');
    expect(plan.file.content).not.toContain('$$HOME');
  });

  const HOSTILE: Array<[string, Partial<ServiceInput>]> = [
    ['a line feed in AIGENC_HOME', { dataHome: '/home/mina/a\nExecStartPre=/bin/sh -c "touch /tmp/owned"' }],
    ['a carriage return in AIGENC_LANG', { env: { AIGENC_LANG: 'ko\rExecStartPre=/bin/true' } }],
    [
      'a line feed in AIGENC_EXTENSION_ORIGINS',
      { env: { AIGENC_EXTENSION_ORIGINS: 'chrome-extension://a\n[Install]' } },
    ],
    ['a NUL in the script path', { scriptPath: '/opt/aigenc\u0000/aigenc.mjs' }],
    ['a tab in AIGENC_LOG_LEVEL', { env: { AIGENC_LOG_LEVEL: 'info\tdebug' } }],
  ];
  it.each(
    HOSTILE.flatMap(([what, change]) =>
      [LINUX, MAC, WINDOWS].map((base) => [what, base.platform, { ...base, ...change }] as const),
    ),
  )('%s is refused on %s before anything is written', (_what, _platform, input) => {
    expect(() => servicePlan(input)).toThrow(UnsafeServiceValue);
    try {
      servicePlan(input);
    } catch (error) {
      expect((error as UnsafeServiceValue).reason).toBe('control-character');
    }
  });

  it('Windows: %VAR%, &, |, <, >, ^ and quotes in a setting reach the companion as they are, never run or expanded', () => {
    const plan = servicePlan({
      ...WINDOWS,
      dataHome: 'C:\\Users\\mina\\%USERPROFILE%\\a&calc.exe|b<c>d^e"f(g)',
      env: { AIGENC_LANG: '%PATH%' },
    });
    const args = /<Arguments>(.*)<\/Arguments>/
      .exec(plan.file.content)![1]!
      .replaceAll('&amp;', '&')
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>');
    // cmd (command-line mode): an unknown %NAME% stays as it is, then each caret escapes the next character.
    expect(args).toBe(
      '/d /v:off /c set AIGENC_HOME=C:\\Users\\mina\\%^USERPROFILE%^\\a^&calc.exe^|b^<c^>d^^e^"f^(g^)&& ' +
        'set AIGENC_LANG=%^PATH%&& "C:\\Program Files\\nodejs\\node.exe" ' +
        '"C:\\Users\\mina\\AppData\\Roaming\\npm\\node_modules\\aigenc-lens\\bin\\aigenc.mjs" serve',
    );
    expect(cmdUnescape(args.split('&& ')[0]!)).toBe(
      '/d /v:off /c set AIGENC_HOME=C:\\Users\\mina\\%USERPROFILE%\\a&calc.exe|b<c>d^e"f(g)',
    );
  });

  it('Windows: a program path with % or " is refused (cmd expands %NAME% inside quotes)', () => {
    expect(() => servicePlan({ ...WINDOWS, scriptPath: 'C:\\%TEMP%\\aigenc.mjs' })).toThrow(UnsafeServiceValue);
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
      '<Arguments>/d /v:off /c set AIGENC_HOME=C:\\Users\\mina\\AppData\\Roaming\\AigenC&amp;&amp; set AIGENC_PORT=48000&amp;&amp; set AIGENC_LANG=ko&amp;&amp; ' +
        '&quot;C:\\Program Files\\nodejs\\node.exe&quot; &quot;C:\\Users\\mina\\AppData\\Roaming\\npm\\node_modules\\aigenc-lens\\bin\\aigenc.mjs&quot; serve</Arguments>',
    );
    expect(plan.install[0]).toEqual(['schtasks', '/Create', '/TN', 'AigenC Lens', '/XML', plan.file.path, '/F']);
    expect(plan.uninstall.at(-1)).toEqual(['schtasks', '/Delete', '/TN', 'AigenC Lens', '/F']);
    expect(balanced(c, ['Task', 'Triggers', 'Principals', 'Settings', 'Actions', 'Exec'])).toBe(true);
  });
});

/** cmd's caret phase outside quotes: `^x` is a literal x (what cmd does after leaving unknown %NAME% alone). */
function cmdUnescape(text: string): string {
  return text.replace(/\^(.)/g, '$1');
}

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

  it('with hostile but legal values ($, %, quotes, backslashes, ;) in every carried setting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigenc-unit-'));
    try {
      const script = join(dir, 'aigenc.mjs');
      writeFileSync(script, '');
      const hostile = '/tmp/$HOME %h "q" \\x; ExecStartPre=/bin/false';
      const env = { AIGENC_LANG: hostile, AIGENC_LOG_LEVEL: '$(id)', AIGENC_EXTENSION_ORIGINS: '%n;%%' };
      const { file } = servicePlan({
        ...LINUX,
        nodePath: process.execPath,
        scriptPath: script,
        dataHome: hostile,
        env,
      });
      const unit = join(dir, 'aigenc.service');
      writeFileSync(unit, file.content);
      const result = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      // One directive a line, and no line that is not ours.
      expect(file.content.split('\n').filter((l) => l.startsWith('ExecStart'))).toHaveLength(1);
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
