/**
 * `aigenc deeplink <url ...> [--sub-id <id>] [--json]`: Coupang Partners links, 20 URLs a call,
 * through the same cache and history as the popup. Every URL is checked first: one that is not a
 * Coupang page a link can be asked for stops the command before any call (exit 2), with the reason.
 */
import { parseArgs } from 'node:util';
import { canonicalCoupangUrl } from '@aigenc/shared/domain';
import { MAX_DEEPLINK_URLS, type Deeplink } from '@aigenc/shared/contract';
import { openServices } from '../compose.ts';
import { COUPANG_REFUSALS } from '../services/messages.ts';
import { cliLanguage, describeError, usageError } from './output.ts';
import { CLI_MESSAGES } from './messages.ts';
import { USAGE_MESSAGES as U } from './usage/messages.ts';

export async function deeplink(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { 'sub-id': { type: 'string' }, json: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw usageError(U.deeplinkUrls);
  const language = cliLanguage();
  const refused = positionals.flatMap((url) => {
    const page = canonicalCoupangUrl(url);
    return page.ok ? [] : [`  ${url.slice(0, 200)}: ${COUPANG_REFUSALS[page.reason][language]}`];
  });
  if (refused.length > 0) throw usageError(CLI_MESSAGES.deeplinkRefused, { lines: refused.join('\n') });
  const subId = values['sub-id'];
  if (subId !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(subId)) throw usageError(U.deeplinkSubId);
  const { runtime, coupang: service } = await openServices({ env, stdout: null });
  try {
    const links: Deeplink[] = [];
    for (let i = 0; i < positionals.length; i += MAX_DEEPLINK_URLS) {
      const batch = positionals.slice(i, i + MAX_DEEPLINK_URLS);
      links.push(...(await service.deeplinks(batch, subId ? { subId } : {})));
    }
    process.stdout.write(
      values.json
        ? `${JSON.stringify(links, null, 2)}\n`
        : links.map((l) => `${l.shortenUrl}\t${l.originalUrl}`).join('\n') + '\n',
    );
    return 0;
  } catch (error) {
    process.stderr.write(`${describeError(error, language)}\n`);
    return 1;
  } finally {
    runtime.close();
  }
}
