import { describe, expect, it } from 'vitest';
import {
  AnswerRequestSchema,
  ConfirmRequestSchema,
  DispatchRequestSchema,
  MAX_ANSWER_CHARS,
  MAX_ORDER_ITEMS,
  StockRequestSchema,
  isProductOrderId,
} from './commerce-work.ts';

describe('the seller’s work on the wire', () => {
  it('reads a write without dryRun as a dry run', () => {
    expect(ConfirmRequestSchema.parse({ productOrderIds: ['2026090112345671'] }).dryRun).toBe(true);
    expect(AnswerRequestSchema.parse({ text: '오늘 발송됩니다.' }).dryRun).toBe(true);
    expect(StockRequestSchema.parse({ items: [{ originProductNo: 1, quantity: 3 }] }).dryRun).toBe(true);
    expect(ConfirmRequestSchema.parse({ productOrderIds: ['1'], dryRun: false }).dryRun).toBe(false);
  });

  it('refuses a request beyond its bounds whole, before anything is sent', () => {
    const ids = Array.from({ length: MAX_ORDER_ITEMS + 1 }, (_, i) => String(i + 1));
    expect(ConfirmRequestSchema.safeParse({ productOrderIds: ids }).success).toBe(false);
    expect(AnswerRequestSchema.safeParse({ text: 'ㄱ'.repeat(MAX_ANSWER_CHARS + 1) }).success).toBe(false);
    expect(AnswerRequestSchema.safeParse({ text: '   ' }).success).toBe(false);
    expect(ConfirmRequestSchema.safeParse({ productOrderIds: ['1'], extra: true }).success).toBe(false);
  });

  it('leaves a wrong item to be refused alone (the others go on)', () => {
    expect(ConfirmRequestSchema.safeParse({ productOrderIds: ['1', 'not-an-id', '1'] }).success).toBe(true);
    expect(isProductOrderId('not-an-id')).toBe(false);
    expect(isProductOrderId('2026090112345671')).toBe(true);
    const dispatch = DispatchRequestSchema.parse({
      items: [{ productOrderId: '1', deliveryCompanyCode: 'NOPE', trackingNumber: '' }],
    });
    expect(dispatch.items[0]!.deliveryMethod).toBe('DELIVERY');
    expect(StockRequestSchema.safeParse({ items: [{ originProductNo: 1, quantity: -1 }] }).success).toBe(true);
  });
});
