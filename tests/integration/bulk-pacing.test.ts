/**
 * Bulk lookups pace themselves at the vendor's limit: against a Search Ad that allows one call per
 * 300 ms, thirty new keywords cost six calls, all answered. Pacing is read from when the calls
 * arrived at the sandbox (the vendor's view), not from the wall clock around the request: no
 * arrival closer than the limit allows (that is a 429), and the typical spacing (the median) within
 * 1.5 times the limit (waits beyond it are the bug; twice the spacing would give 2). A 429 from
 * arrival jitter is asked again after its backoff, so a busy machine delays the answer but loses
 * no keyword.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { KeywordMetricsResponseSchema } from '@aigenc/shared/contract';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';

const TOKEN = 'bulk-pacing-test-token-0123456789abcdef';
const LIMIT_MS = 300;
let sandbox: RunningSandbox;
let companion: CompanionProcess;

beforeAll(async () => {
  sandbox = await startSandbox({ searchad: { minIntervalMs: LIMIT_MS } });
  const env = demoEnvironment(sandbox.urls);
  // Search Ad only: document counts would measure Naver Search's pace, not this one.
  delete env['NAVER_SEARCH_CLIENT_ID'];
  delete env['NAVER_SEARCH_CLIENT_SECRET'];
  companion = await startCompanion({
    env: { ...env, AIGENC_API_TOKEN: TOKEN, AIGENC_SEARCHAD_INTERVAL_MS: String(LIMIT_MS) },
  });
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

describe('bulk pacing', () => {
  it('thirty new keywords: six calls, every keyword answered, spaced as the limit needs and no wider', async () => {
    const answer = await call(companion.port, '/api/v1/keywords/metrics', {
      method: 'POST',
      json: { keywords: Array.from({ length: 30 }, (_, i) => `벌크테스트${i}`) },
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(answer.status).toBe(200);
    const { items } = KeywordMetricsResponseSchema.parse(answer.json());
    expect(items.filter((i) => i.found)).toHaveLength(30);
    const stats = sandbox.states.searchad.stats;
    const refused = stats['searchad:429'] ?? 0;
    // Six batches of five; a batch refused for jitter is asked once more.
    expect(stats['searchad:ok']).toBe(6);
    expect(refused).toBeLessThanOrEqual(1);
    const arrivals = sandbox.states.searchad.arrivals['searchad:keywordstool'] ?? [];
    const gaps = arrivals
      .slice(1)
      .map((t, i) => t - arrivals[i]!)
      .sort((a, b) => a - b);
    const median = gaps[Math.floor(gaps.length / 2)]!;
    process.stdout.write(
      `bulk pacing: ${arrivals.length} calls; gaps ${gaps.map(Math.round).join(', ')} ms; median ${Math.round(median)} ms ` +
        `(limit ${LIMIT_MS}, at most ${1.5 * LIMIT_MS}); ${refused} × 429\n`,
    );
    expect(median).toBeGreaterThanOrEqual(LIMIT_MS);
    expect(median).toBeLessThan(1.5 * LIMIT_MS);
  });
});
