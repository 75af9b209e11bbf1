/**
 * The demo store's product orders as the pay-order API answers them (spec §7.1, §7.2, §7.5): the
 * conditional list, details by ids, confirmation (30 ids a call, its own answer shape) and
 * dispatch (30 items, the common claim-processing shape). A second confirm or dispatch of the same
 * product order is a per-item failure in a 200, as the spec tells emulators to model (the exact
 * code is unverified there).
 */
import { koreanIso } from '@aigenc/shared/domain';
import type { DemoOrder, DemoStore } from './commerce-types.ts';
import { COURIERS } from '../connectors/naver-commerce/couriers.ts';

/** What a handler answers: the status and the body (the caller adds the trace id and limits). */
export interface Answer {
  status: number;
  body: unknown;
}

const MAX_WRITE_IDS = 30;
const MAX_QUERY_IDS = 300;

/** The pay-order API's own error body: a numeric code from the shared table (§7.7). */
export function payOrderError(status: number, code: string, message: string, now: number): Answer {
  return { status, body: { code, message, timestamp: koreanIso(now), traceId: `sandbox-${now}` } };
}

function envelope(data: unknown, now: number): Answer {
  return { status: 200, body: { timestamp: koreanIso(now), traceId: `sandbox-${now}`, data } };
}

function detail(store: DemoStore, order: DemoOrder) {
  const product = store.products.find((p) => p.originProductNo === order.originProductNo)!;
  const option = product.options.find((o) => o.id === order.optionId);
  return {
    order: {
      orderId: order.orderId,
      orderDate: koreanIso(order.orderDate),
      paymentDate: koreanIso(order.paymentDate),
      ordererName: order.buyerName,
      ordererTel: '010-0000-0000',
    },
    productOrder: {
      productOrderId: order.productOrderId,
      productOrderStatus: order.productOrderStatus,
      placeOrderStatus: order.placeOrderStatus,
      ...(order.placeOrderDate ? { placeOrderDate: koreanIso(order.placeOrderDate) } : {}),
      shippingDueDate: koreanIso(order.shippingDueDate),
      expectedDeliveryMethod: 'DELIVERY',
      productId: String(product.channelProductNo),
      originalProductId: String(product.originProductNo),
      productName: product.name,
      ...(option
        ? {
            optionCode: String(option.id),
            productOption: [option.optionName1, option.optionName2].filter(Boolean).join(' / '),
          }
        : {}),
      quantity: order.quantity,
      totalPaymentAmount: (product.salePrice + (option?.price ?? 0)) * order.quantity,
      shippingAddress: {
        name: order.buyerName,
        tel1: '010-0000-0000',
        baseAddress: '서울특별시 어딘가',
        detailedAddress: '101동',
      },
    },
    ...(order.delivery
      ? {
          delivery: {
            deliveryMethod: order.delivery.deliveryMethod,
            deliveryCompany: order.delivery.deliveryCompany,
            trackingNumber: order.delivery.trackingNumber,
            sendDate: koreanIso(order.delivery.sendDate),
            deliveryStatus: order.productOrderStatus === 'DELIVERED' ? 'DELIVERY_COMPLETION' : 'DELIVERING',
            isWrongTrackingNumber: false,
          },
        }
      : {}),
  };
}

/** `GET …/product-orders?from&to&productOrderStatuses&placeOrderStatusType&pageSize&page`. */
export function listOrders(store: DemoStore, query: URLSearchParams, now: number): Answer {
  const from = Date.parse(query.get('from') ?? '');
  const to = query.get('to') ? Date.parse(query.get('to')!) : from + 24 * 3_600_000;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from)
    return payOrderError(400, '4000', 'from 항목이 유효하지 않습니다.', now);
  if (to - from > 24 * 3_600_000) return payOrderError(400, '104139', '조회 기간은 24시간을 넘을 수 없습니다.', now);
  const statuses = query.get('productOrderStatuses')?.split(',').filter(Boolean);
  const placeOrder = query.get('placeOrderStatusType');
  const pageSize = Number(query.get('pageSize') ?? '300');
  const page = Number(query.get('page') ?? '1');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 300 || !Number.isInteger(page) || page < 1)
    return payOrderError(400, '4000', 'pageSize 항목이 유효하지 않습니다.', now);
  const matching = store.orders.filter(
    (o) =>
      o.paymentDate >= from &&
      o.paymentDate < to &&
      (!statuses || statuses.includes(o.productOrderStatus)) &&
      (!placeOrder || o.placeOrderStatus === placeOrder),
  );
  const contents = matching
    .slice((page - 1) * pageSize, page * pageSize)
    .map((o) => ({ productOrderId: o.productOrderId, content: detail(store, o) }));
  return envelope({ contents, pagination: { page, size: pageSize, hasNext: matching.length > page * pageSize } }, now);
}

function ids(body: unknown, field: string): string[] | null {
  const value = (body as Record<string, unknown> | null)?.[field];
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
}

