/**
 * `pnpm bench`: the companion's and the popup's figures, printed as one table and written as JSON
 * under tests/bench/results/. Everything runs on loopback against the sandbox. Each figure with a
 * goal is a ratio to a baseline measured in the same run (these machines are shared and noisy),
 * or a bound; a benchmark, not a test: it reports and exits 0 unless something broke.
 *
 *   pnpm bench                 every row (about twenty minutes)
 *   pnpm bench -- --quick      without the bulk job at the default pacing and the two 10,000-keyword
 *                              jobs of the store row
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoEnvironment, startSandbox } from '@aigenc/companion';
import { REPO_ROOT, startCompanion } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { bulkAtDefaultPacing, bulkThousand, storeGrowth } from './bulk.ts';
import { pageLoadCost } from './page-load.ts';
import { popupTimings } from './popup.ts';
import { gapOf, type Row } from './row.ts';
import { rssMb } from '../support/memory.ts';
import { growthValue } from './rss.ts';
import { cachedThroughput } from './throughput.ts';

const TOKEN = 'bench-token-0123456789abcdefghijklmnopqrstuvwxyz';
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

/** The rows measured on one companion: memory, cached throughput, Search Ad batching, links, the popup. */
async function companionRows(): Promise<Row[]> {
  const rows: Row[] = [];
  const sandbox = await startSandbox({ searchad: { minIntervalMs: 300 } });
  const env = {
    ...demoEnvironment(sandbox.urls),
    AIGENC_API_TOKEN: TOKEN,
    AIGENC_SEARCHAD_INTERVAL_MS: '300',
    AIGENC_LOG_LEVEL: 'warn',
  };
  const startedAt = performance.now();
  const companion = await startCompanion({ env });
  const coldStartMs = performance.now() - startedAt;
  const pid = companion.child.pid!;
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const idle = rssMb(pid);
    rows.push(
      { figure: 'companion cold start → listening (ms)', value: coldStartMs.toFixed(0), goal: '', met: null },
      { figure: 'companion RSS idle (MB)', value: idle.toFixed(1), goal: '< 80', met: idle < 80 },
    );

    const body = JSON.stringify({ keywords: ['캠핑의자'] });
    const warm = await call(companion.port, '/api/v1/keywords/metrics', { method: 'POST', body, headers: auth });
    // RSS after the companion's first round (500 + 4,500 = 5,000 lookups) and its last (14,000).
    const rss: number[] = [];
    rows.push(
      ...(await cachedThroughput({
        origin: companion.url,
        headers: auth,
        body,
        bytes: warm.text,
        afterRound: () => rss.push(rssMb(pid)),
      })),
      {
        figure: 'companion RSS after 14,000 cached lookups (MB)',
        value: rss[2]!.toFixed(1),
        goal: '< 150',
        met: Math.max(...rss) < 150,
      },
      {
        figure: 'companion RSS growth from 5,000 to 14,000 cached lookups (MB)',
        value: growthValue(rss[0]!, rss[2]!),
        goal: '< 10',
        met: rss[2]! - rss[0]! < 10,
      },
    );

    // Search Ad calls per keyword for 100 new keywords through the metrics call (the popup's
    // path, all four document counts).
    const before = sandbox.states.searchad.stats['searchad:ok'] ?? 0;
    const keywords = Array.from({ length: 100 }, (_, i) => `벤치키워드${i}`);
    const t0 = performance.now();
    const answer = await call(companion.port, '/api/v1/keywords/metrics', {
      method: 'POST',
      body: JSON.stringify({ keywords }),
      headers: auth,
    });
    const seconds = (performance.now() - t0) / 1000;
    if (answer.status !== 200) throw new Error(`metrics answered ${answer.status}`);
    const calls = (sandbox.states.searchad.stats['searchad:ok'] ?? 0) - before;
    rows.push(
      {
        figure: 'Search Ad calls per keyword (100 new)',
        value: (calls / 100).toFixed(2),
        goal: '≤ 0.2',
        met: calls <= 20,
      },
      { figure: '100 new keywords, all four documents (s)', value: seconds.toFixed(1), goal: '', met: null },
    );

    // 100 Coupang links, as the popup's bulk view sends them: 20 a request, in sequence.
    const linksStarted = performance.now();
    for (let i = 0; i < 100; i += 20) {
      const urls = Array.from({ length: 20 }, (_, j) => `https://www.coupang.com/vp/products/${500_000 + i + j}`);
      const links = await call(companion.port, '/api/v1/coupang/deeplinks', {
        method: 'POST',
        body: JSON.stringify({ urls }),
        headers: auth,
      });
      if (links.status !== 200) throw new Error(`deeplinks answered ${links.status}`);
    }
    rows.push({
      figure: '100 Coupang links, 20 a request (s)',
      value: ((performance.now() - linksStarted) / 1000).toFixed(1),
      goal: '',
      met: null,
    });

    const popup = await popupTimings(companion.port);
    const ratio = popup.warm / popup.blank;
    rows.push(
      { figure: 'blank extension page open (ms)', value: popup.blank.toFixed(0), goal: 'baseline', met: null },
      {
        figure: 'popup open → metrics, warm / blank page',
        value: `${ratio.toFixed(2)} (${popup.warm.toFixed(0)} ms)`,
        goal: '≤ 1.5',
        met: ratio <= 1.5,
      },
      { figure: 'popup open → metrics, cold (ms)', value: popup.cold.toFixed(0), goal: '', met: null },
    );

    const page = await pageLoadCost(companion.port);
    const cost = page.with / page.without;
    rows.push(
      { figure: 'routed search page load, no panel (ms)', value: page.without.toFixed(0), goal: 'baseline', met: null },
      {
        figure: 'the same page with the in-page panel / without',
        value: `${cost.toFixed(3)} (${page.with.toFixed(0)} ms)`,
        goal: '≤ 1.05',
        met: cost <= 1.05,
      },
    );
  } finally {
    await companion.stop();
    companion.cleanup();
    await sandbox.close();
  }
  return rows;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const rows = [
    ...(await companionRows()),
    ...(await bulkThousand()),
    ...(quick ? [] : [...(await bulkAtDefaultPacing()), ...(await storeGrowth())]),
  ];
  const width = Math.max(...rows.map((r) => r.figure.length));
  const valueWidth = Math.max(16, ...rows.map((r) => r.value.length));
  const lines = [
    `${'figure'.padEnd(width)}  ${'value'.padStart(valueWidth)}  goal`,
    ...rows.map((r) => {
      const gap = gapOf(r);
      const verdict = r.met === null ? '' : r.met ? '  ✓ met' : `  ✗ not met${gap ? ` (${gap})` : ''}`;
      return `${r.figure.padEnd(width)}  ${r.value.padStart(valueWidth)}  ${r.goal}${verdict}`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const at = new Date().toISOString();
  const file = join(REPO_ROOT, 'tests', 'bench', 'results', `${at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify({ at, node: process.version, quick, rows: rows.map((r) => ({ ...r, gap: gapOf(r) })) }, null, 2),
  );
  process.stdout.write(`written to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
