/**
 * What a bulk job does when a vendor refuses: a refusal that passes with time (a cooldown, a
 * spent daily quota, a vendor not answering) makes it wait until then, said in words; any other
 * (wrong keys, no connection) makes it fail with the reason, until the user resumes it.
 */
import type { Problem } from '@aigenc/shared/contract';
import type { Language, Localized } from '@aigenc/shared/language';
import { providerSpec } from '@aigenc/shared/providers';
import { kstDay } from '../connectors/limits.ts';
import { UpstreamError, type CompanionError } from '../errors.ts';
import { fill, instantWords } from '../messages.ts';
import { SERVICE_MESSAGES } from './messages.ts';

/** How long to wait when a vendor does not answer. */
export const RETRY_MS = 60_000;

/** Errors that pass with time: the job waits for them instead of saving them as answers. */
export function passing(error: CompanionError | undefined): error is CompanionError {
  return (
    error !== undefined &&
    (error.code === 'UPSTREAM_RATE_LIMITED' ||
      error.code === 'UPSTREAM_QUOTA_EXHAUSTED' ||
      error.code === 'UPSTREAM_UNAVAILABLE')
  );
}

export type AfterFailure =
  { status: 'waiting'; waitingUntil: number; message: Localized } | { status: 'failed'; message: Localized };

export function afterFailure(
  error: CompanionError,
  now: number,
  problem: (error: CompanionError, language: Language) => Problem,
): AfterFailure {
  const service = providerSpec(error instanceof UpstreamError ? error.provider : 'naver-searchad').name;
  const retryAfter = error instanceof UpstreamError ? error.retryAfterSeconds : undefined;
  const waiting = (until: number, words: Localized) => ({
    status: 'waiting' as const,
    waitingUntil: until,
    message: words,
  });
  if (error.code === 'UPSTREAM_QUOTA_EXHAUSTED') {
    const until = kstDay(now).resetsAt;
    return waiting(until, fill(SERVICE_MESSAGES.jobQuota, { service, at: instantWords(until) }));
  }
  if (error.code === 'UPSTREAM_RATE_LIMITED') {
    const until = now + Math.max(1, retryAfter ?? 60) * 1000;
    return waiting(until, fill(SERVICE_MESSAGES.jobCoolingDown, { service, at: instantWords(until) }));
  }
  if (error.code === 'UPSTREAM_UNAVAILABLE') {
    const until = now + RETRY_MS;
    return waiting(until, fill(SERVICE_MESSAGES.jobUnavailable, { service, at: instantWords(until) }));
  }
  return { status: 'failed', message: { ko: problem(error, 'ko').detail, en: problem(error, 'en').detail } };
}
