/** Naver Commerce, read-only: a masked summary of order changes (`/api/v1/commerce/*`). */
import * as z from 'zod/mini';

export const OrderChangesQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }),
  to: z.optional(z.iso.datetime({ offset: true })),
  /** The count from the Smart Store export for the same period, to reconcile against. */
  expected: z.optional(z.coerce.number().check(z.int(), z.nonnegative())),
});

export const OrderChangesSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  count: z.int().check(z.nonnegative()),
  byType: z.record(z.string(), z.int().check(z.nonnegative())),
  byStatus: z.record(z.string(), z.int().check(z.nonnegative())),
  duplicates: z.int().check(z.nonnegative()),
  reconciliation: z.optional(z.object({ expected: z.int(), matches: z.boolean(), difference: z.int() })),
});
export type OrderChangesSummary = z.infer<typeof OrderChangesSummarySchema>;
