/** Keyword decisions: estimated monthly searches over years, the season, and ad bids. */
import { z } from 'zod';
import { TREND_MONTHS } from '../domain/trend.ts';
import { KeywordInput } from './keywords.ts';
import { ProblemSchema } from './problems.ts';

export const MAX_TREND_KEYWORDS = 5;

export const KeywordTrendsRequestSchema = z.strictObject({
  keywords: z.array(KeywordInput).min(1).max(MAX_TREND_KEYWORDS),
  months: z.number().int().min(TREND_MONTHS.min).max(TREND_MONTHS.max).default(TREND_MONTHS.default),
});
export type KeywordTrendsRequest = z.infer<typeof KeywordTrendsRequestSchema>;

export const MonthEstimateSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  pc: z.number().int().nonnegative(),
  mobile: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  partial: z.boolean(),
});

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const TrendShapeSchema = z.enum(['rising', 'falling', 'seasonal', 'steady']);

export const KeywordTrendItemSchema = z.object({
  keyword: z.string(),
  normalizedKeyword: z.string(),
  found: z.boolean(),
  months: z.array(MonthEstimateSchema),
  anchor: z.object({ from: Day, to: Day, pc: z.number().nonnegative(), mobile: z.number().nonnegative() }).nullable(),
  seasonality: z
    .object({
      peakMonths: z.array(z.number().int().min(1).max(12)),
      yoy: z.number().nullable(),
      shape: TrendShapeSchema,
    })
    .nullable(),
  source: z.enum(['datalab-legacy', 'datalab-apihub']).nullable(),
  fetchedAt: z.iso.datetime(),
  cached: z.boolean(),
  error: ProblemSchema.optional(),
});
export type KeywordTrendItem = z.infer<typeof KeywordTrendItemSchema>;

export const KeywordTrendsResponseSchema = z.object({ items: z.array(KeywordTrendItemSchema) });
export type KeywordTrendsResponse = z.infer<typeof KeywordTrendsResponseSchema>;

export const KeywordBidsQuerySchema = z.strictObject({ keyword: KeywordInput });

export const PositionBidSchema = z.object({
  position: z.number().int().min(1),
  bid: z.number().int().nonnegative(),
});
export type PositionBid = z.infer<typeof PositionBidSchema>;

export const KeywordBidsResponseSchema = z.object({
  keyword: z.string(),
  normalizedKeyword: z.string(),
  pc: z.array(PositionBidSchema),
  mobile: z.array(PositionBidSchema),
  fetchedAt: z.iso.datetime(),
  cached: z.boolean(),
});
export type KeywordBidsResponse = z.infer<typeof KeywordBidsResponseSchema>;
