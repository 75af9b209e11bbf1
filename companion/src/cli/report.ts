/**
 * `aigenc report coupang --since <yyyy-mm-dd> [--until <yyyy-mm-dd>] [--sub-id <id>] [--json | --csv]`:
 * what the Partners links earned per Korean day (clicks, orders, cancels, sales, commission net
 * of cancels), the totals, and per subId. `--until` defaults to yesterday (KST); up to 366 days.
 * `--sub-id -` is the links made without a subId. Exit 1 when Coupang could not answer, 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import { addDays, conversion, csvRows, earningsPerClick, isCalendarDay, koreanDay } from '@aigenc/shared/domain';
import type { CoupangReportResponse } from '@aigenc/shared/contract';
import { instantWords, say } from '../messages.ts';
import { openServices } from '../compose.ts';
import { CLI_MESSAGES } from './messages.ts';
import { cliLanguage, describeError, exitCodeOf, table, usageError, type CliLanguage } from './output.ts';
import { USAGE_MESSAGES as U } from './usage/messages.ts';

/** The longest span the command walks (the API stops at 90 days). */
export const CLI_MAX_REPORT_DAYS = 366;
const SUB_ID = /^[A-Za-z0-9_-]{1,64}$/;

function day(text: string | undefined, option: string): string | undefined {
  if (text === undefined) return undefined;
  if (!isCalendarDay(text)) throw usageError(U.reportDay, { option });
  return text;
}

const won = (n: number) => n.toLocaleString('ko-KR');
const percent = (n: number | null) => (n === null ? '-' : `${(n * 100).toFixed(1)}%`);

function text(answer: CoupangReportResponse, language: CliLanguage): string {
  const M = CLI_MESSAGES;
  const head = [M.colDate, M.colClicks, M.colOrders, M.colCancels, M.colGmv, M.colCommission].map((m) =>
    say(m, language),
  );
  const figures = (f: CoupangReportResponse['totals']) => [
    won(f.clicks),
    won(f.orders),
    won(f.cancels),
    won(f.gmv),
    won(f.commission),
  ];
  const days = answer.days.map((d) => [d.date, ...figures(d)]);
  const out = [table([head, ...days, [say(M.reportTotal, language), ...figures(answer.totals)]])];
  if (answer.bySubId.length > 0) {
    const subHead = [M.colSubId, M.colClicks, M.colOrders, M.colConversion, M.colCommission, M.colPerClick].map((m) =>
      say(m, language),
    );
    const rows = answer.bySubId.map((s) => {
      const perClick = earningsPerClick(s);
      return [
        s.subId ?? say(M.reportNoSubId, language),
        won(s.clicks),
        won(s.orders),
        percent(conversion(s)),
        won(s.commission),
        perClick === null ? '-' : perClick.toFixed(1),
      ];
    });
    out.push(table([subHead, ...rows]));
  }
  out.push(`${say(M.reportFootnote, language, { settled: answer.settledThrough })}\n`);
  if (answer.stale) out.push(`${say(M.reportStale, language, { asOf: instantWords(Date.parse(answer.asOf)) })}\n`);
  return out.join('\n');
}

export async function report(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      since: { type: 'string' },
      until: { type: 'string' },
      'sub-id': { type: 'string' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
    },
  });
  const language = cliLanguage();
  if (positionals.length !== 1 || positionals[0] !== 'coupang') throw usageError(U.reportUsage);
  const since = day(values.since, '--since');
  if (!since) throw usageError(U.reportSince);
  const subIdOption = values['sub-id'];
  if (subIdOption !== undefined && subIdOption !== '-' && !SUB_ID.test(subIdOption)) throw usageError(U.reportSubId);
  if (values.json && values.csv) throw usageError(U.oneOutput);

  const { runtime, reports: service } = await openServices({ env, stdout: null });
  try {
    const until = day(values.until, '--until') ?? addDays(koreanDay(runtime.time.now()), -1);
    const subId = subIdOption === undefined ? undefined : subIdOption === '-' ? null : subIdOption;
    const answer = await service.report({ from: since, to: until, subId }, CLI_MAX_REPORT_DAYS);
    if (values.json) process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    else if (values.csv) {
      const rows = answer.days.map((d) => [d.date, d.clicks, d.orders, d.cancels, d.gmv, d.commission]);
      process.stdout.write(`\uFEFF${csvRows([['date', 'clicks', 'orders', 'cancels', 'gmv', 'commission'], ...rows])}`);
    } else process.stdout.write(text(answer, language));
    return 0;
  } catch (error) {
    process.stderr.write(`${describeError(error, language)}\n`);
    return (error as { code?: string }).code === 'VALIDATION_FAILED' ? 2 : exitCodeOf(error);
  } finally {
    runtime.close();
  }
}
