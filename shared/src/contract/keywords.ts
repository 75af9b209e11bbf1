/** Keyword metrics and related keywords (`/api/v1/keywords/*`). */
import * as z from 'zod/mini';
import { ProblemSchema } from './problems.ts';

export const MAX_KEYWORDS_PER_REQUEST = 100;
export const MAX_KEYWORD_LENGTH = 100;

export const KeywordInput = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'a keyword may not be empty'),
    z.maxLength(MAX_KEYWORD_LENGTH, `a keyword may have at most ${MAX_KEYWORD_LENGTH} characters`),
  );

export const KeywordMetricsRequestSchema = z.strictObject({
  keywords: z.array(KeywordInput).check(z.minLength(1), z.maxLength(MAX_KEYWORDS_PER_REQUEST)),
  /**
   * Added to the contract: which document counts to fetch. "all" (the default) for the keyword in
   * view; "saturation" only the types the saturation formula in force adds up (blog by default),
   * the others null unless already known: one Naver Search call a keyword instead of four.
   */
  documents: z._default(z.enum(['all', 'saturation']), 'all'),
});
export type KeywordMetricsRequest = z.infer<typeof KeywordMetricsRequestSchema>;

export const CompetitionSchema = z.enum(['low', 'medium', 'high']);
export type Competition = z.infer<typeof CompetitionSchema>;

export const SearchesSchema = z.object({
  pc: z.number().check(z.nonnegative()),
  mobile: z.number().check(z.nonnegative()),
  total: z.number().check(z.nonnegative()),
  pcBelow10: z.boolean(),
  mobileBelow10: z.boolean(),
});
export type Searches = z.infer<typeof SearchesSchema>;

export const PerDeviceSchema = z.object({ pc: z.number(), mobile: z.number() });

export { DOCUMENT_TYPES, type DocumentType } from '../domain/documents.ts';
export const DocumentsSchema = z.record(z.string(), z.nullable(z.int().check(z.nonnegative())));

export const GradeSchema = z.enum(['gold', 'silver', 'bronze', 'none']);
export type Grade = z.infer<typeof GradeSchema>;

export const KeywordMetricsItemSchema = z.object({
  keyword: z.string(),
  normalizedKeyword: z.string(),
  found: z.boolean(),
  searches: z.nullable(SearchesSchema),
  clicks: z.nullable(PerDeviceSchema),
  ctr: z.nullable(PerDeviceSchema),
  adDepth: z.nullable(z.number()),
  competition: z.nullable(CompetitionSchema),
  documents: DocumentsSchema,
  saturation: z.nullable(z.number().check(z.nonnegative())),
  grade: z.nullable(GradeSchema),
  fetchedAt: z.iso.datetime(),
  cached: z.boolean(),
  stale: z.optional(z.boolean()),
  error: z.optional(ProblemSchema),
  /**
   * Why some document counts are missing or old (Naver Search not set up, its daily quota used
   * up, ...). Added to the contract: the figures above still stand.
   */
  documentsError: z.optional(ProblemSchema),
});
export type KeywordMetricsItem = z.infer<typeof KeywordMetricsItemSchema>;

export const KeywordMetricsResponseSchema = z.object({
  items: z.array(KeywordMetricsItemSchema),
});
export type KeywordMetricsResponse = z.infer<typeof KeywordMetricsResponseSchema>;

export const RelatedKeywordsQuerySchema = z.strictObject({
  keyword: KeywordInput,
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 100),
});

export const RelatedKeywordSchema = z.object({
  keyword: z.string(),
  searches: SearchesSchema,
  clicks: PerDeviceSchema,
  ctr: PerDeviceSchema,
  adDepth: z.number(),
  competition: CompetitionSchema,
});
export type RelatedKeyword = z.infer<typeof RelatedKeywordSchema>;

export const RelatedKeywordsResponseSchema = z.object({
  keyword: z.string(),
  items: z.array(RelatedKeywordSchema),
});
export type RelatedKeywordsResponse = z.infer<typeof RelatedKeywordsResponseSchema>;
