/** Names and shapes the setup page and the companion agree on (`/setup/api/*`). */
import * as z from 'zod/mini';
import { ConnectionScopeSchema, ConnectionSchema } from './connections.ts';
import { ProviderSchema } from './problems.ts';

/** Header that carries the setup page's per-process CSRF token on every write. */
export const SETUP_CSRF_HEADER = 'x-aigenc-csrf';

export const CatalogueQuerySchema = z.strictObject({ scope: z._default(ConnectionScopeSchema, 'real-api') });

export const CatalogueEntrySchema = z.object({
  provider: ProviderSchema,
  sandbox: z.boolean(),
  fields: z.array(
    z.object({
      name: z.string(),
      secret: z.boolean(),
      required: z.boolean(),
      options: z.optional(z.array(z.string())),
    }),
  ),
  capabilities: z.record(z.string(), z.object({ kind: z.enum(['read', 'write']) })),
  keysPage: z.string(),
  connection: z.nullable(ConnectionSchema),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const CatalogueResponseSchema = z.object({ connectors: z.array(CatalogueEntrySchema) });
export type CatalogueResponse = z.infer<typeof CatalogueResponseSchema>;

export const ConnectAnswerSchema = z.extend(ConnectionSchema, {
  /** The keys entered are the ones already in use (told by a keyed digest, not by keeping them). */
  keysUnchanged: z.boolean(),
});
export type ConnectAnswer = z.infer<typeof ConnectAnswerSchema>;

export const CapabilityRequestSchema = z.strictObject({ enabled: z.boolean() });

/** What the companion records of a connection's life (the setup page names each). */
export const AUDIT_ACTIONS = [
  'connection.created',
  'connection.keys-rotated',
  'connection.keys-unchanged',
  'connection.validated',
  'connection.disconnected',
  'capability.enabled',
  'capability.disabled',
  'commerce.order-probe',
  /** Added: the seller's writes (counts and where from only; never a name, address or answer). */
  'commerce.orders-confirmed',
  'commerce.orders-dispatched',
  'commerce.inquiry-answered',
  'commerce.stock-changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEntrySchema = z.object({
  at: z.iso.datetime(),
  action: z.string(),
  subject: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditResponse = z.infer<typeof AuditResponseSchema>;
