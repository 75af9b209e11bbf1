/**
 * 재고: the seller's products with their options' stock, and stock changes that change only what
 * was asked. A product is read right before its write; a product with options gets the option-stock
 * write with every option at its current stock and price (the vendor saves anything left out as 0),
 * a product without options the multi-update's `STOCK` change. The product the vendor answers is
 * checked: any option that moved though not asked, or a price that changed, is reported, never
 * passed over. A quantity already in place is skipped, not sent.
 */
import {
  MAX_STOCK_QUANTITY,
  PRODUCTS_PAGE_SIZE,
  type CommerceProduct,
  type CommerceProductsResponse,
  type StockResponse,
} from '@aigenc/shared/contract';
import type { Language, Localized } from '@aigenc/shared/language';
import type { CommerceProducts, ListedProduct, OriginProduct } from '../../connectors/naver-commerce/products.ts';
import { fill } from '../../messages.ts';
import { COMMERCE_WORK_MESSAGES as M } from './messages.ts';
import { auditWrite, refusedItem, type WriteBase, type WriteSource } from './writes.ts';

export const STOCK_CAPABILITY = 'stockSync';
/** A name search looks through this many of the seller's products (the vendor searches numbers, not names). */
export const NAME_SEARCH_SCAN = 500;

type StockItem = StockResponse['items'][number];
export interface StockAsk {
  originProductNo: number;
  optionId?: number | undefined;
  quantity: number;
}

export interface CommerceStockDeps extends WriteBase {
  products: () => Promise<CommerceProducts>;
  readGate: (capability: string) => void;
}

function optionName(o: {
  optionName1?: string | undefined;
  optionName2?: string | undefined;
  optionName3?: string | undefined;
}): string {
  return [o.optionName1, o.optionName2, o.optionName3].filter(Boolean).join(' / ');
}

function view(listed: ListedProduct, origin: OriginProduct): CommerceProduct {
  return {
    originProductNo: listed.originProductNo,
    channelProductNo: listed.channelProductNo,
    name: listed.name,
    statusType: origin.statusType,
    stockQuantity: origin.stockQuantity,
    options: [
      ...origin.combinations.map((o) => ({
        id: o.id,
        name: optionName(o),
        stockQuantity: o.stockQuantity,
        price: o.price,
        usable: o.usable,
      })),
      ...origin.standards.map((o) => ({
        id: o.id,
        name: optionName(o),
        stockQuantity: o.stockQuantity,
        price: 0,
        usable: o.usable,
      })),
    ],
  };
}

/** The stock an item changes, as the product holds it now; a refusal when the item does not fit the product. */
function stockOf(product: OriginProduct, optionId: number | undefined): number | Localized {
  const options = [...product.combinations, ...product.standards];
  if (options.length > 0 && optionId === undefined) return fill(M.chooseOption);
  if (options.length === 0) return optionId === undefined ? product.stockQuantity : fill(M.noOptions);
  const option = options.find((o) => o.id === optionId);
  return option ? option.stockQuantity : fill(M.optionUnknown, { id: optionId ?? '' });
}

export class CommerceStock {
  constructor(private readonly deps: CommerceStockDeps) {}

  async products(query: string | undefined, page: number): Promise<CommerceProductsResponse> {
    this.deps.readGate(STOCK_CAPABILITY);
    const client = await this.deps.products();
    const text = query?.trim() ?? '';
    let listed: ListedProduct[];
    let total: number;
    let partial = false;
    if (text === '') {
      ({ items: listed, total } = await client.search({ page, size: PRODUCTS_PAGE_SIZE }));
    } else if (/^\d{1,15}$/.test(text)) {
      // A number is a channel product number (the one in the store's address) or an origin one.
      const n = Number(text);
      const byChannel = await client.search({ page: 1, size: PRODUCTS_PAGE_SIZE, channelProductNos: [n] });
      const found =
        byChannel.items.length > 0
          ? byChannel.items
          : (await client.search({ page: 1, size: PRODUCTS_PAGE_SIZE, originProductNos: [n] })).items;
      listed = page === 1 ? found : [];
      total = found.length;
    } else {
      const scanned = await client.search({ page: 1, size: NAME_SEARCH_SCAN });
      const needle = text.toLocaleLowerCase('ko');
      const matching = scanned.items.filter(
        (p) =>
          p.name.toLocaleLowerCase('ko').includes(needle) || p.sellerManagementCode?.toLocaleLowerCase('ko') === needle,
      );
      partial = scanned.total > NAME_SEARCH_SCAN;
      listed = matching.slice((page - 1) * PRODUCTS_PAGE_SIZE, page * PRODUCTS_PAGE_SIZE);
      total = matching.length;
    }
    const items: CommerceProduct[] = [];
    for (const product of listed) items.push(view(product, await client.origin(product.originProductNo)));
    return { items, page, total, ...(partial ? { searchedFirst: NAME_SEARCH_SCAN } : {}) };
  }

