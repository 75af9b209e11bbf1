/**
 * What every seller's write shares: the items checked one by one before anything (a malformed or
 * repeated one fails alone, in words), the ledger kept around each call (`sending` before,
 * the outcome after, batch by batch), and the audit entry in counts.
 */
import type { AuditAction, OrderWriteResponse, WriteStatus } from '@aigenc/shared/contract';
import type { Language, Localized } from '@aigenc/shared/language';
import type { CommerceOrders, ProductOrderDetail, WriteAnswer } from '../../connectors/naver-commerce/orders.ts';
import { UpstreamError } from '../../errors/index.ts';
import { fill } from '../../messages.ts';
import type { AuditLog } from '../../store/audit-log.ts';
import type { CommerceLedger } from '../../store/commerce-ledger.ts';
import { COMMERCE_WORK_MESSAGES as M } from './messages.ts';

export type OrderItem = OrderWriteResponse['items'][number];

/** Who asked for a write, for the audit log: `pairing:<id>`, `api-token`, `setup` or `cli`. */
export type WriteSource = string;

/** An item refused before any call (code VALIDATION_FAILED), in the reader's words. */
export function invalid(productOrderId: string, words: Localized, language: Language): OrderItem {
  return { productOrderId, status: 'failed', code: 'VALIDATION_FAILED', message: words[language] };
}

/** Ids checked in order: the first of each valid id goes on; the rest fail alone. */
export function firstOfEach(
  ids: readonly string[],
  valid: (id: string) => boolean,
  language: Language,
): { outcome: Map<number, OrderItem>; candidates: { index: number; id: string }[] } {
  const outcome = new Map<number, OrderItem>();
  const candidates: { index: number; id: string }[] = [];
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (!valid(id)) outcome.set(index, invalid(id, fill(M.notAnOrderId), language));
    else if (seen.has(id)) outcome.set(index, invalid(id, fill(M.repeated), language));
    else {
      seen.add(id);
      candidates.push({ index, id });
    }
  });
  return { outcome, candidates };
}

/**
 * Sends with the ledger around the call: every item `sending` before it, each batch's answers
 * recorded as they come (so a crash loses at most what the vendor answered in that batch), and
 * each answer put at its place in the outcome.
 */
export async function sendWithLedger<T extends { index: number; id: string }>(
  ledger: CommerceLedger,
  capability: string,
  toSend: readonly T[],
  outcome: Map<number, OrderItem>,
  send: (items: readonly T[], onBatch: (answers: WriteAnswer[]) => void) => Promise<unknown>,
): Promise<void> {
  if (toSend.length === 0) return;
  const indexOf = new Map(toSend.map(({ index, id }) => [id, index]));
  ledger.mark(
    capability,
    toSend.map(({ id }) => ({ item: id, state: 'sending' as const })),
  );
  await send(toSend, (answers) => {
    ledger.mark(
      capability,
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
  });
}

/**
 * A real write's audit entry: the capability, how many items were applied, failed and skipped,
 * and who asked (never a name, a number or the words sent). `detail` adds what kind of write it was.
 */
export function auditWrite(
  audit: { log: AuditLog; action: AuditAction; provider: string; capability: string; source: WriteSource },
  statuses: readonly WriteStatus[],
  detail: Record<string, string> = {},
): void {
  const count = (status: WriteStatus) => statuses.filter((s) => s === status).length;
  audit.log.record(audit.action, audit.provider, {
    capability: audit.capability,
    ...detail,
    applied: count('applied'),
    failed: count('failed'),
    skipped: count('skipped'),
    from: audit.source,
  });
}

/** The answer in the order asked, and a real run's audit entry in counts. */
export function finish(
  ids: readonly string[],
  outcome: Map<number, OrderItem>,
  dryRun: boolean,
  audit: Parameters<typeof auditWrite>[0],
): OrderWriteResponse {
  const items = ids.map(
    (id, index) => outcome.get(index) ?? { productOrderId: id, status: 'failed' as const, code: 'NO_ANSWER' },
  );
  if (!dryRun)
    auditWrite(
      audit,
      items.map((i) => i.status),
    );
  return { dryRun, items };
}

/**
 * The vendor's own refusal of one item (an API-level 4xx) as that item's failure, in its code and
 * words; anything else (a timeout: the outcome is unknown) goes up, to be read back next time.
 */
export function refusedItem(error: unknown, language: Language): { status: 'failed'; code: string; message: string } {
  if (!(error instanceof UpstreamError) || error.code !== 'UPSTREAM_REJECTED') throw error;
  return {
    status: 'failed',
    code: error.upstreamCode ?? 'UPSTREAM_REJECTED',
    message: (error.detail ?? fill(M.rejected))[language],
  };
}

/** What every write needs whatever it writes: the gate, the ledger, the audit log. */
export interface WriteBase {
  /** Refuses (CAPABILITY_DISABLED, PROBE_REQUIRED) before any upstream call. */
  gate: (capability: string) => Promise<void>;
  ledger: CommerceLedger;
  audit: AuditLog;
  provider: string;
}

export interface CommerceWriteDeps extends WriteBase {
  orders: () => Promise<CommerceOrders>;
}

/** Why an item is not sent, in a code the screens and the CLI word themselves. */
export function skipped(productOrderId: string, code: string): OrderItem {
  return { productOrderId, status: 'skipped', code };
}

/** The vendor's state of each item, read just before a write (one call for up to 300). */
export async function freshRead(
  orders: CommerceOrders,
  ids: readonly string[],
): Promise<Map<string, ProductOrderDetail>> {
  if (ids.length === 0) return new Map();
  return new Map((await orders.details(ids)).map((d) => [d.productOrder.productOrderId, d]));
}
