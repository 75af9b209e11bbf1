/**
 * `aigenc pair`: prints a fresh pairing code. Works whether or not the server is running: the code
 * lives in the shared database, and any earlier code stops working.
 */
import { parseArgs } from 'node:util';
import { openServices } from '../compose.ts';
import { say } from '../messages.ts';
import { CLI_MESSAGES } from './messages.ts';
import { cliLanguage, cliTime } from './output.ts';

export async function pair(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } }, strict: true });
  const { runtime, pairings } = await openServices({ env, stdout: null });
  try {
    const { code, expiresAt } = pairings.issueCode('cli');
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ code, expiresAt: expiresAt.toISOString() })}\n`);
    } else {
      const language = cliLanguage(env);
      const until = cliTime(expiresAt, language);
      process.stdout.write(`${say(CLI_MESSAGES.pairTyped, language, { code, until })}\n`);
    }
    return 0;
  } finally {
    runtime.close();
  }
}
