/**
 * The pay-order API's reads and writes the seller's work needs (spec §7.1, §7.2, §7.5), each
 * answer parsed in its vendor shape: the conditional list (paid and waiting, confirmed and not
 * sent), details by ids (≤300 a call), confirmation and dispatch (≤30 a call, each with its own
 * answer shape). A write is sent once: a batch the gateway refused before the API saw it is tried
 * again by the client, anything else is answered as it came, per item.
 */
import { z } from 'zod';
import { koreanIso } from '@aigenc/shared/domain';
import type { CommerceClient } from './client.ts';
import { parseVendor as parse } from './parse.ts';

const BASE = '/external/v1/pay-order/seller/product-orders';
/** The vendor's bounds a call (spec §7.1, §7.2, §7.5). */
export const WRITE_BATCH = 30;
export const QUERY_BATCH = 300;
const LIST_PAGE = 300;
const DAY_MS = 24 * 3_600_000;

const ProductOrderDetailSchema = z.object({
  order: z.object({ orderId: z.string(), orderDate: z.string(), ordererName: z.string().optional() }),
  productOrder: z.object({
    productOrderId: z.string(),
    productOrderStatus: z.string(),
    placeOrderStatus: z.string().optional(),
    placeOrderDate: z.string().optional(),
    shippingDueDate: z.string().optional(),
    productName: z.string().optional(),
    productOption: z.string().optional(),
    quantity: z.number().optional(),
  }),
  delivery: z.object({ deliveryCompany: z.string().optional(), trackingNumber: z.string().optional() }).optional(),
});
export type ProductOrderDetail = z.infer<typeof ProductOrderDetailSchema>;

const ListSchema = z.object({
  data: z.object({
    contents: z.array(z.object({ productOrderId: z.string(), content: ProductOrderDetailSchema })),
    pagination: z.object({ hasNext: z.boolean() }).optional(),
  }),
});
const QuerySchema = z.object({ data: z.array(ProductOrderDetailSchema) });
const FailuresSchema = z.array(
  z.object({ productOrderId: z.string(), code: z.string(), message: z.string().optional() }),
);
const ConfirmSchema = z.object({
  data: z.object({
    successProductOrderInfos: z.array(
      z.object({ productOrderId: z.string(), isReceiverAddressChanged: z.boolean().optional() }),
    ),
    failProductOrderInfos: FailuresSchema,
  }),
});
const DispatchSchema = z.object({
  data: z.object({ successProductOrderIds: z.array(z.string()), failProductOrderInfos: FailuresSchema }),
});

/** What the vendor answered for one product order of a write. */
export type WriteAnswer =
  | { productOrderId: string; ok: true; addressChanged?: boolean }
  | { productOrderId: string; ok: false; code: string; message: string };

export interface Dispatch {
  productOrderId: string;
  deliveryCompanyCode: string;
  trackingNumber: string;
  /** ISO 8601 with +09:00 (the vendor's form). */
  dispatchDate: string;
}

/** A per-item refusal, in the vendor's code and words. */
function failed(f: z.infer<typeof FailuresSchema>[number]): WriteAnswer {
  return { productOrderId: f.productOrderId, ok: false, code: f.code, message: f.message ?? '' };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class CommerceOrders {
  constructor(private readonly client: CommerceClient) {}

  /**
   * Product orders paid in the 24 h windows from `from` to `to` (epoch ms), with the statuses
   * asked: the vendor's conditional list, every page.
   */
  async list(
    from: number,
    to: number,
    filter: { productOrderStatuses?: readonly string[]; placeOrderStatusType?: string },
  ): Promise<ProductOrderDetail[]> {
    const found: ProductOrderDetail[] = [];
    for (let start = from; start < to; start += DAY_MS) {
      for (let page = 1; page <= 1000; page++) {
        const query = new URLSearchParams({
          from: koreanIso(start),
          to: koreanIso(Math.min(start + DAY_MS, to)),
          rangeType: 'PAYED_DATETIME',
          pageSize: String(LIST_PAGE),
          page: String(page),
        });
        if (filter.productOrderStatuses) query.set('productOrderStatuses', filter.productOrderStatuses.join(','));
        if (filter.placeOrderStatusType) query.set('placeOrderStatusType', filter.placeOrderStatusType);
        const answer = parse(ListSchema, (await this.client.call('GET', BASE, { query })).text);
        found.push(...answer.data.contents.map((c) => c.content));
        if (!answer.data.pagination?.hasNext) break;
      }
    }
    return found;
  }

  /** The product orders as the vendor shows them now, by id (300 a call). */
  async details(ids: readonly string[]): Promise<ProductOrderDetail[]> {
    const found: ProductOrderDetail[] = [];
    for (const batch of chunks(ids, QUERY_BATCH)) {
      const response = await this.client.call('POST', `${BASE}/query`, { body: { productOrderIds: batch } });
      found.push(...parse(QuerySchema, response.text).data);
    }
    return found;
  }

  /** Confirms the orders, 30 a call; `onBatch` sees each call's answers as they come (the ledger). */
  confirm(ids: readonly string[], onBatch?: (answers: WriteAnswer[]) => void): Promise<WriteAnswer[]> {
    return this.write(
      ids,
      'confirm',
      (batch) => ({ productOrderIds: batch }),
      onBatch,
      (text) => {
        const { data } = parse(ConfirmSchema, text);
        return [
          ...data.successProductOrderInfos.map((s) => ({
            productOrderId: s.productOrderId,
            ok: true as const,
            ...(s.isReceiverAddressChanged ? { addressChanged: true } : {}),
          })),
          ...data.failProductOrderInfos.map(failed),
        ];
      },
    );
  }

  /** Dispatches with the tracking numbers, 30 a call; `onBatch` as for `confirm`. */
  dispatch(items: readonly Dispatch[], onBatch?: (answers: WriteAnswer[]) => void): Promise<WriteAnswer[]> {
    const body = (batch: readonly Dispatch[]) => ({
      dispatchProductOrders: batch.map((item) => ({ ...item, deliveryMethod: 'DELIVERY' })),
    });
    return this.write(items, 'dispatch', body, onBatch, (text) => {
      const { data } = parse(DispatchSchema, text);
      return [
        ...data.successProductOrderIds.map((id) => ({ productOrderId: id, ok: true as const })),
        ...data.failProductOrderInfos.map(failed),
      ];
    });
  }

  /** A write in the vendor's batches of 30, each batch's answers handed on before the next is sent. */
  private async write<T>(
    items: readonly T[],
    action: 'confirm' | 'dispatch',
    body: (batch: readonly T[]) => unknown,
    onBatch: ((answers: WriteAnswer[]) => void) | undefined,
    answersOf: (text: string) => WriteAnswer[],
  ): Promise<WriteAnswer[]> {
    const all: WriteAnswer[] = [];
    for (const batch of chunks(items, WRITE_BATCH)) {
      const response = await this.client.call('POST', `${BASE}/${action}`, { body: body(batch) });
      const answers = answersOf(response.text);
      onBatch?.(answers);
      all.push(...answers);
    }
    return all;
  }
}
