/**
 * `aigenc service install | uninstall | status [--dry-run]`: start the companion at login with the
 * system's own service manager (a systemd user unit, a launchd agent, a Task Scheduler task).
 * `--dry-run` prints what would be written where and what would run, and changes nothing. Keys
 * never go into these files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { PROVIDERS } from '@aigenc/shared/providers';
import { loadConfig } from '../config.ts';
import { say, type ParamsArg } from '../messages.ts';
import { portFact } from '../services/doctor/facts.ts';
import { cliLanguage, usageError, type CliLanguage } from './output.ts';
import {
  UnsafeServiceValue,
  commandLine,
  servicePlan,
  type ServiceInput,
  type ServicePlan,
  type ServicePlatform,
} from './service/plan.ts';
import { SERVICE_MESSAGES } from './service/messages.ts';

const ACTIONS = new Set(['install', 'uninstall', 'status']);
const PLATFORMS = new Set<string>(['linux', 'darwin', 'win32']);
const MANAGER_NAMES = { systemd: 'systemd (user)', launchd: 'launchd (LaunchAgents)', schtasks: 'Task Scheduler' };

type Message = (typeof SERVICE_MESSAGES)[keyof typeof SERVICE_MESSAGES];

/** One line on stdout in the terminal's language. */
function printer(language: CliLanguage) {
  return <M extends Message>(message: M, ...params: ParamsArg<M>) =>
    void process.stdout.write(`${say(message, language, ...params)}\n`);
}

type Run = (argv: readonly string[]) => { ok: boolean; missing: boolean; reason: string };

const runCommand: Run = (argv) => {
  const result = spawnSync(argv[0] ?? '', argv.slice(1), { encoding: 'utf8', timeout: 30_000 });
  const missing = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  const reason = (result.stderr || result.stdout || result.error?.message || '').trim().split('\n')[0] ?? '';
  return { ok: result.status === 0, missing, reason: reason.slice(0, 200) };
};

/** Linux's files elsewhere too (the BSDs): a systemd user unit is the likeliest to be understood. */
function platformOf(platform: string): ServicePlatform {
  return PLATFORMS.has(platform) ? (platform as ServicePlatform) : 'linux';
}

