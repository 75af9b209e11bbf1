/**
 * 발주 확인: the paid orders waiting for confirmation; the seller selects, previews (the companion's
 * dry run says which would be confirmed and which are skipped, and why), then confirms exactly
 * those with a second click and sees each order's result. The list reloads after a confirm.
 */
import { useState } from 'preact/hooks';
import { t } from '../../platform/browser.ts';
import { useStoreApi } from './api.ts';
import { ListHead } from './ListHead.tsx';
import { OrderTable, orderRows, toggled, useProductNames } from './OrderTable.tsx';
import { useLoad } from './use-load.ts';
import { usePreviewApply } from './use-preview-apply.ts';
import { WriteOutcome } from './WriteOutcome.tsx';

export function ConfirmSection() {
  const api = useStoreApi();
  const list = useLoad(() => api.orders('to-confirm'), [api]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const write = usePreviewApply(
    (ids: string[], dryRun: boolean) => api.confirm(ids, dryRun),
    () => {
      setSelected(new Set());
      void list.reload();
    },
  );
  const change = (next: ReadonlySet<string>) => {
    setSelected(next);
    write.reset();
  };
  const orders = list.data?.items ?? [];
  const names = useProductNames(orders);

  return (
    <section class="panel store-section" aria-labelledby="confirm-heading">
      <ListHead
        id="confirm-heading"
        title={t('storeConfirmHeading')}
        help={t('storeConfirmHelp')}
        list={list}
        empty={list.data ? (orders.length === 0 ? t('storeNoOrdersToConfirm') : '') : null}
      />
      {orders.length > 0 && (
        <OrderTable
          orders={orders}
          selected={selected}
          onToggle={(id) => change(toggled(selected, id))}
          onToggleAll={(all) => change(new Set(all ? orders.map((o) => o.productOrderId) : []))}
        />
      )}
      {orders.length > 0 && (
        <div class="store-actions">
          <button
            type="button"
            disabled={selected.size === 0 || write.phase.kind === 'previewing' || write.phase.kind === 'applying'}
            onClick={() => void write.preview(orders.map((o) => o.productOrderId).filter((id) => selected.has(id)))}
          >
            {t('storePreview', String(selected.size))}
          </button>
        </div>
      )}
      <WriteOutcome
        phase={write.phase}
        rows={(answer) => orderRows(answer, names)}
        applyLabel={(n) => t('storeConfirmApply', String(n))}
        onApply={() => void write.apply()}
      />
    </section>
  );
}