/** `POST …/product-orders/query` `{productOrderIds: [≤300]}`. */
export function queryOrders(store: DemoStore, body: unknown, now: number): Answer {
  const asked = ids(body, 'productOrderIds');
  if (!asked || asked.length === 0 || asked.length > MAX_QUERY_IDS)
    return payOrderError(400, '104133', '요청이 올바르지 않습니다.', now);
  const found = asked.flatMap((id) => store.orders.filter((o) => o.productOrderId === id));
  return envelope(
    found.map((o) => detail(store, o)),
    now,
  );
}

/** `POST …/product-orders/confirm`: partial success is normal, the answer a shape of its own. */
export function confirmOrders(
  store: DemoStore,
  body: unknown,
  now: number,
  count: (what: string) => void = () => {},
): Answer {
  const asked = ids(body, 'productOrderIds');
  if (!asked || asked.length === 0 || asked.length > MAX_WRITE_IDS)
    return payOrderError(400, '104133', '요청이 올바르지 않습니다.', now);
  // Every product order id a confirm carried: a test adds them up to see that none came twice.
  asked.forEach(() => count('commerce:confirm-id'));
  const successProductOrderInfos: { productOrderId: string; isReceiverAddressChanged: boolean }[] = [];
  const failProductOrderInfos: { productOrderId: string; code: string; message: string }[] = [];
  for (const id of asked) {
    const order = store.orders.find((o) => o.productOrderId === id);
    const fail = (code: string, message: string) => failProductOrderInfos.push({ productOrderId: id, code, message });
    if (!order) fail('100001', '상품주문을 찾을 수 없습니다.');
    else if (order.productOrderStatus !== 'PAYED') fail('104442', '상품 주문 상태를 확인해 주세요.');
    else if (order.placeOrderStatus !== 'NOT_YET') fail('104443', '발주 상태를 확인해 주세요.');
    else {
      order.placeOrderStatus = 'OK';
      order.placeOrderDate = now;
      successProductOrderInfos.push({ productOrderId: id, isReceiverAddressChanged: order.receiverAddressChanged });
    }
  }
  return envelope({ successProductOrderInfos, failProductOrderInfos }, now);
}

interface DispatchItem {
  productOrderId?: unknown;
  deliveryMethod?: unknown;
  deliveryCompanyCode?: unknown;
  trackingNumber?: unknown;
  dispatchDate?: unknown;
}

/** `POST …/product-orders/dispatch`: the common claim-processing answer. */
export function dispatchOrders(store: DemoStore, body: unknown, now: number): Answer {
  const items = (body as { dispatchProductOrders?: unknown } | null)?.dispatchProductOrders;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_WRITE_IDS)
    return payOrderError(400, '104133', '요청이 올바르지 않습니다.', now);
  // A body the gateway cannot read (wrong types) fails whole, the way the forum thread shows.
  if (items.some((i: DispatchItem) => typeof i?.productOrderId !== 'string' || typeof i.dispatchDate !== 'string'))
    return payOrderError(400, '000400', '요청이 올바르지 않습니다. (HttpMessageNotReadableException)', now);
  const successProductOrderIds: string[] = [];
  const failProductOrderInfos: { productOrderId: string; code: string; message: string }[] = [];
  for (const item of items as DispatchItem[]) {
    const id = item.productOrderId as string;
    const fail = (code: string, message: string) => failProductOrderInfos.push({ productOrderId: id, code, message });
    const order = store.orders.find((o) => o.productOrderId === id);
    const courier = typeof item.deliveryCompanyCode === 'string' ? item.deliveryCompanyCode : '';
    const tracking = typeof item.trackingNumber === 'string' ? item.trackingNumber.trim() : '';
    if (!order) fail('100001', '상품주문을 찾을 수 없습니다.');
    else if (item.deliveryMethod !== 'DELIVERY') fail('104116', '배송 방법을 변경해야 합니다.');
    else if (!courier) fail('104118', '택배사를 입력해 주세요.');
    else if (!COURIERS.some((c) => c.code === courier)) fail('104119', '택배사 코드가 올바르지 않습니다.');
    else if (!tracking) fail('104120', '송장번호를 입력해 주세요.');
    else if (!/^[0-9A-Za-z-]{8,32}$/.test(tracking)) fail('104122', '송장번호가 올바르지 않습니다.');
    else if (store.usedTracking.has(tracking)) fail('104121', '이미 사용된 송장번호입니다.');
    else if (order.productOrderStatus !== 'PAYED') fail('104442', '상품 주문 상태를 확인해 주세요.');
    else if (order.placeOrderStatus !== 'OK') fail('104443', '발주 상태를 확인해 주세요.');
    else {
      order.productOrderStatus = 'DELIVERING';
      order.delivery = {
        deliveryMethod: 'DELIVERY',
        deliveryCompany: courier,
        trackingNumber: tracking,
        sendDate: Date.parse(item.dispatchDate as string) || now,
      };
      store.usedTracking.add(tracking);
      successProductOrderIds.push(id);
    }
  }
  return envelope({ successProductOrderIds, failProductOrderInfos }, now);
}
