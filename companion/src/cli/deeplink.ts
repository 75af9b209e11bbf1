/**
 * `aigenc deeplink <url ...> [--sub-id <id>] [--json]`: Coupang Partners links, 20 URLs a call.
 * A URL that is not a coupang.com page is refused before any call (exit 2).
 */
import { parseArgs } from 'node:util';
import { isCoupangUrl } from '@aigenc/shared/domain';
import { MAX_DEEPLINK_URLS } from '@aigenc/shared/contract';
import { ConfigError } from '../errors.ts';
import { openRuntime } from '../runtime.ts';
import { cliLanguage, describeError } from './output.ts';

export async function deeplink(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { 'sub-id': { type: 'string' }, json: { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new ConfigError('Give one or more coupang.com page URLs.');
  const foreign = positionals.filter((url) => !isCoupangUrl(url));
  if (foreign.length > 0) {
    throw new ConfigError(
      `Not a coupang.com page (no link was made):\n${foreign.map((u) => `  ${u.slice(0, 200)}`).join('\n')}`,
    );
  }
  const subId = values['sub-id'];
  if (subId !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(subId))
    throw new ConfigError('--sub-id uses letters, digits, "_" and "-" only.');
  const language = cliLanguage();
  const runtime = await openRuntime({ stdout: null });
  try {
    const { client, defaultSubId } = await runtime.connectors.coupang();
    const links = [];
    for (let i = 0; i < positionals.length; i += MAX_DEEPLINK_URLS) {
      links.push(...(await client.deeplinks(positionals.slice(i, i + MAX_DEEPLINK_URLS), subId ?? defaultSubId)));
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
