/**
 * `aigenc sandbox`: only the emulator of the four official APIs, on loopback; prints its four base
 * URLs (for the *_BASE_URL variables) and runs until SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from '../sandbox/server.ts';
import { waitForStopSignal } from './signals.ts';

export async function sandbox(args: string[]): Promise<number> {
  parseArgs({ args, strict: true, options: {} });
  const stop = waitForStopSignal();
  const running = await startSandbox();
  process.stdout.write(
    [
      `NAVER_SEARCHAD_BASE_URL=${running.urls.searchad}`,
      `NAVER_SEARCH_BASE_URL=${running.urls.search}`,
      `NAVER_COMMERCE_BASE_URL=${running.urls.commerce}`,
      `COUPANG_PARTNERS_BASE_URL=${running.urls.coupang}`,
      '',
    ].join('\n'),
  );
  await stop;
  await running.close();
  return 0;
}
