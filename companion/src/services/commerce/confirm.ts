/**
 * 발주 확인: confirming paid orders, the seller's first write. The path every write takes:
 * the gate (the capability is on and the read-only probe passed), the items checked one by one
 * (a malformed or repeated id fails alone), the fresh read (the vendor's state just before), the
 * ledger (what was applied is never sent again; an item left `sending` by a crash is decided by the
 * fresh read), then a dry run stops with what would be sent, or the call is made in the vendor's
 * batches, each batch's answers kept before the next. A real run goes to the audit log as counts.
 */
import { isProductOrderId, type OrderWriteResponse } from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
import {
  finish,
  firstOfEach,
  freshRead,
  sendWithLedger,
  skipped,
  type CommerceWriteDeps,
  type WriteSource,
} from './writes.ts';

export const CONFIRM_CAPABILITY = 'orderConfirmation';

export class CommerceConfirm {
  constructor(private readonly deps: CommerceWriteDeps) {}

  async confirm(
    ids: readonly string[],
    dryRun: boolean,
    source: WriteSource,
    language: Language = 'ko',
  ): Promise<OrderWriteResponse> {
    await this.deps.gate(CONFIRM_CAPABILITY);
    const { outcome, candidates } = firstOfEach(ids, isProductOrderId, language);
    const orders = await this.deps.orders();
    const wanted = candidates.map((c) => c.id);
    const ledger = this.deps.ledger.states(CONFIRM_CAPABILITY, wanted);
    const fresh = await freshRead(orders, wanted);
    const toSend: { index: number; id: string }[] = [];
    for (const { index, id } of candidates) {
      const detail = fresh.get(id);
      if (detail?.productOrder.placeOrderStatus === 'OK') {
        // Confirmed already (here, before a crash, or in the Smart Store center): never sent again.
        if (!dryRun && ledger.get(id) !== 'applied')
          this.deps.ledger.mark(CONFIRM_CAPABILITY, [{ item: id, state: 'applied' }]);
        outcome.set(index, skipped(id, 'ALREADY_CONFIRMED'));
      } else if (ledger.get(id) === 'applied') outcome.set(index, skipped(id, 'ALREADY_CONFIRMED'));
      else if (!detail) outcome.set(index, skipped(id, 'NOT_FOUND'));
      else if (detail.productOrder.productOrderStatus !== 'PAYED')
        outcome.set(index, skipped(id, `STATUS_${detail.productOrder.productOrderStatus}`));
      else if (dryRun) outcome.set(index, { productOrderId: id, status: 'would-apply' });
      else toSend.push({ index, id });
    }
    await sendWithLedger(this.deps.ledger, CONFIRM_CAPABILITY, toSend, outcome, (items, onBatch) =>
      orders.confirm(
        items.map((i) => i.id),
        onBatch,
      ),
    );
    return finish(ids, outcome, dryRun, {
      log: this.deps.audit,
      action: 'commerce.orders-confirmed',
      provider: this.deps.provider,
      capability: CONFIRM_CAPABILITY,
      source,
    });
  }
}
