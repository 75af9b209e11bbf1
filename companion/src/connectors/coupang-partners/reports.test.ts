/** Reading report rows whatever names and types they come with (public clients disagree). */
import { describe, expect, it } from 'vitest';
import { MalformedResponseError } from '../../errors/index.ts';
import type { CoupangClient, ReportKind } from './client.ts';
import { reportFigures } from './reports.ts';

/** A client whose pages are given: only `reportPage` is used by the reader. */
function pages(...answers: unknown[]): CoupangClient & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    reportPage: (_kind: ReportKind, _start: string, _end: string, page: number) => {
      asked.push(page);
      return Promise.resolve(answers[page]);
    },
  } as unknown as CoupangClient & { asked: number[] };
}

const WINDOW = { from: '2026-11-01', to: '2026-11-30' };

describe('reportFigures reads rows defensively', () => {
  it('takes click, clicks or clickCount, numbers as text, yyyyMMdd or yyyy-mm-dd, numeric dates', async () => {
    const figures = await reportFigures(
      pages([
        { date: '20261101', subId: 'blog', click: 120 },
        { date: '2026-11-01', subid: 'blog', clicks: '1,080' },
        { date: 20261102, sub_id: '', clickCount: ' 7 ' },
        { date: '20261102', clicks: 3 },
      ]),
      'clicks',
      WINDOW,
    );
    expect([...figures.rows.values()]).toEqual([
      { date: '2026-11-01', subId: 'blog', clicks: 1200 },
      { date: '2026-11-02', subId: null, clicks: 10 },
    ]);
  });

  it('counts orders once per order id, whatever its lines, and keeps no id or name', async () => {
    const line = (orderId: number, commission: number) => ({
      date: '20261103',
      subId: 'yt',
      orderId,
      productName: '상품명',
      quantity: 1,
      gmv: commission * 33,
      commission,
    });
    const figures = await reportFigures(pages([line(1, 300), line(1, 100), line(2, 50)]), 'orders', WINDOW);
    expect([...figures.rows.values()]).toEqual([
      { date: '2026-11-03', subId: 'yt', orders: 2, gmv: 450 * 33, commission: 450 },
    ]);
  });

  it('notices a commission report without order counts', async () => {
    const withCounts = await reportFigures(
      pages([{ date: '20261101', subId: 'a', commission: 10, click: 3, order: 1, cancel: 0, gmv: 330 }]),
      'commission',
      WINDOW,
    );
    expect(withCounts.hasCounts).toBe(true);
    const without = await reportFigures(
      pages([{ date: '20261101', subId: 'a', commissionAmount: '10', click: 3, gmv: 330 }]),
      'commission',
      WINDOW,
    );
    expect(without.hasCounts).toBe(false);
    expect([...without.rows.values()][0]!.commission).toBe(10);
  });

  it('follows pages while they are full, and takes an empty answer as no rows', async () => {
    const full = Array.from({ length: 1000 }, (_, i) => ({ date: '20261101', subId: `s${i % 7}`, click: 1 }));
    const client = pages(full, full, [{ date: '20261101', subId: 's0', click: 1 }]);
    const figures = await reportFigures(client, 'clicks', WINDOW);
    expect(client.asked).toEqual([0, 1, 2]);
    expect([...figures.rows.values()].reduce((s, r) => s + r.clicks!, 0)).toBe(2001);
    expect((await reportFigures(pages(null), 'clicks', WINDOW)).rows.size).toBe(0);
  });

  it.each([
    ['a row without a day', [{ subId: 'a', click: 1 }]],
    ['a click count that is not a number', [{ date: '20261101', click: 'many' }]],
    ['a commission row without commission', [{ date: '20261101', click: 1 }]],
    ['rows that are not objects', ['20261101']],
    ['an object instead of rows', { rows: [] }],
  ])('refuses %s as a malformed answer', async (_what, data) => {
    const kind: ReportKind = _what.startsWith('a commission') ? 'commission' : 'clicks';
    await expect(reportFigures(pages(data), kind, WINDOW)).rejects.toBeInstanceOf(MalformedResponseError);
  });
});
