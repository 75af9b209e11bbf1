/**
 * What `aigenc service` writes and runs on each system, as data: the file that makes the
 * companion start at login, and the commands that register, remove and ask after it. Pure (no
 * file, process or clock), so every platform's output is tested on any machine.
 *
 * No key ever goes into these files: only the settings in SERVICE_SETTINGS are carried, and the
 * companion started at login finds its keys in the vault, as it does when started by hand.
 */
import { posix, win32 } from 'node:path';
import { SETTING_VARIABLES } from '../../config.ts';

export type ServicePlatform = 'linux' | 'darwin' | 'win32';

/** The companion's own settings that a login start keeps (the configuration's list); no secret is among them. */
export const SERVICE_SETTINGS = SETTING_VARIABLES;

export interface ServiceInput {
  platform: ServicePlatform;
  /** The Node binary that runs the companion (the one running now). */
  nodePath: string;
  /** The `aigenc` entry script, resolved (no symlink). */
  scriptPath: string;
  /** The companion's data folder (always written out, so the service finds the same one). */
  dataHome: string;
  /** The user's home folder. */
  userHome: string;
  /** The environment, from which only SERVICE_SETTINGS (and XDG_CONFIG_HOME on Linux) are read. */
  env: Readonly<Record<string, string | undefined>>;
  /** macOS: the user's id (for launchctl's gui/<uid> domain). */
  uid?: number | undefined;
  /** Windows: DOMAIN\user, for the logon trigger. */
  windowsUser?: string | undefined;
}

export interface ServicePlan {
  manager: 'systemd' | 'launchd' | 'schtasks';
  /** Where the file goes and what it holds; UTF-16 with a byte order mark for Task Scheduler. */
  file: { path: string; content: string; encoding: 'utf8' | 'utf16le' };
  install: string[][];
  uninstall: string[][];
  /** The command whose exit code says whether the system has it registered (0: yes). */
  registered: string[];
  /** The command whose exit code says whether it runs now (0: yes); null where `registered` says both. */
  running: string[] | null;
}

export const SERVICE_NAME = 'aigenc';
export const LAUNCHD_LABEL = 'kr.aigenc.lens';
export const TASK_NAME = 'AigenC Lens';
const DESCRIPTION = 'AigenC Lens companion (keys stay on this computer)';

/** Why a value cannot go into the file: a line break or other control character, or one Windows' start line cannot carry. */
export type UnsafeReason = 'control-character' | 'windows-path-character';

/**
 * A carried value the service file cannot hold as it is. A line break would start a directive of its
 * own (an `ExecStartPre=` that runs at every login), so nothing is written: the person is told which
 * setting to change.
 */
export class UnsafeServiceValue extends Error {
  override name = 'UnsafeServiceValue';
  constructor(
    readonly setting: string,
    readonly reason: UnsafeReason,
  ) {
    super(`${setting}: ${reason}`);
  }
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point: none may reach a service file
const CONTROL = /[\u0000-\u001f\u007f]/;

function settings(input: ServiceInput): [string, string][] {
  const pairs: [string, string][] = [['AIGENC_HOME', input.dataHome]];
  for (const name of SERVICE_SETTINGS) {
    const value = input.env[name]?.trim();
    if (value) pairs.push([name, value]);
  }
  return pairs;
}

/** Every value a plan writes, refused whole when one holds a control character. */
function checked(input: ServiceInput): ServiceInput {
  const values: [string, string][] = [['node', input.nodePath], ['script', input.scriptPath], ...settings(input)];
  for (const [name, value] of values) if (CONTROL.test(value)) throw new UnsafeServiceValue(name, 'control-character');
  return input;
}

/**
 * systemd's quoting inside double quotes: C escapes (so `\` and `"` are escaped) and `%` specifiers
 * (doubled) apply to every line; `$` is expanded only on command lines, where it is doubled. In an
 * `Environment=` assignment a `$` is already literal, and doubling it would change the value.
 */
function systemdWord(text: string, commandLine: boolean): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/%/g, '%%');
  return `"${commandLine ? escaped.replace(/\$/g, '$$$$') : escaped}"`;
}

