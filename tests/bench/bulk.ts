/**
 * The bulk rows of `pnpm bench`: a 1,000-keyword job with document counts, timed against the
 * least time the sandbox's limits allow, with its Naver Search calls counted; and the database's
 * size and the companion's memory after a 10,000-keyword job against a sandbox answering 1,000
 * related rows a call, then after a second such job.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { KeywordJobSchema, type KeywordJob } from '@aigenc/shared/contract';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';
import type { Row } from './row.ts';
import { rssMb } from '../support/memory.ts';
import { growthValue } from './rss.ts';

const TOKEN = 'bench-bulk-token-0123456789abcdefghijklmnop';
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a job of these keywords and waits for it to end; the seconds it took. */
async function runJob(companion: CompanionProcess, keywords: string[]): Promise<{ job: KeywordJob; seconds: number }> {
  const started = performance.now();
  const created = await call(companion.port, '/api/v1/keywords/jobs', {
    method: 'POST',
    body: JSON.stringify({ keywords }),
    headers: auth,
  });
  if (created.status !== 201) throw new Error(`job refused: ${created.status} ${created.text.slice(0, 300)}`);
  const { id } = KeywordJobSchema.parse(created.json());
  for (;;) {
    const job = KeywordJobSchema.parse(
      (await call(companion.port, `/api/v1/keywords/jobs/${id}`, { headers: auth })).json(),
    );
    if (job.status === 'done') return { job, seconds: (performance.now() - started) / 1000 };
    // A job that waits (a 429 it was told to wait out) goes on by itself; the wait counts in its time.
    if (job.status === 'failed' || job.status === 'cancelled')
      throw new Error(`job ${job.status}: ${JSON.stringify(job.message ?? {})}`);
    await sleep(100);
  }
}

