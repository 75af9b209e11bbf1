/**
 * Keyword decisions II, Shopping Insight (`/api/v1/keywords/audience`, `/api/v1/shopping/...`):
 * who clicks shopping results for a keyword in a category (gender, age, device), the top-level
 * categories, and up to three categories' click index on one scale. A subpath of its own
 * (`@aigenc/shared/contract/audience`), outside the barrel: the popup loads it only with the view
 * that asks.
 */
import * as z from 'zod/mini';
import { AUDIENCE_MONTHS, CATEGORY_TREND_MONTHS, MAX_TREND_CATEGORIES } from '../domain/shopping.ts';
import { CATEGORY_ID } from '../domain/shopping-address.ts';
import { KeywordInput } from './keywords.ts';

export const CategoryIdSchema = z
  .string()
  .check(z.trim(), z.regex(CATEGORY_ID, 'a category is the digits of a Naver Shopping cat_id (e.g. 50000805)'));

export const KeywordAudienceQuerySchema = z.strictObject({
  keyword: KeywordInput,
  category: CategoryIdSchema,
  months: z._default(
    z.coerce.number().check(z.int(), z.gte(AUDIENCE_MONTHS.min), z.lte(AUDIENCE_MONTHS.max)),
    AUDIENCE_MONTHS.default,
  ),
});
export type KeywordAudienceQuery = z.infer<typeof KeywordAudienceQuerySchema>;

const Share = z.number().check(z.gte(0), z.lte(1));
export const AGE_GROUPS = ['10', '20', '30', '40', '50', '60'] as const;

export const KeywordAudienceResponseSchema = z.object({
  keyword: z.string(),
  category: z.string(),
  /** Whole Korean months, YYYY-MM-DD. */
  period: z.object({ from: z.string(), to: z.string() }),
  /** Each set sums to 1; null (added to the contract) when Naver has no shopping clicks to split. */
  gender: z.nullable(z.object({ f: Share, m: Share })),
  ages: z.array(z.object({ group: z.enum(AGE_GROUPS), share: Share })),
  device: z.nullable(z.object({ pc: Share, mobile: Share })),
  source: z.literal('shopping-insight'),
  fetchedAt: z.iso.datetime(),
  cached: z.boolean(),
});
export type KeywordAudienceResponse = z.infer<typeof KeywordAudienceResponseSchema>;

export const ShoppingCategoriesResponseSchema = z.object({
  /** `name` is Naver Shopping's (Korean); `en` (added to the contract) is ours, for the English UI. */
  items: z.array(z.object({ id: z.string(), name: z.string(), en: z.string() })),
});
export type ShoppingCategoriesResponse = z.infer<typeof ShoppingCategoriesResponseSchema>;

export const ShoppingTrendsRequestSchema = z.strictObject({
  categories: z.array(CategoryIdSchema).check(
    z.minLength(1, 'name 1 to 3 categories'),
    z.maxLength(MAX_TREND_CATEGORIES, 'name 1 to 3 categories'),
    z.refine((ids) => new Set(ids).size === ids.length, 'each category once'),
  ),
  months: z._default(
    z.int().check(z.gte(CATEGORY_TREND_MONTHS.min), z.lte(CATEGORY_TREND_MONTHS.max)),
    CATEGORY_TREND_MONTHS.default,
  ),
});
export type ShoppingTrendsRequest = z.infer<typeof ShoppingTrendsRequestSchema>;

export const ShoppingTrendsResponseSchema = z.object({
  items: z.array(
    z.object({
      category: z.string(),
      /** `month` is YYYY-MM; `index` 0 to 100, 100 the highest month of any category asked. */
      months: z.array(z.object({ month: z.string(), index: z.number().check(z.gte(0), z.lte(100)) })),
    }),
  ),
  /** Added to the contract: the whole months asked, and when the answer was fetched. */
  period: z.object({ from: z.string(), to: z.string() }),
  fetchedAt: z.iso.datetime(),
  cached: z.boolean(),
});
export type ShoppingTrendsResponse = z.infer<typeof ShoppingTrendsResponseSchema>;
