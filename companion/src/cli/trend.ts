/**
 * `aigenc trend <kw ...> [--months n] [--json | --csv]`: estimated monthly searches (PC, mobile,
 * total) for up to five keywords, oldest month first, the current month marked partial; then the
 * season of each. Exit 1 when any keyword could not be answered, 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import { MAX_TREND_KEYWORDS } from '@aigenc/shared/contract';
import { TREND_MONTHS, cleanKeyword, csvRows } from '@aigenc/shared/domain';
import { toProblem } from '../errors/problem.ts';
import { say } from '../messages.ts';
import { openServices } from '../compose.ts';
import type { TrendItem } from '../services/keyword-trends.ts';
import { CLI_MESSAGES } from './messages.ts';
import { cliLanguage, describeError, exitCodeOf, table, usageError } from './output.ts';
import { USAGE_MESSAGES as U } from './usage/messages.ts';

const SHAPES = {
  rising: CLI_MESSAGES.shapeRising,
  falling: CLI_MESSAGES.shapeFalling,
  seasonal: CLI_MESSAGES.shapeSeasonal,
  steady: CLI_MESSAGES.shapeSteady,
} as const;

function monthsOption(text: string | undefined): number {
  if (text === undefined) return TREND_MONTHS.default;
  const months = Number(text);
  if (!Number.isInteger(months) || months < TREND_MONTHS.min || months > TREND_MONTHS.max)
    throw usageError(U.trendMonths, { min: TREND_MONTHS.min, max: TREND_MONTHS.max });
  return months;
}

function seasonLine(item: TrendItem, language: 'ko' | 'en'): string {
  const s = item.seasonality;
  if (!s) return '';
  const peaks = s.peakMonths.length ? s.peakMonths.join(', ') : '-';
  const yoy = s.yoy === null ? '-' : `${s.yoy > 0 ? '+' : ''}${Math.round(s.yoy * 100)}%`;
  return say(CLI_MESSAGES.trendSeason, language, { keyword: item.keyword, shape: SHAPES[s.shape], peaks, yoy });
}

export async function trend(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { months: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
  });
  const language = cliLanguage();
  const list = positionals.map(cleanKeyword).filter(Boolean);
  if (list.length === 0 || list.length > MAX_TREND_KEYWORDS)
    throw usageError(U.trendKeywords, { max: MAX_TREND_KEYWORDS });
  if (values.json && values.csv) throw usageError(U.oneOutput);
  const months = monthsOption(values.months);

  const { runtime, trends: service } = await openServices({ env, stdout: null });
  try {
    const items = await service.trends(list, months);
    if (values.json) {
      const wire = items.map(({ error, ...item }) => (error ? { ...item, error: toProblem(error, language) } : item));
      process.stdout.write(`${JSON.stringify(wire, null, 2)}\n`);
    } else if (values.csv) {
      const rows = items.flatMap((item) =>
        item.months.map((m) => [item.keyword, m.month, m.pc, m.mobile, m.total, m.partial ? 'partial' : '']),
      );
      process.stdout.write(`\uFEFF${csvRows([['keyword', 'month', 'pc', 'mobile', 'total', 'partial'], ...rows])}`);
    } else {
      const found = items.filter((i) => i.found);
      const header = [say(CLI_MESSAGES.colMonth, language), ...found.map((i) => i.keyword)];
      const rows = (found[0]?.months ?? []).map((m, index) => [
        m.partial ? `${m.month}*` : m.month,
        ...found.map((i) => (i.months[index]?.total ?? 0).toLocaleString('ko-KR')),
      ]);
      if (found.length) process.stdout.write(table([header, ...rows]));
      for (const item of items) {
        if (item.error) process.stderr.write(`${item.keyword}: ${describeError(item.error, language)}\n`);
        else if (!item.found)
          process.stdout.write(`${say(CLI_MESSAGES.trendNotFound, language, { keyword: item.keyword })}\n`);
        else process.stdout.write(`${seasonLine(item, language)}\n`);
      }
      if (found.length) process.stdout.write(`${say(CLI_MESSAGES.trendFootnote, language)}\n`);
    }
    return items.some((i) => i.error) ? 1 : 0;
  } catch (error) {
    process.stderr.write(`${describeError(error, language)}\n`);
    return exitCodeOf(error);
  } finally {
    runtime.close();
  }
}
