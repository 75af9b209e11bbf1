/**
 * What a bulk job does when a vendor refuses: a refusal that passes with time (a cooldown, a
 * spent daily quota, a vendor not answering) makes it wait until then, said in words; any other
 * (wrong keys, no connection) makes it fail with the reason, until the user resumes it. And the
 * refusal of a new job past the bounds on open work, in words.
 */
import type { Localized } from '@aigenc/shared/language';
import { providerSpec } from '@aigenc/shared/providers';
import { kstDay } from '../connectors/limits.ts';
import { CompanionError, UpstreamError } from '../errors/index.ts';
import { detailOf } from '../errors/problem.ts';
import { fill, instantWords, numberWords } from '../messages.ts';
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

export function afterFailure(error: CompanionError, now: number): AfterFailure {
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
  return { status: 'failed', message: detailOf(error) };
}

type Load = { jobs: number; keywords: number };

/** Why a new job of `asked` keywords is refused, given the open `load` and the `bounds`. */
export function jobLimitReached(load: Load, asked: number, bounds: Load): CompanionError {
  const detail =
    load.jobs + 1 > bounds.jobs
      ? fill(SERVICE_MESSAGES.jobsTooMany, { open: load.jobs, max: bounds.jobs })
      : fill(SERVICE_MESSAGES.jobsTooManyKeywords, {
          open: numberWords(load.keywords),
          asked: numberWords(asked),
          max: numberWords(bounds.keywords),
        });
  return new CompanionError('JOB_LIMIT_REACHED', { detail });
}
