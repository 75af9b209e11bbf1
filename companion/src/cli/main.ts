/**
 * The `aigenc` command: dispatches to one file per command. Exit codes: 0 success, 1 the work
 * failed (the reason printed), 2 bad usage or configuration.
 */
import { CompanionError } from '../errors/index.ts';
import { cliLanguage, tolerateClosedOutput } from './output.ts';
import { say } from '../messages.ts';
import { CLI_MESSAGES } from './messages.ts';
import { HELP_MESSAGES } from './help/messages.ts';
import { VERSION } from '../version.ts';

/** The list of commands, in the terminal's language. */
function usage(): string {
  return say(HELP_MESSAGES.usage, cliLanguage(), { version: VERSION });
}

/** Commands that can run against a private sandbox with demo keys (`--demo`): no real keys needed. */
const DEMO_CAPABLE = new Set(['keywords', 'trend', 'estimate', 'audience', 'deeplink', 'report', 'probe']);

/** Runs a command against a private sandbox: its demo keys go in the environment the command is given. */
async function withDemo(run: (env: NodeJS.ProcessEnv) => Promise<number>): Promise<number> {
  const [{ startSandbox }, { demoEnvironment }] = await Promise.all([
    import('../sandbox/server.ts'),
    import('../sandbox/credentials.ts'),
  ]);
  const sandbox = await startSandbox();
  process.stderr.write(`${say(CLI_MESSAGES.demoAnswering, cliLanguage())}\n`);
  try {
    return await run({ ...process.env, ...demoEnvironment(sandbox.urls) });
  } finally {
    await sandbox.close();
  }
}

/** A command: its arguments and the environment its configuration is read from (never `process.env` itself). */
export type Command = (args: string[], env: NodeJS.ProcessEnv) => Promise<number>;

/**
 * Each command's module is loaded when it runs: the server never evaluates the sandbox, the
 * reports or the CLI tables, which keeps an idle companion's memory down.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.ts')).serve,
  demo: async () => (await import('./demo.ts')).demo,
  sandbox: async () => (await import('./sandbox.ts')).sandbox,
  pair: async () => (await import('./pair.ts')).pair,
  probe: async () => (await import('./probe.ts')).probe,
  keywords: async () => (await import('./keywords.ts')).keywords,
  trend: async () => (await import('./trend.ts')).trend,
  estimate: async () => (await import('./estimate.ts')).estimate,
  audience: async () => (await import('./audience.ts')).audience,
  deeplink: async () => (await import('./deeplink.ts')).deeplink,
  report: async () => (await import('./report.ts')).report,
  commerce: async () => (await import('./commerce/command.ts')).commerce,
  doctor: async () => (await import('./doctor.ts')).doctor,
  service: async () => (await import('./service.ts')).service,
};

/** Every command `aigenc` knows (besides help and version): the CLI suites cover each. */
export const COMMAND_NAMES = Object.freeze(Object.keys(COMMANDS));

export async function main(argv: string[]): Promise<number> {
  tolerateClosedOutput();
  const [first, ...rest] = argv;
  const command = first === undefined || first.startsWith('-') ? 'serve' : first;
  const args = first === undefined || first.startsWith('-') ? argv : rest;
  if (command === 'help' || args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage());
    return 0;
  }
  if (command === 'version' || command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    process.stderr.write(
      `${say(CLI_MESSAGES.unknownCommand, cliLanguage(), { command: command.slice(0, 40) })}\n\n${usage()}`,
    );
    return 2;
  }
  try {
    const run = await load();
    if (DEMO_CAPABLE.has(command) && args.includes('--demo'))
      return await withDemo((env) =>
        run(
          args.filter((a) => a !== '--demo'),
          env,
        ),
      );
    return await run(args, process.env);
  } catch (error) {
    // Usage, configuration and vault problems say what to fix, in the terminal's language; exit 2.
    if (error instanceof CompanionError && error.exitCode === 2) {
      process.stderr.write(`${error.detail?.[cliLanguage()] ?? error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${error.message}\n\n${usage()}`);
      return 2;
    }
    const name = error instanceof Error ? error.name : 'error';
    process.stderr.write(`${say(CLI_MESSAGES.commandFailed, cliLanguage(), { command, name })}\n`);
    return 1;
  }
}
