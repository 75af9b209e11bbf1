/**
 * The orders of a stage as a table: product order number, when ordered, the product and option,
 * quantity, the buyer (masked by the companion) and the shipping due date; a checkbox per row and
 * one for all. `extra` adds the dispatch's courier and tracking cells.
 */
import type { ComponentChildren } from 'preact';
import type { CommerceOrder } from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { storeTime } from './use-load.ts';

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
      <table class="store-table">
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
