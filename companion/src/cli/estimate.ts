/**
 * `aigenc estimate <kw> [--bids 500,1000] [--device pc|mobile|both] [--json]`: what each bid would
 * have bought over Search Ad's last 28 days (impressions, clicks, cost), with the median and
 * exposure-minimum bids; without --bids, a ladder around the keyword's own position bids. Bad bids
 * are refused before any call (exit 2).
 */
import { parseArgs } from 'node:util';
import { EstimateDeviceSchema, KeywordEstimateQuerySchema } from '@aigenc/shared/contract';
import { cleanKeyword } from '@aigenc/shared/domain';
import { say } from '../messages.ts';
import { openServices } from '../compose.ts';
import { CLI_MESSAGES } from './messages.ts';
import { cliLanguage, describeError, exitCodeOf, table, usageError } from './output.ts';
import { USAGE_MESSAGES as U } from './usage/messages.ts';

const won = (n: number | null | undefined) => (n === null || n === undefined ? '-' : n.toLocaleString('ko-KR'));

export async function estimate(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { bids: { type: 'string' }, device: { type: 'string' }, json: { type: 'boolean' } },
  });
  const language = cliLanguage();
  const keyword = cleanKeyword(positionals.join(' '));
  if (!keyword) throw usageError(U.estimateUsage);
  if (values.device !== undefined && !EstimateDeviceSchema.safeParse(values.device).success)
    throw usageError(U.estimateDevice);
  const parsed = KeywordEstimateQuerySchema.safeParse({
    keyword,
    ...(values.device ? { device: values.device } : {}),
    ...(values.bids !== undefined ? { bids: values.bids } : {}),
  });
  if (!parsed.success) throw usageError(U.estimateBids);
  const { device, bids } = parsed.data;

  const { runtime, estimates } = await openServices({ env, stdout: null });
  try {
    const answer = await estimates.estimate(keyword, device, bids);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      return 0;
    }
    const header = [
      say(CLI_MESSAGES.colBid, language),
      say(CLI_MESSAGES.colImpressions, language),
      say(CLI_MESSAGES.colClicks, language),
      say(CLI_MESSAGES.colCost, language),
    ];
    const rows = answer.items.map((i) => [won(i.bid), won(i.impressions), won(i.clicks), won(i.cost)]);
    process.stdout.write(table([header, ...rows]));
    for (const [surface, bidsOf] of Object.entries(answer.surfaces)) {
      if (!bidsOf) continue;
      process.stdout.write(
        `${say(CLI_MESSAGES.estimateWindow, language, {
          surface: surface === 'pc' ? 'PC' : say(CLI_MESSAGES.mobile, language),
          median: won(bidsOf.medianBid),
          minimum: won(bidsOf.exposureMinimumBid),
        })}\n`,
      );
    }
    process.stdout.write(`${say(CLI_MESSAGES.estimateFootnote, language)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${describeError(error, language)}\n`);
    return exitCodeOf(error);
  } finally {
    runtime.close();
  }
}
