/**
 * 발송 처리: dispatching confirmed orders with their couriers and tracking numbers, the same path
 * as 발주 확인 (gate, per-item checks, fresh read, ledger, dry run, audit). Each row is checked
 * before anything is sent: a courier the vendor does not know, an empty or malformed tracking
 * number, or a repeated order fails alone, in words; the others go on.
 */
import type { OrderWriteResponse } from '@aigenc/shared/contract';
import { isProductOrderId, TRACKING_NUMBER } from '@aigenc/shared/contract';
import { koreanIso } from '@aigenc/shared/domain';
import type { Language } from '@aigenc/shared/language';
import type { Clock } from '../../clock.ts';
import { COURIERS } from '../../connectors/naver-commerce/couriers.ts';
import { fill } from '../../messages.ts';
import { COMMERCE_WORK_MESSAGES as M } from './messages.ts';
import {
  finish,
  firstOfEach,
  freshRead,
  invalid,
  sendWithLedger,
  skipped,
  type CommerceWriteDeps,
  type WriteSource,
} from './writes.ts';

export const DISPATCH_CAPABILITY = 'shippingInvoice';

export interface DispatchRow {
  productOrderId: string;
  deliveryCompanyCode: string;
  trackingNumber: string;
  dispatchDate?: string | undefined;
}

export class CommerceDispatch {
  constructor(private readonly deps: CommerceWriteDeps & { now: Clock }) {}

  async dispatch(
    rows: readonly DispatchRow[],
    dryRun: boolean,
    source: WriteSource,
    language: Language = 'ko',
  ): Promise<OrderWriteResponse> {
    await this.deps.gate(DISPATCH_CAPABILITY);
    const ids = rows.map((r) => r.productOrderId);
    const { outcome, candidates } = firstOfEach(ids, isProductOrderId, language);
    const checked = candidates.filter(({ index, id }) => {
      const row = rows[index]!;
      const tracking = row.trackingNumber.trim();
      const refusal = !COURIERS.some((c) => c.code === row.deliveryCompanyCode)
        ? fill(M.courierUnknown, { code: row.deliveryCompanyCode.slice(0, 20) || '-' })
        : !tracking
          ? fill(M.trackingMissing)
          : !TRACKING_NUMBER.test(tracking)
            ? fill(M.trackingMalformed)
            : null;
      if (refusal) outcome.set(index, invalid(id, refusal, language));
      return refusal === null;
    });

    const orders = await this.deps.orders();
    const wanted = checked.map((c) => c.id);
    const ledger = this.deps.ledger.states(DISPATCH_CAPABILITY, wanted);
    const fresh = await freshRead(orders, wanted);
    const toSend: { index: number; id: string }[] = [];
    for (const { index, id } of checked) {
      const detail = fresh.get(id);
      const status = detail?.productOrder.productOrderStatus;
      if (ledger.get(id) === 'applied' || (detail && status !== 'PAYED' && detail.delivery?.trackingNumber))
        outcome.set(index, skipped(id, 'ALREADY_DISPATCHED'));
      else if (!detail) outcome.set(index, skipped(id, 'NOT_FOUND'));
      else if (status !== 'PAYED') outcome.set(index, skipped(id, `STATUS_${status}`));
      else if (detail.productOrder.placeOrderStatus !== 'OK') outcome.set(index, skipped(id, 'NOT_CONFIRMED'));
      else if (dryRun) outcome.set(index, { productOrderId: id, status: 'would-apply' });
      else toSend.push({ index, id });
    }
    const now = koreanIso(this.deps.now());
    await sendWithLedger(this.deps.ledger, DISPATCH_CAPABILITY, toSend, outcome, (items, onBatch) =>
      orders.dispatch(
        items.map(({ index, id }) => {
          const row = rows[index]!;
          return {
            productOrderId: id,
            deliveryCompanyCode: row.deliveryCompanyCode,
            trackingNumber: row.trackingNumber.trim(),
            dispatchDate: row.dispatchDate ?? now,
          };
        }),
        onBatch,
      ),
    );
    return finish(ids, outcome, dryRun, {
      log: this.deps.audit,
      action: 'commerce.orders-dispatched',
      provider: this.deps.provider,
      capability: DISPATCH_CAPABILITY,
      source,
    });
  }
}
