/** `GET /api/v1/health`: unauthenticated liveness and version. */
import { z } from 'zod';

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string().regex(/^\d+\.\d+\.\d+/),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
