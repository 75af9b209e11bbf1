/** The Smart Store work's calls of the contract (`/api/v1/commerce/…`), on the page's client. */
import {
  AnswerResponseSchema,
  CommerceOrdersResponseSchema,
  CommerceProductsResponseSchema,
  CouriersResponseSchema,
  InquiriesResponseSchema,
  OrderWriteResponseSchema,
  StockResponseSchema,
  type AnswerResponse,
  type CommerceOrdersResponse,
  type CommerceProductsResponse,
  type CouriersResponse,
  type InquiriesResponse,
  type OrderWriteResponse,
  type StockResponse,
} from '@aigenc/shared/contract';
import { useMemo } from 'preact/hooks';
import type { CompanionClient } from '../../companion-client.ts';
import { useClient } from '../../ui/client-context.tsx';

export interface DispatchRow {
  productOrderId: string;
  deliveryCompanyCode: string;
  trackingNumber: string;
}

export interface StockChange {
  originProductNo: number;
  optionId?: number;
  quantity: number;
}

export function storeApi(client: CompanionClient) {
  return {
    orders: (stage: 'to-confirm' | 'to-dispatch'): Promise<CommerceOrdersResponse> =>
      client.request('GET', `/api/v1/commerce/orders?stage=${stage}`, CommerceOrdersResponseSchema),
    confirm: (productOrderIds: string[], dryRun: boolean): Promise<OrderWriteResponse> =>
      client.request('POST', '/api/v1/commerce/orders/confirm', OrderWriteResponseSchema, { productOrderIds, dryRun }),
    couriers: (): Promise<CouriersResponse> =>
      client.request('GET', '/api/v1/commerce/couriers', CouriersResponseSchema),
    dispatch: (items: DispatchRow[], dryRun: boolean): Promise<OrderWriteResponse> =>
      client.request('POST', '/api/v1/commerce/orders/dispatch', OrderWriteResponseSchema, { items, dryRun }),
    inquiries: (answered?: boolean): Promise<InquiriesResponse> =>
      client.request(
        'GET',
        `/api/v1/commerce/inquiries${answered === undefined ? '' : `?answered=${String(answered)}`}`,
        InquiriesResponseSchema,
      ),
    answer: (kind: 'order' | 'product', id: string, text: string, dryRun: boolean): Promise<AnswerResponse> =>
      client.request(
        'POST',
        `/api/v1/commerce/inquiries/${kind}/${encodeURIComponent(id)}/answer`,
        AnswerResponseSchema,
        { text, dryRun },
      ),
    products: (query: string, page: number): Promise<CommerceProductsResponse> => {
      const search = new URLSearchParams({ page: String(page) });
      if (query.trim()) search.set('query', query.trim());
      return client.request('GET', `/api/v1/commerce/products?${search.toString()}`, CommerceProductsResponseSchema);
    },
    stock: (items: StockChange[], dryRun: boolean): Promise<StockResponse> =>
      client.request('POST', '/api/v1/commerce/stock', StockResponseSchema, { items, dryRun }),
  };
}

export type StoreApi = ReturnType<typeof storeApi>;

/** The calls on the view's own client (cancelled when the view goes away). */
export function useStoreApi(): StoreApi {
  const client = useClient();
  return useMemo(() => storeApi(client), [client]);
}
