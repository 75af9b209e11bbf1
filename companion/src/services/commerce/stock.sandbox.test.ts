/**
 * 재고 against the sandbox's demo store: products with their options' stock; a change reads the
 * product right before and sends every option at its stock and price (so the vendor's trap of
 * saving a left-out option as 0 never fires), keeps a combination product's total the sum of its
 * options, uses the multi-update for a product without options, skips a quantity already in
 * place, refuses a bad item alone, and is audited in counts.
 */
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../../../test/sandbox-harness.ts';
import { commerceConnector } from '../../connectors/naver-commerce/connector.ts';
import { CommerceProducts } from '../../connectors/naver-commerce/products.ts';
import { CompanionError } from '../../errors/index.ts';
import { AuditLog } from '../../store/audit-log.ts';
import { CommerceLedger } from '../../store/commerce-ledger.ts';
import { CommerceStock } from './stock.ts';

const harness = useSandbox({ commerce: { perSecond: 50 } });
const BOTTLE = 10_482_355;
const TABLE = 10_482_402;

function service(gate: (capability: string) => Promise<void> = () => Promise.resolve()) {
  const h = harness();
  const products = new CommerceProducts(h.connect(commerceConnector));
  const audit = new AuditLog(h.db, h.time.now);
  return {
    stock: new CommerceStock({
      products: () => Promise.resolve(products),
      gate,
      readGate: () => {},
      ledger: new CommerceLedger(h.db, h.time.now),
      audit,
      provider: 'naver-commerce',
    }),
    products,
    audit,
  };
}

const stats = () => harness().stats('commerce');

describe('재고', () => {
  it('lists a page of products with their options, and finds one by name or by number', async () => {
    const { stock } = service();
    const page = await stock.products(undefined, 1);
    expect(page.total).toBe(6);
    const bottle = page.items.find((p) => p.originProductNo === BOTTLE)!;
    expect(bottle.options.map((o) => o.name)).toEqual([
      '실버 / 500ml',
      '실버 / 750ml',
      '매트블랙 / 500ml',
      '매트블랙 / 750ml',
    ]);
    expect(bottle.stockQuantity).toBe(bottle.options.reduce((t, o) => t + o.stockQuantity, 0));
    const byName = await stock.products('보온병', 1);
    expect(byName.items.map((p) => p.originProductNo)).toEqual([BOTTLE]);
    const byNumber = await stock.products(String(bottle.channelProductNo), 1);
    expect(byNumber.items.map((p) => p.originProductNo)).toEqual([BOTTLE]);
  });

  it('changes one option and keeps every other option, its price and the sum (the trap never fires)', async () => {
    const { stock, products, audit } = service();
    const before = await products.origin(BOTTLE);
    const [, second] = before.combinations;
    const dry = await stock.change([{ originProductNo: BOTTLE, optionId: second!.id, quantity: 40 }], true, 'test');
    expect(dry.items[0]).toMatchObject({ status: 'would-apply', before: second!.stockQuantity, after: 40 });
    expect(stats()['commerce:option-stock']).toBeUndefined();
    const real = await stock.change([{ originProductNo: BOTTLE, optionId: second!.id, quantity: 40 }], false, 'setup');
    expect(real.items[0]).toMatchObject({ status: 'applied', before: second!.stockQuantity, after: 40 });
    const after = await products.origin(BOTTLE);
    expect(after.combinations.map((o) => [o.stockQuantity, o.price])).toEqual(
      before.combinations.map((o) => [o.id === second!.id ? 40 : o.stockQuantity, o.price]),
    );
    expect(after.stockQuantity).toBe(after.combinations.reduce((t, o) => t + o.stockQuantity, 0));
    expect(stats()['commerce:option-zeroed']).toBeUndefined();
    const again = await stock.change([{ originProductNo: BOTTLE, optionId: second!.id, quantity: 40 }], false, 'setup');
    expect(again.items[0]).toMatchObject({ status: 'skipped', code: 'ALREADY_AT_QUANTITY' });
    expect(stats()['commerce:option-stock']).toBe(1);
    const entries = audit.recent().filter((e) => e.action === 'commerce.stock-changed');
    expect(entries.map((e) => e.detail)).toEqual([
      expect.objectContaining({ applied: 0, skipped: 1 }),
      expect.objectContaining({ capability: 'stockSync', applied: 1, failed: 0, from: 'setup' }),
    ]);
  });

  it('changes a product without options through the multi-update', async () => {
    const { stock, products } = service();
    const answer = await stock.change([{ originProductNo: TABLE, quantity: 0 }], false, 'test');
    expect(answer.items[0]).toMatchObject({ status: 'applied', before: 17, after: 0 });
    expect((await products.origin(TABLE)).stockQuantity).toBe(0);
    expect(stats()['commerce:multi-update']).toBe(1);
  });

  it('refuses a bad item alone: negative, too large, repeated, no option chosen, an option elsewhere, an unknown product', async () => {
    const { stock } = service();
    const answer = await stock.change(
      [
        { originProductNo: TABLE, quantity: -1 },
        { originProductNo: TABLE, quantity: 100_000 },
        { originProductNo: TABLE, quantity: 9 },
        { originProductNo: TABLE, quantity: 8 },
        { originProductNo: BOTTLE, quantity: 3 },
        { originProductNo: TABLE, optionId: 7201, quantity: 3 },
        { originProductNo: 999, quantity: 3 },
      ],
      false,
      'test',
    );
    expect(answer.items.map((i) => [i.status, i.code])).toEqual([
      ['failed', 'VALIDATION_FAILED'],
      ['failed', 'VALIDATION_FAILED'],
      ['applied', undefined],
      ['failed', 'VALIDATION_FAILED'],
      ['failed', 'VALIDATION_FAILED'],
      ['failed', 'VALIDATION_FAILED'],
      ['failed', 'NOT_FOUND'],
    ]);
    expect(answer.items[4]!.message).toMatch(/옵션/);
  });

  it('catches a write the vendor saved otherwise (an option it zeroed) and reports it, never passes over it', async () => {
    const { products, audit } = service();
    const h = harness();
    // The vendor's answer as the trap would leave it: every option not asked at 0.
    const zeroing = Object.create(products) as CommerceProducts;
    zeroing.putOptionStock = async (product) => {
      const after = await products.putOptionStock(product);
      return { ...after, combinations: after.combinations.map((o, i) => (i === 0 ? o : { ...o, stockQuantity: 0 })) };
    };
    const stock = new CommerceStock({
      products: () => Promise.resolve(zeroing),
      gate: () => Promise.resolve(),
      readGate: () => {},
      ledger: new CommerceLedger(h.db, h.time.now),
      audit,
      provider: 'naver-commerce',
    });
    const first = (await products.origin(BOTTLE)).combinations[0]!;
    const answer = await stock.change([{ originProductNo: BOTTLE, optionId: first.id, quantity: 1 }], false, 'test');
    expect(answer.items[0]).toMatchObject({
      status: 'failed',
      code: 'STOCK_MISMATCH',
      message: expect.stringMatching(/실버 \/ 750ml/),
    });
  });

  it('is refused by the gate before any call', async () => {
    const refused = new CompanionError('CAPABILITY_DISABLED');
    const { stock } = service(() => Promise.reject(refused));
    await expect(stock.change([{ originProductNo: TABLE, quantity: 1 }], false, 'test')).rejects.toBe(refused);
    expect(stats()).toEqual({});
  });
});
