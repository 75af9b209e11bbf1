/**
 * `aigenc keywords <kw ...> [--file list.txt] [--json | --csv]`: metrics for many keywords at the
 * vendor's pace, with a progress bar on a terminal. Exit 1 when any keyword could not be answered.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_KEYWORD_LENGTH } from '@aigenc/shared/contract';
import { cleanKeyword, csvRows } from '@aigenc/shared/domain';
import { ConfigError } from '../errors.ts';
import { toProblem } from '../http/error-handler.ts';
import { openRuntime } from '../runtime.ts';
import { KeywordMetricsService, type MetricsItem } from '../services/keyword-metrics.ts';
import { KeywordCache } from '../store/keyword-cache.ts';
import { SettingsStore } from '../store/settings.ts';
import { cliLanguage, describeError, progressBar, table } from './output.ts';
import { searchAdConnector, searchConnector } from '../connectors/index.ts';
import { say } from '../messages.ts';
import { CLI_MESSAGES } from './messages.ts';

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
  if (tooLong)
    throw new ConfigError(`A keyword is longer than ${MAX_KEYWORD_LENGTH} characters: "${tooLong.slice(0, 30)}…"`);
  return all;
}

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

export async function keywords(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { file: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
  });
  if (values.json && values.csv) throw new ConfigError('Choose one output: --json or --csv.');
  let list: string[];
  try {
    list = readKeywords(positionals, values.file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      `Cannot read ${values.file ?? 'the keyword file'}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  if (list.length === 0) throw new ConfigError('Give keywords as arguments or with --file <path> (one per line).');

  const language = cliLanguage();
  const runtime = await openRuntime({ stdout: null });
  try {
    // The cache makes a rerun after an interruption resume: answered keywords are not asked again.
    const service = new KeywordMetricsService({
      searchAd: () => runtime.connectors.client(searchAdConnector),
      search: () => runtime.connectors.optional(searchConnector),
      cache: new KeywordCache(runtime.db, runtime.time.now),
      settings: () => new SettingsStore(runtime.db, runtime.time.now).saturation(),
      now: runtime.time.now,
    });
    const bar = progressBar(say(CLI_MESSAGES.keywordsProgress, language));
    let items: MetricsItem[];
    try {
      items = await service.metrics(list, ({ done, total }) => bar.update(done, total));
    } catch (error) {
      bar.end();
      process.stderr.write(`${describeError(error, language)}\n`);
      return 1;
    }
    bar.end();
    if (values.json) {
      const wire = items.map(({ error, ...item }) => (error ? { ...item, error: toProblem(error, language) } : item));
      process.stdout.write(`${JSON.stringify(wire, null, 2)}\n`);
    } else if (values.csv) {
      const header = [
        'keyword',
        'pc',
        'mobile',
        'total',
        'pc_below_10',
        'mobile_below_10',
        'competition',
        'pc_clicks',
        'mobile_clicks',
        'pc_ctr',
        'mobile_ctr',
        'ad_depth',
        'blog',
        'cafearticle',
        'webkr',
        'news',
        'saturation',
        'grade',
        'error',
      ];
      const rows = items.map((i) => [
        i.keyword,
        i.searches?.pc,
        i.searches?.mobile,
        i.searches?.total,
        i.searches?.pcBelow10,
        i.searches?.mobileBelow10,
        i.competition,
        i.clicks?.pc,
        i.clicks?.mobile,
        i.ctr?.pc,
        i.ctr?.mobile,
        i.adDepth,
        i.documents['blog'],
        i.documents['cafearticle'],
        i.documents['webkr'],
        i.documents['news'],
        i.saturation,
        i.grade,
        i.error ? describeError(i.error, language) : '',
      ]);
      process.stdout.write(`\uFEFF${csvRows([header, ...rows])}`);
    } else {
      const header = COLUMNS.map((column) => column[language]);
      const rows = items.map((i) =>
        i.error
          ? [i.keyword, describeError(i.error, language)]
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
    runtime.close();
  }
}
