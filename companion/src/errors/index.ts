/**
 * The companion's one error family. Throw these anywhere; `http/error-handler.ts` is the only place
 * that turns them into HTTP answers, and `cli/` the only place that turns them into exit codes.
 *
 * Every error carries a stable `code` from the contract and a person-readable detail in Korean and
 * English. Details never contain secrets, tokens, signatures or request bodies.
 */
import { PROBLEM_CODES, type ProblemCode, type Provider } from '@aigenc/shared/contract';
import type { Localized } from '@aigenc/shared/language';
import { fill } from '../messages.ts';
import { VAULT_MESSAGES } from './messages.ts';

export type { Localized } from '@aigenc/shared/language';

export interface CompanionErrorOptions {
  detail?: Localized;
  cause?: unknown;
  status?: number;
}

export class CompanionError extends Error {
  override name = 'CompanionError';
  readonly code: ProblemCode;
  readonly status: number;
  readonly detail: Localized | undefined;
  /** What the CLI exits with: 1 the work failed, 2 bad usage or configuration. */
  readonly exitCode: 1 | 2 = 1;

  constructor(code: ProblemCode, options: CompanionErrorOptions = {}) {
    super(options.detail?.en ?? code, { cause: options.cause });
    this.code = code;
    this.status = options.status ?? PROBLEM_CODES[code];
    this.detail = options.detail;
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

/** Input that does not match the contract; `issues` name fields, never the values sent. */
export class ValidationError extends CompanionError {
  override name = 'ValidationError';
  readonly issues: FieldIssue[];

  constructor(
    issues: FieldIssue[],
    detail?: Localized,
    code: Extract<ProblemCode, 'VALIDATION_FAILED' | 'NOT_A_COUPANG_URL'> = 'VALIDATION_FAILED',
  ) {
    super(code, detail ? { detail } : {});
    this.issues = issues;
  }
}

export class RateLimitedError extends CompanionError {
  override name = 'RateLimitedError';
  readonly retryAfterSeconds: number;

  constructor(code: ProblemCode, retryAfterSeconds: number, detail?: Localized) {
    super(code, detail ? { detail } : {});
    this.retryAfterSeconds = Math.max(0, Math.ceil(retryAfterSeconds));
  }
}

export interface UpstreamErrorOptions extends CompanionErrorOptions {
  provider: Provider;
  upstreamCode?: string;
  traceId?: string;
  retryAfterSeconds?: number;
}

/** A failure answered (or not answered) by an official API; keeps the vendor's code and trace id. */
export class UpstreamError extends CompanionError {
  override name = 'UpstreamError';
  readonly provider: Provider;
  readonly upstreamCode: string | undefined;
  readonly traceId: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ProblemCode, options: UpstreamErrorOptions) {
    super(code, options);
    this.provider = options.provider;
    this.upstreamCode = options.upstreamCode;
    this.traceId = options.traceId;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** An answer from an official API that is not the shape it documents (truncated, a gateway's HTML, ...). */
export class MalformedResponseError extends UpstreamError {
  override name = 'MalformedResponseError';

  constructor(provider: Provider, detail: Localized, traceId?: string | null) {
    super('UPSTREAM_UNAVAILABLE', {
      provider,
      upstreamCode: 'MALFORMED_RESPONSE',
      detail,
      ...(traceId ? { traceId } : {}),
    });
  }
}

/** Outbound traffic to an origin that is not allowed; never reaches the network. */
export class EgressBlockedError extends CompanionError {
  override name = 'EgressBlockedError';

  constructor(readonly target: string) {
    super('EGRESS_BLOCKED');
    this.message = `outbound request to ${target} refused: not an allowed origin`;
  }
}

/** Bad configuration at start: the CLI prints the detail in the terminal's language and exits 2. */
export class ConfigError extends CompanionError {
  override name = 'ConfigError';
  override readonly exitCode = 2;
  declare readonly detail: Localized;

  constructor(detail: Localized, cause?: unknown) {
    super('CONFIG_INVALID', { detail, cause });
  }
}

/** A command given wrong arguments: the CLI prints why (and the usage) and exits 2. */
export class UsageError extends CompanionError {
  override name = 'UsageError';
  override readonly exitCode = 2;
  declare readonly detail: Localized;

  constructor(detail: Localized) {
    super('VALIDATION_FAILED', { detail });
  }
}

/** The vault's key or one of its entries cannot be read; the CLI prints why and exits 2. */
export class VaultCorruptError extends CompanionError {
  override name = 'VaultCorruptError';
  override readonly exitCode = 2;
  declare readonly detail: Localized;

  /** `problem`: what is wrong, naming files and fields, never a value. */
  constructor(problem: Localized, cause?: unknown) {
    super('VAULT_CORRUPT', { detail: fill(VAULT_MESSAGES.corrupt, { problem }), cause });
  }
}

/** Storage failures a person can fix: a full disk, a data directory that became read-only. */
const STORAGE_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'SQLITE_READONLY', 'EROFS', 'SQLITE_IOERR_WRITE']);

export function isStorageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_CODES.has(code);
}
