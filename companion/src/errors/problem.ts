/**
 * An error as a person reads it, in one language: the contract's problem (RFC 9457 fields). The HTTP
 * layer answers with it, a bulk job keeps its failure's words from it, the CLI prints its detail.
 */
import type { Problem, ProblemCode } from '@aigenc/shared/contract';
import type { Language } from '@aigenc/shared/language';
import { RateLimitedError, UpstreamError, ValidationError, type CompanionError } from './index.ts';
import { PROBLEMS } from './messages.ts';
import { fill, readWords, storedWords, type StoredWords, type Words } from '../messages.ts';

/** The problem's `type` URI, derived from its code. */
function problemType(code: ProblemCode): string {
  return `urn:aigenc:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}

export function toProblem(error: CompanionError, language: Language): Problem {
  const problem: Problem = {
    type: problemType(error.code),
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

/** An error's detail in both languages: its own, or its code's default words (still a catalogue message). */
export function detailOf(error: CompanionError): Words {
  return error.detail ?? fill(PROBLEMS[error.code]);
}

/**
 * A problem as it is kept (a bulk job's answer for one keyword): its code and fields, and its
 * detail as a message's id and parameters. Put in words when read, in the reader's language.
 */
export type StoredProblem = Omit<Problem, 'type' | 'title' | 'detail'> & { detail: StoredWords };

/** Rows kept before problems were kept as codes: the whole problem in each language. */
type OldStoredProblem = Record<Language, Problem>;

/** A problem as a store may hold it: as codes, or (older rows) whole in each language. */
export type KeptProblem = StoredProblem | OldStoredProblem;

export function storedProblem(error: CompanionError): StoredProblem {
  const { type: _type, title: _title, detail: _detail, ...fields } = toProblem(error, 'en');
  return { ...fields, detail: storedWords(detailOf(error)) };
}

export function readProblem(stored: KeptProblem, language: Language): Problem {
  if ('ko' in stored && 'en' in stored) return stored[language];
  const { detail, ...fields } = stored as StoredProblem;
  return {
    type: problemType(fields.code),
    title: PROBLEMS[fields.code].title,
    ...fields,
    detail: readWords(detail, language) ?? PROBLEMS[fields.code][language],
  };
}
