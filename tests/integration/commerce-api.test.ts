/**
 * The seller's work on /api/v1/commerce as the page uses it, against the sandbox's demo store:
 * a write refused with CAPABILITY_DISABLED before any call while its switch is off; a body without
 * `dryRun` is a dry run that sends nothing; a request beyond its bounds (301 ids, a 2,001-character
 * answer) refused whole, a wrong item (unknown courier, empty tracking number, repeated id,
 * negative stock) refused alone; the buyer masked in the lists; and the audit log in counts, with
 * who asked and never a name, a tracking number or an answer's words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '@aigenc/shared/identity';
import {
  AnswerResponseSchema,
  CommerceOrdersResponseSchema,
  OrderWriteResponseSchema,
  StockResponseSchema,
  type Problem,
} from '@aigenc/shared/contract';
import { demoEnvironment, startSandbox, type RunningSandbox } from '@aigenc/companion';
import { startCompanion, type CompanionProcess } from '../support/companion.ts';
import { call } from '../support/http.ts';
import { setupHeaders } from '../support/setup-session.ts';
import { switchOnSellerWork } from '../support/seller-work.ts';

const TOKEN = 'commerce-api-test-token-0123456789abcdef';
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

const post = (path: string, json: unknown) =>
  call(companion.port, `/api/v1/commerce${path}`, { method: 'POST', json, headers });
const get = (path: string) => call(companion.port, `/api/v1/commerce${path}`, { headers });
const calls = (name: string) => sandbox.states.commerce.stats[`commerce:${name}`] ?? 0;

describe('the seller’s work on the API', () => {
  it('refuses every write before any call while its switch is off', async () => {
    await switchOnSellerWork(companion.port, []);
    const before = { ...sandbox.states.commerce.stats };
    const refused = [
      await post('/orders/confirm', { productOrderIds: ['2026120600000001'], dryRun: false }),
      await post('/orders/dispatch', {
        items: [{ productOrderId: '2026120600000001', deliveryCompanyCode: 'CJGLS', trackingNumber: '641200001234' }],
      }),
      await post('/inquiries/order/601120331/answer', { text: '네' }),
      await post('/stock', { items: [{ originProductNo: 10_482_402, quantity: 3 }] }),
    ];
    expect(refused.map((r) => [r.status, r.json<Problem>().code])).toEqual(Array(4).fill([403, 'CAPABILITY_DISABLED']));
    expect(sandbox.states.commerce.stats).toEqual(before);
  });

  it('answers a body without dryRun as a dry run, and sends nothing', async () => {
    await switchOnSellerWork(companion.port);
    const list = CommerceOrdersResponseSchema.parse((await get('/orders?stage=to-confirm')).json());
    expect(list.items.every((o) => /^.\*/.test(o.buyer))).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/010-|서울특별시/);
    const ids = list.items.map((o) => o.productOrderId);
    const answer = OrderWriteResponseSchema.parse((await post('/orders/confirm', { productOrderIds: ids })).json());
    expect(answer.dryRun).toBe(true);
    expect(answer.items.map((i) => i.status)).toEqual(ids.map(() => 'would-apply'));
    expect(calls('confirm')).toBe(0);
  });

  it('refuses a request beyond its bounds whole, and a wrong item alone', async () => {
    const many = Array.from({ length: 301 }, (_, i) => String(2026120600000000 + i));
    expect((await post('/orders/confirm', { productOrderIds: many })).json<Problem>().code).toBe('VALIDATION_FAILED');
    expect((await post('/inquiries/order/601120331/answer', { text: '가'.repeat(2_001) })).status).toBe(400);
    expect((await post('/inquiries/elsewhere/1/answer', { text: '네' })).status).toBe(400);

    const [first, second] = CommerceOrdersResponseSchema.parse((await get('/orders?stage=to-dispatch')).json()).items;
    const dispatch = OrderWriteResponseSchema.parse(
      (
        await post('/orders/dispatch', {
          items: [
            { productOrderId: first!.productOrderId, deliveryCompanyCode: 'NOPE', trackingNumber: '641200001234' },
            { productOrderId: second!.productOrderId, deliveryCompanyCode: 'CJGLS', trackingNumber: ' ' },
            { productOrderId: second!.productOrderId, deliveryCompanyCode: 'CJGLS', trackingNumber: '641200001235' },
          ],
          dryRun: true,
        })
      ).json(),
    );
    expect(dispatch.items.map((i) => [i.status, i.code])).toEqual([
      ['failed', 'VALIDATION_FAILED'],
      ['failed', 'VALIDATION_FAILED'],
      // The same order again: refused alone, named as repeated (the first row is the one to fix).
      ['failed', 'VALIDATION_FAILED'],
    ]);
    expect(dispatch.items[2]!.message).toMatch(/이미 위에|already listed/);
    const stock = StockResponseSchema.parse(
      (
        await post('/stock', {
          items: [
            { originProductNo: 10_482_402, quantity: -1 },
            { originProductNo: 10_482_417, quantity: 40 },
          ],
        })
      ).json(),
    );
    expect(stock.items.map((i) => i.status)).toEqual(['failed', 'would-apply']);
  });

  it('records each real write in the audit log as counts and who asked, never the words or numbers', async () => {
    const answer = AnswerResponseSchema.parse(
      (await post('/inquiries/product/330201455/answer', { text: '최대 120kg까지 버팁니다.', dryRun: false })).json(),
    );
    expect(answer).toMatchObject({ status: 'applied', action: 'answer' });
    const [order] = CommerceOrdersResponseSchema.parse((await get('/orders?stage=to-dispatch')).json()).items;
    await post('/orders/dispatch', {
      items: [{ productOrderId: order!.productOrderId, deliveryCompanyCode: 'CJGLS', trackingNumber: '641299990001' }],
      dryRun: false,
    });
    const audit = await call(companion.port, '/setup/api/audit', { headers: await setupHeaders(companion.port) });
    const text = audit.text;
    expect(text).toContain('commerce.inquiry-answered');
    expect(text).toContain('commerce.orders-dispatched');
    expect(text).toContain('api-token');
    expect(text).not.toMatch(/120kg|641299990001/);
    expect(text).not.toContain(order!.productOrderId);
  });
});
