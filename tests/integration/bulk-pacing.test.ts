/**
 * Bulk lookups pace themselves at the vendor's limit: against a Search Ad that allows one call per
 * 300 ms, thirty new keywords cost six calls, get at most one 429, and finish within twice the
 * minimum time that limit allows (six calls need at least 5 × 300 ms).
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
  it('thirty new keywords: six calls, at most one 429, within twice the minimum time', async () => {
    const keywords = Array.from({ length: 30 }, (_, i) => `벌크테스트${i}`);
    const started = performance.now();
    const answer = await call(companion.port, '/api/v1/keywords/metrics', {
      method: 'POST',
      json: { keywords },
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const elapsed = performance.now() - started;
    expect(answer.status).toBe(200);
    const { items } = KeywordMetricsResponseSchema.parse(answer.json());
    expect(items.filter((i) => i.found)).toHaveLength(30);
    const stats = sandbox.states.searchad.stats;
    expect(stats['searchad:429'] ?? 0).toBeLessThanOrEqual(1);
    expect(stats['searchad:ok']).toBe(6);
    const minimum = 5 * LIMIT_MS;
    expect(elapsed).toBeLessThan(2 * minimum);
    console.info(
      `bulk pacing: 30 keywords in ${Math.round(elapsed)} ms (minimum ${minimum} ms), ${stats['searchad:429'] ?? 0} × 429`,
    );
  });
});
