/** Keyword decisions: estimated monthly searches over years, the season, and ad bids. */
import * as z from 'zod/mini';
import { TREND_MONTHS } from '../domain/trend.ts';
import { KeywordInput } from './keywords.ts';
import { ProblemSchema } from './problems.ts';

export const MAX_TREND_KEYWORDS = 5;

export const KeywordTrendsRequestSchema = z.strictObject({
  keywords: z.array(KeywordInput).check(z.minLength(1), z.maxLength(MAX_TREND_KEYWORDS)),
  months: z._default(z.int().check(z.gte(TREND_MONTHS.min), z.lte(TREND_MONTHS.max)), TREND_MONTHS.default),
});
export type KeywordTrendsRequest = z.infer<typeof KeywordTrendsRequestSchema>;

export const MonthEstimateSchema = z.object({
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  pc: z.int().check(z.nonnegative()),
  mobile: z.int().check(z.nonnegative()),
  total: z.int().check(z.nonnegative()),
  partial: z.boolean(),
});

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const TrendShapeSchema = z.enum(['rising', 'falling', 'seasonal', 'steady']);

export const KeywordTrendItemSchema = z.object({
  keyword: z.string(),
  normalizedKeyword: z.string(),
  found: z.boolean(),
  months: z.array(MonthEstimateSchema),
  anchor: z.nullable(
    z.object({ from: Day, to: Day, pc: z.number().check(z.nonnegative()), mobile: z.number().check(z.nonnegative()) }),
  ),
  seasonality: z.nullable(
    z.object({
      peakMonths: z.array(z.int().check(z.gte(1), z.lte(12))),
      yoy: z.nullable(z.number()),
      shape: TrendShapeSchema,
    }),
  ),
  source: z.nullable(z.enum(['datalab-legacy', 'datalab-apihub'])),
  fetchedAt: z.iso.datetime(),
  cached: z.boolean(),
  error: z.optional(ProblemSchema),
});
export type KeywordTrendItem = z.infer<typeof KeywordTrendItemSchema>;

export const KeywordTrendsResponseSchema = z.object({ items: z.array(KeywordTrendItemSchema) });
export type KeywordTrendsResponse = z.infer<typeof KeywordTrendsResponseSchema>;

export const KeywordBidsQuerySchema = z.strictObject({ keyword: KeywordInput });

export const PositionBidSchema = z.object({
  position: z.int().check(z.gte(1)),
  bid: z.int().check(z.nonnegative()),
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
