/** `GET /api/v1/connections`: what is connected, never any credential. */
import * as z from 'zod/mini';
import { ProviderSchema } from './problems.ts';

export const ConnectionStatusSchema = z.enum(['SETUP_REQUIRED', 'PAUSED', 'ACTIVE', 'ERROR']);
export type ConnectionStatus = z.infer<typeof ConnectionStatusSchema>;

export const ConnectionScopeSchema = z.enum(['real-api', 'all']);
export type ConnectionScope = z.infer<typeof ConnectionScopeSchema>;

export const CapabilitySchema = z.object({
  enabled: z.boolean(),
  kind: z.enum(['read', 'write']),
});

export const ConnectionSchema = z.object({
  id: z.string(),
  provider: ProviderSchema,
  status: ConnectionStatusSchema,
  sandbox: z.boolean(),
  source: z.enum(['vault', 'env']),
  capabilities: z.record(z.string(), CapabilitySchema),
  lastCheckedAt: z.nullable(z.iso.datetime()),
  message: z.nullable(z.string()),
  /** Added: when the keys in use were entered (vault) — the page shows "configured" and when. */
  configuredAt: z.optional(z.nullable(z.iso.datetime())),
});
export type Connection = z.infer<typeof ConnectionSchema>;

export const ConnectionsQuerySchema = z.strictObject({
  scope: z._default(ConnectionScopeSchema, 'real-api'),
});

export const ConnectionsResponseSchema = z.object({
  connections: z.array(ConnectionSchema),
});
export type ConnectionsResponse = z.infer<typeof ConnectionsResponseSchema>;
