/**
 * The seller's order lists: paid orders waiting for confirmation (발주 확인 대기) and confirmed
 * orders not yet dispatched (발송 대기), from the vendor's conditional list over the last week,
 * each row with the buyer's name masked and nothing of the address or phone. Reading them needs the
 * read capability (order changes) on; no write capability.
 */
import type { COMMERCE_STAGES } from '@aigenc/shared/contract';
import { type CommerceOrder, type CommerceOrdersResponse, type CouriersResponse } from '@aigenc/shared/contract';
import { maskedName } from '@aigenc/shared/domain';
import { COURIERS } from '../../connectors/naver-commerce/couriers.ts';
import type { CommerceOrders, ProductOrderDetail } from '../../connectors/naver-commerce/orders.ts';
import type { Clock } from '../../clock.ts';

/** How far back the lists look: a week of paid orders (seven of the vendor's 24-hour windows). */
export const ORDER_LIST_DAYS = 7;
export const ORDERS_READ_CAPABILITY = 'orderChanges';

type Stage = (typeof COMMERCE_STAGES)[number];

const FILTERS: Record<Stage, { productOrderStatuses: string[]; placeOrderStatusType: string }> = {
  'to-confirm': { productOrderStatuses: ['PAYED'], placeOrderStatusType: 'NOT_YET' },
  'to-dispatch': { productOrderStatuses: ['PAYED'], placeOrderStatusType: 'OK' },
};

export interface CommerceOrderListsDeps {
  orders: () => Promise<CommerceOrders>;
  /** Refuses (CAPABILITY_DISABLED) before any call when order reads are switched off. */
  gate: (capability: string) => void;
  now: Clock;
}

function row(detail: ProductOrderDetail): CommerceOrder {
  const { order, productOrder } = detail;
  return {
    productOrderId: productOrder.productOrderId,
    orderDate: order.orderDate,
    productName: productOrder.productName ?? '',
    ...(productOrder.productOption ? { optionName: productOrder.productOption } : {}),
    quantity: productOrder.quantity ?? 0,
    productOrderStatus: productOrder.productOrderStatus,
    placeOrderStatus: productOrder.placeOrderStatus ?? '',
    ...(productOrder.shippingDueDate ? { shippingDueDate: productOrder.shippingDueDate } : {}),
    buyer: maskedName(order.ordererName ?? ''),
  };
}

export class CommerceOrderLists {
  constructor(private readonly deps: CommerceOrderListsDeps) {}

  async list(stage: Stage): Promise<CommerceOrdersResponse> {
    this.deps.gate(ORDERS_READ_CAPABILITY);
    const now = this.deps.now();
    const orders = await this.deps.orders();
    const found = await orders.list(now - ORDER_LIST_DAYS * 24 * 3_600_000, now, FILTERS[stage]);
    // Oldest first: the order closest to its shipping due date comes first.
    const items = found.map(row).sort((a, b) => a.orderDate.localeCompare(b.orderDate));
    return { stage, items, asOf: new Date(now).toISOString() };
  }

  /** The couriers the dispatch call accepts (the vendor has no call that lists them). */
  couriers(): CouriersResponse {
    return { items: COURIERS.map(({ code, name }) => ({ code, name })) };
  }
}
