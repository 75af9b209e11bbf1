/**
 * The companion's one error family. Throw these anywhere; `http/error-handler.ts` is the only place
 * that turns them into HTTP answers, and `cli/` the only place that turns them into exit codes.
 *
 * Every error carries a stable `code` from the contract and a person-readable detail in Korean and
 * English. Details never contain secrets, tokens, signatures or request bodies.
 */
import { PROBLEM_CODES, type ProblemCode, type Provider } from '@aigenc/shared/contract';

export interface Localized {
  ko: string;
  en: string;
}

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

/** Outbound traffic to an origin that is not allowed; never reaches the network. */
export class EgressBlockedError extends Error {
  override name = 'EgressBlockedError';
  readonly code = 'EGRESS_BLOCKED';

  constructor(readonly target: string) {
    super(`outbound request to ${target} refused: not an allowed origin`);
  }
}

/** Bad configuration at start: the CLI prints the message and exits 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly exitCode = 2;
}

/** Storage failures a person can fix: a full disk, a data directory that became read-only. */
const STORAGE_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'SQLITE_READONLY', 'EROFS', 'SQLITE_IOERR_WRITE']);

export function isStorageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_CODES.has(code);
}
