/**
 * Naver Commerce, the seller's work (`/api/v1/commerce/*`): order confirmation, dispatch, answers
 * and stock, each behind its write capability. Every write body takes `dryRun`; without it the body
 * is a dry run. A write answers per item: `would-apply` or `skipped` in a dry run, `applied`,
 * `failed` or `skipped` in a real one (a failure with the vendor's code and message).
 */
import * as z from 'zod/mini';

/** At most this many items a request (the companion sends them upstream in the vendor's batches). */
export const MAX_ORDER_ITEMS = 300;
export const MAX_STOCK_ITEMS = 100;
export const MAX_ANSWER_CHARS = 2_000;
export const MAX_STOCK_QUANTITY = 99_999;
/** Products a page of `GET /commerce/products` (each is one more read upstream, for its options). */
export const PRODUCTS_PAGE_SIZE = 10;

/** A body without `dryRun` is a dry run: nothing reaches the store unless asked in so many words. */
const DryRun = z._default(z.boolean(), true);

export const WRITE_STATUSES = ['would-apply', 'skipped', 'applied', 'failed'] as const;
export const WriteStatusSchema = z.enum(WRITE_STATUSES);
export type WriteStatus = z.infer<typeof WriteStatusSchema>;

/** A product order id as the vendor writes it (digits). */
export const ProductOrderIdSchema = z.string().check(z.regex(/^\d{1,32}$/, 'not a product order id'));

/** Whether a text is a product order id as the vendor writes it. */
export function isProductOrderId(text: string): boolean {
  return ProductOrderIdSchema.safeParse(text).success;
}

/** What one item's write did (or would do); a failure carries the vendor's code and words. */
const ItemOutcome = {
  status: WriteStatusSchema,
  code: z.optional(z.string()),
  message: z.optional(z.string()),
};

// ─── Orders: to confirm, to dispatch ───────────────────────────────────────────────────────────

export const COMMERCE_STAGES = ['to-confirm', 'to-dispatch'] as const;
export const CommerceOrdersQuerySchema = z.strictObject({ stage: z._default(z.enum(COMMERCE_STAGES), 'to-confirm') });

export const CommerceOrderSchema = z.object({
  productOrderId: ProductOrderIdSchema,
  orderDate: z.string(),
  productName: z.string(),
  optionName: z.optional(z.string()),
  quantity: z.int().check(z.nonnegative()),
  productOrderStatus: z.string(),
  placeOrderStatus: z.string(),
  shippingDueDate: z.optional(z.string()),
  /** The buyer's name masked (`김*수`); never a phone number or an address. */
  buyer: z.string(),
});
export type CommerceOrder = z.infer<typeof CommerceOrderSchema>;

export const CommerceOrdersResponseSchema = z.object({
  stage: z.enum(COMMERCE_STAGES),
  items: z.array(CommerceOrderSchema),
  asOf: z.string(),
});
export type CommerceOrdersResponse = z.infer<typeof CommerceOrdersResponseSchema>;

/** Ids are checked per item by the companion (a malformed or repeated one fails alone). */
export const ConfirmRequestSchema = z.strictObject({
  productOrderIds: z.array(z.string().check(z.maxLength(64))).check(z.minLength(1), z.maxLength(MAX_ORDER_ITEMS)),
  dryRun: DryRun,
});

export const OrderWriteItemSchema = z.object({
  productOrderId: z.string(),
  ...ItemOutcome,
  /** The vendor says the buyer changed the address: read the order again before printing a label. */
  addressChanged: z.optional(z.boolean()),
});
export const OrderWriteResponseSchema = z.object({ dryRun: z.boolean(), items: z.array(OrderWriteItemSchema) });
export type OrderWriteResponse = z.infer<typeof OrderWriteResponseSchema>;

export const CourierSchema = z.object({ code: z.string(), name: z.string() });
export type Courier = z.infer<typeof CourierSchema>;
export const CouriersResponseSchema = z.object({ items: z.array(CourierSchema) });
export type CouriersResponse = z.infer<typeof CouriersResponseSchema>;

/**
 * One dispatch as sent: the courier and tracking number are checked per item by the companion
 * (an unknown courier or a malformed number fails that item before any call), not here, so that
 * one bad row never loses the others.
 */