  async change(
    asks: readonly StockAsk[],
    dryRun: boolean,
    source: WriteSource,
    language: Language = 'ko',
  ): Promise<StockResponse> {
    await this.deps.gate(STOCK_CAPABILITY);
    const outcome = new Map<number, StockItem>();
    const result = (index: number, item: Omit<StockItem, 'originProductNo' | 'optionId' | 'after'>) => {
      const ask = asks[index]!;
      outcome.set(index, {
        originProductNo: ask.originProductNo,
        ...(ask.optionId === undefined ? {} : { optionId: ask.optionId }),
        after: ask.quantity,
        ...item,
      });
    };
    const refuse = (index: number, words: Localized, before: number | null = null) =>
      result(index, { before, status: 'failed', code: 'VALIDATION_FAILED', message: words[language] });

    const byProduct = new Map<number, number[]>();
    const seen = new Set<string>();
    asks.forEach((ask, index) => {
      const key = `${ask.originProductNo}:${ask.optionId ?? '-'}`;
      if (!Number.isInteger(ask.quantity) || ask.quantity < 0 || ask.quantity > MAX_STOCK_QUANTITY)
        refuse(index, fill(M.quantityOutOfRange, { max: MAX_STOCK_QUANTITY.toLocaleString('en-US') }));
      else if (seen.has(key)) refuse(index, fill(M.repeatedStock));
      else {
        seen.add(key);
        byProduct.set(ask.originProductNo, [...(byProduct.get(ask.originProductNo) ?? []), index]);
      }
    });

    const client = await this.deps.products();
    for (const [originProductNo, indexes] of byProduct) {
      let product: OriginProduct;
      try {
        product = await client.origin(originProductNo);
      } catch (error) {
        const failure = refusedItem(error, language);
        for (const index of indexes) result(index, { before: null, ...failure });
        continue;
      }
      const pending: { index: number; before: number }[] = [];
      for (const index of indexes) {
        const ask = asks[index]!;
        const before = stockOf(product, ask.optionId);
        if (typeof before !== 'number') refuse(index, before);
        else if (before === ask.quantity) result(index, { before, status: 'skipped', code: 'ALREADY_AT_QUANTITY' });
        else if (dryRun) result(index, { before, status: 'would-apply' });
        else pending.push({ index, before });
      }
      if (pending.length === 0) continue;
      const items = pending.map(({ index }) => `${originProductNo}:${asks[index]!.optionId ?? '-'}`);
      this.deps.ledger.mark(
        STOCK_CAPABILITY,
        items.map((item) => ({ item, state: 'sending' as const })),
      );
      try {
        const mismatch = await this.send(
          client,
          product,
          pending.map(({ index }) => asks[index]!),
        );
        for (const { index, before } of pending) {
          if (mismatch)
            result(index, {
              before,
              status: 'failed',
              code: 'STOCK_MISMATCH',
              message: fill(M.stockMismatch, { option: mismatch })[language],
            });
          else result(index, { before, status: 'applied' });
        }
        this.deps.ledger.mark(
          STOCK_CAPABILITY,
          items.map((item) => ({ item, state: mismatch ? ('failed' as const) : ('applied' as const) })),
        );
      } catch (error) {
        const failure = refusedItem(error, language);
        this.deps.ledger.mark(
          STOCK_CAPABILITY,
          items.map((item) => ({ item, state: 'failed' as const, code: failure.code })),
        );
        for (const { index, before } of pending) result(index, { before, ...failure });
      }
    }
    const items = asks.map((_, index) => outcome.get(index)!);
    if (!dryRun)
      auditWrite(
        {
          log: this.deps.audit,
          action: 'commerce.stock-changed',
          provider: this.deps.provider,
          capability: STOCK_CAPABILITY,
          source,
        },
        items.map((i) => i.status),
      );
    return { dryRun, items };
  }

  /**
   * One product's write. With options: every option as it is, the asked ones at their new
   * quantity; the answer is checked against that. Answers the first option that came back other
   * than it should (or the product, when its total is not the sum), null when all is as asked.
   */
  private async send(
    client: CommerceProducts,
    product: OriginProduct,
    asks: readonly StockAsk[],
  ): Promise<string | null> {
    const wanted = (id: number, current: number) => asks.find((a) => a.optionId === id)?.quantity ?? current;
    if (product.combinations.length === 0 && product.standards.length === 0) {
      await client.putProductStock(product.originProductNo, asks[0]!.quantity);
      return null;
    }
    const combinations = product.combinations.map((o) => ({ ...o, stockQuantity: wanted(o.id, o.stockQuantity) }));
    const standards = product.standards.map((o) => ({ ...o, stockQuantity: wanted(o.id, o.stockQuantity) }));
    const after = await client.putOptionStock({
      originProductNo: product.originProductNo,
      combinations,
      standards,
      ...(product.useStockManagement === undefined ? {} : { useStockManagement: product.useStockManagement }),
    });
    // Every option the product had, checked against what it should be now (not only those sent).
    for (const before of product.combinations) {
      const back = after.combinations.find((o) => o.id === before.id);
      if (!back || back.stockQuantity !== wanted(before.id, before.stockQuantity) || back.price !== before.price)
        return optionName(before) || String(before.id);
    }
    for (const before of product.standards) {
      const back = after.standards.find((o) => o.id === before.id);
      if (!back || back.stockQuantity !== wanted(before.id, before.stockQuantity))
        return optionName(before) || String(before.id);
    }
    // A combination product's own stock is the sum of its combinations (the vendor's rule).
    const sum = after.combinations.reduce((total, o) => total + o.stockQuantity, 0);
    if (after.combinations.length > 0 && after.standards.length === 0 && after.stockQuantity !== sum)
      return product.name;
    return null;
  }
}
