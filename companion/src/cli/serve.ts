/**
 * `aigenc serve` (the default): the companion on 127.0.0.1. Prints `listening on <url>` once it
 * accepts connections, then the setup URL; SIGINT/SIGTERM stop it cleanly with exit code 0.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PROVIDERS } from '@aigenc/shared/providers';
import { createListener } from '../http/app.ts';
import { createCsrfToken } from '../http/guards/csrf.ts';
import { startServer } from '../http/server.ts';
import { loadSetupAssets } from '../http/setup/assets.ts';
import { openServices } from '../compose.ts';
import { extensionFolder } from '../bundle.ts';
import { keepHeapSmall } from './heap.ts';
import { waitForStopSignal } from './signals.ts';
import { say } from '../messages.ts';
import { CLI_MESSAGES } from './messages.ts';
import { cliLanguage, cliTime } from './output.ts';
import { VERSION } from '../version.ts';

const EXTENSION_BUILD = extensionFolder();

export async function serve(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({ args, options: { 'announce-extension': { type: 'boolean' } }, strict: true });
  keepHeapSmall();
  const services = await openServices({ env });
  const { runtime, jobs, pruner, pairings } = services;
  const { config, logger } = runtime;

  for (const provider of PROVIDERS) {
    const upstream = config.upstreams[provider];
    if (upstream.sandbox) {
      logger.warn(
        { event: 'SANDBOX_UPSTREAM', provider, origin: upstream.origin },
        'connector points at a local sandbox',
      );
    }
  }

  const listener = createListener({
    ...services,
    now: runtime.time.now,
    apiToken: config.apiToken,
    extensionOrigins: config.extensionOrigins,
    csrfToken: createCsrfToken(),
    version: VERSION,
    logger,
  });
  void loadSetupAssets().catch(() =>
    logger.error({ event: 'SETUP_ASSETS_FAILED' }, 'setup page script failed to build'),
  );

  // Signal handlers go in before the listening line is printed: whoever reacts to that line may
  // signal at once, and a signal with no handler would kill the process mid-start.
  const stopSignal = waitForStopSignal((signal) =>
    logger.info({ event: 'ALREADY_STOPPING', signal }, 'already stopping'),
  );

  let running;
  try {
    running = await startServer(listener, config.port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    runtime.close();
    const language = cliLanguage(env);
    process.stderr.write(
      `${
        code === 'EADDRINUSE'
          ? say(CLI_MESSAGES.portInUse, language, { port: config.port })
          : say(CLI_MESSAGES.cannotListen, language, { port: config.port, code: code ?? 'unknown' })
      }\n`,
    );
    return 1;
  }

  // Bulk jobs left open (by a stop, a crash, or a command that could not wait) go on by themselves.
  jobs.start();
  pruner.start();
  // These two lines are read by scripts and tests: the same in every language.
  process.stdout.write(`listening on ${running.url}\n`);
  process.stdout.write(`setup: ${running.url}/setup\n`);
  logger.info({ event: 'LISTENING', port: running.port, version: VERSION }, 'companion started');

  if (values['announce-extension']) {
    const language = cliLanguage(env);
    const built = existsSync(EXTENSION_BUILD);
    process.stdout.write(
      `${built ? say(CLI_MESSAGES.extensionBuilt, language, { path: EXTENSION_BUILD }) : say(CLI_MESSAGES.extensionNotBuilt, language)}\n`,
    );
    const { code, expiresAt } = pairings.issueCode('serve');
    const until = cliTime(expiresAt, language);
    process.stdout.write(`${say(CLI_MESSAGES.pairingCode, language, { code, until })}\n`);
  }

  const signal = await stopSignal;
  logger.info({ event: 'STOPPING', signal }, 'companion stopping');
  await running.close();
  await jobs.stop();
  await pruner.stop();
  logger.info({ event: 'STOPPED' }, 'companion stopped');
  runtime.close();
  return 0;
}
