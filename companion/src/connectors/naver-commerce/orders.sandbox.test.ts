/**
 * The Commerce connector's order reads and writes against the emulated pay-order API: the lists,
 * details, confirm and dispatch batched within the vendor's 30, paced by the gateway's headers
 * (2 a second here), one fresh token after GW.AUTHN and one pause after a rate limit, never a
 * second send of a batch the API answered.
 */
import { describe, expect, it } from 'vitest';
import { koreanIso } from '@aigenc/shared/domain';
import { HARNESS_EPOCH, useSandbox } from '../../../test/sandbox-harness.ts';
import { commerceConnector } from './connector.ts';
import { CommerceOrders } from './orders.ts';

const harness = useSandbox({ commerce: { perSecond: 2 } });
const DAY = 24 * 3_600_000;

function orders() {
  return new CommerceOrders(harness().connect(commerceConnector));
}

describe('Commerce orders against the sandbox', () => {
  it('lists the paid orders waiting for confirmation and reads them back by id', async () => {
    const o = orders();
    const waiting = await o.list(HARNESS_EPOCH - 2 * DAY, HARNESS_EPOCH, {
      productOrderStatuses: ['PAYED'],
      placeOrderStatusType: 'NOT_YET',
    });
    expect(waiting.length).toBe(5);
    expect(waiting.every((d) => d.productOrder.placeOrderStatus === 'NOT_YET')).toBe(true);
    const ids = waiting.map((d) => d.productOrder.productOrderId);
    expect((await o.details(ids)).map((d) => d.productOrder.productOrderId)).toEqual(ids);
  });

  it('confirms in batches of 30, answers each item, and says when the buyer changed the address', async () => {
    const o = orders();
    const waiting = (await o.list(HARNESS_EPOCH - 2 * DAY, HARNESS_EPOCH, { placeOrderStatusType: 'NOT_YET' })).map(
      (d) => d.productOrder.productOrderId,
    );
    const unknown = Array.from({ length: 40 }, (_, i) => `99${String(i).padStart(14, '0')}`);
    const seen: number[] = [];
    const answers = await o.confirm([...waiting, ...unknown], (batch) => seen.push(batch.length));
    expect(seen).toEqual([30, 15]);
    expect(harness().stats('commerce')['commerce:confirm']).toBe(2);
    expect(
      answers
        .filter((a) => a.ok)
        .map((a) => a.productOrderId)
        .sort(),
    ).toEqual([...waiting].sort());
    expect(answers.some((a) => a.ok && a.addressChanged)).toBe(true);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.code === '100001')).toBe(true);
    // A second confirm is refused per item by the vendor (the companion's ledger will not send it).
    const again = await o.confirm(waiting.slice(0, 1));
    expect(again).toEqual([expect.objectContaining({ ok: false, code: '104443' })]);
  });

  it('dispatches, spaced for the gateway’s 2 a second', async () => {
    const o = orders();
    const confirmed = await o.list(HARNESS_EPOCH - 3 * DAY, HARNESS_EPOCH, {
      productOrderStatuses: ['PAYED'],
      placeOrderStatusType: 'OK',
    });
    const items = confirmed.map((d, i) => ({
      productOrderId: d.productOrder.productOrderId,
      deliveryCompanyCode: 'CJGLS',
      trackingNumber: `64123456${String(7_000 + i)}`,
      dispatchDate: koreanIso(HARNESS_EPOCH),
    }));
    const answers = await o.dispatch(items);
    expect(answers.every((a) => a.ok)).toBe(true);
    const calls = harness().sandbox.states.commerce.arrivals;
    const times = [...(calls['commerce:list'] ?? []), ...(calls['commerce:dispatch'] ?? [])].sort((a, b) => a - b);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
  });

  it('retries a batch the gateway refused before the API saw it, once, and sends nothing twice', async () => {
    const o = orders();
    const [first] = (await o.list(HARNESS_EPOCH - 2 * DAY, HARNESS_EPOCH, { placeOrderStatusType: 'NOT_YET' })).map(
      (d) => d.productOrder.productOrderId,
    );
    await harness().fault('commerce', 'gw-authn', 1, {
      pathPrefix: '/external/v1/pay-order/seller/product-orders/confirm',
    });
    const answers = await o.confirm([first!]);
    expect(answers).toEqual([expect.objectContaining({ productOrderId: first, ok: true })]);
    expect(harness().stats('commerce')['commerce:confirm']).toBe(1);
  });
});
