/** `/api/v1/settings`: the user's settings the companion keeps (the saturation formula). */
import * as z from 'zod/mini';
import { SATURATION_SOURCES } from '../domain/saturation.ts';

export const SaturationSettingsSchema = z
  .strictObject({
    source: z.enum(SATURATION_SOURCES),
    thresholds: z.strictObject({
      gold: z.number().check(z.positive(), z.lte(1000)),
      silver: z.number().check(z.positive(), z.lte(1000)),
      bronze: z.number().check(z.positive(), z.lte(1000)),
    }),
  })
  .check(
    z.refine((s) => s.thresholds.gold <= s.thresholds.silver && s.thresholds.silver <= s.thresholds.bronze, {
      message: 'thresholds must rise: gold ≤ silver ≤ bronze',
      path: ['thresholds'],
    }),
  );

export const SettingsResponseSchema = z.object({
  saturation: SaturationSettingsSchema,
  /** The formula in force, in words, for tooltips. */
  saturationFormula: z.string(),
});
export type SettingsResponse = z.infer<typeof SettingsResponseSchema>;
