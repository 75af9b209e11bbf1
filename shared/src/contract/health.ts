/** `GET /api/v1/health`: unauthenticated liveness and version. */
import * as z from 'zod/mini';

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+/)),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
