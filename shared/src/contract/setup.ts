/** Names and shapes the setup page and the companion agree on (`/setup/api/*`). */
import { z } from 'zod';
import { ConnectionScopeSchema, ConnectionSchema } from './connections.ts';
import type { Provider } from './problems.ts';

/** Header that carries the setup page's per-process CSRF token on every write. */
export const SETUP_CSRF_HEADER = 'x-aigenc-csrf';

const Secret = z.string().trim().min(1, 'required').max(512, 'at most 512 characters');
const Id = z.string().trim().min(1, 'required').max(200, 'at most 200 characters');

/** The keys each connector takes: what the page asks for and the vault keeps. */
export const CREDENTIAL_SCHEMAS = {
  'naver-searchad': z.strictObject({
    apiKey: Secret,
    secretKey: Secret,
    customerId: z
      .string()
      .trim()
      .regex(/^\d{1,20}$/, 'digits only'),
  }),
  'naver-search': z.strictObject({
    clientId: Id,
    clientSecret: Secret,
    kind: z.enum(['legacy', 'apihub']).default('legacy'),
  }),
  'naver-commerce': z
    .strictObject({
      clientId: Id,
      clientSecret: Secret,
      tokenType: z.enum(['SELF', 'SELLER']).default('SELF'),
      accountId: z.string().trim().max(200, 'at most 200 characters').optional(),
    })
    .refine((c) => c.tokenType === 'SELF' || Boolean(c.accountId), {
      message: 'a SELLER token needs the seller account id',
      path: ['accountId'],
    })
    // A SELF token has no account: one given with it would be ignored, so it is not kept.
    .transform(({ accountId, ...rest }) => (rest.tokenType === 'SELLER' ? { ...rest, accountId: accountId! } : rest)),
  'coupang-partners': z.strictObject({
    accessKey: Id,
    secretKey: Secret,
    subId: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{0,64}$/, 'letters, digits, "_" and "-" only')
      .optional()
      .transform((s) => s || undefined),
  }),
} as const satisfies Record<Provider, z.ZodType>;

export interface CredentialField {
  name: string;
  /** Secret fields are write-only: never shown again, never sent back. */
  secret: boolean;
  required: boolean;
  /** For a choice: its values. */
  options?: readonly string[];
}

/** The fields as the page renders them, in order. */
export const CREDENTIAL_FIELDS: Record<Provider, readonly CredentialField[]> = {
  'naver-searchad': [
    { name: 'apiKey', secret: true, required: true },
    { name: 'secretKey', secret: true, required: true },
    { name: 'customerId', secret: false, required: true },
  ],
  'naver-search': [
    { name: 'kind', secret: false, required: true, options: ['legacy', 'apihub'] },
    { name: 'clientId', secret: false, required: true },
    { name: 'clientSecret', secret: true, required: true },
  ],
  'naver-commerce': [
    { name: 'clientId', secret: false, required: true },
    { name: 'clientSecret', secret: true, required: true },
    { name: 'tokenType', secret: false, required: true, options: ['SELF', 'SELLER'] },
    { name: 'accountId', secret: false, required: false },
  ],
  'coupang-partners': [
    { name: 'accessKey', secret: true, required: true },
    { name: 'secretKey', secret: true, required: true },
    { name: 'subId', secret: false, required: false },
  ],
};

/** Where each connector's keys are issued (official pages only). */
export const KEYS_PAGES: Record<Provider, string> = {
  'naver-searchad': 'https://searchad.naver.com/',
  'naver-search': 'https://developers.naver.com/apps/#/register',
  'naver-commerce': 'https://apicenter.commerce.naver.com/ko/basic/main',
  'coupang-partners': 'https://partners.coupang.com/',
};

export const CatalogueQuerySchema = z.strictObject({ scope: ConnectionScopeSchema.default('real-api') });

export const CatalogueEntrySchema = z.object({
  provider: z.string(),
  sandbox: z.boolean(),
  fields: z.array(
    z.object({
      name: z.string(),
      secret: z.boolean(),
      required: z.boolean(),
      options: z.array(z.string()).optional(),
    }),
  ),
  capabilities: z.record(z.string(), z.object({ kind: z.enum(['read', 'write']) })),
  keysPage: z.string(),
  connection: ConnectionSchema.nullable(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

export const CatalogueResponseSchema = z.object({ connectors: z.array(CatalogueEntrySchema) });
export type CatalogueResponse = z.infer<typeof CatalogueResponseSchema>;

export const ConnectAnswerSchema = ConnectionSchema.extend({
  /** The keys entered are the ones already in use (told by a keyed digest, not by keeping them). */
  keysUnchanged: z.boolean(),
});
export type ConnectAnswer = z.infer<typeof ConnectAnswerSchema>;

export const CapabilityRequestSchema = z.strictObject({ enabled: z.boolean() });

export const AuditEntrySchema = z.object({
  at: z.iso.datetime(),
  action: z.string(),
  subject: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });
