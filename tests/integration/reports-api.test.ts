/**
 * The Coupang Partners reports as the extension asks for them, against a sandbox on the real
 * clock: Korean days whatever the machine's zone, every day present, per subId, one fetch serving
 * every filter, nothing of an order in the answer or the database, and bad spans refused with 400.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { CoupangReportResponseSchema, ProblemSchema } from '@aigenc/shared/contract';
import { addDays, koreanDay } from '@aigenc/shared/domain';
import { demoEnvironment, sandboxReportProductNames, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { filesUnder } from '../support/leak-search.ts';

const TOKEN = 'reports-api-test-token-0123456789abcdefg';
const headers = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };

let sandbox: RunningSandbox;
let companion: CompanionProcess;

beforeAll(async () => {
  sandbox = await startSandbox();
  companion = await startCompanion({ env: { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN } });
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

const reports = (query: Record<string, string>) =>
  call(companion.port, `/api/v1/coupang/reports?${new URLSearchParams(query).toString()}`, { headers });
const asked = () =>
  Object.entries(sandbox.states.coupang.stats)
    .filter(([k]) => k.startsWith('coupang:report:'))
    .reduce((sum, [, v]) => sum + v, 0);

/** Today in Korea, computed from the clock (the machine may be anywhere). */
const today = () => koreanDay(Date.now());

describe('GET /api/v1/coupang/reports', () => {
  it('answers the last 7, 30 and 90 days with one row a day, totals and per subId', async () => {
    const yesterday = addDays(today(), -1);
    for (const days of [7, 30, 90]) {
      const from = addDays(yesterday, -(days - 1));
      const answer = await reports({ from, to: yesterday });
      expect(answer.status).toBe(200);
      const body = CoupangReportResponseSchema.parse(answer.json());
      expect(body.days).toHaveLength(days);
      expect(body.days[0]!.date).toBe(from);
      expect(body.days.at(-1)!.date).toBe(yesterday);
      expect(body.totals.clicks).toBe(body.days.reduce((s, d) => s + d.clicks, 0));
      expect(body.totals.commission).toBe(body.bySubId.reduce((s, b) => s + b.commission, 0));
      // The day before yesterday is always final; yesterday after 16:00 KST.
      expect(body.settledThrough >= addDays(today(), -2)).toBe(true);
    }
    // Two reports a window, no day asked twice: 7 days, then the 23 before them, then the 60 before
    // those in two windows of 30.
    expect(asked()).toBe(8);
  });

  it('serves a subId filter from the same figures, without asking again', async () => {
    const to = addDays(today(), -2);
    const from = addDays(to, -13);
    const all = CoupangReportResponseSchema.parse((await reports({ from, to })).json());
    const before = asked();
    const blog = CoupangReportResponseSchema.parse((await reports({ from, to, subId: 'blog' })).json());
    const none = CoupangReportResponseSchema.parse((await reports({ from, to, subId: '-' })).json());
    expect(asked()).toBe(before);
    expect(blog.cached).toBe(true);
    expect(blog.totals.clicks).toBe(all.bySubId.find((b) => b.subId === 'blog')!.clicks);
    expect(none.totals.clicks).toBe(all.bySubId.find((b) => b.subId === null)!.clicks);
    expect(blog.subId).toBe('blog');
  });

  it('never gives or keeps an order id or a product name, with the report style that fetches the order rows', async () => {
    // The variant style leaves counts out of the commission report, so the companion must read the
    // orders and cancels reports, whose rows carry order ids and product names.
    const variant = await startSandbox({ coupang: { reportStyle: 'variant' } });
    const own = await startCompanion({
      env: { ...demoEnvironment(variant.urls), AIGENC_API_TOKEN: TOKEN },
    });
    try {
      const to = addDays(today(), -2);
      const answer = await call(own.port, `/api/v1/coupang/reports?from=${addDays(to, -29)}&to=${to}`, { headers });
      expect(answer.status).toBe(200);
      expect(variant.states.coupang.stats['coupang:report:orders']).toBeGreaterThanOrEqual(1);
      expect(variant.states.coupang.stats['coupang:report:cancels']).toBeGreaterThanOrEqual(1);
      expect(answer.json<{ totals: { orders: number } }>().totals.orders).toBeGreaterThan(0);
      expect(answer.text).not.toMatch(/orderId|productName|productId|categoryName/);
      for (const name of sandboxReportProductNames) expect(answer.text).not.toContain(name);
      await own.stop();
      // On disk, counts and sums only: no product name and no order field in any file of the data directory.
      for (const path of filesUnder(own.home)) {
        const bytes = readFileSync(path);
        for (const needle of [...sandboxReportProductNames, 'orderId', 'productName'])
          expect(bytes.includes(Buffer.from(needle)), `${needle} in ${path}`).toBe(false);
      }
    } finally {
      await own.stop();
      own.cleanup();
      await variant.close();
    }
  });

  it.each([
    ['the end before the start', () => ({ from: addDays(today(), -3), to: addDays(today(), -10) })],
    ['more than 90 days', () => ({ from: addDays(today(), -91), to: addDays(today(), -1) })],
    // Two days ahead: still the future if Korean midnight passes during the run.
    ['an end in the future', () => ({ from: addDays(today(), -3), to: addDays(today(), 2) })],
    ['a day that does not exist', () => ({ from: '2026-02-30', to: '2026-03-02' })],
    ['another way of writing days', () => ({ from: '20261101', to: '20261102' })],
    ['a day before Coupang keeps reports', () => ({ from: '2018-10-01', to: '2018-10-05' })],
    ['a missing end', () => ({ from: '2026-11-01' })],
    ['a bad subId', () => ({ from: '2026-11-01', to: '2026-11-02', subId: 'a b' })],
    ['an unknown parameter', () => ({ from: '2026-11-01', to: '2026-11-02', page: '2' })],
  ])('refuses %s with 400 and a reason, asking Coupang nothing', async (_what, query) => {
    const before = asked();
    const answer = await reports(query() as Record<string, string>);
    expect(answer.status).toBe(400);
    const problem = ProblemSchema.parse(answer.json());
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.detail).toMatch(/[가-힣]/);
    expect(asked()).toBe(before);
  });

  it('needs the bearer token', async () => {
    const answer = await call(companion.port, '/api/v1/coupang/reports?from=2026-11-01&to=2026-11-02', {
      headers: { origin: EXTENSION_ORIGIN },
    });
    expect(answer.status).toBe(401);
  });
});
