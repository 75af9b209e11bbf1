/**
 * 재고: the seller's products (by name, or the number in the store's address), each with its
 * options' stock. The seller types new quantities; the preview shows every change as before →
 * after (the companion reads each product right before), the second click sends exactly those, and
 * every other option keeps its stock and price.
 */
import { useState } from 'preact/hooks';
import {
  MAX_STOCK_QUANTITY,
  PRODUCTS_PAGE_SIZE,
  type CommerceProduct,
  type StockResponse,
} from '@aigenc/shared/contract';
import { t } from '../../platform/browser.ts';
import { count } from '../../ui/format.ts';
import { useStoreApi, type StockChange } from './api.ts';
import { useLoad } from './use-load.ts';
import { usePreviewApply } from './use-preview-apply.ts';
import { WriteOutcome, type OutcomeRow } from './WriteOutcome.tsx';

const keyOf = (originProductNo: number, optionId?: number) => `${originProductNo}:${optionId ?? '-'}`;

/** A typed quantity: a whole number from 0 to the largest stock, else null. */
export function quantityOf(text: string): number | null {
  const trimmed = text.trim().replaceAll(',', '');
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= MAX_STOCK_QUANTITY ? n : null;
}

function QuantityInput({
  label,
  current,
  value,
  onChange,
}: {
  label: string;
  current: number;
  value: string | undefined;
  onChange: (text: string) => void;
}) {
  const invalid = value !== undefined && value.trim() !== '' && quantityOf(value) === null;
  return (
    <>
      <td class="num">{count(current)}</td>
      <td>
        <input
          class="store-quantity"
          inputMode="numeric"
          value={value ?? ''}
          placeholder={String(current)}
          aria-label={label}
          aria-invalid={invalid}
          onInput={(e) => onChange((e.target as HTMLInputElement).value)}
        />
        {invalid && <span class="store-row-problem">{t('storeQuantityRange', count(MAX_STOCK_QUANTITY))}</span>}
      </td>
    </>
  );
}

function ProductCard({
  product,
  typed,
  onType,
}: {
  product: CommerceProduct;
  typed: ReadonlyMap<string, string>;
  onType: (key: string, text: string) => void;
}) {
  return (
    <li class="store-product">
      <div class="store-inquiry-head">
        <strong>{product.name}</strong>
        <span class="muted mono">{product.channelProductNo}</span>
        <span
          class={
            product.statusType === 'SALE' ? 'pill store-badge store-badge-applied' : 'pill store-badge store-badge-open'
          }
        >
          {product.statusType === 'SALE'
            ? t('storeOnSale')
            : product.statusType === 'OUTOFSTOCK'
              ? t('storeSoldOut')
              : product.statusType}
        </span>
      </div>
      <table class="bulk-table store-table">
        <thead>
          <tr>
            <th scope="col">{t('storeColOption')}</th>
            <th scope="col" class="num">
              {t('storeColOptionPrice')}
            </th>
            <th scope="col" class="num">
              {t('storeColStock')}
            </th>
            <th scope="col">{t('storeColNewStock')}</th>
          </tr>
        </thead>
        <tbody>
          {product.options.length === 0 ? (
            <tr>
              <th scope="row" class="muted">
                {t('storeNoOptions')}
              </th>
              <td class="num">-</td>
              <QuantityInput
                label={t('storeNewStockFor', product.name)}
                current={product.stockQuantity}
                value={typed.get(keyOf(product.originProductNo))}
                onChange={(text) => onType(keyOf(product.originProductNo), text)}
              />
            </tr>
          ) : (
            product.options.map((o) => (
              <tr key={o.id} class={o.usable ? '' : 'muted'}>
                <th scope="row">{o.name}</th>
                <td class="num">{o.price === 0 ? '-' : t('storeOptionPrice', count(o.price))}</td>
                <QuantityInput
                  label={t('storeNewStockFor', `${product.name} ${o.name}`)}
                  current={o.stockQuantity}
                  value={typed.get(keyOf(product.originProductNo, o.id))}
                  onChange={(text) => onType(keyOf(product.originProductNo, o.id), text)}
                />
              </tr>
            ))
          )}
        </tbody>
      </table>
      {product.options.length > 0 && <p class="muted small">{t('storeTotalIsSum', count(product.stockQuantity))}</p>}
    </li>
  );
}

