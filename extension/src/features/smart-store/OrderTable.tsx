/**
 * The orders of a stage as a table: product order number, when ordered, the product and option,
 * quantity, the buyer (masked by the companion) and the shipping due date; a checkbox per row and
 * one for all. `extra` adds the dispatch's courier and tracking cells. Also what both order
 * sections share: the selection, and each order's outcome named by its product.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { CommerceOrder, OrderWriteResponse } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { storeTime } from './format.ts';
import type { OutcomeRow } from './WriteOutcome.tsx';

export function OrderTable({
  orders,
  selected,
  onToggle,
  onToggleAll,
  extraHead,
  extra,
}: {
  orders: CommerceOrder[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (all: boolean) => void;
  extraHead?: ComponentChildren;
  extra?: (order: CommerceOrder) => ComponentChildren;
}) {
  const all = orders.length > 0 && orders.every((o) => selected.has(o.productOrderId));
  return (
    <div class="table-scroll">
      <table class="bulk-table store-table">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                checked={all}
                aria-label={t('storeSelectAll')}
                onChange={() => onToggleAll(!all)}
              />
            </th>
            <th scope="col">{t('storeColOrder')}</th>
            <th scope="col">{t('storeColOrdered')}</th>
            <th scope="col">{t('storeColProduct')}</th>
            <th scope="col" class="num">
              {t('storeColQuantity')}
            </th>
            <th scope="col">{t('storeColBuyer')}</th>
            <th scope="col">{t('storeColDue')}</th>
            {extraHead}
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.productOrderId} class={selected.has(o.productOrderId) ? 'selected' : ''}>
              <td>
                <input
                  type="checkbox"
                  checked={selected.has(o.productOrderId)}
                  aria-label={t('storeSelectOrder', o.productOrderId)}
                  onChange={() => onToggle(o.productOrderId)}
                />
              </td>
              <td class="mono">{o.productOrderId}</td>
              <td>{storeTime(o.orderDate)}</td>
              <th scope="row">
                {o.productName}
                {o.optionName && <span class="muted"> · {o.optionName}</span>}
              </th>
              <td class="num">{o.quantity}</td>
              <td>{o.buyer}</td>
              <td>{o.shippingDueDate ? storeTime(o.shippingDueDate) : '-'}</td>
              {extra?.(o)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The selection of a table of orders: a set of ids, toggled one by one or all at once. */
export function toggled(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** The product of every order the section has listed (an order confirmed leaves the list, its result stays). */
export function useProductNames(orders: readonly CommerceOrder[]): ReadonlyMap<string, string> {
  const names = useRef(new Map<string, string>());
  for (const o of orders) names.current.set(o.productOrderId, o.productName);
  return names.current;
}

/** Each order's outcome, named by its number and product (from the list the seller chose from). */
export function orderRows(answer: OrderWriteResponse, product: ReadonlyMap<string, string>): OutcomeRow[] {
  return answer.items.map((item, index) => ({
    key: `${index}:${item.productOrderId}`,
    label: (
      <>
        <span class="mono">{item.productOrderId}</span> {product.get(item.productOrderId) ?? ''}
      </>
    ),
    status: item.status,
    code: item.code,
    message: item.addressChanged ? `${item.message ?? ''} ${t('storeAddressChanged')}`.trim() : item.message,
  }));
}
