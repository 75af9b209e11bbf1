/** Coupang Partners deeplinks and product search (`/api/v1/coupang/*`). */
import * as z from 'zod/mini';
import { REPORT_RULES, daySpan, isCalendarDay } from '../domain/earnings.ts';

export const MAX_DEEPLINK_URLS = 20;

const SubId = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[A-Za-z0-9_-]+$/, 'a subId uses letters, digits, "_" and "-" only'),
  );

export const DeeplinksRequestSchema = z.strictObject({
  urls: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(2048)))
    .check(z.minLength(1), z.maxLength(MAX_DEEPLINK_URLS)),
  subId: z.optional(SubId),
  /** Added to the contract: the page's title, kept in the link history. */
  title: z.optional(z.string().check(z.trim(), z.maxLength(300))),
});
export type DeeplinksRequest = z.infer<typeof DeeplinksRequestSchema>;

export const DeeplinkSchema = z.object({
  /** The URL as requested (trimmed). */
  originalUrl: z.string(),
  shortenUrl: z.string(),
  landingUrl: z.string(),
  cached: z.boolean(),
  /** Added to the contract: the page the link was made for, in its canonical form. */
  canonicalUrl: z.string(),
});
export type Deeplink = z.infer<typeof DeeplinkSchema>;

export const DeeplinksResponseSchema = z.object({ items: z.array(DeeplinkSchema) });
export type DeeplinksResponse = z.infer<typeof DeeplinksResponseSchema>;

export const ProductsQuerySchema = z.strictObject({
  keyword: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(10)), 10),
  subId: z.optional(SubId),
});

export const ProductSchema = z.object({
  productId: z.number(),
  productName: z.string(),
  productPrice: z.number(),
  productImage: z.string(),
  productUrl: z.string(),
  isRocket: z.boolean(),
  rank: z.int(),
});
export type Product = z.infer<typeof ProductSchema>;

export const BudgetSchema = z.object({
  remaining: z.int().check(z.nonnegative()),
  resetsAt: z.iso.datetime(),
});

export const ProductsResponseSchema = z.object({
  keyword: z.string(),
  landingUrl: z.string(),
  items: z.array(ProductSchema),
  cached: z.boolean(),
  budget: BudgetSchema,
  /** Added to the contract: when the search was made, and whether it is past its 6 hours. */
  fetchedAt: z.iso.datetime(),
  stale: z.optional(z.boolean()),
});
export type ProductsResponse = z.infer<typeof ProductsResponseSchema>;

/** `GET /api/v1/coupang/history` (added to the contract): links made, newest first. */
export const LinkHistoryQuerySchema = z.strictObject({
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 200),
});

export const LinkHistoryEntrySchema = z.object({
  canonicalUrl: z.string(),
  subId: z.nullable(z.string()),
  title: z.nullable(z.string()),
  shortenUrl: z.string(),
  landingUrl: z.string(),
  createdAt: z.iso.datetime(),
  usedAt: z.iso.datetime(),
});
export type LinkHistoryEntry = z.infer<typeof LinkHistoryEntrySchema>;

export const LinkHistoryResponseSchema = z.object({ items: z.array(LinkHistoryEntrySchema) });
export type LinkHistoryResponse = z.infer<typeof LinkHistoryResponseSchema>;

/** A Korean calendar day, yyyy-mm-dd. */
const ReportDay = z.string().check(z.refine(isCalendarDay, 'a day is written yyyy-mm-dd, for example 2026-11-30'));

/**
 * `GET /api/v1/coupang/reports?from&to[&subId]`: up to 90 days, KST, from 2018-11-01 on. That
 * `to` is not in the future needs a clock: the companion checks it.
 */
export const CoupangReportQuerySchema = z
  .strictObject({
    from: ReportDay,
    to: ReportDay,
    /** A subId, or "-" for the links made without one. */
    subId: z.optional(z.union([SubId, z.literal('-')])),
  })
  .check(
    z.refine((q) => q.from <= q.to, { path: ['to'], message: '"to" is the same day as "from" or later' }),
    z.refine((q) => q.from >= REPORT_RULES.earliest, {
      path: ['from'],
      message: `Coupang keeps reports from ${REPORT_RULES.earliest} on`,
    }),
    z.refine((q) => q.from > q.to || daySpan(q.from, q.to) <= REPORT_RULES.maxDays, {
      path: ['to'],
      message: `at most ${REPORT_RULES.maxDays} days at a time`,
    }),
  );
export type CoupangReportQuery = z.infer<typeof CoupangReportQuerySchema>;

const Figures = {
  clicks: z.int().check(z.nonnegative()),
  orders: z.int().check(z.nonnegative()),
  cancels: z.int().check(z.nonnegative()),
  /** Sales the links brought, net of cancels, in KRW. */
  gmv: z.int(),
  /** Net of cancels, in KRW (a day with more cancelled than earned is negative). */
  commission: z.int(),
};

export const CoupangReportResponseSchema = z.object({
  from: ReportDay,
  to: ReportDay,
  /** Added to the contract: the subId the figures are filtered to ("-": links without one). */
  subId: z.nullable(z.string()),
  totals: z.object(Figures),
  days: z.array(z.object({ date: ReportDay, ...Figures })),
  /** Every subId of the span, best earners first; null is the links made without a subId. */
  bySubId: z.array(z.object({ subId: z.nullable(z.string()), ...Figures })),
  /** When the oldest figure in the answer was asked of Coupang. */
  asOf: z.iso.datetime(),
  cached: z.boolean(),
  /** Added to the contract: the last day whose figures are final (later days may still change). */
  settledThrough: ReportDay,
  /** Added to the contract: true when Coupang could not be asked and kept figures are shown. */
  stale: z.optional(z.boolean()),
});
export type CoupangReportResponse = z.infer<typeof CoupangReportResponseSchema>;
