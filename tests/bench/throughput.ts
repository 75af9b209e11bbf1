/**
 * Cached keyword metrics through the companion against a bare Express 5 app answering the same
 * bytes (the goal's baseline) and a bare node:http server (the machine's ceiling). Rounds are
 * interleaved and the median kept, because the load generator shares the cores with the servers.
 * Throughput is measured eight requests at once; the p99 the goal names, for one person, one
 * request at a time (the popup asks once per keyword), with the same under load shown beside.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { load, type LoadResult } from './load.ts';
import type { Row } from './row.ts';

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

export interface ThroughputTarget {
  origin: string;
  headers: Record<string, string>;
  /** The body of the metrics call and the bytes the companion answers it with. */
  body: string;
  bytes: string;
  /** Called after each of the companion's rounds (to read its memory). */
  afterRound?: () => void;
}

export async function cachedThroughput(target: ThroughputTarget): Promise<Row[]> {
  const bare = createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(target.bytes),
    });
    res.end(target.bytes);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const minimal = await startMinimalExpress(target.bytes);
  try {
    const origins = {
      bare: `http://127.0.0.1:${(bare.address() as AddressInfo).port}`,
      express: minimal.origin,
      ours: target.origin,
    };
    const shape = { path: '/api/v1/keywords/metrics', method: 'POST' as const, body: target.body, concurrency: 8 };
    const rounds: Record<keyof typeof origins, LoadResult[]> = { bare: [], express: [], ours: [] };
    for (const origin of Object.values(origins))
      await load({ ...shape, origin, headers: target.headers, requests: 500 });
    for (let round = 0; round < 3; round++) {
      for (const [name, origin] of Object.entries(origins) as [keyof typeof origins, string][]) {
        rounds[name].push(await load({ ...shape, origin, headers: target.headers, requests: 4_500 }));
        if (name === 'ours') target.afterRound?.();
      }
    }
    // One person: one request at a time, as the popup asks; the companion and bare Express in turn.
    const alone = { ...shape, concurrency: 1, headers: target.headers, requests: 1_000 };
    const single: Record<'express' | 'ours', LoadResult[]> = { express: [], ours: [] };
    for (let round = 0; round < 3; round++) {
      single.express.push(await load({ ...alone, origin: origins.express }));
      single.ours.push(await load({ ...alone, origin: origins.ours }));
    }
    const machine = medianBy(rounds.bare, (r) => r.perSecond);
    const express = medianBy(rounds.express, (r) => r.perSecond);
    const ours = medianBy(rounds.ours, (r) => r.perSecond);
    const p99 = (results: LoadResult[]) => medianBy(results, (r) => r.p99).p99;
    // Each round's ratio is taken between runs measured back to back (the machine's load drifts
    // between rounds far more than within one); the figure is their median, their range beside it.
    const ratios = rounds.ours.map((r, i) => r.perSecond / rounds.express[i]!.perSecond).sort((a, b) => a - b);
    const ratio = ratios[Math.floor(ratios.length / 2)]!;
    const onePerson = p99(single.ours);
    return [
      {
        figure: 'bare Express 5 app, same bytes (req/s)',
        value: express.perSecond.toFixed(0),
        goal: 'baseline',
        met: null,
      },
      {
        figure: 'bare node:http, same bytes (req/s, ratio to Express)',
        value: `${machine.perSecond.toFixed(0)} (${(machine.perSecond / express.perSecond).toFixed(2)})`,
        goal: '',
        met: null,
      },
      { figure: 'cached metrics via companion (req/s)', value: ours.perSecond.toFixed(0), goal: '', met: null },
      {
        figure: 'cached metrics, companion / bare Express 5 (median of rounds, range)',
        value: `${ratio.toFixed(2)} (${ratios[0]!.toFixed(2)}–${ratios[ratios.length - 1]!.toFixed(2)})`,
        goal: '≥ 0.8',
        met: ratio >= 0.8,
      },
      {
        figure: 'cached metrics p99, one person (one request at a time; bare Express beside) (ms)',
        value: `${onePerson.toFixed(2)} (${p99(single.express).toFixed(2)})`,
        goal: '< 10',
        met: onePerson < 10,
      },
      {
        figure: 'cached metrics p50 / p99, eight at once (bare Express p99 beside) (ms)',
        value: `${ours.p50.toFixed(2)} / ${p99(rounds.ours).toFixed(2)} (${p99(rounds.express).toFixed(2)})`,
        goal: '',
        met: null,
      },
    ];
  } finally {
    bare.close();
    minimal.stop();
  }
}
