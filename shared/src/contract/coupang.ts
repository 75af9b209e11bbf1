/** Coupang Partners deeplinks and product search (`/api/v1/coupang/*`). */
import { z } from 'zod';

export const MAX_DEEPLINK_URLS = 20;

const SubId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'a subId uses letters, digits, "_" and "-" only');

export const DeeplinksRequestSchema = z.strictObject({
  urls: z.array(z.string().trim().min(1).max(2048)).min(1).max(MAX_DEEPLINK_URLS),
  subId: SubId.optional(),
  /** Added to the contract: the page's title, kept in the link history. */
  title: z.string().trim().max(300).optional(),
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
  keyword: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(10).default(10),
  subId: SubId.optional(),
});

export const ProductSchema = z.object({
  productId: z.number(),
  productName: z.string(),
  productPrice: z.number(),
  productImage: z.string(),
  productUrl: z.string(),
  isRocket: z.boolean(),
  rank: z.number().int(),
});
export type Product = z.infer<typeof ProductSchema>;

export const BudgetSchema = z.object({
  remaining: z.number().int().nonnegative(),
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
  stale: z.boolean().optional(),
});
export type ProductsResponse = z.infer<typeof ProductsResponseSchema>;

/** `GET /api/v1/coupang/history` (added to the contract): links made, newest first. */
export const LinkHistoryQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const LinkHistoryEntrySchema = z.object({
  canonicalUrl: z.string(),
  subId: z.string().nullable(),
  title: z.string().nullable(),
  shortenUrl: z.string(),
  landingUrl: z.string(),
  createdAt: z.iso.datetime(),
  usedAt: z.iso.datetime(),
});
export type LinkHistoryEntry = z.infer<typeof LinkHistoryEntrySchema>;

export const LinkHistoryResponseSchema = z.object({ items: z.array(LinkHistoryEntrySchema) });
export type LinkHistoryResponse = z.infer<typeof LinkHistoryResponseSchema>;
