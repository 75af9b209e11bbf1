/**
 * `pnpm bench`: the keyword path's figures, printed as one table and written as JSON under
 * tests/bench/results/. Everything runs on loopback against the sandbox. A benchmark, not a test:
 * it reports figures against their goals and exits 0 unless something broke.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { demoEnvironment, startSandbox } from '@aigenc/companion';
import { REPO_ROOT, startCompanion } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { load } from './load.ts';
import { popupTimings } from './popup.ts';

const TOKEN = 'bench-token-0123456789abcdefghijklmnopqrstuvwxyz';
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

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
  const companion = await startCompanion({ env });
  const pid = companion.child.pid!;
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const idle = rssMb(pid);

    // Cached metrics through the companion vs a bare node:http server answering the same bytes.
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
    const bareOrigin = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
    const shape = { path: '/api/v1/keywords/metrics', method: 'POST' as const, body, requests: 5_000, concurrency: 8 };
    await load({ ...shape, origin: bareOrigin, headers: auth, requests: 500 });
    const baseline = await load({
      ...shape,
      origin: bareOrigin,
      headers: { ...auth, host: `127.0.0.1:${(bare.address() as AddressInfo).port}` },
    });
    const ours = await load({ ...shape, origin: companion.url, headers: auth });
    const after5k = rssMb(pid);
    await load({ ...shape, origin: companion.url, headers: auth });
    const after10k = rssMb(pid);
    bare.close();
    const ratio = ours.perSecond / baseline.perSecond;
    rows.push(
      {
        figure: 'bare node:http, same bytes (req/s)',
        value: baseline.perSecond.toFixed(0),
        goal: 'baseline',
        met: null,
      },
      { figure: 'cached metrics via companion (req/s)', value: ours.perSecond.toFixed(0), goal: '', met: null },
      { figure: 'throughput ratio companion / bare', value: ratio.toFixed(2), goal: '≥ 0.5', met: ratio >= 0.5 },
      {
        figure: 'cached metrics p50 / p99 (ms)',
        value: `${ours.p50.toFixed(2)} / ${ours.p99.toFixed(2)}`,
        goal: 'p99 < 10',
        met: ours.p99 < 10,
      },
      { figure: 'companion RSS idle (MB)', value: idle.toFixed(1), goal: '< 150', met: idle < 150 },
      {
        figure: 'RSS after 5,000 / 10,000 lookups (MB)',
        value: `${after5k.toFixed(1)} / ${after10k.toFixed(1)}`,
        goal: '< 150 and flat',
        met: after10k < 150 && after10k - after5k < 10,
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
