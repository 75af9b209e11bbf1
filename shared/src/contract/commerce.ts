/** Naver Commerce, read-only: a masked summary of order changes (`/api/v1/commerce/*`). */
import { z } from 'zod';

export const OrderChangesQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }).optional(),
  /** The count from the Smart Store export for the same period, to reconcile against. */
  expected: z.coerce.number().int().nonnegative().optional(),
});

export const OrderChangesSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  count: z.number().int().nonnegative(),
  byType: z.record(z.string(), z.number().int().nonnegative()),
  byStatus: z.record(z.string(), z.number().int().nonnegative()),
  duplicates: z.number().int().nonnegative(),
  reconciliation: z
    .object({ expected: z.number().int(), matches: z.boolean(), difference: z.number().int() })
    .optional(),
});
export type OrderChangesSummary = z.infer<typeof OrderChangesSummarySchema>;
