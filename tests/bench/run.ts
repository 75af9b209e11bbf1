/**
 * `pnpm bench`: the keyword path's figures, printed as one table and written as JSON under
 * tests/bench/results/. Everything runs on loopback against the sandbox. A benchmark, not a test:
 * it reports figures against their goals and exits 0 unless something broke.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoEnvironment, startSandbox } from '@aigenc/companion';
import { REPO_ROOT, runAigencAsync, startCompanion } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { load, type LoadResult } from './load.ts';
import { popupTimings } from './popup.ts';

const TOKEN = 'bench-token-0123456789abcdefghijklmnopqrstuvwxyz';
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

/** The round whose figure is the median of three. */
function medianBy<T>(items: T[], figure: (item: T) => number): T {
  return [...items].sort((a, b) => figure(a) - figure(b))[Math.floor(items.length / 2)]!;
}

/** The bare Express 5 app of minimal-express.mjs, in its own process like the companion. */
async function startMinimalExpress(bytes: string): Promise<{ origin: string; stop: () => void }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./minimal-express.mjs', import.meta.url))], {
    env: { PATH: process.env['PATH'], BENCH_BYTES: bytes },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /^port (\d+)$/m.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`minimal Express app exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/**
 * 1,000 new keywords through `aigenc keywords --file` against a sandbox that allows one Search Ad
 * call per 100 ms (document counts left out, to time the Search Ad pacing alone), as a ratio to
 * the least time that limit allows: 200 calls of 5 keywords, 199 intervals.
 */
async function bulkThousand(): Promise<Row> {
  const intervalMs = 100;
  const sandbox = await startSandbox({ searchad: { minIntervalMs: intervalMs } });
  const home = mkdtempSync(join(tmpdir(), 'aigenc-bench-bulk-'));
  try {
    const list = join(home, 'list.txt');
    writeFileSync(list, Array.from({ length: 1_000 }, (_, i) => `대량벤치${i}`).join('\n'));
    const env = Object.fromEntries(
      Object.entries(demoEnvironment(sandbox.urls)).filter(([name]) => name.startsWith('NAVER_SEARCHAD_')),
    );
    const started = performance.now();
    const run = await runAigencAsync(['keywords', '--file', list, '--csv'], home, {
      ...env,
      AIGENC_SEARCHAD_INTERVAL_MS: String(intervalMs),
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0)
      throw new Error(`bulk run exited ${run.status}: ${run.stderr.slice(-600)} ${run.stdout.slice(-300)}`);
    const minimum = (199 * intervalMs) / 1000;
    const ratio = seconds / minimum;
    return {
      figure: '1,000 keywords in bulk / least time the limit allows',
      value: `${ratio.toFixed(2)} (${seconds.toFixed(1)} s)`,
      goal: '≤ 2',
      met: ratio <= 2,
    };
  } finally {
    await sandbox.close();
    rmSync(home, { recursive: true, force: true });
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

interface Row {
  figure: string;
  value: string;
  goal: string;
  met: boolean | null;
}

async function main(): Promise<void> {
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

    // Cached metrics through the companion vs a bare node:http server answering the same bytes,
    // and a bare Express 5 app as the framework's ceiling. Rounds are interleaved and the median
    // kept, because the load generator shares the machine's cores with the servers.
    const body = JSON.stringify({ keywords: ['캠핑의자'] });
    const warm = await call(companion.port, '/api/v1/keywords/metrics', { method: 'POST', body, headers: auth });
    const bytes = warm.text;
    const bare = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(bytes),
      });
      res.end(bytes);
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const minimal = await startMinimalExpress(bytes);
    const origins = {
      bare: `http://127.0.0.1:${(bare.address() as AddressInfo).port}`,
      minimal: minimal.origin,
      ours: companion.url,
    };
    const shape = { path: '/api/v1/keywords/metrics', method: 'POST' as const, body, requests: 4_500, concurrency: 8 };
    const rounds: Record<keyof typeof origins, LoadResult[]> = { bare: [], minimal: [], ours: [] };
    // RSS is read after the companion's first round (500 + 4,500 = 5,000 lookups) and its last (14,000).
    const rss: number[] = [];
    for (const origin of Object.values(origins)) await load({ ...shape, origin, headers: auth, requests: 500 });
    for (let round = 0; round < 3; round++) {
      for (const [name, origin] of Object.entries(origins) as [keyof typeof origins, string][]) {
        rounds[name].push(await load({ ...shape, origin, headers: auth }));
        if (name === 'ours') rss.push(rssMb(pid));
      }
    }
    bare.close();
    minimal.stop();
    const baseline = medianBy(rounds.bare, (r) => r.perSecond);
    const framework = medianBy(rounds.minimal, (r) => r.perSecond);
    const ours = medianBy(rounds.ours, (r) => r.perSecond);
    const p99 = medianBy(rounds.ours, (r) => r.p99);
    const ratio = ours.perSecond / baseline.perSecond;
    rows.push(
      {
        figure: 'bare node:http, same bytes (req/s)',
        value: baseline.perSecond.toFixed(0),
        goal: 'baseline',
        met: null,
      },
      {
        figure: 'bare Express 5 app, same bytes (req/s)',
        value: `${framework.perSecond.toFixed(0)} (${(framework.perSecond / baseline.perSecond).toFixed(2)})`,
        goal: 'ceiling',
        met: null,
      },
      { figure: 'cached metrics via companion (req/s)', value: ours.perSecond.toFixed(0), goal: '', met: null },
      { figure: 'throughput ratio companion / bare', value: ratio.toFixed(2), goal: '≥ 0.5', met: ratio >= 0.5 },
      {
        figure: 'cached metrics p50 / p99 (ms)',
        value: `${ours.p50.toFixed(2)} / ${p99.p99.toFixed(2)}`,
        goal: 'p99 < 10',
        met: p99.p99 < 10,
      },
      { figure: 'companion cold start → listening (ms)', value: coldStartMs.toFixed(0), goal: '', met: null },
      { figure: 'companion RSS idle (MB)', value: idle.toFixed(1), goal: '< 150', met: idle < 150 },
      {
        figure: 'RSS after 5,000 / 14,000 lookups (MB)',
        value: `${rss[0]!.toFixed(1)} / ${rss[2]!.toFixed(1)}`,
        goal: '< 150 and flat',
        met: Math.max(...rss) < 150 && rss[2]! - rss[0]! < 10,
      },
    );

    // Search Ad calls per keyword in bulk: 100 new keywords.
    const before = sandbox.states.searchad.stats['searchad:ok'] ?? 0;
    const keywords = Array.from({ length: 100 }, (_, i) => `벤치키워드${i}`);
    const t0 = performance.now();
    const bulk = await call(companion.port, '/api/v1/keywords/metrics', {
      method: 'POST',
      body: JSON.stringify({ keywords }),
      headers: auth,
    });
    const bulkSeconds = (performance.now() - t0) / 1000;
    if (bulk.status !== 200) throw new Error(`bulk answered ${bulk.status}`);
    const calls = (sandbox.states.searchad.stats['searchad:ok'] ?? 0) - before;
    rows.push({
      figure: 'Search Ad calls per keyword (100 new)',
      value: (calls / 100).toFixed(2),
      goal: '≤ 0.2',
      met: calls / 100 <= 0.2,
    });
    rows.push({ figure: '100 new keywords with documents (s)', value: bulkSeconds.toFixed(1), goal: '', met: null });

    // A batch of 100 Coupang links, as the popup's bulk view sends them: 20 a request, in sequence.
    const linksStarted = performance.now();
    for (let i = 0; i < 100; i += 20) {
      const urls = Array.from({ length: 20 }, (_, j) => `https://www.coupang.com/vp/products/${500_000 + i + j}`);
      const answer = await call(companion.port, '/api/v1/coupang/deeplinks', {
        method: 'POST',
        body: JSON.stringify({ urls }),
        headers: auth,
      });
      if (answer.status !== 200) throw new Error(`deeplinks answered ${answer.status}`);
    }
    rows.push({
      figure: '100 Coupang links, 20 a request (s)',
      value: ((performance.now() - linksStarted) / 1000).toFixed(1),
      goal: '',
      met: null,
    });

    rows.push(await bulkThousand());

    // Popup open → metrics rendered in Chromium, warm cache and cold (against the sandbox).
    const popup = await popupTimings(companion.port, companion.home);
    rows.push(
      { figure: 'popup open → metrics, warm (ms)', value: popup.warm.toFixed(0), goal: '< 300', met: popup.warm < 300 },
      { figure: 'popup open → metrics, cold (ms)', value: popup.cold.toFixed(0), goal: '', met: null },
    );
  } finally {
    await companion.stop();
    companion.cleanup();
    await sandbox.close();
  }

  const width = Math.max(...rows.map((r) => r.figure.length));
  const lines = [
    `${'figure'.padEnd(width)}  ${'value'.padStart(16)}  goal`,
    ...rows.map(
      (r) =>
        `${r.figure.padEnd(width)}  ${r.value.padStart(16)}  ${r.goal}${r.met === null ? '' : r.met ? '  ✓' : '  ✗'}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(REPO_ROOT, 'tests', 'bench', 'results', `${stamp}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2));
  process.stdout.write(`written to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
