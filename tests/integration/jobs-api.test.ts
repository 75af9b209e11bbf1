/**
 * Bulk jobs through the companion's API against the sandbox: a job answered in its order at the
 * vendors' pace, its results as JSON pages and as CSV; a companion SIGKILLed halfway that, started
 * again on the same data, goes on by itself without asking Search Ad again for what it had;
 * waiting on a cooldown in words; cancel and resume; the 512 KiB body of this route alone.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import {
  KeywordJobResultsResponseSchema,
  KeywordJobSchema,
  KeywordJobsResponseSchema,
  ProblemSchema,
  type KeywordJob,
} from '@aigenc/shared/contract';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';

const TOKEN = 'jobs-api-test-token-0123456789abcdefghijk';
const headers = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };

let sandbox: RunningSandbox;
let companion: CompanionProcess;

const env = () => ({ ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN, AIGENC_SEARCHAD_INTERVAL_MS: '100' });

const searchAdOnly = () => {
  const all: Record<string, string> = env();
  delete all['NAVER_SEARCH_CLIENT_ID'];
  delete all['NAVER_SEARCH_CLIENT_SECRET'];
  return all;
};

beforeAll(async () => {
  sandbox = await startSandbox({ searchad: { minIntervalMs: 90 }, search: { perSecond: 200 } });
  companion = await startCompanion({ env: env() });
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});
beforeEach(() => {
  for (const state of Object.values(sandbox.states)) state.reset();
});

const list = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const start = async (keywords: string[], name?: string, port = companion.port) => {
  const answer = await call(port, '/api/v1/keywords/jobs', {
    method: 'POST',
    json: { keywords, ...(name ? { name } : {}) },
    headers,
  });
  expect(answer.status).toBe(201);
  return KeywordJobSchema.parse(answer.json());
};
const job = async (id: string, port = companion.port) =>
  KeywordJobSchema.parse((await call(port, `/api/v1/keywords/jobs/${id}`, { headers })).json());

async function until(id: string, done: (job: KeywordJob) => boolean, port = companion.port): Promise<KeywordJob> {
  for (let i = 0; i < 600; i++) {
    const current = await job(id, port);
    if (done(current)) return current;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} did not get there: ${JSON.stringify(await job(id, port))}`);
}
const searchAdCalls = () => sandbox.states.searchad.stats['searchad:ok'] ?? 0;

describe('bulk jobs', () => {
  it('answers a job in its order, five hints a call, and gives its results as JSON pages and CSV', async () => {
    const keywords = [...list(38, '작업순서'), '캠핑의자', '무선 이어폰'];
    const created = await start(keywords, '주간 키워드');
    expect(created).toMatchObject({ name: '주간 키워드', total: 40, status: expect.stringMatching(/queued|running/) });
    const done = await until(created.id, (j) => j.status === 'done');
    expect(done).toMatchObject({ done: 40, failed: 0 });
    expect(searchAdCalls()).toBe(8);
    const page = KeywordJobResultsResponseSchema.parse(
      (
        await call(companion.port, `/api/v1/keywords/jobs/${created.id}/results?offset=35&limit=10`, { headers })
      ).json(),
    );
    expect(page.items.map((i) => i.keyword)).toEqual(keywords.slice(35));
    expect(page).toMatchObject({ offset: 35, done: 40 });
    // Read as bytes: a text decoder would drop the BOM that Excel needs.
    const csv = await fetch(`${companion.url}/api/v1/keywords/jobs/${created.id}/results?format=csv`, { headers });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]!.startsWith('"keyword","pc","mobile"')).toBe(true);
    expect(lines[40]!.startsWith('"무선 이어폰"')).toBe(true);
    const all = KeywordJobsResponseSchema.parse(
      (await call(companion.port, '/api/v1/keywords/jobs', { headers })).json(),
    );
    expect(all.jobs[0]!.id).toBe(created.id);
  });

  it('survives a SIGKILL halfway and goes on by itself, asking nothing twice', async () => {
    const keywords = list(400, '강제종료');
    // Search Ad alone (no document counts), so that its pace is the whole run's.
    const first = await startCompanion({ env: searchAdOnly() });
    const created = await start(keywords, undefined, first.port);
    await until(created.id, (j) => j.done >= 150, first.port);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const callsBefore = searchAdCalls();
    // Started again on the same data directory: nobody asks, the job goes on.
    const second = await startCompanion({ env: searchAdOnly(), home: first.home });
    try {
      const done = await until(created.id, (j) => j.status === 'done', second.port);
      expect(done.done).toBe(400);
      // 80 calls for 400 keywords in all; the step under way at the kill may cost a call or two again.
      expect(searchAdCalls()).toBeLessThanOrEqual(82);
      expect(searchAdCalls() - callsBefore).toBeLessThan(60);
      const results = KeywordJobResultsResponseSchema.parse(
        (await call(second.port, `/api/v1/keywords/jobs/${created.id}/results`, { headers })).json(),
      );
      expect(results.items.map((i) => i.keyword)).toEqual(keywords);
    } finally {
      await second.stop();
      second.cleanup();
    }
  });

  it('waits on a Search Ad cooldown, says until when in words', async () => {
    // A companion of its own: the cooldown it starts would hold up the other tests.
    const cooling = await startCompanion({ env: env() });
    try {
      sandbox.states.searchad.inject({ kind: 'status-429', count: 3 });
      const created = await start(list(15, '쿨다운작업'), undefined, cooling.port);
      const waiting = await until(created.id, (j) => j.status === 'waiting', cooling.port);
      expect(Date.parse(waiting.waitingUntil!)).toBeGreaterThan(Date.now());
      expect(waiting.message).toMatch(/저절로 이어서/);
      const english = KeywordJobSchema.parse(
        (
          await call(cooling.port, `/api/v1/keywords/jobs/${created.id}`, {
            headers: { ...headers, 'accept-language': 'en' },
          })
        ).json(),
      );
      expect(english.message).toMatch(/goes on by itself/);
    } finally {
      await cooling.stop();
      cooling.cleanup();
    }
  });

  it('cancels, and resumes from where it stopped', async () => {
    const created = await start(list(120, '취소작업'));
    await until(created.id, (j) => j.done >= 20);
    const cancelled = await call(companion.port, `/api/v1/keywords/jobs/${created.id}`, {
      method: 'DELETE',
      headers: { ...headers, 'content-type': 'application/json' },
    });
    expect(KeywordJobSchema.parse(cancelled.json()).status).toBe('cancelled');
    const stopped = await until(created.id, (j) => j.status === 'cancelled');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await job(created.id)).done).toBe(stopped.done);
    const resumed = await call(companion.port, `/api/v1/keywords/jobs/${created.id}/resume`, {
      method: 'POST',
      json: {},
      headers,
    });
    expect(KeywordJobSchema.parse(resumed.json()).status).toMatch(/queued|running/);
    await until(created.id, (j) => j.status === 'done');
  });

  it('takes up to 10,000 keywords in a body up to 512 KiB on this route alone', async () => {
    const big = list(10_000, '아주긴키워드목록의한항목번호');
    const body = JSON.stringify({ keywords: big });
    expect(Buffer.byteLength(body)).toBeGreaterThan(400 * 1024);
    expect(Buffer.byteLength(body)).toBeLessThan(512 * 1024);
    const created = await start(big);
    expect(created.total).toBe(10_000);
    await call(companion.port, `/api/v1/keywords/jobs/${created.id}`, {
      method: 'DELETE',
      headers: { ...headers, 'content-type': 'application/json' },
    });
    const tooMany = await call(companion.port, '/api/v1/keywords/jobs', {
      method: 'POST',
      json: { keywords: list(10_001, 'k') },
      headers,
    });
    expect(tooMany.status).toBe(400);
    const tooLarge = await call(companion.port, '/api/v1/keywords/jobs', {
      method: 'POST',
      json: { keywords: list(9_000, 'x'.repeat(60)) },
      headers,
    });
    expect(tooLarge.status).toBe(413);
    // Every other route keeps its 16 KiB.
    const metrics = await call(companion.port, '/api/v1/keywords/metrics', {
      method: 'POST',
      json: { keywords: list(100, '가'.repeat(90)) },
      headers,
    });
    expect(metrics.status).toBe(413);
    expect(ProblemSchema.parse(metrics.json()).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown job with 404 and a malformed id with 400', async () => {
    expect((await call(companion.port, '/api/v1/keywords/jobs/abcdefghijklmnop', { headers })).status).toBe(404);
    expect((await call(companion.port, '/api/v1/keywords/jobs/%24%24', { headers })).status).toBe(400);
    // A path that is not valid percent-encoding is the caller's mistake: 400, and no error logged.
    for (const path of [
      '/api/v1/keywords/jobs/%C0',
      '/api/v1/keywords/jobs/%E0%A4%A/results',
      '/api/v1/keywords/jobs/%',
    ]) {
      const answer = await call(companion.port, path, { headers });
      expect(answer.status, path).toBe(400);
      expect(ProblemSchema.parse(answer.json()).code).toBe('VALIDATION_FAILED');
    }
    expect(companion.stdout() + companion.stderr()).not.toContain('UNHANDLED_ERROR');
  });

  it('removes an ended job with its results (204, then 404); an open one is refused with 409 and kept', async () => {
    const created = await start(list(3, '지울작업'));
    const remove = () =>
      call(companion.port, `/api/v1/keywords/jobs/${created.id}?remove=true`, {
        method: 'DELETE',
        headers: { ...headers, 'content-type': 'application/json' },
      });
    const open = await remove();
    if ((await job(created.id)).status !== 'done') {
      expect(open.status).toBe(409);
      expect(ProblemSchema.parse(open.json()).code).toBe('JOB_LIMIT_REACHED');
      await until(created.id, (j) => j.status === 'done');
      expect((await remove()).status).toBe(204);
    }
    expect((await call(companion.port, `/api/v1/keywords/jobs/${created.id}`, { headers })).status).toBe(404);
    const results = await call(companion.port, `/api/v1/keywords/jobs/${created.id}/results`, { headers });
    expect(results.status).toBe(404);
  });

  it('bounds the open work: a sixth open job is refused with 409 and its reason, nothing kept', async () => {
    const before = KeywordJobsResponseSchema.parse(
      (await call(companion.port, '/api/v1/keywords/jobs', { headers })).json(),
    );
    const opened: string[] = [];
    const openNow = before.jobs.filter((j) => ['queued', 'running', 'waiting'].includes(j.status)).length;
    for (let i = openNow; i < 5; i++) opened.push((await start(list(2_000, `묶음${i}-`))).id);
    const refused = await call(companion.port, '/api/v1/keywords/jobs', {
      method: 'POST',
      json: { keywords: ['하나더'] },
      headers: { ...headers, 'accept-language': 'en' },
    });
    expect(refused.status).toBe(409);
    const problem = ProblemSchema.parse(refused.json());
    expect(problem.code).toBe('JOB_LIMIT_REACHED');
    expect(problem.detail).toContain('at most 5');
    const after = KeywordJobsResponseSchema.parse(
      (await call(companion.port, '/api/v1/keywords/jobs', { headers })).json(),
    );
    expect(after.jobs.map((j) => j.name)).not.toContain('하나더');
    for (const id of opened)
      await call(companion.port, `/api/v1/keywords/jobs/${id}`, {
        method: 'DELETE',
        headers: { ...headers, 'content-type': 'application/json' },
      });
  });
});
