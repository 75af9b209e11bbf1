/**
 * 발송 처리: the confirmed orders waiting to be sent. Each selected row takes a courier (from the
 * companion's list) and a tracking number, typed, or filled from lines pasted from a spreadsheet or
 * a CSV file dropped here (상품주문번호, 택배사, 송장번호). Every row is checked as it is filled; the
 * preview waits until the selected rows are right, then the second click sends exactly those.
 */
import { useState } from 'preact/hooks';
import { TRACKING_NUMBER, type CommerceOrder, type Courier } from '@aigenc/shared/contract';
import { parseDispatchRows } from '@aigenc/shared/domain';
import { t } from '../../platform/browser.ts';
import { useStoreApi, type DispatchRow } from './api.ts';
import { DispatchPaste } from './DispatchPaste.tsx';
import { ListHead } from './ListHead.tsx';
import { OrderTable, orderRows, toggled, useProductNames } from './OrderTable.tsx';
import { useLoad } from './use-load.ts';
import { usePreviewApply } from './use-preview-apply.ts';
import { WriteOutcome } from './WriteOutcome.tsx';

type Entry = { courier: string; tracking: string };

/** What is wrong with a row, in words, or null. */
export function rowProblem(entry: Entry | undefined, couriers: readonly Courier[]): string | null {
  if (!entry || !couriers.some((c) => c.code === entry.courier)) return t('storeCourierMissing');
  if (!entry.tracking.trim()) return t('storeTrackingMissing');
  if (!TRACKING_NUMBER.test(entry.tracking.trim())) return t('storeTrackingMalformed');
  return null;
}

export function DispatchSection() {
  const api = useStoreApi();
  const list = useLoad(() => Promise.all([api.orders('to-dispatch'), api.couriers()]), [api]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [entries, setEntries] = useState<ReadonlyMap<string, Entry>>(new Map());
  const [courier, setCourier] = useState('CJGLS');
  const [unknown, setUnknown] = useState<string[]>([]);
  const write = usePreviewApply(
    (rows: DispatchRow[], dryRun: boolean) => api.dispatch(rows, dryRun),
    () => {
      setSelected(new Set());
      setEntries(new Map());
      void list.reload();
    },
  );
  const orders = list.data?.[0].items ?? [];
  const couriers = list.data?.[1].items ?? [];
  const names = useProductNames(orders);
  const entryOf = (id: string): Entry => entries.get(id) ?? { courier, tracking: '' };

  function edit(id: string, change: Partial<Entry>): void {
    setEntries(new Map(entries).set(id, { ...entryOf(id), ...change }));
    if (!selected.has(id)) setSelected(toggled(selected, id));
    write.reset();
  }

  function fill(text: string): void {
    const known = new Set(orders.map((o) => o.productOrderId));
    const next = new Map(entries);
    const chosen = new Set(selected);
    const missing: string[] = [];
    for (const row of parseDispatchRows(text, couriers)) {
      if (!known.has(row.productOrderId)) missing.push(row.productOrderId || t('storeLine', String(row.line)));
      else {
        next.set(row.productOrderId, { courier: row.deliveryCompanyCode, tracking: row.trackingNumber });
        chosen.add(row.productOrderId);
      }
    }
    setEntries(next);
    setSelected(chosen);
    setUnknown(missing);
    write.reset();
  }

  const chosen = orders.filter((o) => selected.has(o.productOrderId));
  const wrong = chosen.filter((o) => rowProblem(entryOf(o.productOrderId), couriers) !== null).length;
  const cells = (o: CommerceOrder) => {
    const entry = entryOf(o.productOrderId);
    const problem = selected.has(o.productOrderId) ? rowProblem(entry, couriers) : null;
    return (
      <>
        <td>
          <select
            value={entry.courier}
            aria-label={t('storeCourierFor', o.productOrderId)}
            onChange={(e) => edit(o.productOrderId, { courier: (e.target as HTMLSelectElement).value })}
          >
            {!couriers.some((c) => c.code === entry.courier) && (
              <option value={entry.courier}>{entry.courier || '-'}</option>
            )}
            {couriers.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </td>
        <td>
          <input
            class="store-tracking"
            value={entry.tracking}
            inputMode="numeric"
            aria-label={t('storeTrackingFor', o.productOrderId)}
            aria-invalid={problem !== null}
            onInput={(e) => edit(o.productOrderId, { tracking: (e.target as HTMLInputElement).value })}
          />
          {problem && <span class="store-row-problem">{problem}</span>}
        </td>
      </>
    );
  };

  return (
    <section class="panel store-section" aria-labelledby="dispatch-heading">
      <ListHead
        id="dispatch-heading"
        title={t('storeDispatchHeading')}
        help={t('storeDispatchHelp')}
        list={list}
        empty={list.data ? (orders.length === 0 ? t('storeNoOrdersToDispatch') : '') : null}
      />
      {orders.length > 0 && (
        <>
          <div class="store-toolbar">
            <label>
              {t('storeDefaultCourier')}
              <select value={courier} onChange={(e) => setCourier((e.target as HTMLSelectElement).value)}>
                {couriers.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <DispatchPaste onFill={fill} />
          {unknown.length > 0 && (
            <p class="notice" role="status">
              {t('storeNotWaiting', unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? ' …' : ''))}
            </p>
          )}
          <OrderTable
            orders={orders}
            selected={selected}
            onToggle={(id) => {
              setSelected(toggled(selected, id));
              write.reset();
            }}
            onToggleAll={(all) => {
              setSelected(new Set(all ? orders.map((o) => o.productOrderId) : []));
              write.reset();
            }}
            extraHead={
              <>
                <th scope="col">{t('storeColCourier')}</th>
                <th scope="col">{t('storeColTracking')}</th>
              </>
            }
            extra={cells}
          />
          <div class="store-actions">
            <button
              type="button"
              disabled={
                chosen.length === 0 || wrong > 0 || write.phase.kind === 'previewing' || write.phase.kind === 'applying'
              }
              onClick={() =>
                void write.preview(
                  chosen.map((o) => {
                    const entry = entryOf(o.productOrderId);
                    return {
                      productOrderId: o.productOrderId,
                      deliveryCompanyCode: entry.courier,
                      trackingNumber: entry.tracking.trim(),
                    };
                  }),
                )
              }
            >
              {t('storePreview', String(chosen.length))}
            </button>
            {wrong > 0 && <span class="store-row-problem">{t('storeRowsToFix', String(wrong))}</span>}
          </div>
        </>
      )}
      <WriteOutcome
        phase={write.phase}
        rows={(answer) => orderRows(answer, names)}
        applyLabel={(n) => t('storeDispatchApply', String(n))}
        onApply={() => void write.apply()}
      />
    </section>
  );
}
