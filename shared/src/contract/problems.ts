/**
 * Problem details (RFC 9457) as the companion answers every error.
 *
 * `code` is the stable name callers branch on; `detail` is for a person. Upstream problems add the
 * provider and the vendor's own code and trace id; rate-limit problems add `retryAfterSeconds`.
 */
import * as z from 'zod/mini';
import { ProviderSchema } from '../providers/names.ts';

export const PROBLEM_CODES = Object.freeze({
  UNAUTHENTICATED: 401,
  FORBIDDEN_ORIGIN: 403,
  MISDIRECTED_HOST: 421,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RATE_LIMITED: 429,
  CONNECTION_NOT_CONFIGURED: 409,
  CAPABILITY_DISABLED: 403,
  UPSTREAM_AUTH_FAILED: 502,
  UPSTREAM_RATE_LIMITED: 429,
  UPSTREAM_QUOTA_EXHAUSTED: 429,
  UPSTREAM_UNAVAILABLE: 503,
  UPSTREAM_REJECTED: 502,
  NOT_A_COUPANG_URL: 400,
  /** Added: Coupang Partners answered that it cannot link this page (its words in `detail`). */
  COUPANG_URL_REFUSED: 422,
  /** Added: a connection from environment variables cannot be changed from the setup page. */
  CONNECTION_FROM_ENV: 409,
  /** Added: a read-only probe must succeed first (auth before orders, orders before writes). */
  PROBE_REQUIRED: 409,
  /** Added: the data directory cannot be written (full disk, read-only); nothing was saved. */
  STORAGE_UNAVAILABLE: 507,
  /** Added: an outbound call to an origin that is not an official API (never sent). */
  EGRESS_BLOCKED: 502,
  /** Added: the configuration is wrong (the CLI exits 2). */
  CONFIG_INVALID: 500,
  /** Added: the vault cannot be read (its key or an entry is damaged). */
  VAULT_CORRUPT: 500,
  /** Added: a bulk job beyond the bounds on open jobs, or removing a job that is still open. */
  JOB_LIMIT_REACHED: 409,
  INTERNAL: 500,
} as const);

export type ProblemCode = keyof typeof PROBLEM_CODES;

const codeNames = Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]];
export const ProblemCodeSchema = z.enum(codeNames);

export { ProviderSchema, type Provider } from '../providers/names.ts';

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.gte(400), z.lte(599)),
  detail: z.string(),
  code: ProblemCodeSchema,
  retryAfterSeconds: z.optional(z.int().check(z.nonnegative())),
  provider: z.optional(ProviderSchema),
  upstreamCode: z.optional(z.string()),
  traceId: z.optional(z.string()),
  /** For validation failures: which fields, in words; never the values sent. */
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