function systemd(input: ServiceInput): ServicePlan {
  const configHome = input.env['XDG_CONFIG_HOME']?.trim() || posix.join(input.userHome, '.config');
  const unit = `${SERVICE_NAME}.service`;
  const content = [
    '[Unit]',
    `Description=${DESCRIPTION}`,
    '',
    '[Service]',
    'Type=simple',
    `ExecStart=${[input.nodePath, input.scriptPath, 'serve'].map((word) => systemdWord(word, true)).join(' ')}`,
    ...settings(input).map(([k, v]) => `Environment=${systemdWord(`${k}=${v}`, false)}`),
    'Restart=on-failure',
    'RestartSec=5',
    '',
    '[Install]',
    'WantedBy=default.target',
    '',
  ].join('\n');
  const ctl = (...args: string[]) => ['systemctl', '--user', ...args];
  return {
    manager: 'systemd',
    file: { path: posix.join(configHome, 'systemd', 'user', unit), content, encoding: 'utf8' },
    install: [ctl('daemon-reload'), ctl('enable', '--now', unit)],
    uninstall: [ctl('disable', '--now', unit), ctl('daemon-reload')],
    registered: ctl('is-enabled', '--quiet', unit),
    running: ctl('is-active', '--quiet', unit),
  };
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function launchd(input: ServiceInput): ServicePlan {
  const string = (s: string) => `<string>${xml(s)}</string>`;
  const env = settings(input)
    .map(([k, v]) => `      <key>${xml(k)}</key>${string(v)}`)
    .join('\n');
  const log = posix.join(input.dataHome, 'service.log');
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
  <dict>
    <key>Label</key>${string(LAUNCHD_LABEL)}
    <key>ProgramArguments</key>
    <array>${[input.nodePath, input.scriptPath, 'serve'].map(string).join('')}</array>
    <key>EnvironmentVariables</key>
    <dict>
${env}
    </dict>
    <key>RunAtLoad</key><true/>
    <key>KeepAlive</key>
    <dict><key>SuccessfulExit</key><false/></dict>
    <key>ThrottleInterval</key><integer>10</integer>
    <key>ProcessType</key><string>Background</string>
    <key>StandardOutPath</key>${string(log)}
    <key>StandardErrorPath</key>${string(log)}
  </dict>
</plist>
`;
  const path = posix.join(input.userHome, 'Library', 'LaunchAgents', `${LAUNCHD_LABEL}.plist`);
  const domain = `gui/${input.uid ?? 501}`;
  return {
    manager: 'launchd',
    file: { path, content, encoding: 'utf8' },
    install: [['launchctl', 'bootstrap', domain, path]],
    uninstall: [['launchctl', 'bootout', `${domain}/${LAUNCHD_LABEL}`]],
    registered: ['launchctl', 'print', `${domain}/${LAUNCHD_LABEL}`],
    running: null,
  };
}

/**
 * A program path on cmd's line, in double quotes. Inside quotes cmd still expands `%NAME%` and no
 * escape works there, and Windows paths cannot hold `"`: a path with either is refused.
 */
function windowsPath(setting: string, text: string): string {
  if (/[%"]/.test(text)) throw new UnsafeServiceValue(setting, 'windows-path-character');
  return `"${text}"`;
}

/**
 * A value after `set NAME=` on cmd's line (cmd /c, not a batch file), unquoted so that carets
 * escape: each of `^ & | < > ( ) "` behind a caret, and the character after a `%` behind a caret too,
 * so no `%NAME%` can match a variable (cmd leaves an unknown one as it is, and then drops the caret).
 */
function cmdSetValue(text: string): string {
  let out = '';
  let afterPercent = false;
  for (const char of text) {
    const special = /[\^&|<>()"]/.test(char);
    out += special || afterPercent ? `^${char}` : char;
    afterPercent = char === '%';
  }
  return out;
}

function schtasks(input: ServiceInput): ServicePlan {
  const run = [windowsPath('node', input.nodePath), windowsPath('script', input.scriptPath), 'serve'].join(' ');
  // Task Scheduler sets no environment: cmd sets the companion's settings, then starts Node.
  const sets = settings(input).map(([k, v]) => `set ${k}=${cmdSetValue(v)}&&`);
  const command = 'cmd.exe';
  // /v:off: no `!NAME!` expansion whatever the registry says; /d: no AutoRun commands.
  const args = `/d /v:off /c ${sets.join(' ')} ${run}`;
  const user = input.windowsUser ?? 'user';
  const content = `<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>${xml(DESCRIPTION)}</Description>
  </RegistrationInfo>
  <Triggers>
    <LogonTrigger>
      <Enabled>true</Enabled>
      <UserId>${xml(user)}</UserId>
    </LogonTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <UserId>${xml(user)}</UserId>
      <LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>
    <RestartOnFailure>
      <Interval>PT1M</Interval>
      <Count>3</Count>
    </RestartOnFailure>
    <Enabled>true</Enabled>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>${xml(command)}</Command>
      <Arguments>${xml(args)}</Arguments>
      <WorkingDirectory>${xml(input.dataHome)}</WorkingDirectory>
    </Exec>
  </Actions>
</Task>
`;
  const path = win32.join(input.dataHome, 'aigenc-task.xml');
  return {
    manager: 'schtasks',
    file: { path, content, encoding: 'utf16le' },
    install: [
      ['schtasks', '/Create', '/TN', TASK_NAME, '/XML', path, '/F'],
      ['schtasks', '/Run', '/TN', TASK_NAME],
    ],
    uninstall: [
      ['schtasks', '/End', '/TN', TASK_NAME],
      ['schtasks', '/Delete', '/TN', TASK_NAME, '/F'],
    ],
    registered: ['schtasks', '/Query', '/TN', TASK_NAME],
    running: null,
  };
}

/** The plan for a platform; throws UnsafeServiceValue, before anything is written, for a value no file could carry. */
export function servicePlan(unchecked: ServiceInput): ServicePlan {
  const input = checked(unchecked);
  if (input.platform === 'darwin') return launchd(input);
  if (input.platform === 'win32') return schtasks(input);
  return systemd(input);
}

/** A command as a person would type it (for --dry-run and for the fix in words). */
export function commandLine(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w./:=@-]+$/.test(a) ? a : `"${a}"`)).join(' ');
}