export async function service(args: string[], env: NodeJS.ProcessEnv = process.env, run: Run = runCommand) {
  const { values, positionals } = parseArgs({
    args,
    options: { 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const language = cliLanguage(env);
  const action = positionals[0] ?? '';
  if (!ACTIONS.has(action) || positionals.length > 1) throw usageError(SERVICE_MESSAGES.usage);
  const dryRun = values['dry-run'] === true;
  const config = loadConfig(env);
  const plan = planOrRefusal({
    platform: platformOf(process.platform),
    nodePath: process.execPath,
    scriptPath: realpathSync(process.argv[1] ?? ''),
    dataHome: config.home,
    userHome: homedir(),
    env,
    uid: process.getuid?.(),
    windowsUser: env['USERNAME'] ? `${env['USERDOMAIN'] ? `${env['USERDOMAIN']}\\` : ''}${env['USERNAME']}` : undefined,
  });
  const out = printer(language);
  out(SERVICE_MESSAGES.manager, { manager: MANAGER_NAMES[plan.manager] });
  const envKeys = PROVIDERS.filter((p) => config.envCredentials[p]);
  if (action === 'status') return status(plan, config.port, language, run);
  if (dryRun) {
    if (action === 'install') {
      out(SERVICE_MESSAGES.wouldWrite, { path: plan.file.path });
      process.stdout.write(`\n${plan.file.content}\n`);
    }
    out(SERVICE_MESSAGES.wouldRun);
    for (const argv of action === 'install' ? plan.install : plan.uninstall)
      process.stdout.write(`  ${commandLine(argv)}\n`);
    if (action === 'uninstall') out(SERVICE_MESSAGES.wouldRemove, { path: plan.file.path });
    if (action === 'install') out(SERVICE_MESSAGES.noKeys);
    if (action === 'install' && envKeys.length > 0)
      out(SERVICE_MESSAGES.envKeysNotCarried, { names: envKeys.join(', ') });
    return 0;
  }
  return action === 'install'
    ? install(plan, config, language, run, envKeys.join(', '))
    : uninstall(plan, language, run);
}

const PATH_NAMES: Record<string, Message> = { node: SERVICE_MESSAGES.nodePath, script: SERVICE_MESSAGES.scriptPath };

/** The plan, or a usage error (exit 2) that names the setting no service file could carry. */
function planOrRefusal(input: ServiceInput): ServicePlan {
  try {
    return servicePlan(input);
  } catch (error) {
    if (!(error instanceof UnsafeServiceValue)) throw error;
    const setting = PATH_NAMES[error.setting] ?? error.setting;
    const message =
      error.reason === 'control-character' ? SERVICE_MESSAGES.unsafeControl : SERVICE_MESSAGES.unsafeWindowsPath;
    throw usageError(message, { setting });
  }
}

function runAll(commands: readonly string[][], language: CliLanguage, run: Run, tolerate = false): boolean {
  for (const argv of commands) {
    const result = run(argv);
    if (result.missing) {
      const all = commands.map((c) => commandLine(c)).join(' && ');
      const message = say(SERVICE_MESSAGES.managerMissing, language, { program: argv[0] ?? '', commands: all });
      process.stderr.write(`${message}\n`);
      return false;
    }
    if (!result.ok && !tolerate) {
      const message = say(SERVICE_MESSAGES.commandFailed, language, {
        command: commandLine(argv),
        reason: result.reason,
      });
      process.stderr.write(`${message}\n`);
      return false;
    }
  }
  return true;
}

async function install(
  plan: ServicePlan,
  config: { home: string; port: number },
  language: CliLanguage,
  run: Run,
  envKeys: string,
): Promise<number> {
  const out = printer(language);
  mkdirSync(config.home, { recursive: true, mode: 0o700 });
  mkdirSync(dirname(plan.file.path), { recursive: true });
  const body = plan.file.encoding === 'utf16le' ? `\ufeff${plan.file.content}` : plan.file.content;
  writeFileSync(plan.file.path, body, { encoding: plan.file.encoding, mode: 0o644 });
  out(SERVICE_MESSAGES.wrote, { path: plan.file.path });
  out(SERVICE_MESSAGES.noKeys);
  if (envKeys) out(SERVICE_MESSAGES.envKeysNotCarried, { names: envKeys });
  const port = await portFact(config.port);
  if (port.state === 'ours') out(SERVICE_MESSAGES.portBusy, { port: config.port });
  // launchd refuses to bootstrap a label it already has: take the old one out first.
  if (plan.manager === 'launchd' && run(plan.registered).ok) runAll(plan.uninstall, language, run, true);
  if (!runAll(plan.install, language, run)) return 1;
  out(SERVICE_MESSAGES.installed);
  return 0;
}

function uninstall(plan: ServicePlan, language: CliLanguage, run: Run): number {
  const registered = run(plan.registered);
  if (!registered.ok && !registered.missing && !existsSync(plan.file.path)) {
    process.stdout.write(`${say(SERVICE_MESSAGES.notInstalled, language)}\n`);
    return 0;
  }
  // Stopping what is not running is not a failure; a missing manager still is, said in words.
  if (registered.ok && !runAll(plan.uninstall, language, run, true)) return 1;
  if (existsSync(plan.file.path)) {
    rmSync(plan.file.path);
    process.stdout.write(`${say(SERVICE_MESSAGES.removed, language, { path: plan.file.path })}\n`);
  }
  if (plan.manager === 'systemd') runAll([['systemctl', '--user', 'daemon-reload']], language, run, true);
  process.stdout.write(`${say(SERVICE_MESSAGES.uninstalled, language)}\n`);
  return 0;
}

async function status(plan: ServicePlan, port: number, language: CliLanguage, run: Run): Promise<number> {
  const word = (ok: boolean, missing: boolean) =>
    say(missing ? SERVICE_MESSAGES.unknown : ok ? SERVICE_MESSAGES.yes : SERVICE_MESSAGES.no, language);
  const line = (text: string) => process.stdout.write(`${text}\n`);
  const there = existsSync(plan.file.path);
  const fileState = say(there ? SERVICE_MESSAGES.fileThere : SERVICE_MESSAGES.fileMissing, language);
  line(say(SERVICE_MESSAGES.statusFile, language, { path: plan.file.path, state: fileState }));
  const registered = run(plan.registered);
  line(say(SERVICE_MESSAGES.statusRegistered, language, { state: word(registered.ok, registered.missing) }));
  if (plan.running) {
    const running = run(plan.running);
    line(say(SERVICE_MESSAGES.statusRunning, language, { state: word(running.ok, running.missing) }));
  }
  const fact = await portFact(port);
  const answer =
    fact.state === 'ours'
      ? say(SERVICE_MESSAGES.portOurs, language, { version: fact.version })
      : say(fact.state === 'free' ? SERVICE_MESSAGES.portFree : SERVICE_MESSAGES.portTaken, language);
  line(say(SERVICE_MESSAGES.statusAnswers, language, { port, state: answer }));
  return 0;
}
