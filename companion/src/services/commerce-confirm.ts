/**
 * 발주 확인: confirming paid orders, the seller's first write. The path every write takes:
 * the gate (the capability is on and the read-only probe passed), the items checked one by one
 * (a malformed or repeated id fails alone), the fresh read (the vendor's state just before), the
 * ledger (what was applied is never sent again; an item left `sending` by a crash is decided by the
 * fresh read), then a dry run stops with what would be sent, or the call is made in the vendor's
 * batches, each batch's answers kept before the next. A real run goes to the audit log as counts.
 */
import { isProductOrderId, type OrderWriteResponse } from '@aigenc/shared/contract';
import type { CommerceOrders, ProductOrderDetail } from '../connectors/naver-commerce/orders.ts';
import type { AuditLog } from '../store/audit-log.ts';
import type { CommerceLedger } from '../store/commerce-ledger.ts';

export const CONFIRM_CAPABILITY = 'orderConfirmation';

type Item = OrderWriteResponse['items'][number];

/** Who asked for a write, for the audit log: a paired extension, the setup page or the CLI. */
export type WriteSource = string;

export interface CommerceConfirmDeps {
  orders: () => Promise<CommerceOrders>;
  /** Refuses (CAPABILITY_DISABLED, PROBE_REQUIRED) before any upstream call. */
  gate: (capability: string) => Promise<void>;
  ledger: CommerceLedger;
  audit: AuditLog;
  provider: string;
}

/** Why an item is not sent, in a code the screens and the CLI word themselves. */
function skipped(productOrderId: string, code: string): Item {
  return { productOrderId, status: 'skipped', code };
}

export class CommerceConfirm {
  constructor(private readonly deps: CommerceConfirmDeps) {}

  async confirm(ids: readonly string[], dryRun: boolean, source: WriteSource): Promise<OrderWriteResponse> {
    await this.deps.gate(CONFIRM_CAPABILITY);
    const outcome = new Map<number, Item>();
    const seen = new Set<string>();
    const candidates: { index: number; id: string }[] = [];
    ids.forEach((id, index) => {
      if (!isProductOrderId(id))
        outcome.set(index, { productOrderId: id, status: 'failed', code: 'VALIDATION_FAILED' });
      else if (seen.has(id)) outcome.set(index, { productOrderId: id, status: 'failed', code: 'DUPLICATE' });
      else {
        seen.add(id);
        candidates.push({ index, id });
      }
    });

    const orders = await this.deps.orders();
    const ledger = this.deps.ledger.states(CONFIRM_CAPABILITY, [...seen]);
    const fresh = new Map<string, ProductOrderDetail>(
      seen.size ? (await orders.details([...seen])).map((d) => [d.productOrder.productOrderId, d]) : [],
    );
    const toSend: { index: number; id: string }[] = [];
    for (const { index, id } of candidates) {
      const detail = fresh.get(id);
      const confirmed = detail?.productOrder.placeOrderStatus === 'OK';
      if (confirmed) {
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

    if (toSend.length > 0) {
      const indexOf = new Map(toSend.map(({ index, id }) => [id, index]));
      this.deps.ledger.mark(
        CONFIRM_CAPABILITY,
        toSend.map(({ id }) => ({ item: id, state: 'sending' as const })),
      );
      await orders.confirm(
        toSend.map(({ id }) => id),
        (answers) => {
          this.deps.ledger.mark(
            CONFIRM_CAPABILITY,
            answers.map((a) =>
              a.ok
                ? { item: a.productOrderId, state: 'applied' as const }
                : { item: a.productOrderId, state: 'failed' as const, code: a.code },
            ),
          );
          for (const a of answers) {
            const index = indexOf.get(a.productOrderId);
            if (index === undefined) continue;
            outcome.set(
              index,
              a.ok
                ? {
                    productOrderId: a.productOrderId,
                    status: 'applied',
                    ...(a.addressChanged ? { addressChanged: true } : {}),
                  }
                : { productOrderId: a.productOrderId, status: 'failed', code: a.code, message: a.message },
            );
          }
        },
      );
    }

    const items = ids.map(
      (id, index) => outcome.get(index) ?? { productOrderId: id, status: 'failed' as const, code: 'NO_ANSWER' },
    );
    if (!dryRun) {
      const count = (status: Item['status']) => items.filter((i) => i.status === status).length;
      this.deps.audit.record('commerce.orders-confirmed', this.deps.provider, {
        capability: CONFIRM_CAPABILITY,
        applied: count('applied'),
        failed: count('failed'),
        skipped: count('skipped'),
        from: source,
      });
    }
    return { dryRun, items };
  }
}