export function StockSection() {
  const api = useStoreApi();
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState({ query: '', page: 1 });
  const list = useLoad(() => api.products(asked.query, asked.page), [api, asked]);
  const [typed, setTyped] = useState<ReadonlyMap<string, string>>(new Map());
  const products = list.data?.items ?? [];
  const names = new Map<string, string>();
  for (const p of products) {
    names.set(keyOf(p.originProductNo), p.name);
    for (const o of p.options) names.set(keyOf(p.originProductNo, o.id), `${p.name} · ${o.name}`);
  }
  const write = usePreviewApply(
    (items: StockChange[], dryRun: boolean) => api.stock(items, dryRun),
    () => {
      setTyped(new Map());
      void list.reload();
    },
  );
  const rows = (answer: StockResponse): OutcomeRow[] =>
    answer.items.map((i, index) => ({
      key: `${index}`,
      label: names.get(keyOf(i.originProductNo, i.optionId)) ?? keyOf(i.originProductNo, i.optionId),
      change: `${i.before === null ? '-' : count(i.before)} → ${count(i.after)}`,
      status: i.status,
      code: i.code,
      message: i.message,
    }));

  const changes: StockChange[] = [];
  let invalid = 0;
  for (const [key, text] of typed) {
    if (text.trim() === '') continue;
    const quantity = quantityOf(text);
    if (quantity === null) invalid++;
    else {
      const [product, option] = key.split(':');
      changes.push({
        originProductNo: Number(product),
        ...(option !== '-' ? { optionId: Number(option) } : {}),
        quantity,
      });
    }
  }
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PRODUCTS_PAGE_SIZE));

  return (
    <section class="panel store-section" aria-labelledby="stock-heading">
      <h2 id="stock-heading">{t('storeStockHeading')}</h2>
      <form
        class="store-toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked({ query, page: 1 });
        }}
      >
        <input
          type="search"
          value={query}
          placeholder={t('storeStockSearch')}
          aria-label={t('storeStockSearch')}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('storeSearch')}</button>
      </form>
      {list.data?.searchedFirst && <p class="muted small">{t('storeSearchedFirst', count(list.data.searchedFirst))}</p>}
      {list.problem && (
        <p class="error" role="alert">
          {list.problem.message}
        </p>
      )}
      {list.loading && <div class="skeleton" aria-hidden="true" />}
      {list.data && products.length === 0 && <p class="muted">{t('storeNoProducts')}</p>}
      <ul class="store-products">
        {products.map((p) => (
          <ProductCard
            key={p.originProductNo}
            product={p}
            typed={typed}
            onType={(key, text) => {
              setTyped(new Map(typed).set(key, text));
              write.reset();
            }}
          />
        ))}
      </ul>
      {pages > 1 && (
        <div class="store-actions">
          <button
            type="button"
            class="link"
            disabled={asked.page <= 1}
            onClick={() => setAsked({ ...asked, page: asked.page - 1 })}
          >
            {t('storePrevPage')}
          </button>
          <span class="muted">{`${asked.page} / ${pages}`}</span>
          <button
            type="button"
            class="link"
            disabled={asked.page >= pages}
            onClick={() => setAsked({ ...asked, page: asked.page + 1 })}
          >
            {t('storeNextPage')}
          </button>
        </div>
      )}
      {products.length > 0 && (
        <div class="store-actions">
          <button
            type="button"
            disabled={
              changes.length === 0 ||
              invalid > 0 ||
              write.phase.kind === 'previewing' ||
              write.phase.kind === 'applying'
            }
            onClick={() => void write.preview(changes)}
          >
            {t('storePreview', String(changes.length))}
          </button>
        </div>
      )}
      <WriteOutcome
        phase={write.phase}
        rows={rows}
        applyLabel={(n) => t('storeStockApply', String(n))}
        onApply={() => void write.apply()}
      />
    </section>
  );
}
