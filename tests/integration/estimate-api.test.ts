/**
 * What a bid buys, as the extension asks for it (`GET /api/v1/keywords/estimate`), against a
 * companion on the official APIs' sandbox: named bids on each device, a ladder when none are named,
 * the day's cache, and every bad input refused before any call reaches Search Ad.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { KeywordEstimateResponseSchema, ProblemSchema } from '@aigenc/shared/contract';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import { runAigencAsync, startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';

const TOKEN = 'estimate-api-test-token-0123456789abcdefgh';
const headers = { authorization: `Bearer ${TOKEN}`, origin: EXTENSION_ORIGIN };

let sandbox: RunningSandbox;
let companion: CompanionProcess;

beforeAll(async () => {
  sandbox = await startSandbox({ searchad: { minIntervalMs: 50 } });
  companion = await startCompanion({ env: { ...demoEnvironment(sandbox.urls), AIGENC_API_TOKEN: TOKEN } });
});
afterAll(async () => {
  await companion.stop();
  companion.cleanup();
  await sandbox.close();
});

const estimateCalls = () =>
  Object.entries(sandbox.states.searchad.stats)
    .filter(([key]) => key.startsWith('searchad:estimate:'))
    .reduce((sum, [, n]) => sum + n, 0);

const estimate = (query: string) => call(companion.port, `/api/v1/keywords/estimate?${query}`, { headers });

describe('GET /api/v1/keywords/estimate', () => {
  it('answers each named bid on both surfaces by default, with each surface’s window bids, kept for the day', async () => {
    const answer = await estimate(`keyword=${encodeURIComponent('캠핑의자')}&bids=500,1000`);
    expect(answer.status).toBe(200);
    const body = KeywordEstimateResponseSchema.parse(answer.json());
    expect(body).toMatchObject({ keyword: '캠핑의자', device: 'both', medianBid: null, cached: false });
    expect(body.items.map((i) => i.bid)).toEqual([500, 1000]);
    expect(body.items[1]!.impressions).toBeGreaterThanOrEqual(body.items[0]!.impressions);
    expect(body.surfaces.pc?.exposureMinimumBid).toBeGreaterThan(0);
    expect(body.surfaces.mobile?.medianBid).toBeGreaterThan(0);
    const calls = estimateCalls();
    const again = KeywordEstimateResponseSchema.parse(
      (await estimate(`keyword=${encodeURIComponent('캠핑 의자')}&bids=1000,500`)).json(),
    );
    expect(again.cached).toBe(true);
    expect(estimateCalls()).toBe(calls);
  });

  it('one surface: its own median and exposure-minimum bids; without bids, a ladder around its position bids', async () => {
    const body = KeywordEstimateResponseSchema.parse(
      (await estimate(`keyword=${encodeURIComponent('무선이어폰')}&device=pc`)).json(),
    );
    expect(body.device).toBe('pc');
    expect(body.medianBid).toBe(body.surfaces.pc!.medianBid);
    expect(body.surfaces.mobile).toBeUndefined();
    expect(body.items.length).toBeGreaterThan(2);
    expect(body.items.map((i) => i.bid)).toContain(body.medianBid);
  });

  it.each([
    ['a bid below the vendor’s floor', 'bids=65'],
    ['a bid above its ceiling', 'bids=100001'],
    ['a bid not in steps of 10', 'bids=105'],
    ['21 bids', `bids=${Array.from({ length: 21 }, (_, i) => 100 + i * 10).join(',')}`],
    ['a bid that is no number', 'bids=500,abc'],
    ['an unknown device', 'device=tablet'],
    ['no keyword', ''],
  ])('refuses %s before any call', async (_name, query) => {
    const calls = estimateCalls();
    const keyword = query === '' ? '' : `keyword=${encodeURIComponent('텐트')}&`;
    const refused = await estimate(`${keyword}${query}`);
    expect(refused.status).toBe(400);
    const problem = ProblemSchema.parse(refused.json());
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(estimateCalls()).toBe(calls);
  });
});

describe('aigenc estimate', () => {
  const aigenc = (args: string[], language = 'ko') =>
    runAigencAsync(['estimate', ...args], companion.home, {
      ...demoEnvironment(sandbox.urls),
      AIGENC_PORT: String(companion.port),
      AIGENC_LANG: language,
    });

  it('prints what each bid would have bought, in a table or as the route’s JSON', async () => {
    const json = await aigenc(['캠핑의자', '--bids', '300,700', '--device', 'mobile', '--json']);
    expect(json.status, json.stderr).toBe(0);
    const body = KeywordEstimateResponseSchema.parse(JSON.parse(json.stdout));
    expect(body.items.map((i) => i.bid)).toEqual([300, 700]);
    expect(body.device).toBe('mobile');
    const shown = await aigenc(['무선 이어폰', '--bids', '500'], 'en');
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/bid \(KRW\)\s+impressions\s+clicks\s+cost \(KRW\)/);
    expect(shown.stdout).toContain('median bid');
    expect(shown.stdout).toContain('last 28 days');
  });

  it.each([['--bids', '65'], ['--bids', '105'], ['--device', 'tablet'], []])(
    'refuses bad usage before any call: %s %s',
    async (...usage: string[]) => {
      const calls = estimateCalls();
      const refused = await aigenc(usage.length ? ['텐트', ...usage] : [], 'en');
      expect(refused.status).toBe(2);
      expect(refused.stderr.length).toBeGreaterThan(0);
      expect(estimateCalls()).toBe(calls);
    },
  );
});
