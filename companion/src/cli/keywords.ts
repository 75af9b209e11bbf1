/**
 * `aigenc keywords <kw ...> [--file list.txt] [--json | --csv]`: metrics for many keywords at the
 * vendor's pace, with a progress bar on a terminal, as a bulk job the companion keeps (the same
 * jobs as the bulk page). Exit 1 when any keyword could not be answered, or when the job must wait
 * longer than a minute (a cooldown, a spent quota): it is kept, and goes on by itself.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_KEYWORD_LENGTH } from '@aigenc/shared/contract';
import { cleanKeyword } from '@aigenc/shared/domain';
import { UsageError } from '../errors/index.ts';
import { openServices } from '../compose.ts';
import { cliLanguage, progressBar, table, usageError } from './output.ts';
import { USAGE_MESSAGES as U } from './usage/messages.ts';
import { metricsCsv, problemLine } from '../services/keyword-csv.ts';
import { say } from '../messages.ts';
import { CLI_MESSAGES } from './messages.ts';
import { jobMessage } from '../services/job-results.ts';
import { readProblem } from '../errors/problem.ts';

function readKeywords(positionals: string[], file: string | undefined): string[] {
  const fromFile = file
    ? readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((line) => line.split('\t')[0]!.trim())
        .filter((line) => line && !line.startsWith('#'))
    : [];
  const all = [...positionals, ...fromFile].map(cleanKeyword).filter(Boolean);
  const tooLong = all.find((k) => k.length > MAX_KEYWORD_LENGTH);
  if (tooLong) throw usageError(U.keywordTooLong, { max: MAX_KEYWORD_LENGTH, keyword: tooLong.slice(0, 30) });
  return all;
}

/**
 * A wait longer than this ends the command; the job stays with the companion. Shorter than a
 * vendor outage's retry (a minute), so a person at a terminal is told at once rather than left
 * looking at a bar that does not move.
 */
const MAX_CLI_WAIT_MS = 30_000;

const COMPETITION = {
  low: CLI_MESSAGES.competitionLow,
  medium: CLI_MESSAGES.competitionMedium,
  high: CLI_MESSAGES.competitionHigh,
} as const;
const COLUMNS = [
  CLI_MESSAGES.colKeyword,
  CLI_MESSAGES.colPc,
  CLI_MESSAGES.colMobile,
  CLI_MESSAGES.colTotal,
  CLI_MESSAGES.colCompetition,
  CLI_MESSAGES.colBlog,
  CLI_MESSAGES.colSaturation,
  CLI_MESSAGES.colGrade,
];

function count(value: number | undefined, below10: boolean | undefined): string {
  if (value === undefined) return '-';
  return below10 ? '< 10' : value.toLocaleString('ko-KR');
}

export async function keywords(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { file: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
  });
  if (values.json && values.csv) throw usageError(U.oneOutput);
  let list: string[];
  try {
    list = readKeywords(positionals, values.file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw usageError(U.keywordFileUnreadable, {
      file: values.file ?? '--file',
      code: (error as NodeJS.ErrnoException).code ?? 'error',
    });
  }
  if (list.length === 0) throw usageError(U.keywordsNone);

  const language = cliLanguage();
  const { runtime, jobs, pruner } = await openServices({ env, stdout: null });
  try {
    // The list is a job the companion keeps: run again after an interruption, the same open job
    // goes on from where it stopped, and what the cache has is not asked again.
    pruner.start();
    const job = jobs.findOpen(list) ?? jobs.create(list, `aigenc keywords · ${list[0]!}`);
    const bar = progressBar(say(CLI_MESSAGES.keywordsProgress, language));
    const ended = await jobs.runToEnd(job.id, (done, total) => bar.update(done, total), MAX_CLI_WAIT_MS);
    bar.end();
    if (ended.status !== 'done') {
      const why = jobMessage(ended, language) ?? '';
      process.stderr.write(`${why}\n${ended.status === 'waiting' ? say(CLI_MESSAGES.jobKept, language) : ''}`);
      return 1;
    }
    const { items } = jobs.results(job.id, 0, ended.total);
    if (values.json) {
      const wire = items.map(({ item, error }) => (error ? { ...item, error: readProblem(error, language) } : item));
      process.stdout.write(`${JSON.stringify(wire, null, 2)}\n`);
    } else if (values.csv) {
      process.stdout.write(metricsCsv(items, language));
    } else {
      const header = COLUMNS.map((column) => column[language]);
      const rows = items.map(({ item: i, error }) =>
        error
          ? [i.keyword, problemLine(readProblem(error, language))]
          : [
              i.keyword,
              count(i.searches?.pc, i.searches?.pcBelow10),
              count(i.searches?.mobile, i.searches?.mobileBelow10),
              count(i.searches?.total, false),
              i.competition ? COMPETITION[i.competition][language] : '-',
              i.documents['blog'] === null || i.documents['blog'] === undefined
                ? '-'
                : i.documents['blog'].toLocaleString('ko-KR'),
              i.saturation === null ? '-' : String(i.saturation),
              i.grade ?? (i.found ? '-' : say(CLI_MESSAGES.noData, language)),
            ],
      );
      process.stdout.write(table([header, ...rows]));
    }
    return items.some((i) => i.error) ? 1 : 0;
  } finally {
    await pruner.stop();
    runtime.close();
  }
}
