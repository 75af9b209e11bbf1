/**
 * Keyword decisions II (`/api/v1/keywords/estimate`, later the audience and category trends): what
 * a bid would have bought, from Search Ad's estimate tools. Bids are KRW, 70 to 100,000 in steps of
 * 10, the vendor's own range (spec §8.1): anything else is refused here, before any call.
 */
import * as z from 'zod/mini';
import { KeywordInput } from './keywords.ts';

export const MIN_BID = 70;
export const MAX_BID = 100_000;
export const BID_STEP = 10;
export const MAX_ESTIMATE_BIDS = 20;

export const EstimateDeviceSchema = z.enum(['pc', 'mobile', 'both']);
export type EstimateDevice = z.infer<typeof EstimateDeviceSchema>;

/** `bids=500,1000`: 1 to 20 bids, each a whole number of won from 70 to 100,000 in steps of 10. */
export const BidListSchema = z
  .pipe(
    z.string().check(z.trim()),
    z.transform((text, context) => {
      const parts = text.split(',').map((part) => part.trim());
      const bids: number[] = [];
      for (const part of parts) {
        const bid = /^\d{1,6}$/.test(part) ? Number(part) : Number.NaN;
        if (!Number.isInteger(bid) || bid < MIN_BID || bid > MAX_BID || bid % BID_STEP !== 0) {
          context.issues.push({
            code: 'custom',
            input: text,
            message: `a bid is a whole number of won from ${MIN_BID} to ${MAX_BID} in steps of ${BID_STEP} (got "${part.slice(0, 20)}")`,
          });
          return z.NEVER;
        }
        bids.push(bid);
      }
      return [...new Set(bids)];
    }),
  )
  .check(
    z.refine((bids) => bids.length >= 1 && bids.length <= MAX_ESTIMATE_BIDS, {
      message: `name 1 to ${MAX_ESTIMATE_BIDS} bids`,
    }),
  );

export const KeywordEstimateQuerySchema = z.strictObject({
  keyword: KeywordInput,
  device: z._default(EstimateDeviceSchema, 'both'),
  /** Without bids, a ladder around the keyword's position bids is estimated. */
  bids: z.optional(BidListSchema),
});
export type KeywordEstimateQuery = z.infer<typeof KeywordEstimateQuerySchema>;

export const BidEstimateSchema = z.object({
  bid: z.int(),
  impressions: z.int().check(z.nonnegative()),
  clicks: z.int().check(z.nonnegative()),
  cost: z.int().check(z.nonnegative()),
});
export type BidEstimate = z.infer<typeof BidEstimateSchema>;

/** The median and exposure-minimum bids of one surface over the last 28 days (null: too little data). */
export const WindowBidsSchema = z.object({
  medianBid: z.nullable(z.int()),
  exposureMinimumBid: z.nullable(z.int()),
});

export const KeywordEstimateResponseSchema = z.object({
  keyword: z.string(),
  device: EstimateDeviceSchema,
  items: z.array(BidEstimateSchema),
  /** The device's own; null for `both` (the vendor keeps them per surface: see `surfaces`). */
  medianBid: z.nullable(z.int()),
  exposureMinimumBid: z.nullable(z.int()),
  /** Added to the contract: each surface's median and exposure-minimum bids. */
  surfaces: z.object({ pc: z.optional(WindowBidsSchema), mobile: z.optional(WindowBidsSchema) }),
  fetchedAt: z.iso.datetime(),
  cached: z.boolean(),
});
export type KeywordEstimateResponse = z.infer<typeof KeywordEstimateResponseSchema>;