/** A tracking number the companion sends: 6 to 40 digits, letters or hyphens (checked per row, before any call). */
export const TRACKING_NUMBER = /^[0-9A-Za-z-]{6,40}$/;

export const DispatchItemSchema = z.strictObject({
  productOrderId: z.string().check(z.maxLength(64)),
  deliveryCompanyCode: z.string().check(z.maxLength(40)),
  trackingNumber: z.string().check(z.maxLength(64)),
  deliveryMethod: z._default(z.literal('DELIVERY'), 'DELIVERY'),
  dispatchDate: z.optional(z.iso.datetime({ offset: true })),
});
export const DispatchRequestSchema = z.strictObject({
  items: z.array(DispatchItemSchema).check(z.minLength(1), z.maxLength(MAX_ORDER_ITEMS)),
  dryRun: DryRun,
});

// ─── Inquiries: customer inquiries and product Q&A ─────────────────────────────────────────────

export const INQUIRY_KINDS = ['order', 'product'] as const;
export const InquiryKindSchema = z.enum(INQUIRY_KINDS);

export const InquiriesQuerySchema = z.strictObject({ answered: z.optional(z.enum(['true', 'false'])) });

export const InquirySchema = z.object({
  kind: InquiryKindSchema,
  id: z.string(),
  title: z.optional(z.string()),
  question: z.string(),
  createdAt: z.string(),
  answered: z.boolean(),
  answer: z.optional(z.string()),
  productName: z.optional(z.string()),
  category: z.optional(z.string()),
});
export type Inquiry = z.infer<typeof InquirySchema>;
export const InquiriesResponseSchema = z.object({ items: z.array(InquirySchema) });
export type InquiriesResponse = z.infer<typeof InquiriesResponseSchema>;

export const AnswerRequestSchema = z.strictObject({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_ANSWER_CHARS)),
  dryRun: DryRun,
});
export const AnswerResponseSchema = z.object({
  dryRun: z.boolean(),
  kind: InquiryKindSchema,
  id: z.string(),
  /** A first answer, or an edit of the one there (what a real run sends, or sent). */
  action: z.optional(z.enum(['answer', 'edit'])),
  ...ItemOutcome,
});
export type AnswerResponse = z.infer<typeof AnswerResponseSchema>;

// ─── Stock ─────────────────────────────────────────────────────────────────────────────────────

export const CommerceProductsQuerySchema = z.strictObject({
  query: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  page: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000)), 1),
});

export const ProductOptionSchema = z.object({
  id: z.int(),
  name: z.string(),
  stockQuantity: z.int().check(z.nonnegative()),
  price: z.int(),
  usable: z.boolean(),
});
export const CommerceProductSchema = z.object({
  originProductNo: z.int(),
  channelProductNo: z.int(),
  name: z.string(),
  statusType: z.string(),
  stockQuantity: z.int().check(z.nonnegative()),
  options: z.array(ProductOptionSchema),
});
export type CommerceProduct = z.infer<typeof CommerceProductSchema>;
export const CommerceProductsResponseSchema = z.object({
  items: z.array(CommerceProductSchema),
  page: z.int(),
  total: z.int().check(z.nonnegative()),
  /** A name search looked through only this many of the seller's products (the vendor has no name search). */
  searchedFirst: z.optional(z.int()),
});

export type CommerceProductsResponse = z.infer<typeof CommerceProductsResponseSchema>;

export const StockRequestSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        originProductNo: z.int().check(z.positive()),
        optionId: z.optional(z.int().check(z.positive())),
        /** 0 to MAX_STOCK_QUANTITY, checked per item by the companion (a wrong one fails alone). */
        quantity: z.int(),
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_STOCK_ITEMS)),
  dryRun: DryRun,
});
export const StockResponseSchema = z.object({
  dryRun: z.boolean(),
  items: z.array(
    z.object({
      originProductNo: z.int(),
      optionId: z.optional(z.int()),
      before: z.nullable(z.int()),
      after: z.int(),
      ...ItemOutcome,
    }),
  ),
});
export type StockResponse = z.infer<typeof StockResponseSchema>;
