import { describe, expect, it } from 'vitest';
import { CommerceOrdersResponseSchema } from '@aigenc/shared/contract';
import { useSandbox } from '../../../test/sandbox-harness.ts';
import { commerceConnector } from '../../connectors/naver-commerce/connector.ts';
import { CommerceOrders } from '../../connectors/naver-commerce/orders.ts';
import { CompanionError } from '../../errors/index.ts';
import { CommerceOrderLists } from './orders.ts';

const harness = useSandbox({ commerce: { perSecond: 50 } });

function lists(gate: (capability: string) => void = () => undefined) {
  const h = harness();
  const orders = new CommerceOrders(h.connect(commerceConnector));
  return new CommerceOrderLists({ orders: () => Promise.resolve(orders), gate, now: h.time.now });
}

describe('the seller’s order lists', () => {
  it('lists the orders to confirm and to dispatch, the buyer masked, no address or phone', async () => {
    const toConfirm = await lists().list('to-confirm');
    expect(CommerceOrdersResponseSchema.safeParse(toConfirm).success).toBe(true);
    expect(toConfirm.items).toHaveLength(5);
    expect(toConfirm.items.every((i) => /^.\*+.?$/.test(i.buyer))).toBe(true);
    expect(JSON.stringify(toConfirm)).not.toMatch(/010-|서울특별시|baseAddress/);
    const toDispatch = await lists().list('to-dispatch');
    expect(toDispatch.items).toHaveLength(4);
    expect(toDispatch.items.every((i) => i.placeOrderStatus === 'OK')).toBe(true);
    // Seven of the vendor's 24-hour windows for each list.
    expect(harness().stats('commerce')['commerce:list']).toBe(14);
  });

  it('is refused before any call when order reads are off', async () => {
    const off = new CompanionError('CAPABILITY_DISABLED');
    await expect(
      lists(() => {
        throw off;
      }).list('to-confirm'),
    ).rejects.toBe(off);
    expect(harness().stats('commerce')).toEqual({});
  });

  it('names the couriers the dispatch accepts', () => {
    expect(lists().couriers().items).toContainEqual({ code: 'CJGLS', name: 'CJ대한통운' });
  });
});
