/**
 * `aigenc demo`: the companion with the built-in sandbox of the official APIs and demo keys, so
 * everything can be tried without real keys. Its connections are sandbox connections.
 */
import { startSandbox } from '../sandbox/server.ts';
import { demoEnvironment } from '../sandbox/credentials.ts';
import { serve } from './serve.ts';
import { say } from '../messages.ts';
import { CLI_MESSAGES } from './messages.ts';
import { cliLanguage } from './output.ts';

export async function demo(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const running = await startSandbox();
  process.stdout.write(`${say(CLI_MESSAGES.demoBanner, cliLanguage(env))}\n`);
  try {
    return await serve(args, { ...env, ...demoEnvironment(running.urls) });
  } finally {
    await running.close();
  }
}
