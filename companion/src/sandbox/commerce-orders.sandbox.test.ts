/**
 * The emulated pay-order API on the demo store (spec §7.1, §7.2, §7.5), called over loopback with a
 * token the real client obtained: lists, details, confirm and dispatch with their own answer shapes,
 * per-item failures in a 200, and a second write of the same product order refused per item
 * (unverified in the spec: which code the vendor returns for it).
 */
import { describe, expect, it } from 'vitest';
import { koreanIso } from '@aigenc/shared/domain';
import { HARNESS_EPOCH, useSandbox } from '../../test/sandbox-harness.ts';
import { vendorCall } from '../../test/commerce-wire.ts';

const harness = useSandbox({ commerce: { perSecond: 100 } });
const BASE = '/external/v1/pay-order/seller/product-orders';

function call(method: string, path: string, body?: unknown) {
  return vendorCall(harness(), method, path, body);
}

/** Paid orders waiting for confirmation, as the companion will ask for them. */
async function waiting(): Promise<string[]> {
  const from = koreanIso(HARNESS_EPOCH - 24 * 3_600_000 + 1);
  const { json, status } = await call(
    'GET',
    `${BASE}?from=${encodeURIComponent(from)}&productOrderStatuses=PAYED&placeOrderStatusType=NOT_YET`,
  );
  if (status !== 200) throw new Error(JSON.stringify(json));
  return json.data.contents.map((c: { productOrderId: string }) => c.productOrderId);
}

describe('the emulated pay-order API', () => {
  it('lists the paid orders waiting for confirmation, with their details', async () => {
    const ids = await waiting();
    expect(ids.length).toBe(4);
    const { json } = await call('POST', `${BASE}/query`, { productOrderIds: ids.slice(0, 2) });
    expect(json.data).toHaveLength(2);
    expect(json.data[0].productOrder).toMatchObject({ productOrderStatus: 'PAYED', placeOrderStatus: 'NOT_YET' });
    expect(json.data[0].productOrder.productName).toMatch(/[가-힣]/);
  });

  it('confirms once: a second confirm of the same order is a per-item failure in a 200', async () => {
    const [first, second] = await waiting();
    const once = await call('POST', `${BASE}/confirm`, { productOrderIds: [first, second, '1'] });
    expect(once.status).toBe(200);
    expect(once.json.data.successProductOrderInfos.map((i: { productOrderId: string }) => i.productOrderId)).toEqual([
      first,
      second,
    ]);
    expect(once.json.data.failProductOrderInfos).toEqual([
      expect.objectContaining({ productOrderId: '1', code: '100001' }),
    ]);
    const again = await call('POST', `${BASE}/confirm`, { productOrderIds: [first] });
    expect(again.json.data.successProductOrderInfos).toEqual([]);
    expect(again.json.data.failProductOrderInfos[0]).toMatchObject({ productOrderId: first, code: '104443' });
    const tooMany = await call('POST', `${BASE}/confirm`, {
      productOrderIds: Array.from({ length: 31 }, (_, i) => String(i)),
    });
    expect(tooMany.status).toBe(400);
  });

  it('dispatches a confirmed order once, refusing a bad courier, a missing or reused tracking number per item', async () => {
    const [id] = await waiting();
    await call('POST', `${BASE}/confirm`, { productOrderIds: [id] });
    const item = (courier: string, tracking: string) => ({
      productOrderId: id,
      deliveryMethod: 'DELIVERY',
      deliveryCompanyCode: courier,
      trackingNumber: tracking,
      dispatchDate: koreanIso(HARNESS_EPOCH),
    });
    const wrong = await call('POST', `${BASE}/dispatch`, {
      dispatchProductOrders: [item('NOPE', '123456789012'), item('CJGLS', '')],
    });
    expect(wrong.json.data.failProductOrderInfos.map((f: { code: string }) => f.code)).toEqual(['104119', '104120']);
    const sent = await call('POST', `${BASE}/dispatch`, { dispatchProductOrders: [item('CJGLS', '641234567890')] });
    expect(sent.json.data.successProductOrderIds).toEqual([id]);
    const twice = await call('POST', `${BASE}/dispatch`, { dispatchProductOrders: [item('CJGLS', '641234567890')] });
    expect(twice.json.data.failProductOrderInfos[0].code).toBe('104121');
    const unreadable = await call('POST', `${BASE}/dispatch`, { dispatchProductOrders: [{ productOrderId: id }] });
    expect(unreadable).toMatchObject({ status: 400, json: { code: '000400' } });
  });

  it('starts every test from the same store (made anew on reset)', async () => {
    expect(await waiting()).toHaveLength(4);
  });
});
