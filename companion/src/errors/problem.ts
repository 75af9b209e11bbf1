/**
 * An error as a person reads it, in one language: the contract's problem (RFC 9457 fields). The HTTP
 * layer answers with it, a bulk job keeps its failure's words from it, the CLI prints its detail.
 */
import type { Problem } from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
import { CompanionError, RateLimitedError, UpstreamError, ValidationError, isStorageError } from './index.ts';
import { PROBLEMS } from './messages.ts';

export function toProblem(error: CompanionError, language: Language): Problem {
  const problem: Problem = {
    type: `urn:aigenc:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: PROBLEMS[error.code].title,
    status: error.status,
    detail: (error.detail ?? PROBLEMS[error.code])[language],
    code: error.code,
  };
  if (error instanceof ValidationError) problem.issues = error.issues;
  if (error instanceof RateLimitedError) problem.retryAfterSeconds = error.retryAfterSeconds;
  if (error instanceof UpstreamError) {
    problem.provider = error.provider;
    if (error.upstreamCode !== undefined) problem.upstreamCode = error.upstreamCode;
    if (error.traceId !== undefined) problem.traceId = error.traceId;
    if (error.retryAfterSeconds !== undefined) problem.retryAfterSeconds = error.retryAfterSeconds;
  }
  return problem;
}

/** An error's detail in both languages: its own, or its code's default words. */
export function detailOf(error: CompanionError): { ko: string; en: string } {
  const words = error.detail ?? PROBLEMS[error.code];
  return { ko: words.ko, en: words.en };
}

/** A storage failure a person can fix becomes its problem (with the original as its cause); other errors pass as they are. */
export function asStorageProblem(error: unknown): unknown {
  return isStorageError(error) ? new CompanionError('STORAGE_UNAVAILABLE', { cause: error }) : error;
}
