/**
 * 발주 확인 against the sandbox's demo store: the gate refuses before any call, a dry run sends
 * nothing, a real run applies and is audited as counts, and nothing is sent twice (a second run,
 * or a run after a crash left items `sending`, is decided by the vendor's state read just before).
 */
import { describe, expect, it } from 'vitest';
import { HARNESS_EPOCH, useSandbox } from '../../../test/sandbox-harness.ts';
import { commerceConnector } from '../../connectors/naver-commerce/connector.ts';
import { CommerceOrders } from '../../connectors/naver-commerce/orders.ts';
import { CompanionError } from '../../errors/index.ts';
import { AuditLog } from '../../store/audit-log.ts';
import { CommerceLedger } from '../../store/commerce-ledger.ts';
import { CommerceConfirm } from './confirm.ts';

const harness = useSandbox({ commerce: { perSecond: 50 } });
const DAY = 24 * 3_600_000;

function service(gate: (capability: string) => Promise<void> = () => Promise.resolve()) {
  const h = harness();
  const orders = new CommerceOrders(h.connect(commerceConnector));
  const audit = new AuditLog(h.db, h.time.now);
  const ledger = new CommerceLedger(h.db, h.time.now);
  return {
    confirm: new CommerceConfirm({
      orders: () => Promise.resolve(orders),
      gate,
      ledger,
      audit,
      provider: 'naver-commerce',
    }),
    orders,
    audit,
    ledger,
  };
}

async function waitingIds(orders: CommerceOrders): Promise<string[]> {
  const list = await orders.list(HARNESS_EPOCH - 2 * DAY, HARNESS_EPOCH, {
    productOrderStatuses: ['PAYED'],
    placeOrderStatusType: 'NOT_YET',
  });
  return list.map((d) => d.productOrder.productOrderId);
}

const confirmCalls = () => harness().stats('commerce')['commerce:confirm'] ?? 0;

describe('발주 확인', () => {
  it('is refused by the gate before any call to the vendor', async () => {
    const refused = new CompanionError('CAPABILITY_DISABLED');
    const { confirm } = service(() => Promise.reject(refused));
    await expect(confirm.confirm(['2026112300000001'], false, 'test')).rejects.toBe(refused);
    expect(harness().stats('commerce')).toEqual({});
  });

  it('says in a dry run what would be confirmed, and sends nothing', async () => {
    const { confirm, orders } = service();
    const ids = await waitingIds(orders);
    const answer = await confirm.confirm(ids, true, 'test');
    expect(answer.dryRun).toBe(true);
    expect(answer.items.map((i) => i.status)).toEqual(ids.map(() => 'would-apply'));
    expect(confirmCalls()).toBe(0);
  });

  it('confirms for real once: audited as counts, and a second run sends nothing', async () => {
    const { confirm, orders, audit } = service();
    const ids = await waitingIds(orders);
    const first = await confirm.confirm(ids, false, 'pairing:test');
    expect(first.items.every((i) => i.status === 'applied')).toBe(true);
    expect(first.items.some((i) => i.addressChanged)).toBe(true);
    expect(confirmCalls()).toBe(1);
    const [entry] = audit.recent(1);
    expect(entry).toMatchObject({
      action: 'commerce.orders-confirmed',
      detail: { applied: ids.length, failed: 0, skipped: 0, from: 'pairing:test' },
    });
    expect(JSON.stringify(entry)).not.toMatch(/[가-힣]/);
    const second = await confirm.confirm(ids, false, 'pairing:test');
    expect(second.items.every((i) => i.status === 'skipped' && i.code === 'ALREADY_CONFIRMED')).toBe(true);
    expect(confirmCalls()).toBe(1);
  });

  it('after a crash mid-call, reads the vendor back: what it applied is skipped, the rest is sent', async () => {
    const { confirm, orders, ledger } = service();
    const [applied, notYet] = await waitingIds(orders);
    // The crash: both marked as sending, and the vendor had confirmed only the first.
    ledger.mark('orderConfirmation', [
      { item: applied!, state: 'sending' },
      { item: notYet!, state: 'sending' },
    ]);
    await orders.confirm([applied!]);
    const calls = confirmCalls();
    const answer = await confirm.confirm([applied!, notYet!], false, 'cli');
    expect(answer.items.map((i) => i.status)).toEqual(['skipped', 'applied']);
    expect(confirmCalls()).toBe(calls + 1);
  });

  it('refuses a malformed or repeated id alone; the others go on', async () => {
    const { confirm, orders } = service();
    const [id] = await waitingIds(orders);
    const answer = await confirm.confirm(['not-an-id', id!, id!], false, 'cli');
    expect(answer.items).toEqual([
      {
        productOrderId: 'not-an-id',
        status: 'failed',
        code: 'VALIDATION_FAILED',
        message: '상품주문번호 형식이 아닙니다.',
      },
      expect.objectContaining({ productOrderId: id, status: 'applied' }),
      {
        productOrderId: id,
        status: 'failed',
        code: 'VALIDATION_FAILED',
        message: '같은 상품주문번호가 이미 위에 있습니다.',
      },
    ]);
  });
});
