/**
 * Bulk lookups pace themselves at the vendor's limit: against a Search Ad that allows one call per
 * 300 ms, thirty new keywords cost six calls and get at most one 429. Their time, less what one
 * call costs on this machine right now (a one-keyword lookup measured in the same run: the last
 * call's own time after its paced start), stays within 1.5 times the least time the limit allows.
 * Waits beyond the limit are the bug (twice the spacing gives about 2.2), a slow machine is not.
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
  it('thirty new keywords: six calls, at most one 429, no wait beyond what the limit needs', async () => {
    const timed = async (keywords: string[]) => {
      const started = performance.now();
      const answer = await call(companion.port, '/api/v1/keywords/metrics', {
        method: 'POST',
        json: { keywords },
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      return { answer, ms: performance.now() - started };
    };
    // The baseline: one new keyword, one call, nothing to wait for.
    const single = await timed(['벌크기준']);
    expect(single.answer.status).toBe(200);
    const keywords = Array.from({ length: 30 }, (_, i) => `벌크테스트${i}`);
    const { answer, ms: elapsed } = await timed(keywords);
    expect(answer.status).toBe(200);
    const { items } = KeywordMetricsResponseSchema.parse(answer.json());
    expect(items.filter((i) => i.found)).toHaveLength(30);
    const stats = sandbox.states.searchad.stats;
    // Six calls after the baseline's: each starts a spacing after the one before (the first after
    // the baseline's), and the last one's own time comes on top.
    const minimum = 6 * LIMIT_MS;
    const ratio = (elapsed - single.ms) / minimum;
    process.stdout.write(
      `bulk pacing: 30 keywords in ${Math.round(elapsed)} ms; one call ${Math.round(single.ms)} ms; ` +
        `minimum ${minimum} ms; ratio ${ratio.toFixed(2)} (limit 1.5); ${stats['searchad:429'] ?? 0} × 429\n`,
    );
    expect(stats['searchad:429'] ?? 0).toBeLessThanOrEqual(1);
    expect(stats['searchad:ok']).toBe(7);
    expect(ratio).toBeLessThan(1.5);
  });
});
