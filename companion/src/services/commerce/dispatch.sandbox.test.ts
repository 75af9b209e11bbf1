/**
 * 발송 처리 against the sandbox's demo store: every row checked before anything is sent (a wrong
 * courier, an empty or malformed tracking number, a repeated order fail alone, in words), a dry run
 * sends nothing, a real run sends once, and an order not yet confirmed or already sent is skipped.
 */
import { describe, expect, it } from 'vitest';
import { HARNESS_EPOCH, useSandbox } from '../../../test/sandbox-harness.ts';
import { commerceConnector } from '../../connectors/naver-commerce/connector.ts';
import { CommerceOrders } from '../../connectors/naver-commerce/orders.ts';
import { AuditLog } from '../../store/audit-log.ts';
import { CommerceLedger } from '../../store/commerce-ledger.ts';
import { CommerceDispatch } from './dispatch.ts';

const harness = useSandbox({ commerce: { perSecond: 50 } });
const DAY = 24 * 3_600_000;

function service() {
  const h = harness();
  const orders = new CommerceOrders(h.connect(commerceConnector));
  const audit = new AuditLog(h.db, h.time.now);
  const dispatch = new CommerceDispatch({
    orders: () => Promise.resolve(orders),
    gate: () => Promise.resolve(),
    ledger: new CommerceLedger(h.db, h.time.now),
    audit,
    provider: 'naver-commerce',
    now: h.time.now,
  });
  return { dispatch, orders, audit };
}

async function ids(orders: CommerceOrders, placeOrderStatusType: 'OK' | 'NOT_YET'): Promise<string[]> {
  const found = await orders.list(HARNESS_EPOCH - 3 * DAY, HARNESS_EPOCH, {
    productOrderStatuses: ['PAYED'],
    placeOrderStatusType,
  });
  return found.map((d) => d.productOrder.productOrderId);
}

const dispatchCalls = () => harness().stats('commerce')['commerce:dispatch'] ?? 0;

describe('발송 처리', () => {
  it('checks every row before anything is sent; a bad row fails alone, in words', async () => {
    const { dispatch, orders } = service();
    const [a, b, c, d] = await ids(orders, 'OK');
    const answer = await dispatch.dispatch(
      [
        { productOrderId: a!, deliveryCompanyCode: 'NOPE', trackingNumber: '641234567890' },
        { productOrderId: b!, deliveryCompanyCode: 'CJGLS', trackingNumber: '  ' },
        { productOrderId: c!, deliveryCompanyCode: 'HANJIN', trackingNumber: '12/34' },
        { productOrderId: d!, deliveryCompanyCode: 'CJGLS', trackingNumber: '641234567891' },
        { productOrderId: d!, deliveryCompanyCode: 'CJGLS', trackingNumber: '641234567892' },
      ],
      true,
      'cli',
      'en',
    );
    expect(answer.items.map((i) => [i.status, i.code])).toEqual([
      ['failed', 'VALIDATION_FAILED'],
      ['failed', 'VALIDATION_FAILED'],
      ['failed', 'VALIDATION_FAILED'],
      ['would-apply', undefined],
      ['failed', 'VALIDATION_FAILED'],
    ]);
    expect(answer.items[0]!.message).toBe('Courier code NOPE is unknown: pick the courier from the list.');
    expect(answer.items[1]!.message).toBe('Enter the tracking number.');
    expect(dispatchCalls()).toBe(0);
  });

  it('sends a confirmed order once; one not yet confirmed is skipped, not sent', async () => {
    const { dispatch, orders, audit } = service();
    const [confirmed] = await ids(orders, 'OK');
    const [notYet] = await ids(orders, 'NOT_YET');
    const rows = [
      { productOrderId: confirmed!, deliveryCompanyCode: 'CJGLS', trackingNumber: '641234567893' },
      { productOrderId: notYet!, deliveryCompanyCode: 'CJGLS', trackingNumber: '641234567894' },
    ];
    const first = await dispatch.dispatch(rows, false, 'setup');
    expect(first.items.map((i) => [i.status, i.code])).toEqual([
      ['applied', undefined],
      ['skipped', 'NOT_CONFIRMED'],
    ]);
    expect(audit.recent(1)[0]).toMatchObject({
      action: 'commerce.orders-dispatched',
      detail: { applied: 1, skipped: 1 },
    });
    expect(JSON.stringify(audit.recent(1))).not.toContain('641234567893');
    const second = await dispatch.dispatch(rows.slice(0, 1), false, 'setup');
    expect(second.items[0]).toMatchObject({ status: 'skipped', code: 'ALREADY_DISPATCHED' });
    expect(dispatchCalls()).toBe(1);
  });
});
