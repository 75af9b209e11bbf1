import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from './credentials.ts';
import { startSandbox, type RunningSandbox } from './server.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({});
});
afterAll(() => sandbox.close());

const keys = DEMO_CREDENTIALS['naver-search'];

async function post(path: string, body: unknown, hub = false) {
  const headers = hub
    ? { 'x-ncp-apigw-api-key-id': keys.clientId, 'x-ncp-apigw-api-key': keys.clientSecret }
    : { 'x-naver-client-id': keys.clientId, 'x-naver-client-secret': keys.clientSecret };
  const response = await fetch(`${sandbox.urls.search}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

type Answer = { results: Array<{ data: Array<{ period: string; group?: string; ratio: number }> }> };
const span = { startDate: '2026-06-01', endDate: '2026-11-30', timeUnit: 'month' };

/** Each group's share of the answer's clicks (one scale within an answer). */
function shares(answer: Answer): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const cell of answer.results[0]!.data) sums[cell.group!] = (sums[cell.group!] ?? 0) + cell.ratio;
  const total = Object.values(sums).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / total]));
}

describe('the Shopping Insight emulator', () => {
  it('buyers differ the way real ones do: camping gear mostly men in their 30s and 40s, dresses mostly women in their 20s and 30s', async () => {
    const camping = { ...span, category: '50000007', keyword: '캠핑의자' };
    const dress = { ...span, category: '50000000', keyword: '원피스' };
    const g1 = shares((await post('/v1/datalab/shopping/category/keyword/gender', camping)).json as Answer);
    const g2 = shares((await post('/v1/datalab/shopping/category/keyword/gender', dress)).json as Answer);
    expect(g1['m']).toBeGreaterThan(0.6);
    expect(g2['f']).toBeGreaterThan(0.8);
    const a1 = shares((await post('/v1/datalab/shopping/category/keyword/age', camping)).json as Answer);
    const a2 = shares((await post('/v1/datalab/shopping/category/keyword/age', dress)).json as Answer);
    expect(Object.keys(a1).sort()).toEqual(['10', '20', '30', '40', '50', '60']);
    expect(a1['30']! + a1['40']!).toBeGreaterThan(0.6);
    expect(a2['20']! + a2['30']!).toBeGreaterThan(0.65);
    const d = shares((await post('/shopping/v1/category/keyword/device', camping, true)).json as Answer);
    expect(d['mo']).toBeGreaterThan(d['pc']!);
  });

  it('scales each answer so its largest value is 100, and compares up to three categories on one scale', async () => {
    const answer = (
      await post('/v1/datalab/shopping/categories', {
        ...span,
        category: [
          { name: '스포츠/레저', param: ['50000007'] },
          { name: '패션의류', param: ['50000000'] },
        ],
      })
    ).json as Answer;
    const ratios = answer.results.flatMap((r) => r.data.map((d) => d.ratio));
    expect(Math.max(...ratios)).toBe(100);
    expect(answer.results[0]!.data.map((d) => d.period)).toEqual([
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
    ]);
  });

  it.each([
    ['a start before 2017-08-01', { ...span, startDate: '2017-07-01', category: '50000007', keyword: '텐트' }],
    ['a category that is not digits', { ...span, category: 'camping', keyword: '텐트' }],
    ['search trend’s age codes', { ...span, category: '50000007', keyword: '텐트', ages: ['3'] }],
    ['no keyword', { ...span, category: '50000007' }],
  ])('refuses %s with 400', async (_name, body) => {
    expect((await post('/v1/datalab/shopping/category/keyword/gender', body)).status).toBe(400);
  });

  it('refuses four categories', async () => {
    const category = ['50000000', '50000001', '50000002', '50000003'].map((id) => ({ name: id, param: [id] }));
    expect((await post('/v1/datalab/shopping/categories', { ...span, category })).status).toBe(400);
  });
});