function searchCalls(sandbox: RunningSandbox): number {
  return Object.entries(sandbox.states.search.stats)
    .filter(([key]) => key.startsWith('GET /v1/search/') || key.startsWith('GET /search/v1/'))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** A companion on the sandbox, spacing Search Ad calls `intervalMs` apart (null: the product's default). */
async function withCompanion<T>(
  sandbox: RunningSandbox,
  env: Record<string, string>,
  work: (companion: CompanionProcess) => Promise<T>,
  intervalMs: number | null = 100,
): Promise<T> {
  const companion = await startCompanion({
    env: {
      ...env,
      AIGENC_API_TOKEN: TOKEN,
      ...(intervalMs === null ? {} : { AIGENC_SEARCHAD_INTERVAL_MS: String(intervalMs) }),
      AIGENC_LOG_LEVEL: 'warn',
    },
  });
  try {
    return await work(companion);
  } finally {
    await companion.stop();
    companion.cleanup();
    await sandbox.close();
  }
}

/**
 * 1,000 new keywords as a job, with the document counts the saturation formula uses, against a
 * sandbox that allows one Search Ad call per 90 ms and ten Naver Search calls a second. The least
 * time those limits allow: 200 Search Ad calls (5 hints each) need 199 intervals, 1,000 Naver
 * Search calls need 99 seconds; the two vendors can work side by side, so the larger one.
 */
export function bulkThousand(): Promise<Row[]> {
  // The sandbox allows a call every 90 ms, the companion spaces them 100 ms: a margin for timer
  // jitter, as against the real API (a 429 storm would cool the job down for five minutes).
  return bulkRows({ intervalMs: 90, companionMs: 100, label: 'the sandbox at 90 ms a call' });
}

/**
 * The same job as a person runs it: the companion at its default spacing, the sandbox at the
 * vendors' documented limits (Search Ad's keyword tool one call a second, Naver Search ten).
 */
export function bulkAtDefaultPacing(): Promise<Row[]> {
  return bulkRows({ intervalMs: 1_000, companionMs: null, label: 'default pacing, documented limits' });
}

async function bulkRows(pace: { intervalMs: number; companionMs: number | null; label: string }): Promise<Row[]> {
  const { intervalMs } = pace;
  const perSecond = 10;
  const count = 1_000;
  const sandbox = await startSandbox({ searchad: { minIntervalMs: intervalMs }, search: { perSecond } });
  return withCompanion(
    sandbox,
    demoEnvironment(sandbox.urls),
    async (companion) => {
      const keywords = Array.from({ length: count }, (_, i) => `대량벤치${i}`);
      const { seconds } = await runJob(companion, keywords);
      const least = Math.max(((count / 5 - 1) * intervalMs) / 1000, Math.floor((count - 1) / perSecond));
      const ratio = seconds / least;
      const perKeyword = searchCalls(sandbox) / count;
      const refused =
        (sandbox.states.searchad.stats['searchad:429'] ?? 0) + (sandbox.states.search.stats['search:429'] ?? 0);
      return [
        {
          figure: `1,000 keywords in bulk (${pace.label}), with documents / least time the limits allow`,
          value: `${ratio.toFixed(2)} (${seconds.toFixed(1)} s / ${least.toFixed(1)} s, ${refused} × 429)`,
          goal: '≤ 1.2',
          met: ratio <= 1.2,
        },
        {
          figure: `Naver Search calls per keyword in bulk (${pace.label})`,
          value: perKeyword.toFixed(2),
          goal: '≤ 1.05',
          met: perKeyword <= 1.05,
        },
      ];
    },
    pace.companionMs,
  );
}

/** The database and its write-ahead log, in bytes, once the pruner has had its passes. */
async function settledSize(home: string): Promise<number> {
  const size = () =>
    ['aigenc.db', 'aigenc.db-wal'].reduce((sum, name) => {
      try {
        return sum + statSync(join(home, name)).size;
      } catch {
        return sum;
      }
    }, 0);
  let last = size();
  for (let i = 0; i < 30; i++) {
    await sleep(6_000);
    const now = size();
    if (Math.abs(now - last) < 64 * 1024) return now;
    last = now;
  }
  return last;
}

/**
 * Two jobs of 10,000 different keywords each, Search Ad only (the size is what the related rows
 * make of it), against a sandbox answering 1,000 related rows a call: 2,000 calls, two million
 * rows offered to the cache per job.
 */
export async function storeGrowth(count = 10_000): Promise<Row[]> {
  const sandbox = await startSandbox({ searchad: { minIntervalMs: 90, relatedPerHint: 200 } });
  const env = Object.fromEntries(
    Object.entries(demoEnvironment(sandbox.urls)).filter(([name]) => name.startsWith('NAVER_SEARCHAD_')),
  );
  return withCompanion(sandbox, env, async (companion) => {
    const list = (tag: string) => Array.from({ length: count }, (_, i) => `${tag}${i}`);
    const first = await runJob(companion, list('저장벤치가'));
    const afterFirst = await settledSize(companion.home);
    const rssFirst = rssMb(companion.child.pid!);
    const second = await runJob(companion, list('저장벤치나'));
    const afterSecond = await settledSize(companion.home);
    const rssSecond = rssMb(companion.child.pid!);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const growth = afterSecond / afterFirst;
    return [
      {
        figure: 'database after a 10,000-keyword job / after a second (MB)',
        value: `${mb(afterFirst)} / ${mb(afterSecond)} (${growth.toFixed(2)})`,
        goal: 'second < 2× first',
        met: growth < 2,
      },
      {
        figure: 'companion RSS growth from the first 10,000-keyword job to the second (MB)',
        value: growthValue(rssFirst, rssSecond),
        goal: '< 10',
        met: rssSecond - rssFirst < 10,
      },
      {
        figure: '10,000 keywords, Search Ad only, first / second job (s)',
        value: `${first.seconds.toFixed(0)} / ${second.seconds.toFixed(0)}`,
        goal: '',
        met: null,
      },
    ];
  });
}
