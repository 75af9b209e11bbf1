/**
 * The seller-work APIs of the Commerce emulator, one table: method and path pattern, the gateway's
 * API group (each has its own token bucket), and the handler on the demo store. A body that is not
 * JSON is refused in the group's own error shape.
 */
import {
  answerInquiry,
  answerQna,
  contentsError,
  listInquiries,
  listQnas,
  payMerchantError,
  payUserError,
} from './commerce-answers.ts';
import {
  confirmOrders,
  dispatchOrders,
  listOrders,
  payOrderError,
  queryOrders,
  type Answer,
} from './commerce-orders.ts';
import { multiUpdate, originProduct, putOptionStock, searchProducts } from './commerce-products.ts';
import type { DemoStore } from './commerce-types.ts';

export interface RouteInput {
  query: URLSearchParams;
  body: unknown;
  /** The path's numbered parts, in order. */
  params: string[];
}

type Group = 'pay-order' | 'pay-user' | 'pay-merchant' | 'contents' | 'products';

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  pattern: RegExp;
  /** Counted as `commerce:<name>` and arrivals under the same name. */
  name: string;
  group: Group;
  handle(store: DemoStore, input: RouteInput, now: number, count: (what: string) => void): Answer;
}

const ORDERS = '/external/v1/pay-order/seller/product-orders';

const ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^${ORDERS}$`),
    name: 'list',
    group: 'pay-order',
    handle: (s, i, now) => listOrders(s, i.query, now),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${ORDERS}/query$`),
    name: 'query',
    group: 'pay-order',
    handle: (s, i, now) => queryOrders(s, i.body, now),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${ORDERS}/confirm$`),
    name: 'confirm',
    group: 'pay-order',
    handle: (s, i, now, count) => confirmOrders(s, i.body, now, count),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${ORDERS}/dispatch$`),
    name: 'dispatch',
    group: 'pay-order',
    handle: (s, i, now) => dispatchOrders(s, i.body, now),
  },
  {
    method: 'GET',
    pattern: /^\/external\/v1\/pay-user\/inquiries$/,
    name: 'inquiries',
    group: 'pay-user',
    handle: (s, i, now) => listInquiries(s, i.query, now),
  },
  {
    method: 'POST',
    pattern: /^\/external\/v1\/pay-merchant\/inquiries\/(\d+)\/answer$/,
    name: 'inquiry-answer',
    group: 'pay-merchant',
    handle: (s, i, now) => answerInquiry(s, i.params[0]!, null, i.body, now),
  },
  {
    method: 'PUT',
    pattern: /^\/external\/v1\/pay-merchant\/inquiries\/(\d+)\/answer\/(\d+)$/,
    name: 'inquiry-edit',
    group: 'pay-merchant',
    handle: (s, i, now) => answerInquiry(s, i.params[0]!, i.params[1]!, i.body, now),
  },
  {
    method: 'GET',
    pattern: /^\/external\/v1\/contents\/qnas$/,
    name: 'qnas',
    group: 'contents',
    handle: (s, i, now) => listQnas(s, i.query, now),
  },
  {
    method: 'PUT',
    pattern: /^\/external\/v1\/contents\/qnas\/(\d+)$/,
    name: 'qna-answer',
    group: 'contents',
    handle: (s, i, now) => answerQna(s, i.params[0]!, i.body, now),
  },
  {
    method: 'POST',
    pattern: /^\/external\/v1\/products\/search$/,
    name: 'products',
    group: 'products',
    handle: (s, i, now) => searchProducts(s, i.body, now),
  },
  {
    method: 'GET',
    pattern: /^\/external\/v2\/products\/origin-products\/(\d+)$/,
    name: 'origin-product',
    group: 'products',
    handle: (s, i, now) => originProduct(s, i.params[0]!, now),
  },
  {
    method: 'PUT',
    pattern: /^\/external\/v1\/products\/origin-products\/(\d+)\/option-stock$/,
    name: 'option-stock',
    group: 'products',
    handle: (s, i, now, count) => putOptionStock(s, i.params[0]!, i.body, now, count),
  },
  {
    method: 'PATCH',
    pattern: /^\/external\/v1\/products\/origin-products\/multi-update$/,
    name: 'multi-update',
    group: 'products',
    handle: (s, i, now) => multiUpdate(s, i.body, now),
  },
];

export interface Matched {
  route: Route;
  params: string[];
}

export function sellerRoute(method: string | undefined, path: string): Matched | null {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { route, params: match.slice(1) };
  }
  return null;
}

/** A body the API could not read, in its group's shape. */
export function unreadable(group: Group, now: number): Answer {
  switch (group) {
    case 'pay-order':
      return payOrderError(400, '000400', '요청이 올바르지 않습니다. (HttpMessageNotReadableException)', now);
    case 'pay-user':
      return payUserError('4001', '요청이 올바르지 않습니다.', now);
    case 'pay-merchant':
      return payMerchantError(400, 'ERR-NC-101001', '잘못된 요청입니다.', now);
    default:
      return contentsError(400, 'BAD_REQUEST', '요청 본문을 읽을 수 없습니다.', now);
  }
}
